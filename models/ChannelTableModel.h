#pragma once

#include "models/Contact.h"
#include "models/PagedTableModel.h"

namespace bbd {

class ChannelTableModel : public PagedTableModel<Channel>
{
    Q_OBJECT

public:
    enum Column { Kind, Name, Address, Purpose, Confidential, ColumnCount };
    enum Role { WhenToUseRole = FirstCustomRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    static QString kindText(Channel::Kind kind);

protected:
    QVariant cellData(const Channel &channel, int column, int role) const override;
};

} // namespace bbd
