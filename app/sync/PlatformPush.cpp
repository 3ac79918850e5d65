#include "app/sync/PlatformPush.h"

#include "app/storage/SqlHelpers.h"
#include "app/sync/OutboxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd::platformpush {

namespace {

const QString kCollection = QStringLiteral("/api/v1/candidates");
const QString kEntity = QStringLiteral("candidate");
const PlatformRecordOutbox kOutbox{kCollection, kEntity};

struct Stored
{
    QString remoteId;
    int remoteVersion = 0;
    QJsonObject fields; // every contract field, null where empty
};

QJsonValue textValue(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

bool load(const QSqlDatabase &db, qint64 id, Stored *stored, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral(R"sql(
SELECT c.remote_id, c.remote_version, v.remote_id, s.remote_id, c.full_name, c.email,
       c.phone_e164, c.phone_raw, c.source, c.rating, c.tags, c.consent, c.consent_at, c.notes,
       c.applied_at, c.stage_entered_at, c.board_rank, m.remote_id, c.rejection_reason,
       c.anonymized_at
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
  LEFT JOIN candidates m ON m.id = c.merged_into_id
 WHERE c.id = ?)sql"),
                  {id})) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = QStringLiteral("candidate %1 not found").arg(id);
        return false;
    }
    stored->remoteId = query.value(0).toString();
    stored->remoteVersion = query.value(1).toInt();
    QJsonObject &f = stored->fields;
    f.insert(QStringLiteral("vacancy_id"), textValue(query.value(2)));
    f.insert(QStringLiteral("stage_id"), textValue(query.value(3)));
    f.insert(QStringLiteral("full_name"), query.value(4).toString());
    f.insert(QStringLiteral("email"), textValue(query.value(5)));
    f.insert(QStringLiteral("phone_e164"), textValue(query.value(6)));
    f.insert(QStringLiteral("phone_raw"), textValue(query.value(7)));
    f.insert(QStringLiteral("source"), textValue(query.value(8)));
    f.insert(QStringLiteral("rating"), query.value(9).toInt());
    f.insert(QStringLiteral("tags"),
             QJsonDocument::fromJson(query.value(10).toByteArray()).array());
    f.insert(QStringLiteral("consent"), query.value(11).toString());
    f.insert(QStringLiteral("consent_at"), textValue(query.value(12)));
    f.insert(QStringLiteral("notes"), textValue(query.value(13)));
    f.insert(QStringLiteral("applied_at"), textValue(query.value(14)));
    f.insert(QStringLiteral("stage_entered_at"), textValue(query.value(15)));
    f.insert(QStringLiteral("board_rank"), query.value(16).toDouble());
    f.insert(QStringLiteral("merged_into_id"), textValue(query.value(17)));
    f.insert(QStringLiteral("rejection_reason"), textValue(query.value(18)));
    f.insert(QStringLiteral("anonymized_at"), textValue(query.value(19)));
    QJsonArray contacts;
    if (!sql::run(query,
                  QStringLiteral("SELECT kind, raw, normalized FROM candidate_contacts WHERE "
                                 "candidate_id = ? ORDER BY kind, position"),
                  {id})) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        contacts.append(QJsonObject{{QStringLiteral("kind"), query.value(0).toString()},
                                    {QStringLiteral("raw"), query.value(1).toString()},
                                    {QStringLiteral("normalized"), textValue(query.value(2))}});
    }
    f.insert(QStringLiteral("contacts"), contacts);
    return true;
}

bool post(const QSqlDatabase &db, qint64 id, const Stored &stored, QString *error)
{
    QJsonObject body;
    for (auto it = stored.fields.begin(); it != stored.fields.end(); ++it) {
        if (!it.value().isNull() && it.key() != u"merged_into_id") {
            body.insert(it.key(), it.value());
        }
    }
    return kOutbox.enqueue(db, id, QStringLiteral("POST"), kCollection, body, QString(), error);
}

} // namespace

