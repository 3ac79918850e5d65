#include "app/integrations/IntegrationHub.h"

#include "app/integrations/Integrations.h"
#include "app/integrations/SlackConnector.h"
#include "app/integrations/StageActions.h"
#include "app/settings/Settings.h"
#include "app/sync/ApiKeyCache.h"

namespace bbd {

struct IntegrationHub::Service
{
    // Declared first so it is destroyed last: the dispatcher's provider may still ask for
    // the key while it goes (it gets an empty one then).
    std::unique_ptr<ApiKeyCache> key;
    std::unique_ptr<OutboxDispatcher> dispatcher;
    bool keyLoaded = false;
};

IntegrationHub::IntegrationHub(QSqlDatabase db, QNetworkAccessManager *network, Settings &settings,
                               CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_settings(settings)
    , m_credentials(credentials)
{
    reload();
}

IntegrationHub::~IntegrationHub() = default;

CredentialKey IntegrationHub::credentialKey(const QString &service, const QUrl &baseUrl)
{
    return {service, baseUrl.host()};
}

QStringList IntegrationHub::services() const
{
    QStringList list;
    for (const QString &service : Integrations::services()) {
        if (m_services.contains(service)) {
            list.append(service);
        }
    }
    return list;
}

bool IntegrationHub::isConfigured(const QString &service) const
{
    return Integrations::isConfigured(m_settings, service);
}

OutboxDispatcher *IntegrationHub::dispatcher(const QString &service) const
{
    const auto it = m_services.constFind(service);
    return it == m_services.constEnd() ? nullptr : it.value()->dispatcher.get();
}

ApiKeyCache *IntegrationHub::keyCache(const QString &service) const
{
    const auto it = m_services.constFind(service);
    return it == m_services.constEnd() ? nullptr : it.value()->key.get();
}

void IntegrationHub::drainAll()
{
    for (const QString &service : services()) {
        const auto &entry = m_services.value(service);
        if (entry->keyLoaded) {
            entry->dispatcher->drain();
        }
    }
}

void IntegrationHub::reload()
{
    // A request under way finishes first: a new dispatcher would take its row for an
    // interrupted one and send it again, and these services know no idempotency keys.
    for (const auto &entry : std::as_const(m_services)) {
        if (entry->dispatcher->isDraining()) {
            m_reloadPending = true;
            return;
        }
    }
    m_reloadPending = false;
    m_services.clear();
    for (const QString &service : Integrations::services()) {
        if (Integrations::isConfigured(m_settings, service)) {
            build(service);
        }
    }
}

void IntegrationHub::build(const QString &service)
{
    auto entry = std::make_shared<Service>();
    const QUrl url = m_settings.serviceUrl(service);
    entry->key = std::make_unique<ApiKeyCache>(m_credentials, credentialKey(service, url));

    OutboxDispatcher::Options options;
    options.service = service;
    options.baseUrl = url;
    options.timeoutMs = m_timeoutMs;
    options.auth = Integrations::authScheme(service);
    if (service == u"slack") {
        options.textAnswers = true;
        // The webhook address is the secret: the row holds a placeholder path only.
        options.sendPath = [provider = entry->key->provider()](const QString &) {
            return SlackMessage::webhookPath(provider());
        };
    }
    const ApiKeyProvider provider = service == u"slack" ? ApiKeyProvider() : entry->key->provider();
    entry->dispatcher =
        std::make_unique<OutboxDispatcher>(m_db, m_network, provider, m_policy, options);
    OutboxDispatcher *dispatcher = entry->dispatcher.get();
    connect(dispatcher, &OutboxDispatcher::itemSent, this,
            [this, service](qint64 id, const QJsonObject &record) {
                if (service == u"zoom") {
                    onZoomSent(id, record);
                }
                emit itemSent(service, id, record);
            });
    connect(dispatcher, &OutboxDispatcher::itemFailed, this,
            [this, service](qint64 id, const QString &message, bool willRetry) {
                emit itemFailed(service, id, message, willRetry);
            });
    connect(dispatcher, &OutboxDispatcher::itemConflicted, this,
            [this, service](qint64 id, const QJsonObject &record) {
                emit itemConflicted(service, id, record);
            });
    connect(dispatcher, &OutboxDispatcher::apiKeyNeeded, this,
            [this, service](const QString &message) { emit tokenNeeded(service, message); });
    connect(dispatcher, &OutboxDispatcher::storageFailed, this,
            [this, service](const QString &message) { emit storageFailed(service, message); });
    connect(dispatcher, &OutboxDispatcher::drained, this, [this, service] {
        emit drained(service);
        if (m_reloadPending) {
            // Not from inside the dispatcher's own signal: reload() may delete it.
            QMetaObject::invokeMethod(this, &IntegrationHub::reload, Qt::QueuedConnection);
        }
    });

    Service *raw = entry.get();
    connect(entry->key.get(), &ApiKeyCache::loaded, this,
            [this, service, raw](bool found, const QString &message) {
                raw->keyLoaded = true;
                if (!found) {
                    emit tokenNeeded(service, message.isEmpty()
                                                  ? tr("No secret is stored for %1 yet. %2")
                                                        .arg(Integrations::displayName(service),
                                                             Integrations::secretHint(service))
                                                  : message);
                    return;
                }
                raw->dispatcher->drain();
            });
    m_services.insert(service, entry);
    entry->key->load();
}

void IntegrationHub::onZoomSent(qint64 outboxId, const QJsonObject &record)
{
    QString error;
    const qint64 stageId = StageActions::recordMeeting(m_db, outboxId, record, &error);
    if (stageId == 0) {
        emit storageFailed(QStringLiteral("zoom"), error);
        return;
    }
    emit meetingSaved(stageId, record.value(u"join_url").toString());
}

} // namespace bbd
