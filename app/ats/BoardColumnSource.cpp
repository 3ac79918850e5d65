#include "app/ats/BoardColumnSource.h"

#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

QStringList tagsFromJson(const QVariant &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        tags << value.toString();
    }
    return tags;
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

BoardColumnSource::BoardColumnSource(const Database &db, const PhoneNumbers &phones,
                                     qint64 vacancyId, qint64 stageId, QString extraCondition,
                                     QVariantList extraBinds)
    : m_connectionName(db.connectionName())
    , m_phones(phones)
    , m_vacancyId(vacancyId)
    , m_stageId(stageId)
    , m_extraCondition(std::move(extraCondition))
    , m_extraBinds(std::move(extraBinds))
{}

namespace {

QString columnWhere(const QString &extraCondition)
{
    // Keep the live-card predicate word for word as in the index definition: SQLite only uses
    // a partial index when the query's WHERE implies the index's, and it checks that by form.
    QString where = QStringLiteral(" WHERE c.vacancy_id = ? AND c.stage_id = ? AND c.deleted = 0 "
                                   "AND c.merged_into_id IS NULL");
    if (!extraCondition.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (") + extraCondition + u')';
    }
    return where;
}

void bindColumn(QSqlQuery &query, qint64 vacancyId, qint64 stageId, const QVariantList &binds)
{
    query.addBindValue(vacancyId);
    query.addBindValue(stageId);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
}

} // namespace

int countBoardCardsEnteredBefore(const QString &connectionName, qint64 vacancyId, qint64 stageId,
                                 const QString &extraCondition, const QVariantList &extraBinds,
                                 const QDateTime &before, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM candidates c") +
                       columnWhere(extraCondition) +
                       QStringLiteral(" AND c.stage_entered_at < ?"))) {
        *error = query.lastError().text();
        return -1;
    }
    bindColumn(query, vacancyId, stageId, extraBinds);
    query.addBindValue(before.toUTC().toString(Qt::ISODate));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    error->clear();
    return query.value(0).toInt();
}

QList<PipelineStage> boardStages(const Database &db, qint64 vacancyId, QString *error)
{
    QList<PipelineStage> stages;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT id, vacancy_id, position, name, kind, stuck_after_days, folded "
                           "FROM pipeline_stages WHERE vacancy_id = ? ORDER BY position, id"))) {
        *error = query.lastError().text();
        return stages;
    }
    query.addBindValue(vacancyId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return stages;
    }
    while (query.next()) {
        PipelineStage stage;
        stage.id = query.value(0).toLongLong();
        stage.vacancyId = query.value(1).toLongLong();
        stage.position = query.value(2).toInt();
        stage.name = query.value(3).toString();
        stage.kind = pipelineStageKindFromKey(query.value(4).toString());
        stage.stuckAfterDays = query.value(5).toInt();
        stage.folded = query.value(6).toBool();
        stages.append(stage);
    }
    error->clear();
    return stages;
}

QString BoardColumnSource::whereClause() const
{
    return columnWhere(m_extraCondition);
}

void BoardColumnSource::bindWhere(QSqlQuery &query) const
{
    bindColumn(query, m_vacancyId, m_stageId, m_extraBinds);
}

int BoardColumnSource::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM candidates c") + whereClause())) {
        m_lastError = query.lastError().text();
        return -1;
    }
    bindWhere(query);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    m_lastError.clear();
    return query.value(0).toInt();
}

int BoardColumnSource::countEnteredBefore(const QDateTime &before) const
{
    return countBoardCardsEnteredBefore(m_connectionName, m_vacancyId, m_stageId, m_extraCondition,
                                        m_extraBinds, before, &m_lastError);
}

QList<Candidate> BoardColumnSource::fetch(int offset, int limit) const
{
    QList<Candidate> rows;
    const bool keyset = offset > 0 && offset == m_nextOffset;
    QString sql = QStringLiteral(R"sql(
SELECT c.id, c.vacancy_id, c.stage_id, c.full_name, c.email, c.phone_e164, c.phone_raw,
       c.source, c.rating, c.tags, c.applied_at, c.stage_entered_at, c.board_rank
  FROM candidates c)sql") +
                  whereClause();
    if (keyset) {
        sql += QStringLiteral(" AND (c.board_rank, c.id) > (?, ?)");
    }
    sql += QStringLiteral(" ORDER BY c.board_rank, c.id LIMIT ?");
    if (!keyset) {
        sql += QStringLiteral(" OFFSET ?");
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        m_nextOffset = -1;
        return rows;
    }
    bindWhere(query);
    if (keyset) {
        query.addBindValue(m_lastRank);
        query.addBindValue(m_lastId);
    }
    query.addBindValue(limit);
    if (!keyset) {
        query.addBindValue(offset);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        m_nextOffset = -1;
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        Candidate candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.vacancyId = query.value(1).toLongLong();
        candidate.stageId = query.value(2).toLongLong();
        candidate.fullName = query.value(3).toString();
        candidate.email = query.value(4).toString();
        candidate.phoneE164 = query.value(5).toString();
        candidate.phoneRaw = query.value(6).toString();
        candidate.phoneDisplay = candidate.phoneE164.isEmpty()
                                     ? candidate.phoneRaw
                                     : m_phones.formatForDisplay(candidate.phoneE164);
        candidate.source = query.value(7).toString();
        candidate.rating = query.value(8).toInt();
        candidate.tags = tagsFromJson(query.value(9));
        candidate.appliedAt = fromIso(query.value(10));
        candidate.stageEnteredAt = fromIso(query.value(11));
        candidate.boardRank = query.value(12).toDouble();
        rows.append(std::move(candidate));
    }
    m_lastFetchUsedKeyset = keyset;
    if (rows.isEmpty()) {
        m_nextOffset = -1;
    } else {
        m_nextOffset = offset + int(rows.size());
        m_lastRank = rows.constLast().boardRank;
        m_lastId = rows.constLast().id;
    }
    m_lastError.clear();
    return rows;
}

} // namespace bbd