const QStringList &candidateFields()
{
    static const QStringList fields{QStringLiteral("vacancy_id"),
                                    QStringLiteral("stage_id"),
                                    QStringLiteral("full_name"),
                                    QStringLiteral("email"),
                                    QStringLiteral("phone_e164"),
                                    QStringLiteral("phone_raw"),
                                    QStringLiteral("contacts"),
                                    QStringLiteral("source"),
                                    QStringLiteral("rating"),
                                    QStringLiteral("tags"),
                                    QStringLiteral("consent"),
                                    QStringLiteral("consent_at"),
                                    QStringLiteral("notes"),
                                    QStringLiteral("applied_at"),
                                    QStringLiteral("stage_entered_at"),
                                    QStringLiteral("board_rank"),
                                    QStringLiteral("rejection_reason"),
                                    QStringLiteral("merged_into_id")};
    return fields;
}

const QStringList &candidateMoveFields()
{
    static const QStringList fields{QStringLiteral("vacancy_id"), QStringLiteral("stage_id"),
                                    QStringLiteral("stage_entered_at"),
                                    QStringLiteral("board_rank"),
                                    QStringLiteral("rejection_reason")};
    return fields;
}

bool candidateCreated(const QSqlDatabase &db, qint64 id, QString *error)
{
    Stored stored;
    return load(db, id, &stored, error) && post(db, id, stored, error);
}

bool candidateChanged(const QSqlDatabase &db, qint64 id, const QStringList &fields, QString *error)
{
    Stored stored;
    QString path;
    QString ifMatch;
    bool known = false;
    if (!load(db, id, &stored, error) ||
        !kOutbox.address(db, id, stored.remoteId, stored.remoteVersion, &path, &ifMatch, &known,
                         error)) {
        return false;
    }
    if (!known) {
        return post(db, id, stored, error);
    }
    QJsonObject body;
    for (const QString &field : fields) {
        const QJsonValue value = stored.fields.value(field);
        // Required on the platform: never sent as null.
        if (field == u"full_name" || !value.isUndefined()) {
            body.insert(field, value);
        }
    }
    return body.isEmpty() ||
           kOutbox.enqueue(db, id, QStringLiteral("PATCH"), path, body, ifMatch, error);
}

bool candidateDeleted(const QSqlDatabase &db, qint64 id, QString *error)
{
    Stored stored;
    QString path;
    QString ifMatch;
    bool known = false;
    if (!load(db, id, &stored, error) ||
        !kOutbox.address(db, id, stored.remoteId, stored.remoteVersion, &path, &ifMatch, &known,
                         error)) {
        return false;
    }
    // Never on the platform: nothing to delete there.
    return !known || kOutbox.enqueue(db, id, QStringLiteral("DELETE"), path, {}, ifMatch, error);
}

bool candidateRestored(const QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(query,
                  QStringLiteral("DELETE FROM outbox WHERE service = 'platform' AND entity_type "
                                 "= ? AND entity_id = ? AND method = 'DELETE' AND status IN "
                                 "('pending', 'failed', 'conflict') AND path LIKE ?"),
                  {kEntity, id, QString(kCollection + u"/%")})) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0) {
        return true;
    }
    Stored stored;
    if (!load(db, id, &stored, error)) {
        return false;
    }
    if (stored.remoteId.isEmpty()) {
        bool pendingPost = false;
        return kOutbox.hasUndelivered(db, id, QStringLiteral("POST"), &pendingPost, error) &&
               (pendingPost || post(db, id, stored, error));
    }
    // The delete went up: the record is a tombstone there, so it comes back as a new one.
    if (!sql::run(query,
                  QStringLiteral("UPDATE candidates SET remote_id = NULL, remote_version = 0 "
                                 "WHERE id = ?"),
                  {id})) {
        *error = query.lastError().text();
        return false;
    }
    return post(db, id, stored, error);
}

} // namespace bbd::platformpush
