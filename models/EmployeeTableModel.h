#pragma once

#include "models/Employee.h"
#include "models/PagedTableModel.h"

namespace bbd {

class EmployeeTableModel : public PagedTableModel<Employee>
{
    Q_OBJECT

public:
    enum Column { Name, JobTitle, Department, Manager, StartDate, Scenarios, ColumnCount };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const Employee &employee, int column, int role) const override;
};

} // namespace bbd
