#include "app/sync/OutboxQueue.h"

#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

OutboxQueue::OutboxQueue(QSqlDatabase db)
    : m_db(std::move(db))
{}

OutboxQueue::Counts OutboxQueue::counts(const QString &service) const
{
    Counts counts;
    QSqlQuery query(m_db);
    // Rows the dispatcher will send or retry by itself are all "pending" to the user.
    if (!sql::run(query, QStringLiteral(R"sql(
SELECT CASE WHEN status = 'failed' AND next_attempt_at IS NULL THEN 'failed'
            WHEN status = 'conflict' THEN 'conflict' ELSE 'pending' END AS shown, COUNT(*)
FROM outbox WHERE status <> 'sent' AND (coalesce(?, '') = '' OR service = ?)
GROUP BY shown)sql"),
                  {service, service})) {
        return counts;
    }
    while (query.next()) {
        const QString shown = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (shown == u"failed") {
            counts.failed = count;
        } else if (shown == u"conflict") {
            counts.conflict = count;
        } else {
            counts.pending = count;
        }
    }
    return counts;
}

bool OutboxQueue::item(qint64 id, Item *item) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT id, service, method, path, body, status, attempts, "
                                 "last_error, http_status, entity_type, entity_id, "
                                 "conflict_record FROM outbox WHERE id = ?"),
                  {id}) ||
        !query.next()) {
        return false;
    }
    item->id = query.value(0).toLongLong();
    item->service = query.value(1).toString();
    item->method = query.value(2).toString();
    item->path = query.value(3).toString();
    item->body = query.value(4).toByteArray();
    item->status = query.value(5).toString();
    item->attempts = query.value(6).toInt();
    item->lastError = query.value(7).toString();
    item->httpStatus = query.value(8).toInt();
    item->entityType = query.value(9).toString();
    item->entityId = query.value(10).toLongLong();
    item->serverRecord = QJsonDocument::fromJson(query.value(11).toByteArray()).object();
    return true;
}

bool OutboxQueue::retry(qint64 id)
{
    return change(QStringLiteral("UPDATE outbox SET status = 'pending', next_attempt_at = NULL "
                                 "WHERE id = ? AND status IN ('failed', 'conflict')"),
                  {id});
}

bool OutboxQueue::resolveConflict(qint64 id, const QByteArray &body, int serverVersion)
{
    return change(QStringLiteral("UPDATE outbox SET status = 'pending', body = ?, if_match = ?, "
                                 "conflict_record = NULL, next_attempt_at = NULL WHERE id = ? AND "
                                 "status = 'conflict'"),
                  {body, QString::number(serverVersion), id});
}

bool OutboxQueue::discard(qint64 id)
{
    return change(QStringLiteral("DELETE FROM outbox WHERE id = ? AND status IN ('pending', "
                                 "'failed', 'conflict')"),
                  {id});
}

int OutboxQueue::laterRowsOfEntity(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!sql::run(
            query,
            QStringLiteral("SELECT COUNT(*) FROM outbox later JOIN outbox given ON given.id = ? "
                           "WHERE later.service = given.service AND later.entity_type = "
                           "given.entity_type AND later.entity_id = given.entity_id AND "
                           "later.id > given.id AND later.status <> 'sent'"),
            {id}) ||
        !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool OutboxQueue::change(const QString &sql, const QVariantList &values)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!transaction.isActive() || !sql::run(query, sql, values)) {
        m_lastError =
            query.lastError().isValid() ? query.lastError().text() : m_db.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        // Sent meanwhile, being sent right now, or gone: nothing to change.
        m_lastError = tr("This item is no longer waiting in the outbox.");
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace bbd
