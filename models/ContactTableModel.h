#pragma once

#include "models/Contact.h"
#include "models/PagedTableModel.h"

namespace bbd {

class ContactTableModel : public PagedTableModel<Contact>
{
    Q_OBJECT

public:
    enum Column { Order, Name, Role, Email, Phone, Slack, ColumnCount };
    enum Role { PhoneE164Role = FirstCustomRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const Contact &contact, int column, int role) const override;
};

} // namespace bbd
