#pragma once

#include "app/sync/BulkPull.h"
#include "app/sync/PlatformJobs.h"
#include "app/sync/ServiceHealth.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>

namespace bbd {

// The incremental pull of one resource: GET pages from the stored cursor until the last one,
// each page applied and its cursor stored in one transaction, so a pull cut short at any point
// (network, crash, kill) resumes after the last page applied: nothing is skipped, and a page
// applied twice is harmless because records carry their version. The caller owns the mapping of
// records into local tables (`ApplyPage`); this class owns the paging and sync_state. Each
// page's call is recorded for the integration health view (service "platform"), a page that
// came in within its own transaction.
//
// A pull from scratch (no cursor stored yet: the first pull, or after a full resync) of a
// resource that has a BulkWriterFactory takes the bulk path instead (BulkPull): the pages go to
// a worker thread with its own connection, which writes them after the last one, all in one
// transaction with the cursor. This thread then only downloads and hears progress; its own
// writes meanwhile (other parts of the app) meet the worker's lock only while the worker
// writes, never while it waits for a page from here. bench_pull,
// 100,000 candidates from the loopback server (see the report of issue 4 for the figures):
// page by page, the GUI thread wrote about 140 µs a record and stalled for up to 0.8 s.
class ResourcePuller : public QObject
{
    Q_OBJECT

public:
    // Writes one page's records and tombstones into the local tables on the puller's database,
    // inside the page's transaction. False with `error` set rolls the page back.
    using ApplyPage = std::function<bool(const QJsonArray &items, QString *error)>;

    ResourcePuller(QSqlDatabase db, QNetworkAccessManager *network, const QUrl &baseUrl,
                   ApiKeyProvider apiKey, QObject *parent = nullptr);
    ~ResourcePuller() override;

    void setPageSize(int size) { m_pageSize = size; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts pulling `resource`; finished() or failed() follows. False while a pull runs.
    // `bulk` (may be empty) writes a pull from scratch on the worker instead of `apply`.
    bool pull(const QString &resource, ApplyPage apply, BulkWriterFactory bulk = {});
    // Drops the page under way (no signal follows); the stored cursor stays where the last
    // applied page left it, so the next pull resumes from there.
    void cancel();
    bool isPulling() const { return m_job != nullptr || m_bulk != nullptr; }
    // Whether the pull under way (or the last one) took the bulk path, and where its time went.
    bool isBulk() const { return m_bulkRun; }
    BulkPull::Stats lastBulkStats() const { return m_bulkStats; }
    // Retry-After of the last failed page, in seconds; -1 when the server gave none.
    int lastRetryAfterSeconds() const { return m_lastRetryAfterSeconds; }

    // The cursor the next pull of `resource` starts from (empty: from the beginning).
    static QString storedCursor(const QSqlDatabase &db, const QString &resource);
    // Forgets the cursor, so the next pull fetches everything again (a full resync).
    static bool forgetCursor(const QSqlDatabase &db, const QString &resource);
    // Stores the cursor a pull reached, inside the caller's transaction.
    static bool storeCursor(const QSqlDatabase &db, const QString &resource, const QString &cursor,
                            QString *error);
    // The pull back-off of every resource that has one (failures in a row and the time before
    // which it is not pulled), kept in sync_state so that a restart keeps waiting.
    static QHash<QString, RetryPolicy::State> storedBackoffs(const QSqlDatabase &db);
    static bool storeBackoff(const QSqlDatabase &db, const QString &resource,
                             const RetryPolicy::State &state, QString *error);

signals:
    // Page by page, once the page is written; on a pull from scratch, once the worker holds
    // it (the records are written after the last page).
    void pageReceived(const QString &resource, int items);
    void finished(const QString &resource, int items);
    void failed(const QString &resource, bbd::NetworkJob::Error error, const QString &message);
    // A page arrived but could not be saved (the apply callback or the database refused).
    void storageFailed(const QString &resource, const QString &message);
    // Every request's outcome, for the ConnectionMonitor.
    void requestFinished(bbd::NetworkJob::Error error);
    // After finished() on the bulk path: the worker has checkpointed the WAL and let its
    // connection go (lastBulkStats() is complete).
    void bulkSettled(const QString &resource);

private:
    void requestPage(const QString &pageToken);
    void onPage(PullPageJob *job);
    void onBulkPage(PullPageJob *job);
    bool storePage(const PullPageJob &job, QString *error);
    void startBulk(BulkWriterFactory factory);
    void dropBulk();
    int m_lastRetryAfterSeconds = -1;

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ApiKeyProvider m_apiKey;
    // bench_pull: records/s barely change from 250 to 1000 a page, but the longest event-loop
    // stall grows with the page (about 26 ms at 250, 35 at 500, 60-160 at 1000 on this machine).
    int m_pageSize = 250;
    int m_timeoutMs = NetworkJob::DefaultTimeoutMs;

    QString m_resource;
    QString m_runCursor; // updated_since of this run: page tokens are only valid with it
    ApplyPage m_apply;
    int m_items = 0;
    QPointer<PullPageJob> m_job;
    ServiceHealthTable m_health; // every page's call, for the integration health view
    BulkPull *m_bulk = nullptr;  // a child, on the bulk path until it committed or rolled back
    bool m_bulkRun = false;
    BulkPull::Stats m_bulkStats;
    QElapsedTimer m_pullTimer;
    // A failed page on the bulk path, told once the worker has rolled back.
    NetworkJob::Error m_failure = NetworkJob::Error::None;
    QString m_failureMessage;
};

} // namespace bbd
