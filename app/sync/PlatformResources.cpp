#include "app/sync/PlatformResources.h"

#include "app/storage/SqlHelpers.h"
#include "app/sync/PlatformRecords.h"
#include "app/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace bbd {

using namespace platform;

PlatformResources::PlatformResources(QSqlDatabase db, const PhoneNumbers &phones)
    : d(std::make_unique<Impl>(std::move(db), phones))
{
    d->specs = buildSpecs();
    for (Spec &spec : d->specs) {
        QStringList names;
        for (const Column &column : spec.columns) {
            names.append(column.column);
        }
        QString assignments =
            names.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?, remote_version = ?");
        if (spec.hasUpdatedAt) {
            assignments += QStringLiteral(", updated_at = ?");
        }
        if (spec.hasLocalVersion) {
            assignments += QStringLiteral(", version = version + 1");
        }
        if (spec.hasDeleted) {
            assignments += QStringLiteral(", deleted = 0");
        }
        spec.updateSql =
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, assignments);
        spec.lookupSql =
            QStringLiteral("SELECT id, remote_version FROM %1 WHERE remote_id = ?").arg(spec.table);
        names << QStringLiteral("remote_version");
        if (spec.hasUpdatedAt) {
            names << QStringLiteral("updated_at");
        }
        if (spec.hasCreatedAt) {
            names << QStringLiteral("created_at");
        }
        names << QStringLiteral("remote_id");
        spec.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                             .arg(spec.table, names.join(QStringLiteral(", ")),
                                  QStringLiteral(", ?").repeated(names.size() - 1));
    }
}

PlatformResources::~PlatformResources() = default;

QStringList PlatformResources::resourceNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Spec &spec : buildSpecs()) {
            list.append(spec.resource);
        }
        return list;
    }();
    return names;
}

QString PlatformResources::entityType(const QString &resource)
{
    for (const Spec &spec : buildSpecs()) {
        if (spec.resource == resource) {
            return spec.entity;
        }
    }
    return {};
}

PlatformResources::Counts PlatformResources::counts() const
{
    return d->counts;
}

void PlatformResources::resetCounts()
{
    d->counts = {};
}

int PlatformResources::parkedCount() const
{
    QSqlQuery query(d->db);
    return sql::run(query, QStringLiteral("SELECT count(*) FROM sync_parked")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

ResourcePuller::ApplyPage PlatformResources::applier(const QString &resource)
{
    return [this, resource](const QJsonArray &items, QString *error) {
        return applyPage(resource, items, error);
    };
}

namespace {

// The external-content full-text index kept in step with a table by triggers, if any.
QString fullTextOf(const QString &table)
{
    if (table == u"candidates") {
        return QStringLiteral("candidates_fts");
    }
    if (table == u"kb_articles") {
        return QStringLiteral("kb_fts");
    }
    return {};
}

} // namespace

bool PlatformResources::beginBulk(const QString &resource, QString *error)
{
    const Spec *spec = d->spec(resource);
    if (!spec) {
        *error = tr("Unknown resource %1.").arg(resource);
        return false;
    }
    abandonBulk();
    d->bulkTable = spec->table;
    SqliteStatement *q = nullptr;
    // Bounded: counting a million rows just to learn "many" would cost more than it tells.
    if (!d->exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?)").arg(spec->table),
                 {MaxRowsForBulkLoad}, &q)) {
        *error = d->error;
        return false;
    }
    const bool small = q->next() && q->value(0).toInt() < MaxRowsForBulkLoad;
    q->finish();
    if (!small) {
        return true;
    }
    d->bulkLoad = std::make_unique<BulkLoad>(d->db, spec->table, fullTextOf(spec->table));
    if (!d->bulkLoad->begin(error)) {
        d->bulkLoad.reset();
        return false;
    }
    d->bulkTimings.droppedIndexes = true;
    return true;
}

bool PlatformResources::finishBulk(QString *error)
{
    if (!d->bulkLoad) {
        d->bulkTable.clear();
        d->releaseStatements();
        return true;
    }
    const bool rebuild = d->bulkOldRowsChanged;
    if (!d->bulkLoad->finish(error, rebuild)) {
        return false;
    }
    d->bulkTimings.indexesMs = d->bulkLoad->timings().indexesMs;
    d->bulkTimings.ftsMs = d->bulkLoad->timings().ftsMs;
    d->bulkTimings.rebuiltFullText = rebuild;
    d->bulkLoad.reset();
    d->bulkTable.clear();
    d->bulkOldRowsChanged = false;
    d->releaseStatements();
    return true;
}

