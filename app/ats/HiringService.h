#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bbd {

class Database;

// The platform's POST /api/v1/users fields, plus what the desk needs to place the new
// employee: the candidate they were, the start date and the onboarding scenario.
struct EmployeeDraft
{
    qint64 candidateId = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString jobTitle;
    QString department;
    qint64 managerId = 0; // local employee id, 0 for none
    QDate startDate;
    qint64 scenarioId = 0; // 0: no scenario yet
};

struct PersonChoice
{
    qint64 id = 0;
    QString name;
};

// A hired candidate becomes an employee: the local row, the request that creates the user on
// the platform (outbox) and, when chosen, the onboarding scenario with dated stages, in one
// transaction.
class HiringService
{
    Q_DECLARE_TR_FUNCTIONS(bbd::HiringService)

public:
    explicit HiringService(const Database &db);

    QString lastError() const { return m_lastError; }

    // Prefilled from the candidate and their vacancy; the start date is the next Monday.
    EmployeeDraft draftFor(qint64 candidateId) const;
    QStringList problems(const EmployeeDraft &draft) const;
    // People who can be the manager, and scenarios that can be assigned.
    QList<PersonChoice> managers() const;
    QList<PersonChoice> scenarios() const;
    // The employee already made from this candidate, 0 if none.
    qint64 employeeOf(qint64 candidateId) const;

    // Returns the new employee's id.
    qint64 hire(const EmployeeDraft &draft);

private:
    bool fail(const QString &message) const;

    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace bbd
