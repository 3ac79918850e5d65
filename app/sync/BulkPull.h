#pragma once

#include <QJsonArray>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace bbd {

// What writes one resource's pages on the bulk path, made on the worker's thread for the
// worker's connection (PlatformResources::beginBulk/applyPage/finishBulk in the app).
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;
    // Inside the pull's transaction, before the first page.
    virtual bool begin(QString *error) = 0;
    virtual bool apply(const QJsonArray &items, QString *error) = 0;
    // After the last page, still inside the transaction.
    virtual bool finish(QString *error) = 0;
    // The transaction was rolled back.
    virtual void abandon() {}
    // For the benchmark: of finish(), how long the indexes and the full-text index took.
    virtual qint64 indexesMs() const { return 0; }
    virtual qint64 fullTextMs() const { return 0; }
};

using BulkWriterFactory = std::function<std::unique_ptr<BulkWriter>(QSqlDatabase db)>;

// The database side of a pull from scratch (ResourcePuller), on a thread of its own with a
// connection of its own to the same file. The pages are held as they arrive and written once
// the last one is in, all of them in one transaction that also stores the resource's cursor,
// so a pull cut short anywhere (network, server, crash, kill) leaves the database as it was
// and the next pull simply starts again.
//
// Why not page by page: each page then pays the table's secondary indexes and the full-text
// triggers row by row; here they are dropped and rebuilt once (BulkLoad).
// Why not write each page as it arrives, overlapping the download: the write lock would then
// be held while the worker waits for pages that the caller's thread fetches, and any write on
// that thread meanwhile (an edit, the outbox noting a delivery, a retry timer) waits for the
// lock while the page it would deliver waits for it: both stall until the busy timeout, the
// request times out and the write fails. Holding the pages costs the overlap (about a third
// of bench_pull's time) and the memory of one resource's records; the lock is held only while
// the worker writes, which needs nothing from any other thread.
class BulkPull : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QJsonArray items;
        QString cursor;
        bool last = false;
        qint64 elapsedMs = 0; // the request's, for the integration health view
        int httpStatus = 200;
    };
    // Where the time went, for bench_pull.
    struct Stats
    {
        int pages = 0;
        int items = 0;
        qint64 waitMs = 0;  // from the first page to the last: the rest of the download
        qint64 applyMs = 0; // records written (indexes dropped meanwhile)
        qint64 indexesMs = 0;
        qint64 ftsMs = 0;
        qint64 commitMs = 0;
        qint64 totalMs = 0;      // from the first page handed over to the commit
        qint64 downloadMs = 0;   // from the first request to the last page (ResourcePuller's)
        qint64 checkpointMs = 0; // after finished(): the WAL copied into the database file
        // The worker thread's CPU time from the first page to the commit: on a shared machine
        // the wall-clock phases above also count other processes' turns (-1: not known here).
        qint64 workerCpuMs = -1;
    };

    // `connectionName` is the caller's connection, cloned for the worker. `service` names the
    // integration health row the pages' calls are recorded in.
    BulkPull(const QString &connectionName, const QString &resource, BulkWriterFactory factory,
             const QString &service, QObject *parent = nullptr);
    // Rolls back whatever is open and waits for the worker's thread (at most the page or the
    // final step under way).
    ~BulkPull() override;
    // Lets it go without waiting: whatever is not committed is rolled back, no signal follows
    // but settled(), and the object deletes itself once its thread has ended.
    void release();

    // Queued to the worker, which writes the pages in the order given once the last is in.
    void addPage(Page page);
    // The pull failed on the network side: the worker rolls back, notes the failed call for
    // the health view, then emits stopped().
    void fail(qint64 elapsedMs, int httpStatus, const QString &message);

signals:
    // The worker has the page; it is written with the others after the last one.
    void pageTaken(int items);
    // Committed, cursor and all.
    void finished(int items, const bbd::BulkPull::Stats &stats);
    // The database refused; rolled back.
    void storageFailed(const QString &message);
    // After fail(): rolled back, the failure noted.
    void stopped();
    // After finished(): the worker checkpointed and closed its connection.
    void settled(const bbd::BulkPull::Stats &stats);

private:
    class Worker;
    // Shared with the worker: set here, read there between its steps.
    struct Flags
    {
        std::atomic<bool> cancelled{false}; // released or going: skip pages, roll back
        std::atomic<bool> failing{false};   // fail() was called: skip the pages still queued
        std::atomic<bool> gone{false};      // in the destructor: nothing more is delivered
    };
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::shared_ptr<Flags> m_flags;
};

} // namespace bbd

Q_DECLARE_METATYPE(bbd::BulkPull::Stats)
