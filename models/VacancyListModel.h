#pragma once

#include "models/PagedTableModel.h"
#include "models/Vacancy.h"

namespace bbd {

class VacancyListModel : public PagedTableModel<Vacancy>
{
    Q_OBJECT

public:
    enum Column { Title, Department, Status, Candidates, ColumnCount };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    static QString statusText(Vacancy::Status status);

protected:
    QVariant cellData(const Vacancy &vacancy, int column, int role) const override;
};

} // namespace bbd