void PlatformResources::abandonBulk()
{
    d->bulkLoad.reset();
    d->bulkTable.clear();
    d->bulkOldRowsChanged = false;
    d->bulkTimings = {};
    d->releaseStatements();
}

PlatformResources::BulkTimings PlatformResources::bulkTimings() const
{
    return d->bulkTimings;
}

namespace {

// One record of a page; `force` re-applies a parked record at the version it has here.
bool applyRecord(PlatformResources::Impl &d, const Spec &spec, const QJsonObject &record,
                 bool force, bool checkPending, PlatformResources::Counts &counts)
{
    const QString remoteId = record.value(u"id").toString();
    const int version = record.value(u"version").toInt();
    Apply apply(d);

    const auto park = [&](const QString &reason) {
        ++counts.parked;
        return d.exec(
            QStringLiteral("INSERT INTO sync_parked (resource, remote_id, record, waiting_for, "
                           "waiting_id, reason, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(resource, remote_id) DO UPDATE SET record = "
                           "excluded.record, waiting_for = excluded.waiting_for, waiting_id = "
                           "excluded.waiting_id, reason = excluded.reason, parked_at = "
                           "excluded.parked_at"),
            {spec.resource, remoteId,
             QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
             sql::nullIfEmpty(apply.waitingFor), sql::nullIfEmpty(apply.waitingId), reason,
             sql::nowUtc()});
    };

    SqliteStatement *q = nullptr;
    if (!d.exec(spec.lookupQuery, spec.lookupSql, {remoteId}, &q)) {
        return false;
    }
    const bool known = q->next();
    const qint64 localId = known ? q->value(0).toLongLong() : 0;
    const int localVersion = known ? q->value(1).toInt() : 0;
    q->finish();

    if (known && (force ? version < localVersion : version <= localVersion)) {
        ++counts.unchanged;
        return true;
    }
    if (known && checkPending) {
        // A local edit not delivered yet wins until it is pushed (and meets this version there
        // as a 412).
        const QString collection = u"/api/v1/" + spec.resource;
        const QString alias =
            spec.resource == u"employees" ? QStringLiteral("/api/v1/users") : collection;
        if (!d.exec(QStringLiteral("SELECT 1 FROM outbox WHERE service = 'platform' AND "
                                   "entity_type = ? AND entity_id = ? AND status <> 'sent' AND "
                                   "(path = ? OR path LIKE ? OR path = ? OR path LIKE ?) "
                                   "LIMIT 1"),
                    {spec.entity, localId, collection, QString(collection + u"/%"), alias,
                     QString(alias + u"/%")},
                    &q)) {
            return false;
        }
        const bool pending = q->next();
        q->finish();
        if (pending) {
            ++counts.keptLocal;
            return true;
        }
    }

    const QString updatedAt = record.value(u"updated_at").toString().isEmpty()
                                  ? sql::nowUtc()
                                  : record.value(u"updated_at").toString();
    if (record.value(u"deleted").toBool()) {
        if (!known) {
            ++counts.unchanged; // a record this client never saw
            return true;
        }
        ++counts.deleted;
        d.refCache[spec.resource].remove(remoteId);
        d.touching(spec.table, localId);
        if (spec.hasDeleted) {
            return d.exec(QStringLiteral("UPDATE %1 SET deleted = 1, remote_version = ?, "
                                         "version = version + 1, updated_at = ? WHERE id = ?")
                              .arg(spec.table),
                          {version, updatedAt, localId});
        }
        if (spec.canDelete && !spec.canDelete(apply, localId)) {
            return d.error.isEmpty(); // kept on purpose, or the check failed
        }
        return d.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.table), {localId});
    }

    if (spec.prepare) {
        spec.prepare(apply, record);
    }
    QVariantList values;
    values.reserve(spec.columns.size() + 5);
    for (const Column &column : spec.columns) {
        bool failed = false;
        values.append(columnValue(apply, column, record, &failed));
        if (failed) {
            return false;
        }
    }
    const QString waitingReason = QStringLiteral("waiting for %1 %2");
    if (apply.missingRequired) {
        return park(waitingReason.arg(apply.waitingFor, apply.waitingId));
    }
    values.append(version);
    if (spec.hasUpdatedAt) {
        values.append(updatedAt);
    }
    qint64 id = localId;
    if (known) {
        values.append(localId);
        d.touching(spec.table, localId);
        if (!d.exec(spec.updateQuery, spec.updateSql, values)) {
            return false;
        }
        ++counts.updated;
    } else {
        if (spec.hasCreatedAt) {
            const QString created = record.value(u"created_at").toString();
            values.append(created.isEmpty() ? updatedAt : created);
        }
        values.append(remoteId);
        SqliteStatement *insert = nullptr;
        if (!d.exec(spec.insertQuery, spec.insertSql, values, &insert)) {
            return false;
        }
        id = insert->lastInsertId();
        insert->finish();
        ++counts.inserted;
    }
    if (spec.children && !spec.children(apply, id, record, !known)) {
        return false;
    }
    if (!apply.waitingFor.isEmpty()) {
        // Stored with the reference empty; applied again when what it points at comes.
        return park(waitingReason.arg(apply.waitingFor, apply.waitingId));
    }
    return true;
}

} // namespace

