#pragma once

#include "HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <climits>

namespace bbd::testserver {

class Faults;

// The Butterboard platform API of resources/api/butterboard-platform.openapi.yaml on one
// SQLite file: every resource kept the same way (id, version, change sequence, tombstone flag
// and the record as JSON), so a pull is one index range read and a page is the stored
// records joined, never re-encoded.
class PlatformApi
{
public:
    enum class FieldType {
        String,
        Integer,
        Number,
        Boolean,
        Date,     // "2026-11-23"
        DateTime, // "2026-11-23T09:15:00Z"
        Enum,
        StringArray,
        ObjectArray,
        Object,
        Id,          // another record's id (a string)
        IdOrInteger, // POST /users manager_id: the HR system's number or an employee id
    };
    enum class Presence { Required, Optional, Nullable };
    struct Field
    {
        QString name;
        FieldType type;
        Presence presence;
        QStringList values = {};        // Enum
        const QList<Field> *items = {}; // ObjectArray: the elements' fields, if checked
        int minimum = INT_MIN;          // Integer
        int maximum = INT_MAX;
    };
    struct Resource
    {
        QString name;     // path segment and the storage key: "candidates"
        QString idPrefix; // "cand" -> ids "cand_17"
        QList<Field> fields;
        bool pullable = true;
    };

    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 1000;

    // Opens (creating if needed) the store at `path`; an empty path keeps it in memory.
    PlatformApi(const QString &path, Faults *faults);
    ~PlatformApi();
    PlatformApi(const PlatformApi &) = delete;
    PlatformApi &operator=(const PlatformApi &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QByteArray apiKey() const { return m_apiKey; }

    // Answers a request whose path starts with /api/v1/.
    HttpResponse handle(const HttpRequest &request);

    // The synced resources, in the order a full pull takes them.
    static const QList<Resource> &resources();
    static const Resource *resource(const QString &name);
    // The fields POST /api/v1/users takes (seed 004).
    static const QList<Field> &userFields();
    // Problems of `body` for `fields`, as [{field, problem}]; `partial` for PATCH bodies.
    static QJsonArray validate(const QList<Field> &fields, const QJsonObject &body, bool partial);

    // Direct access for tests and seeding, bypassing HTTP, auth and faults.
    // create() validates like POST and returns the new id (empty with `error` set).
    QString create(const QString &resource, const QJsonObject &fields, QString *error = nullptr);
    // Another user's edit: applies `fields`, bumps the version; false if no live record.
    bool edit(const QString &resource, const QString &id, const QJsonObject &fields);
    bool remove(const QString &resource, const QString &id);
    // The record as a pull delivers it (a tombstone once deleted); empty when unknown.
    QJsonObject record(const QString &resource, const QString &id) const;
    int count(const QString &resource, bool withDeleted = false) const;
    int idempotencyKeyCount() const;
    qint64 lastSequence() const { return m_lastSeq; }
    // One vacancy with a four-stage pipeline and `count` candidates on it (one transaction).
    // Returns the vacancy id.
    QString seedCandidates(int count);

private:
    struct Stored
    {
        qint64 seq = 0;
        int version = 0;
        bool deleted = false;
        QJsonObject body;
    };

    HttpResponse health() const;
    HttpResponse pull(const HttpRequest &request, const Resource &resource);
    HttpResponse getOne(const HttpRequest &request, const Resource &resource, const QString &id);
    HttpResponse push(const HttpRequest &request, const Resource &resource, const QString &id);
    HttpResponse createRecord(const HttpRequest &request, const Resource &resource,
                              const QJsonObject &body);
    HttpResponse updateRecord(const HttpRequest &request, const Resource &resource,
                              const QString &id, const QJsonObject &body);
    HttpResponse deleteRecord(const HttpRequest &request, const Resource &resource,
                              const QString &id);
    HttpResponse chat(const HttpRequest &request);

    bool load(const QString &resource, const QString &id, Stored *stored) const;
    bool store(const QString &resource, const QString &id, int version, bool deleted,
               const QJsonObject &body, QString *error);
    QString insertNew(const Resource &resource, QJsonObject fields, QString *error);
    bool emailTaken(const QString &email) const;
    static QJsonObject mergeStages(const QJsonObject &fields, const QString &idPrefix, qint64 seq);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
    Faults *m_faults;
    QByteArray m_apiKey;
    qint64 m_lastSeq = 0;
};

// {"error": {"code", "message", "request_id"}} with the given status.
HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const QByteArray &requestId, const QJsonArray &details = {});

} // namespace bbd::testserver
