#pragma once

#include "app/sync/OutboxDispatcher.h"
#include "app/sync/ResourcePuller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace bbd {

class PhoneNumbers;
class SyncEngine;

// The platform's resources (resources/api/butterboard-platform.openapi.yaml) in the local
// tables, matched by remote_id:
//  - a record not here yet is inserted; one here is updated when the pulled version is newer
//    than its remote_version; an older or equal one is left alone;
//  - a tombstone marks the row deleted, or removes it where the table has no `deleted`
//    (candidate events, scenario stages and links, assignments); unknown ids are ignored;
//  - a row with local edits the outbox has not delivered yet (pending, failed or conflict
//    rows of that entity and resource) is not overwritten: the local edit goes up first and
//    meets the server's change as a 412 there, never silently;
//  - references (a candidate's vacancy and stage, an assignment's employee and scenario...)
//    are resolved through remote_id. A record whose reference is not here yet is "parked" in
//    sync_parked with the id it waits for: a required reference keeps the record out until
//    then, an optional one is stored empty meanwhile. When a page of the awaited resource
//    brings that id, the parked record is applied again.
// Candidates get search_extra (SearchText) and E.164 phones (PhoneNumbers) as the app's own
// writes do, so search finds pulled ones; the FTS triggers do the rest.
// Not thread-safe; lives on the thread of its database connection.
class PlatformResources
{
    Q_DECLARE_TR_FUNCTIONS(bbd::PlatformResources)

public:
    struct Counts
    {
        int inserted = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0; // older or equal version, or a tombstone of an unknown id
        int keptLocal = 0; // newer on the server, but a local edit waits to be pushed
        int parked = 0;
    };

    PlatformResources(QSqlDatabase db, const PhoneNumbers &phones);
    ~PlatformResources();
    PlatformResources(const PlatformResources &) = delete;
    PlatformResources &operator=(const PlatformResources &) = delete;

    // The pullable resources of the contract, referenced ones before those that refer to them.
    static QStringList resourceNames();
    // "candidates" -> "candidate" (outbox entity_type), empty for an unknown resource.
    static QString entityType(const QString &resource);

    // Writes one page of `resource` (records and tombstones); runs inside the caller's
    // transaction (ResourcePuller's page transaction). False with `error` set when the
    // database refused; the caller rolls the page back.
    bool applyPage(const QString &resource, const QJsonArray &items, QString *error);
    ResourcePuller::ApplyPage applier(const QString &resource);

    // The bulk path of a pull from scratch (ResourcePuller, on its worker's connection): every
    // page of `resource` goes through applyPage() inside one transaction of the caller's,
    // between beginBulk() and finishBulk(). The rules above hold record by record exactly as
    // page by page (the same code decides), so the path is safe whatever the table holds.
    // While it runs, the table's secondary indexes and full-text triggers are dropped
    // (BulkLoad) when it holds fewer than MaxRowsForBulkLoad rows: the rebuild at the end costs
    // time in proportion to the whole table, which a full resync of a big table that brings
    // back little must not pay. False with `error` set; the caller rolls back (then
    // abandonBulk()).
    bool beginBulk(const QString &resource, QString *error);
    bool finishBulk(QString *error);
    void abandonBulk();
    static constexpr int MaxRowsForBulkLoad = 50000;
    // Of the last finishBulk(): how long the indexes and the full-text index took (zero when
    // nothing was dropped), and whether the full-text index was rebuilt as a whole.
    struct BulkTimings
    {
        qint64 indexesMs = 0;
        qint64 ftsMs = 0;
        bool rebuiltFullText = false;
        bool droppedIndexes = false;
    };
    BulkTimings bulkTimings() const;

    // OutboxDispatcher::Options::afterSent for the platform: a delivered create stores the
    // server's id and version on the local row and fills them into the entity's later rows
    // (path "{remote_id}", If-Match "{version}"); a delivered edit or delete stores the new
    // version and makes it the If-Match of the later rows.
    bool afterSent(const OutboxDispatcher::SentRow &row, const QJsonObject &record, QString *error);

    // Totals since construction, for the status bar and tests.
    Counts counts() const;
    void resetCounts();
    // Records waiting in sync_parked.
    int parkedCount() const;

    struct Impl; // the implementation's, named here only so its helpers can reach it

private:
    std::unique_ptr<Impl> d;
};

// The bulk path's writer of `resource` (beginBulk, applyPage, finishBulk) on a connection of
// the worker's; `phones` must outlive it.
BulkWriterFactory platformBulkWriter(const QString &resource, const PhoneNumbers &phones);

// Registers every resource of resourceNames() on `engine` (in that order), with the bulk path
// for pulls from scratch, and the afterSent hook on its outbox. The returned object is shared
// with the engine's callbacks; keep it (or not) for counts().
std::shared_ptr<PlatformResources> registerPlatformResources(SyncEngine &engine, QSqlDatabase db,
                                                             const PhoneNumbers &phones);

} // namespace bbd