bool PlatformResources::applyPage(const QString &resource, const QJsonArray &items, QString *error)
{
    const Impl::StatementScope scope{*d};
    const Spec *spec = d->spec(resource);
    if (!spec) {
        *error = tr("Unknown resource %1.").arg(resource);
        return false;
    }
    d->error.clear();
    d->refCache.clear();
    SqliteStatement *q = nullptr;
    // Most pages meet no undelivered edit and nothing parked: two look-ups per page, not per
    // record.
    if (!d->exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE service = "
                                "'platform' AND entity_type = ? AND status <> 'sent'), "
                                "EXISTS (SELECT 1 FROM sync_parked)"),
                 {spec->entity}, &q)) {
        *error = d->error;
        return false;
    }
    q->next();
    const bool checkPending = q->value(0).toBool();
    const bool anyParked = q->value(1).toBool();
    q->finish();

    QSet<QString> ids;
    for (const QJsonValue &value : items) {
        const QJsonObject record = value.toObject();
        const QString remoteId = record.value(u"id").toString();
        if (remoteId.isEmpty()) {
            *error = tr("The server sent a %1 record without an id.").arg(resource);
            return false;
        }
        if (anyParked) {
            // A newer state of a parked record replaces it (re-parked below if still waiting).
            if (!d->exec(QStringLiteral("DELETE FROM sync_parked WHERE resource = ? AND "
                                        "remote_id = ?"),
                         {resource, remoteId})) {
                *error = d->error;
                return false;
            }
            ids.insert(remoteId);
        }
        if (!applyRecord(*d, *spec, record, false, checkPending, d->counts)) {
            *error = d->error;
            return false;
        }
    }
    if (!anyParked) {
        return true;
    }
    // Parked records that waited for one of this page's records.
    if (!d->exec(QStringLiteral("SELECT resource, remote_id, record, waiting_id FROM "
                                "sync_parked WHERE waiting_for = ?"),
                 {resource}, &q)) {
        *error = d->error;
        return false;
    }
    struct Waiting
    {
        QString resource;
        QString remoteId;
        QJsonObject record;
    };
    QList<Waiting> ready;
    while (q->next()) {
        if (ids.contains(q->value(3).toString())) {
            ready.append({q->value(0).toString(), q->value(1).toString(),
                          QJsonDocument::fromJson(q->value(2).toByteArray()).object()});
        }
    }
    q->finish();
    for (const Waiting &waiting : ready) {
        const Spec *target = d->spec(waiting.resource);
        if (!d->exec(QStringLiteral("DELETE FROM sync_parked WHERE resource = ? AND "
                                    "remote_id = ?"),
                     {waiting.resource, waiting.remoteId})) {
            *error = d->error;
            return false;
        }
        if (target && !applyRecord(*d, *target, waiting.record, true, true, d->counts)) {
            *error = d->error;
            return false;
        }
    }
    return true;
}

