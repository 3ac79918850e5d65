#include "app/storage/PageSources.h"

#include "app/kb/KbStore.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlPageSource.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bbd::sources {
namespace {

QStringList stringList(const QVariant &json)
{
    QStringList items;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        items << value.toString();
    }
    return items;
}

QDateTime timestamp(const QVariant &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate);
}

QString displayPhone(const PhoneNumbers &phones, const QString &e164, const QString &raw)
{
    return e164.isEmpty() ? raw : phones.formatForDisplay(e164);
}

} // namespace

std::unique_ptr<PageSource<Vacancy>> vacancies(const Database &db)
{
    // Open vacancies first: they are the ones a recruiter works on.
    return std::make_unique<SqlPageSource<Vacancy>>(
        db.connectionName(), QStringLiteral("SELECT count(*) FROM vacancies WHERE deleted = 0"),
        QStringLiteral(R"sql(
SELECT v.id, v.title, v.department, v.status, v.opened_at,
       (SELECT count(*) FROM candidates c
         WHERE c.vacancy_id = v.id AND c.deleted = 0 AND c.merged_into_id IS NULL),
       (SELECT count(*) FROM candidates c JOIN pipeline_stages s ON s.id = c.stage_id
         WHERE c.vacancy_id = v.id AND s.kind = 'hired' AND c.deleted = 0
           AND c.merged_into_id IS NULL)
  FROM vacancies v
 WHERE v.deleted = 0
 ORDER BY CASE v.status WHEN 'open' THEN 0 WHEN 'paused' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END,
          v.title, v.id
 LIMIT ? OFFSET ?)sql"),
        QVariantList{}, [](const QSqlQuery &q) {
            Vacancy vacancy;
            vacancy.id = q.value(0).toLongLong();
            vacancy.title = q.value(1).toString();
            vacancy.department = q.value(2).toString();
            vacancy.status = vacancyStatusFromKey(q.value(3).toString());
            vacancy.openedAt = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            vacancy.candidateCount = q.value(5).toInt();
            vacancy.hiredCount = q.value(6).toInt();
            return vacancy;
        });
}

std::unique_ptr<PageSource<Candidate>> candidates(const Database &db, const PhoneNumbers &phones,
                                                  qint64 vacancyId)
{
    QString where = QStringLiteral("c.deleted = 0 AND c.merged_into_id IS NULL");
    QVariantList binds;
    if (vacancyId != 0) {
        where += QStringLiteral(" AND c.vacancy_id = ?");
        binds << vacancyId;
    }
    return std::make_unique<SqlPageSource<Candidate>>(
        db.connectionName(),
        QStringLiteral("SELECT count(*) FROM candidates c WHERE ") + where, QStringLiteral(R"sql(
SELECT c.id, c.vacancy_id, v.title, c.stage_id, s.name, c.full_name, c.email, c.phone_e164,
       c.phone_raw, c.source, c.rating, c.tags, c.applied_at, c.stage_entered_at
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE )sql") + where + QStringLiteral(" ORDER BY c.applied_at DESC, c.id DESC LIMIT ? OFFSET ?"),
        binds, [&phones](const QSqlQuery &q) {
            Candidate candidate;
            candidate.id = q.value(0).toLongLong();
            candidate.vacancyId = q.value(1).toLongLong();
            candidate.vacancyTitle = q.value(2).toString();
            candidate.stageId = q.value(3).toLongLong();
            candidate.stageName = q.value(4).toString();
            candidate.fullName = q.value(5).toString();
            candidate.email = q.value(6).toString();
            candidate.phoneE164 = q.value(7).toString();
            candidate.phoneRaw = q.value(8).toString();
            candidate.phoneDisplay = displayPhone(phones, candidate.phoneE164, candidate.phoneRaw);
            candidate.source = q.value(9).toString();
            candidate.rating = q.value(10).toInt();
            candidate.tags = stringList(q.value(11));
            candidate.appliedAt = timestamp(q.value(12));
            candidate.stageEnteredAt = timestamp(q.value(13));
            return candidate;
        });
}

