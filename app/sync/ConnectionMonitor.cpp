#include "app/sync/ConnectionMonitor.h"

#include "app/sync/PlatformJobs.h"

namespace bbd {

ConnectionMonitor::ConnectionMonitor(QSqlDatabase db, QNetworkAccessManager *network,
                                     const QUrl &baseUrl, const QString &service, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_service(service)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    const ServiceHealth stored = ServiceHealthTable(m_db).load(m_service);
    m_state = stored.state;
    m_detail = stored.lastError;
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::start()
{
    m_timer.start();
    check();
}

void ConnectionMonitor::stop()
{
    m_timer.stop();
    delete m_job; // aborts the request; its answer no longer matters
}

void ConnectionMonitor::check()
{
    if (m_job) {
        return;
    }
    auto *job = new HealthJob(m_network, m_baseUrl, this);
    job->setTimeout(m_timeoutMs);
    connect(job, &NetworkJob::finished, this, [this, job] { onHealthFinished(job); });
    m_job = job;
    job->start();
}

void ConnectionMonitor::onHealthFinished(HealthJob *job)
{
    m_job = nullptr;
    m_connectionFailures = 0;
    switch (job->status()) {
    case HealthJob::Status::Ok:
        setState(ConnectionState::Online, QString());
        break;
    case HealthJob::Status::Degraded:
        setState(ConnectionState::Degraded, tr("The server reports that it is degraded."));
        break;
    case HealthJob::Status::Down:
        setState(ConnectionState::Offline, tr("The server reports that it is down."));
        break;
    case HealthJob::Status::Unknown:
        if (job->error() == NetworkJob::Error::Network ||
            job->error() == NetworkJob::Error::Timeout) {
            setState(ConnectionState::Offline, job->errorMessage());
        } else {
            setState(ConnectionState::Degraded, job->errorMessage());
        }
        break;
    }
    emit checked(m_state);
}

void ConnectionMonitor::reportOutcome(NetworkJob::Error error)
{
    switch (error) {
    case NetworkJob::Error::None:
    case NetworkJob::Error::Client:
    case NetworkJob::Error::Conflict:
    case NetworkJob::Error::Unauthorized:
        // The server answered as a working server does.
        m_connectionFailures = 0;
        if (m_state == ConnectionState::Offline || m_state == ConnectionState::Unknown) {
            setState(ConnectionState::Online, QString());
        }
        return;
    case NetworkJob::Error::Server:
    case NetworkJob::Error::RateLimited:
    case NetworkJob::Error::Malformed:
        m_connectionFailures = 0;
        if (m_state != ConnectionState::Degraded) {
            setState(ConnectionState::Degraded, tr("The server is answering with errors."));
        }
        return;
    case NetworkJob::Error::Network:
    case NetworkJob::Error::Timeout:
        // One lost connection is a blip; two in a row with no answer between is an outage.
        ++m_connectionFailures;
        if (m_connectionFailures >= 2) {
            setState(ConnectionState::Offline, tr("The server cannot be reached."));
        } else if (m_state != ConnectionState::Offline) {
            setState(ConnectionState::Degraded, tr("A connection to the server was lost."));
        }
        return;
    }
}

void ConnectionMonitor::setState(ConnectionState state, const QString &detail)
{
    m_detail = detail;
    if (state == m_state) {
        return;
    }
    m_state = state;
    ServiceHealthTable table(m_db);
    if (!table.saveState(m_service, state, QDateTime::currentDateTimeUtc())) {
        emit storageFailed(table.lastError());
    }
    emit stateChanged(state, detail);
}

} // namespace bbd
