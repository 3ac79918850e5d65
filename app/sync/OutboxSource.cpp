#include "app/sync/OutboxSource.h"

#include "app/storage/Database.h"
#include "app/storage/SqlPageSource.h"
#include "app/sync/ServiceHealth.h"

namespace bbd::sources {

std::unique_ptr<PageSource<OutboxEntry>> outbox(const Database &db, OutboxFilter filter)
{
    QString where;
    QString order = QStringLiteral("o.id");
    switch (filter) {
    case OutboxFilter::Undelivered:
        where = QStringLiteral("o.status <> 'sent'");
        break;
    case OutboxFilter::Failed:
        where = QStringLiteral("o.status = 'failed'");
        break;
    case OutboxFilter::Conflicts:
        where = QStringLiteral("o.status = 'conflict'");
        break;
    case OutboxFilter::Delivered:
        where = QStringLiteral("o.status = 'sent'");
        order = QStringLiteral("o.id DESC");
        break;
    }
    // The filter and order are fixed fragments chosen above, never user text.
    const QString countSql = QStringLiteral("SELECT count(*) FROM outbox o WHERE ") + where;
    const QString pageSql = QStringLiteral(R"sql(
SELECT o.id, o.service, o.method, o.path, o.entity_type, o.entity_id,
       CASE o.entity_type
           WHEN 'candidate' THEN (SELECT full_name FROM candidates WHERE id = o.entity_id)
           WHEN 'employee' THEN (SELECT first_name || ' ' || last_name FROM employees
                                  WHERE id = o.entity_id)
           WHEN 'vacancy' THEN (SELECT title FROM vacancies WHERE id = o.entity_id)
       END,
       o.status, o.attempts, o.last_error, o.http_status, o.created_at, o.next_attempt_at
  FROM outbox o
 WHERE )sql") + where + QStringLiteral(" ORDER BY ") +
                            order + QStringLiteral(" LIMIT ? OFFSET ?");
    return std::make_unique<SqlPageSource<OutboxEntry>>(
        db.connectionName(), countSql, pageSql, QVariantList{}, [](const QSqlQuery &q) {
            OutboxEntry entry;
            entry.id = q.value(0).toLongLong();
            entry.service = q.value(1).toString();
            entry.method = q.value(2).toString();
            entry.path = q.value(3).toString();
            entry.entityType = q.value(4).toString();
            entry.entityId = q.value(5).toLongLong();
            entry.entityLabel = q.value(6).toString();
            entry.status = outboxStatusFromKey(q.value(7).toString());
            entry.attempts = q.value(8).toInt();
            entry.lastError = q.value(9).toString();
            entry.httpStatus = q.value(10).toInt();
            entry.createdAt = ServiceHealthTable::timeFromText(q.value(11).toString());
            if (!q.value(12).isNull()) {
                entry.nextAttemptAt = ServiceHealthTable::timeFromText(q.value(12).toString());
            }
            return entry;
        });
}

} // namespace bbd::sources
