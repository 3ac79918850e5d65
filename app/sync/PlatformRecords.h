#pragma once

// The inside of PlatformResources, shared by its two files: PlatformResources.cpp applies
// pages (versions, tombstones, the outbox check, parking, the bulk path), PlatformRecordSpecs.cpp
// says what each resource's record is in its table (the specs: columns, references, children).
// Not for use elsewhere.

#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/SqliteStatement.h"
#include "app/sync/PlatformResources.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

namespace bbd {
namespace platform {

enum class Kind { Text, Int, Real, Bool, Json, Enum };

enum class Ref { None, Optional, Required, Loose };
// Loose: an optional reference that may name something outside the platform (the HR system's
// manager id of POST /users), stored empty when unknown and not waited for.

struct Apply;

struct Column
{
    QString column;
    QString field;
    Kind kind = Kind::Text;
    QVariant fallback = {};  // when the field is absent or null (NOT NULL columns)
    QStringList values = {}; // Enum: the allowed values; anything else is the fallback
    QString refResource = {};
    Ref ref = Ref::None;
    std::function<QVariant(Apply &, const QJsonObject &)> compute = {};
};

struct Spec
{
    QString resource;
    QString table;
    QString entity;
    bool hasDeleted = true;
    bool hasLocalVersion = true;
    bool hasUpdatedAt = true;
    bool hasCreatedAt = false;
    QList<Column> columns;
    // Rows of other tables the record carries (a vacancy's stages, a candidate's contacts).
    std::function<bool(Apply &, qint64 id, const QJsonObject &, bool inserted)> children = {};
    std::function<void(Apply &, const QJsonObject &)> prepare = {};
    // Removes the row for a tombstone where the table has no `deleted`; false = keep it.
    std::function<bool(Apply &, qint64 id)> canDelete = {};
    // Built once from the columns.
    QString insertSql = {};
    QString updateSql = {};
    QString lookupSql = {};
    // Their prepared statements, found once (the map lookup of a long SQL text per record
    // showed in profiles).
    mutable SqliteStatement *insertQuery = nullptr;
    mutable SqliteStatement *updateQuery = nullptr;
    mutable SqliteStatement *lookupQuery = nullptr;
};

QStringList words(const char *list);
QString tableOf(const QString &resource);
QVariant textOrNull(const QJsonValue &value);
QString jsonText(const QJsonValue &value);
bool plausibleE164(const QString &text);

} // namespace platform

struct PlatformResources::Impl
{
    QSqlDatabase db;
    const PhoneNumbers &phones;
    QList<platform::Spec> specs;
    // Prepared once, reused for every record of a page, or of every page of a bulk pull.
    // Finalized before the connection can close: QSQLITE does not know of them.
    std::map<QString, std::unique_ptr<SqliteStatement>> queries;
    QHash<QString, QHash<QString, qint64>> refCache; // per resource: remote id -> local id
    Counts counts;
    QString error;
    // The bulk path (beginBulk): its table, and whether a row that was there before it began
    // was changed or removed, which the full-text triggers it dropped did not see.
    QString bulkTable;
    std::unique_ptr<BulkLoad> bulkLoad;
    bool bulkOldRowsChanged = false;
    PlatformResources::BulkTimings bulkTimings;

    Impl(QSqlDatabase database, const PhoneNumbers &numbers)
        : db(std::move(database))
        , phones(numbers)
    {}

    // Outside a bulk pull the statements go at the end of each call: between two pages the
    // caller may close the connection, which unfinalized statements would keep open.
    void releaseStatements()
    {
        if (!bulkTable.isEmpty()) {
            return;
        }
        for (platform::Spec &entry : specs) {
            entry.insertQuery = entry.updateQuery = entry.lookupQuery = nullptr;
        }
        queries.clear();
    }

    struct StatementScope
    {
        Impl &d;
        ~StatementScope() { d.releaseStatements(); }
    };

