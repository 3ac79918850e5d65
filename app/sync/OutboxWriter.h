#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

// One request that must reach a server, written in the same transaction as the local change
// it delivers (the sync engine sends it later, in order, exactly once).
struct OutboxItem
{
    QString service; // "platform", "graph", "jira", "zoom", "slack"
    QString method;  // POST, PUT, PATCH, DELETE
    QString path;    // relative to the service's base URL
    QByteArray body; // JSON
    QString entityType;
    qint64 entityId = 0;
    QString ifMatch; // the version an edit or delete is based on (PATCH, PUT, DELETE)
};

// A JSON POST to `service`, the shape of every third-party request the connectors build.
OutboxItem jsonPost(const QString &service, const QString &path, const QJsonObject &body,
                    const QString &entityType, qint64 entityId);

// Appends `item` to the outbox on `db` (inside the caller's transaction) with a fresh
// idempotency key, which survives restarts with the row. Returns the row id, or 0 with
// `error` set.
qint64 enqueueOutbox(const QSqlDatabase &db, const OutboxItem &item, QString *error);

} // namespace bbd
