#include "app/scenarios/ScenarioAssigner.h"

#include "app/scenarios/ScenarioStore.h"
#include "app/scenarios/ScenarioValidator.h"
#include "app/scenarios/WorkingDays.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "models/ScenarioDocument.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {
namespace {

using sql::run;

// The scenario and every earlier revision of it: someone on an earlier revision is on this
// scenario already, as far as the person assigning it is concerned.
const QString kChain = QStringLiteral(R"sql(
WITH RECURSIVE chain(id) AS (
    SELECT ?
    UNION
    SELECT s.previous_revision_id FROM scenarios s JOIN chain c ON s.id = c.id
     WHERE s.previous_revision_id IS NOT NULL)
)sql");

} // namespace

ScenarioAssigner::ScenarioAssigner(QSqlDatabase db, const Settings *settings)
    : m_db(std::move(db))
    , m_settings(settings)
{}

QString ScenarioAssigner::AssignResult::summary() const
{
    QString text = assigned == 0
                       ? ScenarioAssigner::tr("Nobody was assigned.")
                       : ScenarioAssigner::tr("Assigned to %n new hire(s).", nullptr, assigned);
    if (!skipped.isEmpty()) {
        text += u' ' + ScenarioAssigner::tr("%n skipped: %1.", nullptr, int(skipped.size()))
                           .arg(skipped.join(QStringLiteral("; ")));
    }
    return text;
}

bool ScenarioAssigner::readTimings(QSqlDatabase db, qint64 scenarioId, QList<StageTiming> *timings,
                                   QString *error)
{
    timings->clear();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT id, timing_unit, timing_offset, recurrence FROM "
                            "scenario_stages WHERE scenario_id = ? ORDER BY id"),
             {scenarioId})) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        timings->append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toInt(), recurrenceFromKey(query.value(3).toString())});
    }
    return true;
}

QDate ScenarioAssigner::horizon(const QList<StageTiming> &timings, QDate start)
{
    QDate last = addWorkingDays(start, 1).addDays(7 * MinimumHorizonWeeks);
    for (const StageTiming &timing : timings) {
        if (timing.recurrence == ScenarioStage::Recurrence::None) {
            last = std::max(last, addWorkingDays(start, workingDayOfStage(timing.timingUnit,
                                                                          timing.timingOffset)));
        }
    }
    return last;
}

QList<QDate> ScenarioAssigner::dueDates(const StageTiming &timing, QDate start, QDate horizon)
{
    const QDate first =
        addWorkingDays(start, workingDayOfStage(timing.timingUnit, timing.timingOffset));
    QList<QDate> dates{first};
    if (timing.recurrence == ScenarioStage::Recurrence::None) {
        return dates;
    }
    // Whole weeks from a working day land on the same weekday, so on working days too.
    const int step = timing.recurrence == ScenarioStage::Recurrence::Weekly ? 7 : 14;
    for (QDate next = first.addDays(step); next <= horizon; next = next.addDays(step)) {
        dates.append(next);
    }
    return dates;
}

qint64 ScenarioAssigner::insertAssignment(QSqlDatabase db, qint64 employeeId, qint64 scenarioId,
                                          QDate start, QString *error)
{
    if (!start.isValid()) {
        *error = tr("The start date is not set.");
        return 0;
    }
    QList<StageTiming> timings;
    if (!readTimings(db, scenarioId, &timings, error)) {
        return 0;
    }
    QSqlQuery query(db);
    const QString now = sql::nowUtc();
    if (!run(query,
             QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, start_date, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
             {employeeId, scenarioId, start.toString(Qt::ISODate), now, now})) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 assignmentId = query.lastInsertId().toLongLong();
    const QDate last = horizon(timings, start);
    if (!query.prepare(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                      "due_date) VALUES (?, ?, ?)"))) {
        *error = query.lastError().text();
        return 0;
    }
    for (const StageTiming &timing : std::as_const(timings)) {
        for (const QDate &due : dueDates(timing, start, last)) {
            query.addBindValue(assignmentId);
            query.addBindValue(timing.stageId);
            query.addBindValue(due.toString(Qt::ISODate));
            if (!query.exec()) {
                *error = query.lastError().text();
                return 0;
            }
        }
    }
    return assignmentId;
}

