#pragma once

#include <QDate>
#include <QString>

namespace bbd {

// An employee as HR's list of people shows them: who, where, since when, and which onboarding
// scenarios they follow now.
struct Employee
{
    qint64 id = 0;
    QString fullName;
    QString jobTitle;
    QString department;
    QString managerName;
    QDate startDate;
    QString activeScenarios; // names of the active assignments, ", "-separated
};

} // namespace bbd