bool PlatformResources::afterSent(const OutboxDispatcher::SentRow &row, const QJsonObject &record,
                                  QString *error)
{
    const Impl::StatementScope scope{*d};
    const Spec *spec = nullptr;
    for (const Spec &entry : d->specs) {
        if (entry.entity == row.entityType && pathOfResource(row.path, entry.resource)) {
            spec = &entry;
            break;
        }
    }
    const QString remoteId = record.value(u"id").toString();
    const int version = record.value(u"version").toInt();
    if (!spec || row.entityId == 0 || remoteId.isEmpty() || version <= 0) {
        return true; // not a row of a synced record (a message, a chat) or no record answered
    }
    const auto failed = [this, error] {
        *error = d->error;
        return false;
    };
    if (row.method == "POST") {
        // A pull may have brought the record already (its POST was made, the answer lost, and
        // the pull ran before the retry): that copy gives way to the row that made it.
        if (!d->exec(
                QStringLiteral("DELETE FROM %1 WHERE remote_id = ? AND id <> ?").arg(spec->table),
                {remoteId, row.entityId}) ||
            !d->exec(QStringLiteral("UPDATE %1 SET remote_id = ?, remote_version = ? WHERE id = ?")
                         .arg(spec->table),
                     {remoteId, version, row.entityId})) {
            return failed();
        }
    } else if (!d->exec(QStringLiteral("UPDATE %1 SET remote_version = ? WHERE id = ? AND "
                                       "remote_version < ?")
                            .arg(spec->table),
                        {version, row.entityId, version})) {
        return failed();
    }
    // The entity's later rows were written before this answer: they learn the id and build on
    // this version.
    if (!d->exec(QStringLiteral("UPDATE outbox SET path = replace(path, '{remote_id}', ?), "
                                "if_match = CASE WHEN if_match IS NULL THEN NULL ELSE ? END "
                                "WHERE service = 'platform' AND entity_type = ? AND entity_id = "
                                "? AND id > ? AND status IN ('pending', 'failed', 'conflict') "
                                "AND (path LIKE ? OR path LIKE ?)"),
                 {remoteId, QString::number(version), row.entityType, row.entityId, row.id,
                  QString(u"/api/v1/" + spec->resource + u"/%"),
                  spec->resource == u"employees"
                      ? QStringLiteral("/api/v1/users/%")
                      : QString(u"/api/v1/" + spec->resource + u"/%")})) {
        return failed();
    }
    return true;
}

namespace {

class PlatformBulkWriter : public BulkWriter
{
public:
    PlatformBulkWriter(QSqlDatabase db, const PhoneNumbers &phones, QString resource)
        : m_resources(std::move(db), phones)
        , m_resource(std::move(resource))
    {}

    bool begin(QString *error) override { return m_resources.beginBulk(m_resource, error); }
    bool apply(const QJsonArray &items, QString *error) override
    {
        return m_resources.applyPage(m_resource, items, error);
    }
    bool finish(QString *error) override { return m_resources.finishBulk(error); }
    void abandon() override { m_resources.abandonBulk(); }
    qint64 indexesMs() const override { return m_resources.bulkTimings().indexesMs; }
    qint64 fullTextMs() const override { return m_resources.bulkTimings().ftsMs; }

private:
    PlatformResources m_resources;
    QString m_resource;
};

} // namespace

BulkWriterFactory platformBulkWriter(const QString &resource, const PhoneNumbers &phones)
{
    return [resource, &phones](QSqlDatabase db) -> std::unique_ptr<BulkWriter> {
        return std::make_unique<PlatformBulkWriter>(std::move(db), phones, resource);
    };
}

std::shared_ptr<PlatformResources> registerPlatformResources(SyncEngine &engine, QSqlDatabase db,
                                                             const PhoneNumbers &phones)
{
    auto resources = std::make_shared<PlatformResources>(std::move(db), phones);
    for (const QString &name : PlatformResources::resourceNames()) {
        engine.addResource(
            name,
            [resources, name](const QJsonArray &items, QString *error) {
                return resources->applyPage(name, items, error);
            },
            platformBulkWriter(name, phones));
    }
    engine.outbox().setAfterSent(
        [resources](const OutboxDispatcher::SentRow &row, const QJsonObject &record,
                    QString *error) { return resources->afterSent(row, record, error); });
    return resources;
}

} // namespace bbd