std::unique_ptr<PageSource<Scenario>> scenarios(const Database &db)
{
    // Only the newest revision of each scenario is listed; older ones live on in assignments.
    const QString where = QStringLiteral(
        "s.deleted = 0 AND s.is_template = 0 AND NOT EXISTS "
        "(SELECT 1 FROM scenarios n WHERE n.previous_revision_id = s.id AND n.deleted = 0)");
    return std::make_unique<SqlPageSource<Scenario>>(
        db.connectionName(),
        QStringLiteral("SELECT count(*) FROM scenarios s WHERE ") + where, QStringLiteral(R"sql(
SELECT s.id, s.name, s.description, s.revision,
       (SELECT count(*) FROM scenario_stages st WHERE st.scenario_id = s.id),
       (SELECT count(*) FROM assignments a WHERE a.scenario_id = s.id AND a.status = 'active')
  FROM scenarios s
 WHERE )sql") + where + QStringLiteral(" ORDER BY s.name, s.id LIMIT ? OFFSET ?"),
        QVariantList{}, [](const QSqlQuery &q) {
            Scenario scenario;
            scenario.id = q.value(0).toLongLong();
            scenario.name = q.value(1).toString();
            scenario.description = q.value(2).toString();
            scenario.revision = q.value(3).toInt();
            scenario.stageCount = q.value(4).toInt();
            scenario.activeAssignmentCount = q.value(5).toInt();
            return scenario;
        });
}

std::unique_ptr<PageSource<ScenarioStage>> scenarioStages(const Database &db, qint64 scenarioId)
{
    // Ordered by when the stage starts, in days from the first working day.
    return std::make_unique<SqlPageSource<ScenarioStage>>(
        db.connectionName(),
        QStringLiteral("SELECT count(*) FROM scenario_stages WHERE scenario_id = ?"),
        QStringLiteral(R"sql(
SELECT id, scenario_id, title, kind, timing_unit, timing_offset, recurrence, duration_minutes,
       owner_role, description, json_array_length(actions)
  FROM scenario_stages
 WHERE scenario_id = ?
 ORDER BY CASE timing_unit WHEN 'day' THEN timing_offset
                           WHEN 'week' THEN (timing_offset - 1) * 7 + 1
                           ELSE (timing_offset - 1) * 30 + 1 END,
          pos_x, id
 LIMIT ? OFFSET ?)sql"),
        QVariantList{scenarioId}, [](const QSqlQuery &q) {
            ScenarioStage stage;
            stage.id = q.value(0).toLongLong();
            stage.scenarioId = q.value(1).toLongLong();
            stage.title = q.value(2).toString();
            stage.kind = q.value(3).toString();
            stage.timingUnit = timingUnitFromKey(q.value(4).toString());
            stage.timingOffset = q.value(5).toInt();
            stage.recurrence = recurrenceFromKey(q.value(6).toString());
            stage.durationMinutes = q.value(7).toInt();
            stage.ownerRole = ownerRoleFromKey(q.value(8).toString());
            stage.description = q.value(9).toString();
            stage.actionCount = q.value(10).toInt();
            return stage;
        });
}

std::unique_ptr<PageSource<KbArticle>> kbArticles(const Database &db, const KbArticleFilter &filter)
{
    QString countSql;
    QString pageSql;
    QVariantList binds;
    KbStore::searchSql(filter, &countSql, &pageSql, &binds);
    return std::make_unique<SqlPageSource<KbArticle>>(db.connectionName(), countSql, pageSql, binds,
                                                      &KbStore::readArticle);
}

