#pragma once

#include "models/Scenario.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bbd {

class Settings;

// When a scenario stage falls, as the assignment writers need it.
struct StageTiming
{
    qint64 stageId = 0;
    QString timingUnit; // "day", "week", "month"
    int timingOffset = 1;
    ScenarioStage::Recurrence recurrence = ScenarioStage::Recurrence::None;
};

// Assigns a scenario to employees: one assignment per employee with every stage dated from
// the employee's start date in working days, all in one transaction.
class ScenarioAssigner
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ScenarioAssigner)

public:
    // Recurring stages repeat at least this long after the start (and up to the last stage
    // that does not repeat, when that is later).
    static constexpr int MinimumHorizonWeeks = 12;

    // `settings` lets the validator know the integrations' defaults (the Jira project); null
    // means none is set.
    explicit ScenarioAssigner(QSqlDatabase db, const Settings *settings = nullptr);

    struct AssignableEmployee
    {
        qint64 id = 0;
        QString name;
        QString department;
        QDate startDate;                    // invalid: not known yet
        QString currentScenario;            // the scenario of an active assignment, empty if none
        bool alreadyOnThisScenario = false; // active on it or on an earlier revision of it
    };
    // Employees not deleted, by name.
    QList<AssignableEmployee> employees(qint64 scenarioId) const;

    struct AssignResult
    {
        int assigned = 0;
        QStringList skipped; // "Name: reason"
        QString summary() const;
    };
    // Refuses the whole call (assigned 0, lastError() says why) when the scenario is unknown,
    // a template, or fails ScenarioValidator, or when writing fails; then nothing is written.
    // Employees without a start date or already on the scenario are skipped with the reason.
    AssignResult assign(qint64 scenarioId, const QList<qint64> &employeeIds);
    QString lastError() const { return m_lastError; }

    // One assignment with its dated stages, inside the caller's open transaction (hiring uses
    // it too). Returns the assignment id, or 0 with `error` set.
    static qint64 insertAssignment(QSqlDatabase db, qint64 employeeId, qint64 scenarioId,
                                   QDate start, QString *error);

    // The stages of a scenario with their timing, in id order.
    static bool readTimings(QSqlDatabase db, qint64 scenarioId, QList<StageTiming> *timings,
                            QString *error);
    // The last day recurring stages repeat on for an assignment starting on `start`.
    static QDate horizon(const QList<StageTiming> &timings, QDate start);
    // The due dates of one stage: one date, or for a weekly or biweekly stage every
    // occurrence from its first date up to `horizon` (at least the first).
    static QList<QDate> dueDates(const StageTiming &timing, QDate start, QDate horizon);

private:
    QSqlDatabase m_db;
    const Settings *m_settings;
    QString m_lastError;
};

using AssignableEmployee = ScenarioAssigner::AssignableEmployee;
using AssignResult = ScenarioAssigner::AssignResult;

} // namespace bbd
