#include "app/sync/OutboxWriter.h"

#include "app/storage/SqlHelpers.h"

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

bool PlatformRecordOutbox::enqueue(const QSqlDatabase &db, qint64 id, const QString &method,
                                   const QString &path, const QJsonObject &body,
                                   const QString &ifMatch, QString *error) const
{
    OutboxItem item;
    item.service = QStringLiteral("platform");
    item.method = method;
    item.path = path;
    item.body = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.entityType = entityType;
    item.entityId = id;
    item.ifMatch = ifMatch;
    return enqueueOutbox(db, item, error) > 0;
}

bool PlatformRecordOutbox::hasUndelivered(const QSqlDatabase &db, qint64 id, const QString &method,
                                          bool *found, QString *error) const
{
    QSqlQuery query(db);
    if (!sql::run(query,
                  QStringLiteral("SELECT 1 FROM outbox WHERE service = 'platform' AND "
                                 "entity_type = ? AND entity_id = ? AND method = ? AND status "
                                 "<> 'sent' AND (path = ? OR path LIKE ?) LIMIT 1"),
                  {entityType, id, method, collection, QString(collection + u"/%")})) {
        *error = query.lastError().text();
        return false;
    }
    *found = query.next();
    return true;
}

bool PlatformRecordOutbox::address(const QSqlDatabase &db, qint64 id, const QString &remoteId,
                                   int remoteVersion, QString *path, QString *ifMatch, bool *known,
                                   QString *error) const
{
    if (!remoteId.isEmpty()) {
        *path = collection + u'/' + remoteId;
        *ifMatch = QString::number(remoteVersion);
        *known = true;
        return true;
    }
    if (!hasUndelivered(db, id, QStringLiteral("POST"), known, error)) {
        return false;
    }
    *path = collection + QStringLiteral("/{remote_id}");
    *ifMatch = QStringLiteral("{version}");
    return true;
}

} // namespace bbd
