#include "app/ats/HiringService.h"

#include "app/ats/CandidateRepository.h"
#include "app/scenarios/ScenarioAssigner.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::nullIfZero;
using sql::run;

} // namespace

HiringService::HiringService(const Database &db)
    : m_connectionName(db.connectionName())
{}

bool HiringService::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

EmployeeDraft HiringService::draftFor(qint64 candidateId) const
{
    EmployeeDraft draft;
    draft.candidateId = candidateId;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (run(query, QStringLiteral(R"sql(
SELECT c.full_name, c.email, v.title, v.department
  FROM candidates c LEFT JOIN vacancies v ON v.id = c.vacancy_id
 WHERE c.id = ?)sql"),
            {candidateId}) &&
        query.next()) {
        // "Surname Name [Patronymic]", as Russian CVs and job boards write it.
        const QStringList words = query.value(0).toString().split(u' ', Qt::SkipEmptyParts);
        draft.lastName = words.size() >= 2 ? words.at(0) : QString();
        draft.firstName = words.size() >= 2 ? words.at(1) : words.value(0);
        draft.email = query.value(1).toString();
        draft.jobTitle = query.value(2).toString();
        draft.department = query.value(3).toString();
    }
    QDate monday = QDate::currentDate().addDays(1);
    while (monday.dayOfWeek() != 1) {
        monday = monday.addDays(1);
    }
    draft.startDate = monday;
    return draft;
}

QStringList HiringService::problems(const EmployeeDraft &draft) const
{
    QStringList list;
    if (draft.firstName.simplified().isEmpty()) {
        list << tr("The first name is empty.");
    }
    if (draft.lastName.simplified().isEmpty()) {
        list << tr("The last name is empty.");
    }
    // The platform creates the account from the e-mail, so it is required here.
    if (!CandidateRepository::isValidEmail(draft.email.trimmed().toLower())) {
        list << tr("A valid work e-mail is needed to create the account.");
    }
    if (draft.jobTitle.simplified().isEmpty()) {
        list << tr("The job title is empty.");
    }
    if (!draft.startDate.isValid()) {
        list << tr("Choose the start date.");
    }
    if (employeeOf(draft.candidateId) != 0) {
        list << tr("An employee has already been created from this candidate.");
    }
    return list;
}

QList<PersonChoice> HiringService::managers() const
{
    QList<PersonChoice> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT id, last_name || ' ' || first_name || coalesce(' — ' || "
                                  "job_title, '') FROM employees WHERE deleted = 0 ORDER BY "
                                  "last_name, first_name"))) {
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    return list;
}

QList<PersonChoice> HiringService::scenarios() const
{
    QList<PersonChoice> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The newest revision of each scenario, as the Scenarios area lists them.
    if (query.exec(QStringLiteral(
            "SELECT s.id, s.name FROM scenarios s WHERE s.deleted = 0 AND s.is_template = 0 "
            "AND NOT EXISTS (SELECT 1 FROM scenarios n WHERE n.previous_revision_id = s.id AND "
            "n.deleted = 0) ORDER BY s.name"))) {
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    return list;
}

qint64 HiringService::employeeOf(qint64 candidateId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (candidateId != 0 &&
        run(query,
            QStringLiteral("SELECT id FROM employees WHERE candidate_id = ? AND deleted = 0"),
            {candidateId}) &&
        query.next()) {
        return query.value(0).toLongLong();
    }
    return 0;
}

qint64 HiringService::hire(const EmployeeDraft &draft)
{
    if (const QStringList list = problems(draft); !list.isEmpty()) {
        fail(list.join(u' '));
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString email = draft.email.trimmed().toLower();
    if (!run(query, QStringLiteral(R"sql(
INSERT INTO employees (first_name, last_name, email, job_title, department, manager_id,
                       start_date, candidate_id, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"),
             {draft.firstName.simplified(), draft.lastName.simplified(), email,
              draft.jobTitle.simplified(), nullIfEmpty(draft.department.simplified()),
              draft.managerId == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                   : QVariant(draft.managerId),
              draft.startDate.toString(Qt::ISODate),
              draft.candidateId == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                     : QVariant(draft.candidateId),
              now})) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 employeeId = query.lastInsertId().toLongLong();

    // The platform knows managers by its own ids; a manager not yet synced is left out and
    // set on the platform once the sync has given them a remote id.
    QJsonObject user{{QStringLiteral("first_name"), draft.firstName.simplified()},
                     {QStringLiteral("last_name"), draft.lastName.simplified()},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("job_title"), draft.jobTitle.simplified()},
                     {QStringLiteral("department"), draft.department.simplified()}};
    if (draft.managerId != 0 &&
        run(query, QStringLiteral("SELECT remote_id FROM employees WHERE id = ?"),
            {draft.managerId}) &&
        query.next() && !query.value(0).toString().isEmpty()) {
        user.insert(QStringLiteral("manager_id"), query.value(0).toString());
    }
    QString error;
    if (enqueueOutbox(db,
                      {QStringLiteral("platform"), QStringLiteral("POST"),
                       QStringLiteral("/api/v1/users"),
                       QJsonDocument(user).toJson(QJsonDocument::Compact),
                       QStringLiteral("employee"), employeeId, QString()},
                      &error) == 0) {
        fail(error);
        return 0;
    }

    if (draft.scenarioId != 0 &&
        ScenarioAssigner::insertAssignment(db, employeeId, draft.scenarioId, draft.startDate,
                                           &error) == 0) {
        fail(error);
        return 0;
    }
    if (draft.candidateId != 0 &&
        !run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                            "VALUES (?, 'edit', ?, ?)"),
             {draft.candidateId, now,
              tr("Employee created: %1 %2, starts %3")
                  .arg(draft.firstName.simplified(), draft.lastName.simplified(),
                       draft.startDate.toString(Qt::ISODate))})) {
        fail(query.lastError().text());
        return 0;
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return employeeId;
}

} // namespace bbd
