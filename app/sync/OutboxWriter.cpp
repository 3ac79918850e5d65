#include "app/sync/OutboxWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bbd {

qint64 enqueueOutbox(const QSqlDatabase &db, const OutboxItem &item, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (service, method, path, body, entity_type, entity_id, "
        "if_match, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(item.service);
    query.addBindValue(item.method);
    query.addBindValue(item.path);
    query.addBindValue(item.body);
    query.addBindValue(item.entityType.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(item.entityType));
    query.addBindValue(item.entityId == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                          : QVariant(item.entityId));
    query.addBindValue(item.ifMatch.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(item.ifMatch));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

OutboxItem jsonPost(const QString &service, const QString &path, const QJsonObject &body,
                    const QString &entityType, qint64 entityId)
{
    OutboxItem item;
    item.service = service;
    item.method = QStringLiteral("POST");
    item.path = path;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.entityType = entityType;
    item.entityId = entityId;
    return item;
}

} // namespace bbd