    SqliteStatement *query(const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            auto prepared = std::make_unique<SqliteStatement>();
            if (!prepared->prepare(db, sql)) {
                error = prepared->lastError();
                return nullptr;
            }
            it = queries.emplace(sql, std::move(prepared)).first;
        }
        return it->second.get();
    }

    bool exec(const QString &sql, const QVariantList &values, SqliteStatement **out = nullptr)
    {
        return exec(query(sql), values, out);
    }

    // `cached` is the statement's slot, filled on first use.
    bool exec(SqliteStatement *&cached, const QString &sql, const QVariantList &values,
              SqliteStatement **out = nullptr)
    {
        if (!cached) {
            cached = query(sql);
        }
        return exec(cached, values, out);
    }

    bool exec(SqliteStatement *q, const QVariantList &values, SqliteStatement **out)
    {
        if (!q) {
            return false;
        }
        if (!q->exec(values)) {
            error = q->lastError();
            return false;
        }
        if (out) {
            *out = q;
        } else {
            q->finish();
        }
        return true;
    }

    // Called before a row of `table` is updated or deleted.
    void touching(const QString &table, qint64 id)
    {
        // Older than the load: the full-text index holds its old text, and the triggers that
        // would follow the change are dropped.
        if (bulkLoad && table == bulkTable && id < bulkLoad->firstNewId()) {
            bulkOldRowsChanged = true;
        }
    }

    const platform::Spec *spec(const QString &resource) const
    {
        for (const platform::Spec &entry : specs) {
            if (entry.resource == resource) {
                return &entry;
            }
        }
        return nullptr;
    }
};

namespace platform {

// The state of one record being applied: its reference misses, scratch values.
struct Apply
{
    explicit Apply(PlatformResources::Impl &impl)
        : d(impl)
    {}

    PlatformResources::Impl &d;
    QString waitingFor; // resource of the first reference not resolved
    QString waitingId;
    bool missingRequired = false;
    // candidates: computed once per record, read by several columns
    PhoneEntry mainPhone;
    QList<PhoneEntry> allPhones;
    QStringList extraEmails;
    QList<std::pair<QString, QString>> contactRows; // kind, raw + normalized below
    QStringList contactNormalized;

    // Local id of `remoteId` in `resource`, 0 when not here (recorded as what the record
    // waits for unless `ref` is Loose).
    qint64 resolve(const QString &resource, const QString &remoteId, Ref ref)
    {
        if (remoteId.isEmpty()) {
            return 0;
        }
        QHash<QString, qint64> &cache = d.refCache[resource];
        if (const auto it = cache.constFind(remoteId); it != cache.cend()) {
            return it.value();
        }
        SqliteStatement *q = nullptr;
        if (!d.exec(QStringLiteral("SELECT id FROM %1 WHERE remote_id = ?").arg(tableOf(resource)),
                    {remoteId}, &q)) {
            return -1;
        }
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (id > 0) {
            cache.insert(remoteId, id);
        } else if (ref != Ref::Loose) {
            if (waitingFor.isEmpty()) {
                waitingFor = resource;
                waitingId = remoteId;
            }
            missingRequired = missingRequired || ref == Ref::Required;
        }
        return id;
    }

    QString normalizedPhone(const QString &raw, const QString &given) const
    {
        if (plausibleE164(given)) {
            return given; // the platform keeps phones in E.164 already: no 14 µs parse
        }
        return raw.isEmpty() ? QString() : d.phones.toE164(raw);
    }
};

// The value of `column` for `record`, references resolved; `failed` when the database refused.
QVariant columnValue(Apply &apply, const Column &column, const QJsonObject &record, bool *failed);
// Every resource of the contract, referenced ones before those that refer to them.
QList<Spec> buildSpecs();
// Whether `path` is in the collection of `resource` ("/api/v1/users" creates employees too).
bool pathOfResource(const QString &path, const QString &resource);

} // namespace platform
} // namespace bbd
