#pragma once

#include "app/sync/ConnectionMonitor.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/ResourcePuller.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

namespace bbd {

// One sync run after another for the platform: first the outbox is drained (local edits go up
// before anything comes down, so conflicts surface as conflicts), then each registered
// resource is pulled from its cursor. Runs start on start(), on a timer and on demand (F5);
// a request during a run starts one more run after it, never two at once. The connection
// monitor hears every request's outcome, and the outbox is retried at once when the
// connection comes back. Nothing here waits: the caller's thread stays free.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        int intervalMs = 5 * 60 * 1000; // between automatic runs; 0 = only on demand
        int timeoutMs = NetworkJob::DefaultTimeoutMs;
        int pageSize = 250;
        int healthIntervalMs = ConnectionMonitor::DefaultIntervalMs;
    };

    SyncEngine(QSqlDatabase db, QNetworkAccessManager *network, ApiKeyProvider apiKey,
               RetryPolicy policy, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Pulled in the order registered; `apply` writes a page into the local tables, `bulk` (may
    // be empty) a pull from scratch on a worker thread (see ResourcePuller).
    void addResource(const QString &resource, ResourcePuller::ApplyPage apply,
                     BulkWriterFactory bulk = {});
    QStringList resources() const;

    // Watches the connection, starts the timer and runs once now.
    void start();
    void stop();
    // F5: a run now, or right after the one under way.
    void syncNow();
    // Forgets every resource's cursor, then runs: everything is pulled again.
    bool fullResync();
    bool isRunning() const { return m_phase != Phase::Idle; }
    // When pulls may start again after a refused or failed page (the latest wait of any
    // resource); invalid when not waiting.
    QDateTime pullsWaitUntil() const;

    OutboxDispatcher &outbox() { return m_outbox; }
    ConnectionMonitor &connection() { return m_monitor; }

signals:
    void runStarted();
    // For the status bar: what is being done and how far it got.
    void pushing();
    void pulling(const QString &resource, int itemsSoFar);
    // `message` says what stopped the run when `ok` is false.
    void runFinished(bool ok, const QString &message);
    void apiKeyNeeded(const QString &message);

private:
    enum class Phase { Idle, Pushing, Pulling };
    struct Resource
    {
        QString name;
        ResourcePuller::ApplyPage apply;
        BulkWriterFactory bulk;
    };

    void beginRun();
    void onDrained();
    void pullNext();
    void endRun(bool ok, const QString &message);
    void onPullFailed(const QString &resource, NetworkJob::Error error, const QString &message);
    void onPulled(const QString &resource);
    void saveBackoff(const QString &resource);
    // Arms m_pullRetry for the end of the wait, if there is one.
    void scheduleRetry();

    QSqlDatabase m_db;
    Options m_options;
    OutboxDispatcher m_outbox;

    // Pulls keep their own back-off, so a 429 or 5xx on a page is not asked again until the
    // server's Retry-After (or the back-off) has passed, even when the user presses F5. It is
    // counted per resource (the one whose page failed) and kept in sync_state, so a restart
    // keeps waiting; while any resource waits, no pull starts, since what refused one page was
    // the server.
    RetryPolicy m_pullPolicy;
    QHash<QString, RetryPolicy::State> m_pullBackoff;
    QTimer m_pullRetry;
    ResourcePuller m_puller;
    ConnectionMonitor m_monitor;
    QTimer m_timer;
    QList<Resource> m_resources;
    Phase m_phase = Phase::Idle;
    int m_nextResource = 0;
    int m_itemsSoFar = 0;
    bool m_runAgain = false;
};

} // namespace bbd