QList<ScenarioAssigner::AssignableEmployee> ScenarioAssigner::employees(qint64 scenarioId) const
{
    QList<AssignableEmployee> list;
    QSqlQuery query(m_db);
    if (!run(query, kChain + QStringLiteral(R"sql(
SELECT e.id, trim(e.first_name || ' ' || e.last_name), coalesce(e.department, ''), e.start_date,
       (SELECT s.name FROM assignments a JOIN scenarios s ON s.id = a.scenario_id
         WHERE a.employee_id = e.id AND a.status = 'active'
         ORDER BY a.created_at DESC, a.id DESC LIMIT 1),
       EXISTS (SELECT 1 FROM assignments a
                WHERE a.employee_id = e.id AND a.status = 'active'
                  AND a.scenario_id IN (SELECT id FROM chain))
  FROM employees e
 WHERE e.deleted = 0
 ORDER BY e.first_name COLLATE NOCASE, e.last_name COLLATE NOCASE, e.id)sql"),
             {scenarioId})) {
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(),
                     QDate::fromString(query.value(3).toString(), Qt::ISODate),
                     query.value(4).toString(), query.value(5).toBool()});
    }
    return list;
}

ScenarioAssigner::AssignResult ScenarioAssigner::assign(qint64 scenarioId,
                                                        const QList<qint64> &employeeIds)
{
    m_lastError.clear();
    const auto refuse = [this](const QString &message) {
        m_lastError = message;
        return AssignResult{};
    };
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT name, is_template FROM scenarios WHERE id = ? AND "
                            "deleted = 0"),
             {scenarioId})) {
        return refuse(query.lastError().text());
    }
    if (!query.next()) {
        return refuse(tr("There is no scenario #%1 (it may have been deleted).").arg(scenarioId));
    }
    const QString name = query.value(0).toString();
    const bool isTemplate = query.value(1).toBool();
    query.finish();
    if (isTemplate) {
        return refuse(
            tr("“%1” is a template: insert it into a scenario and assign that.").arg(name));
    }
    ScenarioDocument document;
    ScenarioStore store(m_db);
    if (!store.load(scenarioId, &document)) {
        return refuse(store.lastError());
    }
    const QList<ScenarioProblem> problems = ScenarioValidator::validate(document, m_settings);
    if (ScenarioValidator::hasErrors(problems)) {
        return refuse(tr("“%1” cannot be assigned until these are fixed: %2")
                          .arg(name, ScenarioValidator::errorMessages(problems).join(u' ')));
    }

    QHash<qint64, bool> onIt;
    for (const AssignableEmployee &employee : employees(scenarioId)) {
        onIt.insert(employee.id, employee.alreadyOnThisScenario);
    }
    AssignResult result;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return refuse(m_db.lastError().text());
    }
    QSet<qint64> done;
    for (qint64 employeeId : employeeIds) {
        if (done.contains(employeeId)) {
            continue;
        }
        done.insert(employeeId);
        if (!run(query,
                 QStringLiteral("SELECT trim(first_name || ' ' || last_name), start_date FROM "
                                "employees WHERE id = ? AND deleted = 0"),
                 {employeeId})) {
            return refuse(query.lastError().text());
        }
        if (!query.next()) {
            result.skipped.append(tr("#%1: no such employee").arg(employeeId));
            continue;
        }
        const QString person = query.value(0).toString();
        const QDate start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        query.finish();
        if (!start.isValid()) {
            result.skipped.append(tr("%1: no start date yet").arg(person));
            continue;
        }
        if (onIt.value(employeeId)) {
            result.skipped.append(tr("%1: already follows “%2”").arg(person, name));
            continue;
        }
        QString error;
        if (insertAssignment(m_db, employeeId, scenarioId, start, &error) == 0) {
            return refuse(tr("Nobody was assigned: writing the assignment of %1 failed (%2).")
                              .arg(person, error));
        }
        ++result.assigned;
    }
    if (!transaction.commit()) {
        return refuse(tr("Nobody was assigned: %1").arg(m_db.lastError().text()));
    }
    return result;
}

} // namespace bbd
