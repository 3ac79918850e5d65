#include "app/ats/HiringAnalytics.h"

#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::nullIfZero;
using sql::run;

const QString kLive = QStringLiteral("c.deleted = 0 AND c.merged_into_id IS NULL");

} // namespace

HiringAnalytics::HiringAnalytics(const Database &db)
    : m_connectionName(db.connectionName())
{}

HiringAnalytics::HiringAnalytics(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

QList<FunnelStep> HiringAnalytics::funnel(qint64 vacancyId) const
{
    QList<FunnelStep> steps;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // How far each candidate got: the furthest non-rejection stage they are in or were moved
    // into. A rejected candidate thus counts for every stage they passed before the refusal.
    const QString sql = QStringLiteral(R"sql(
WITH visits AS (
    SELECT e.candidate_id, e.to_stage_id AS stage_id FROM candidate_events e
     WHERE e.kind IN ('stage_move', 'created') AND e.to_stage_id IS NOT NULL
    UNION ALL
    SELECT c.id, c.stage_id FROM candidates c WHERE c.vacancy_id = ?
),
reach AS (
    SELECT c.id, max(coalesce(p.position, 0)) AS position
      FROM candidates c
      JOIN visits v ON v.candidate_id = c.id
      LEFT JOIN pipeline_stages p ON p.id = v.stage_id AND p.vacancy_id = ?
                                  AND p.kind != 'rejected'
     WHERE c.vacancy_id = ? AND )sql") +
                        kLive + QStringLiteral(R"sql(
     GROUP BY c.id
),
stays AS (
    SELECT e.to_stage_id AS stage_id,
           julianday(coalesce(lead(e.at) OVER (PARTITION BY e.candidate_id ORDER BY e.at, e.id),
                              strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) - julianday(e.at) AS days
      FROM candidate_events e
      JOIN candidates c ON c.id = e.candidate_id
     WHERE c.vacancy_id = ? AND e.kind IN ('stage_move', 'created') AND e.to_stage_id IS NOT NULL
       AND )sql") + kLive +
                        QStringLiteral(R"sql(
)
SELECT s.id, s.name, s.kind,
       (SELECT count(*) FROM reach r WHERE r.position >= s.position),
       (SELECT count(*) FROM candidates c WHERE c.stage_id = s.id AND )sql") +
                        kLive + QStringLiteral(R"sql(),
       (SELECT avg(days) FROM stays t WHERE t.stage_id = s.id)
  FROM pipeline_stages s
 WHERE s.vacancy_id = ?
 ORDER BY s.position)sql");
    // Every placeholder is the vacancy id.
    if (!run(query, sql, QVariantList(sql.count(u'?'), vacancyId))) {
        m_lastError = query.lastError().text();
        return steps;
    }
    int first = 0;
    while (query.next()) {
        FunnelStep step;
        step.stageId = query.value(0).toLongLong();
        step.stageName = query.value(1).toString();
        step.rejected = query.value(2).toString() == u"rejected";
        step.current = query.value(4).toInt();
        // The rejection column is not a step of the funnel: its "reach" is who is in it.
        step.reached = step.rejected ? step.current : query.value(3).toInt();
        if (steps.isEmpty()) {
            first = step.reached;
        }
        step.conversion = first > 0 ? double(step.reached) / first : 0;
        step.averageDays = query.value(5).toDouble();
        steps.append(step);
    }
    m_lastError.clear();
    return steps;
}

QList<SourceFigures> HiringAnalytics::bySource(qint64 vacancyId) const
{
    QList<SourceFigures> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral(R"sql(
SELECT coalesce(nullif(c.source, ''), '—'), count(*),
       sum(CASE WHEN s.kind = 'hired' THEN 1 ELSE 0 END),
       sum(CASE WHEN s.kind = 'rejected' THEN 1 ELSE 0 END)
  FROM candidates c
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE (? = 0 OR c.vacancy_id = ?) AND )sql") +
                 kLive + QStringLiteral(R"sql(
 GROUP BY 1
 ORDER BY 2 DESC, 1)sql"),
             {vacancyId, vacancyId})) {
        m_lastError = query.lastError().text();
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(),
                     query.value(3).toInt()});
    }
    m_lastError.clear();
    return list;
}