std::unique_ptr<PageSource<Contact>> contacts(const Database &db, const PhoneNumbers &phones)
{
    return std::make_unique<SqlPageSource<Contact>>(
        db.connectionName(), QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"),
        QStringLiteral(R"sql(
SELECT id, escalation_order, full_name, role, email, phone_e164, phone_raw, slack_handle
  FROM contacts
 WHERE deleted = 0
 ORDER BY escalation_order, full_name, id
 LIMIT ? OFFSET ?)sql"),
        QVariantList{}, [&phones](const QSqlQuery &q) {
            Contact contact;
            contact.id = q.value(0).toLongLong();
            contact.escalationOrder = q.value(1).toInt();
            contact.fullName = q.value(2).toString();
            contact.role = q.value(3).toString();
            contact.email = q.value(4).toString();
            contact.phoneE164 = q.value(5).toString();
            contact.phoneDisplay = displayPhone(phones, contact.phoneE164, q.value(6).toString());
            contact.slackHandle = q.value(7).toString();
            return contact;
        });
}

std::unique_ptr<PageSource<Employee>> employees(const Database &db, const QString &search)
{
    QString where = QStringLiteral("e.deleted = 0");
    QVariantList binds;
    const QString text = search.simplified();
    if (!text.isEmpty()) {
        // SQLite folds only ASCII case, and names are written capitalised: the text is tried as
        // typed, in lower case and capitalised, so "иван" finds "Иван Петров".
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString lower = escaped.toLower();
        const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM (SELECT ? AS p UNION SELECT ? UNION SELECT ?) "
            "WHERE e.first_name || ' ' || e.last_name || ' ' || coalesce(e.job_title, '') || ' ' "
            "|| coalesce(e.department, '') LIKE '%' || p || '%' ESCAPE '\\')");
        binds << escaped << lower << capitalised;
    }
    const QString countSql = QStringLiteral("SELECT count(*) FROM employees e WHERE ") + where;
    const QString pageSql =
        QStringLiteral(R"sql(
SELECT e.id, e.first_name || ' ' || e.last_name, e.job_title, e.department,
       m.first_name || ' ' || m.last_name, e.start_date,
       (SELECT group_concat(name, ', ') FROM (
            SELECT DISTINCT sc.name FROM assignments a JOIN scenarios sc ON sc.id = a.scenario_id
             WHERE a.employee_id = e.id AND a.status = 'active' ORDER BY sc.name))
  FROM employees e
  LEFT JOIN employees m ON m.id = e.manager_id
 WHERE )sql") +
        where + QStringLiteral(" ORDER BY e.last_name, e.first_name, e.id LIMIT ? OFFSET ?");
    return std::make_unique<SqlPageSource<Employee>>(
        db.connectionName(), countSql, pageSql, binds, [](const QSqlQuery &q) {
            Employee employee;
            employee.id = q.value(0).toLongLong();
            employee.fullName = q.value(1).toString();
            employee.jobTitle = q.value(2).toString();
            employee.department = q.value(3).toString();
            employee.managerName = q.value(4).toString();
            employee.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            employee.activeScenarios = q.value(6).toString();
            return employee;
        });
}

std::unique_ptr<PageSource<Channel>> channels(const Database &db, const PhoneNumbers &phones)
{
    return std::make_unique<SqlPageSource<Channel>>(
        db.connectionName(), QStringLiteral("SELECT count(*) FROM channels WHERE deleted = 0"),
        QStringLiteral(R"sql(
SELECT id, kind, name, address, purpose, when_to_use, confidential_allowed, priority
  FROM channels
 WHERE deleted = 0
 ORDER BY priority, name, id
 LIMIT ? OFFSET ?)sql"),
        QVariantList{}, [&phones](const QSqlQuery &q) {
            Channel channel;
            channel.id = q.value(0).toLongLong();
            channel.kind = channelKindFromKey(q.value(1).toString());
            channel.name = q.value(2).toString();
            channel.address = q.value(3).toString();
            if (channel.kind == Channel::Kind::Phone) {
                channel.address = phones.formatForDisplay(channel.address);
            }
            channel.purpose = q.value(4).toString();
            channel.whenToUse = q.value(5).toString();
            channel.confidentialAllowed = q.value(6).toBool();
            channel.priority = q.value(7).toInt();
            return channel;
        });
}

} // namespace bbd::sources
