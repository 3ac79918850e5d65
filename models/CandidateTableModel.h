#pragma once

#include "models/Candidate.h"
#include "models/PagedTableModel.h"

namespace bbd {

class CandidateTableModel : public PagedTableModel<Candidate>
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Email, Vacancy, Stage, Source, Rating, Applied, ColumnCount };
    enum Role { PhoneE164Role = FirstCustomRole, PhoneValidRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const Candidate &candidate, int column, int role) const override;
};

} // namespace bbd
