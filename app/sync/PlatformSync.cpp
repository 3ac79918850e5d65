#include "app/sync/PlatformSync.h"

#include "app/settings/Settings.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/ApiKeyCache.h"

#include <QSqlQuery>

namespace bbd {
namespace {

constexpr int DefaultOutboxPollMs = 3000;

} // namespace

PlatformSync::PlatformSync(QSqlDatabase db, QNetworkAccessManager *network, Settings &settings,
                           CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_network(network)
    , m_settings(settings)
    , m_credentials(credentials)
{
    m_outboxPoll.setInterval(DefaultOutboxPollMs);
    connect(&m_outboxPoll, &QTimer::timeout, this, &PlatformSync::pollOutbox);
}

PlatformSync::~PlatformSync() = default;

CredentialKey PlatformSync::apiKeyFor(const QUrl &server)
{
    return {QStringLiteral("platform"), server.adjusted(QUrl::StripTrailingSlash).toString()};
}

void PlatformSync::setOutboxPollInterval(int milliseconds)
{
    m_outboxPoll.setInterval(milliseconds);
    if (milliseconds <= 0) {
        m_outboxPoll.stop();
    }
}

void PlatformSync::start()
{
    // The poll runs with or without a platform key: rows for the other services are noticed
    // through outboxChanged() too.
    if (m_outboxPoll.interval() > 0) {
        m_outboxPoll.start();
    }
    reconfigure();
}

void PlatformSync::reconfigure()
{
    m_engine.reset();
    m_serverUrl = m_settings.serverUrl();
    m_setup = Setup::Loading;
    emit setupChanged(m_setup, QString());
    m_key = std::make_unique<ApiKeyCache>(m_credentials, apiKeyFor(m_serverUrl));
    connect(m_key.get(), &ApiKeyCache::loaded, this, [this](bool found, const QString &message) {
        if (!found) {
            m_setup = Setup::NoKey;
            emit setupChanged(m_setup, message);
            return;
        }
        buildEngine();
    });
    m_key->load();
}

void PlatformSync::useApiKey(const QString &key)
{
    if (!m_key) {
        reconfigure();
        return;
    }
    m_key->setKey(key);
    if (!m_engine) {
        buildEngine();
        return;
    }
    // The dispatcher stopped at the 401; the new key lets the queue go on.
    syncNow();
}

void PlatformSync::buildEngine()
{
    SyncEngine::Options options;
    options.baseUrl = m_serverUrl;
    options.intervalMs = m_settings.syncIntervalMinutes() * 60 * 1000;
    m_engine = std::make_unique<SyncEngine>(m_db, m_network, m_key->provider(), m_policy, options);
    if (m_registrar) {
        m_registrar(*m_engine);
    }
    SyncEngine *engine = m_engine.get();
    connect(engine, &SyncEngine::pushing, this, [this] { emit progress(tr("Sending changes…")); });
    connect(engine, &SyncEngine::runStarted, this, [this] { m_receivedThisRun = false; });
    connect(engine, &SyncEngine::pulling, this, [this](const QString &resource, int items) {
        m_receivedThisRun = m_receivedThisRun || items > 0;
        emit progress(items == 0 ? tr("Receiving %1…").arg(resource)
                                 : tr("Receiving %1: %2").arg(resource).arg(items));
    });
    connect(engine, &SyncEngine::runFinished, this, [this](bool ok, const QString &message) {
        emit progress(QString());
        emit runFinished(ok, message);
        if (std::exchange(m_receivedThisRun, false)) {
            emit dataReceived();
        }
        emit outboxChanged();
    });
    connect(engine, &SyncEngine::apiKeyNeeded, this, &PlatformSync::apiKeyNeeded);
    connect(&engine->connection(), &ConnectionMonitor::stateChanged, this,
            &PlatformSync::stateChanged);
    OutboxDispatcher *outbox = &engine->outbox();
    connect(outbox, &OutboxDispatcher::itemSent, this, &PlatformSync::outboxChanged);
    connect(outbox, &OutboxDispatcher::itemFailed, this, &PlatformSync::outboxChanged);
    connect(outbox, &OutboxDispatcher::itemConflicted, this, &PlatformSync::outboxChanged);

    m_setup = Setup::Ready;
    emit setupChanged(m_setup, QString());
    engine->start();
}

void PlatformSync::syncNow()
{
    if (m_engine) {
        m_engine->syncNow();
    }
}

bool PlatformSync::fullResync()
{
    return m_engine && m_engine->fullResync();
}

ApiKeyProvider PlatformSync::apiKey() const
{
    return m_key ? m_key->provider() : ApiKeyProvider();
}

ConnectionState PlatformSync::state() const
{
    return m_engine ? m_engine->connection().state() : ConnectionState::Unknown;
}

QString PlatformSync::detail() const
{
    return m_engine ? m_engine->connection().detail() : QString();
}

void PlatformSync::pollOutbox()
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT max(id), EXISTS(SELECT 1 FROM outbox WHERE status = "
                                 "'pending' AND service = 'platform') FROM outbox"),
                  {}) ||
        !query.next()) {
        return; // the next poll asks again; a broken database shows up elsewhere
    }
    const qint64 lastId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    if (lastId != m_lastOutboxId) {
        m_lastOutboxId = lastId;
        emit outboxChanged();
    }
    const bool pending = query.value(1).toBool();
    if (pending && m_engine && !m_engine->isRunning() && !m_engine->outbox().isDraining() &&
        !m_engine->outbox().isWaitingForKey() && state() != ConnectionState::Offline) {
        m_engine->outbox().drain();
    }
}

} // namespace bbd
