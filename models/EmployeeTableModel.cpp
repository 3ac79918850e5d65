#include "models/EmployeeTableModel.h"

#include <QLocale>

namespace bbd {

QStringList EmployeeTableModel::columnTitles() const
{
    return {tr("Name"),    tr("Job title"),  tr("Department"),
            tr("Manager"), tr("Start date"), tr("Onboarding")};
}

QVariant EmployeeTableModel::cellData(const Employee &employee, int column, int role) const
{
    if (role == IdRole) {
        return employee.id;
    }
    if (role == Qt::ToolTipRole && column == Scenarios && employee.activeScenarios.isEmpty()) {
        return tr("No onboarding scenario assigned");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Name:
        return employee.fullName;
    case JobTitle:
        return employee.jobTitle;
    case Department:
        return employee.department;
    case Manager:
        return employee.managerName;
    case StartDate:
        return employee.startDate.isValid()
                   ? QLocale().toString(employee.startDate, QLocale::ShortFormat)
                   : QString();
    case Scenarios:
        return employee.activeScenarios.isEmpty() ? tr("—") : employee.activeScenarios;
    }
    return {};
}

} // namespace bbd