TimeToHire HiringAnalytics::timeToHire(qint64 vacancyId) const
{
    TimeToHire result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral(R"sql(
SELECT julianday(c.stage_entered_at) - julianday(c.applied_at)
  FROM candidates c JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE s.kind = 'hired' AND (? = 0 OR c.vacancy_id = ?) AND c.applied_at IS NOT NULL
   AND )sql") + kLive,
             {vacancyId, vacancyId})) {
        m_lastError = query.lastError().text();
        return result;
    }
    QList<double> days;
    while (query.next()) {
        days << qMax(0.0, query.value(0).toDouble());
    }
    result.hired = int(days.size());
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        double sum = 0;
        for (const double d : std::as_const(days)) {
            sum += d;
        }
        result.averageDays = sum / double(days.size());
        const qsizetype mid = days.size() / 2;
        result.medianDays = days.size() % 2 ? days.at(mid) : (days.at(mid - 1) + days.at(mid)) / 2;
    }
    m_lastError.clear();
    return result;
}

RetentionService::RetentionService(const Database &db)
    : m_connectionName(db.connectionName())
{}

QList<RetentionCandidate> RetentionService::pastRetention(int months) const
{
    QList<RetentionCandidate> list;
    if (months <= 0) {
        return list;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString cutoff = QDateTime::currentDateTimeUtc().addMonths(-months).toString(Qt::ISODate);
    if (!run(query, QStringLiteral(R"sql(
SELECT c.id, c.full_name, v.title, s.name, c.updated_at
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE c.deleted = 0 AND c.anonymized_at IS NULL AND coalesce(s.kind, '') != 'hired'
   AND c.updated_at < ?
 ORDER BY c.updated_at, c.id)sql"),
             {cutoff})) {
        m_lastError = query.lastError().text();
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString().left(10)});
    }
    m_lastError.clear();
    return list;
}

int RetentionService::anonymize(const QList<qint64> &ids, const QString &attachmentsDir)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    QStringList files;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const qint64 id : ids) {
        if (!run(query,
                 QStringLiteral("SELECT stored_path FROM candidate_attachments WHERE "
                                "candidate_id = ?"),
                 {id})) {
            m_lastError = query.lastError().text();
            return 0;
        }
        while (query.next()) {
            files << QDir(attachmentsDir).filePath(query.value(0).toString());
        }
        const QList<std::pair<QString, QVariantList>> statements{
            {QStringLiteral(R"sql(
UPDATE candidates
   SET full_name = ?, email = NULL, email_normalized = NULL, phone_e164 = NULL, phone_raw = NULL,
       search_extra = NULL, notes = NULL, tags = '[]', rejection_reason = NULL,
       anonymized_at = ?, version = version + 1, updated_at = ?
 WHERE id = ?)sql"),
             {tr("Anonymised candidate #%1").arg(id), now, now, id}},
            {QStringLiteral("DELETE FROM candidate_contacts WHERE candidate_id = ?"), {id}},
            {QStringLiteral("DELETE FROM candidate_attachments WHERE candidate_id = ?"), {id}},
            // Stage moves keep their stages and dates for the statistics; words go.
            {QStringLiteral("UPDATE candidate_events SET text = NULL, payload = NULL, author = "
                            "NULL WHERE candidate_id = ?"),
             {id}},
            {QStringLiteral("UPDATE candidate_merges SET survivor_before = '{}', merged_before "
                            "= '{}' WHERE survivor_id = ? OR merged_id = ?"),
             {id, id}},
        };
        for (const auto &[sql, binds] : statements) {
            if (!run(query, sql, binds)) {
                m_lastError = query.lastError().text();
                return 0;
            }
        }
    }
    if (!transaction.commit()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    for (const QString &file : std::as_const(files)) {
        QFile::remove(file);
    }
    m_lastError.clear();
    return int(ids.size());
}

} // namespace bbd
