#include "app/sync/SyncEngine.h"

#include <algorithm>

namespace bbd {

SyncEngine::SyncEngine(QSqlDatabase db, QNetworkAccessManager *network, ApiKeyProvider apiKey,
                       RetryPolicy policy, Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_outbox(db, network, apiKey, policy,
               {QStringLiteral("platform"), m_options.baseUrl, m_options.timeoutMs})
    , m_pullPolicy(std::move(policy))
    , m_puller(db, network, m_options.baseUrl, apiKey)
    , m_monitor(db, network, m_options.baseUrl)
{
    m_puller.setPageSize(m_options.pageSize);
    m_puller.setTimeout(m_options.timeoutMs);
    m_monitor.setInterval(m_options.healthIntervalMs);
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pullRetry.setSingleShot(true);
    connect(&m_pullRetry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pullBackoff = ResourcePuller::storedBackoffs(m_db);

    connect(&m_outbox, &OutboxDispatcher::requestFinished, &m_monitor,
            &ConnectionMonitor::reportOutcome);
    connect(&m_puller, &ResourcePuller::requestFinished, &m_monitor,
            &ConnectionMonitor::reportOutcome);
    connect(&m_monitor, &ConnectionMonitor::stateChanged, this, [this](ConnectionState state) {
        // Back online: what waited for the connection goes now, not at the end of its
        // back-off. Safe during a run too: the dispatcher never runs two drains. A refused key
        // is not retried: the user is being asked for a new one.
        if (state == ConnectionState::Online && !m_outbox.isWaitingForKey()) {
            m_outbox.retryNow();
        }
    });

    connect(&m_outbox, &OutboxDispatcher::drained, this, &SyncEngine::onDrained);
    connect(&m_outbox, &OutboxDispatcher::apiKeyNeeded, this, &SyncEngine::apiKeyNeeded);
    connect(&m_puller, &ResourcePuller::pageReceived, this, [this](const QString &, int items) {
        m_itemsSoFar += items;
        emit pulling(m_resources.at(m_nextResource - 1).name, m_itemsSoFar);
    });
    connect(&m_puller, &ResourcePuller::finished, this, &SyncEngine::onPulled);
    connect(&m_puller, &ResourcePuller::failed, this, &SyncEngine::onPullFailed);
    connect(&m_puller, &ResourcePuller::storageFailed, this,
            [this](const QString &, const QString &message) { endRun(false, message); });
}

SyncEngine::~SyncEngine() = default;

QDateTime SyncEngine::pullsWaitUntil() const
{
    QDateTime latest;
    for (const RetryPolicy::State &state : m_pullBackoff) {
        if (m_pullPolicy.isWaiting(state) && (!latest.isValid() || state.until > latest)) {
            latest = state.until;
        }
    }
    return latest;
}

void SyncEngine::onPullFailed(const QString &resource, NetworkJob::Error error,
                              const QString &message)
{
    if (error == NetworkJob::Error::Unauthorized) {
        emit apiKeyNeeded(message);
    }
    if (error == NetworkJob::Error::RateLimited || error == NetworkJob::Error::Server ||
        error == NetworkJob::Error::Network || error == NetworkJob::Error::Timeout ||
        error == NetworkJob::Error::Malformed) {
        m_pullBackoff[resource] = m_pullPolicy.afterFailure(m_pullBackoff.value(resource),
                                                            m_puller.lastRetryAfterSeconds());
        saveBackoff(resource);
        // Recovers by itself: the next run starts when the wait is over.
        scheduleRetry();
        endRun(false, tr("%1 Receiving again at %2.")
                          .arg(message, pullsWaitUntil().toLocalTime().toString(
                                            QStringLiteral("HH:mm:ss"))));
        return;
    }
    endRun(false, message);
}

void SyncEngine::onPulled(const QString &resource)
{
    if (m_pullBackoff.contains(resource)) {
        m_pullBackoff.remove(resource);
        saveBackoff(resource);
    }
    pullNext();
}

void SyncEngine::saveBackoff(const QString &resource)
{
    // Not checked: a wait that could not be written is still kept in memory, and the database
    // failing shows up on the next write that matters.
    QString error;
    ResourcePuller::storeBackoff(m_db, resource, m_pullBackoff.value(resource), &error);
}

void SyncEngine::scheduleRetry()
{
    const QDateTime until = pullsWaitUntil();
    if (!until.isValid()) {
        m_pullRetry.stop();
        return;
    }
    m_pullRetry.start(
        int(std::clamp<qint64>(m_pullPolicy.now().msecsTo(until), 0, 24 * 3600 * 1000)));
}

void SyncEngine::addResource(const QString &resource, ResourcePuller::ApplyPage apply,
                             BulkWriterFactory bulk)
{
    m_resources.append({resource, std::move(apply), std::move(bulk)});
}

QStringList SyncEngine::resources() const
{
    QStringList names;
    for (const Resource &resource : m_resources) {
        names.append(resource.name);
    }
    return names;
}

void SyncEngine::start()
{
    // A wait remembered from before a restart ends by itself too.
    scheduleRetry();
    m_monitor.start();
    if (m_options.intervalMs > 0) {
        m_timer.start();
    }
    syncNow();
}

void SyncEngine::stop()
{
    m_timer.stop();
    m_monitor.stop();
    m_puller.cancel();
    m_runAgain = false;
    if (isRunning()) {
        endRun(false, tr("Sync was stopped."));
    }
}

void SyncEngine::syncNow()
{
    if (isRunning()) {
        m_runAgain = true;
        return;
    }
    beginRun();
}

bool SyncEngine::fullResync()
{
    for (const Resource &resource : m_resources) {
        if (!ResourcePuller::forgetCursor(m_db, resource.name)) {
            return false;
        }
    }
    syncNow();
    return true;
}

void SyncEngine::beginRun()
{
    m_phase = Phase::Pushing;
    m_nextResource = 0;
    emit runStarted();
    emit pushing();
    // drained() follows, at once when nothing is due or while a drain of the dispatcher's own
    // is under way, at its end.
    m_outbox.drain();
}

void SyncEngine::onDrained()
{
    if (m_phase != Phase::Pushing) {
        return; // a drain the dispatcher started by itself after a back-off
    }
    if (m_outbox.isWaitingForKey()) {
        endRun(false, tr("The server needs the API key."));
        return;
    }
    if (const QDateTime until = pullsWaitUntil(); until.isValid()) {
        endRun(false, tr("The server asked to wait: receiving again at %1.")
                          .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    m_phase = Phase::Pulling;
    pullNext();
}

void SyncEngine::pullNext()
{
    if (m_phase != Phase::Pulling) {
        return;
    }
    if (m_nextResource >= m_resources.size()) {
        m_pullRetry.stop();
        endRun(true, QString());
        return;
    }
    const Resource &resource = m_resources.at(m_nextResource++);
    m_itemsSoFar = 0;
    emit pulling(resource.name, 0);
    m_puller.pull(resource.name, resource.apply, resource.bulk);
}

void SyncEngine::endRun(bool ok, const QString &message)
{
    m_phase = Phase::Idle;
    emit runFinished(ok, message);
    if (std::exchange(m_runAgain, false)) {
        // Queued, so the run that just ended is fully unwound first.
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
}

} // namespace bbd
