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

// The platform's outbox rows of one kind of record the app edits locally and the platform keeps
// at `collection` ("/api/v1/candidates", "/api/v1/kb_articles"): the creates, edits and
// deletes app/sync/PlatformPush and app/kb/KbStore write next to the local change.
//
// A record the platform does not know yet has no remote_id: its edits and deletes address
// "<collection>/{remote_id}" with If-Match "{version}", which the create's afterSent
// (PlatformResources::afterSent) fills in.
struct PlatformRecordOutbox
{
    QString collection;
    QString entityType;

    // Appends `method` to `path` for record `id`, with `body` (none when empty) and If-Match.
    bool enqueue(const QSqlDatabase &db, qint64 id, const QString &method, const QString &path,
                 const QJsonObject &body, const QString &ifMatch, QString *error) const;
    // Whether a row of record `id` with `method`, at the collection or below it, has not been
    // delivered yet.
    bool hasUndelivered(const QSqlDatabase &db, qint64 id, const QString &method, bool *found,
                        QString *error) const;
    // Where an edit or delete of record `id` goes and the version it builds on. `known` is
    // false when the platform never heard of it: no remote id and no create on its way.
    bool address(const QSqlDatabase &db, qint64 id, const QString &remoteId, int remoteVersion,
                 QString *path, QString *ifMatch, bool *known, QString *error) const;
};

} // namespace bbd
