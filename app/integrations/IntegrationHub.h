#pragma once

#include "app/secrets/CredentialStore.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/RetryPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace bbd {

class ApiKeyCache;
class Settings;

// Delivers the outbox rows of the third-party services: one OutboxDispatcher per configured
// service ("jira", "zoom", "graph", "slack"), each with the base URL from Settings, the
// service's way of sending its secret (Integrations::authScheme) and an ApiKeyCache reading the
// secret from the keychain under CredentialKey{service, host of the URL}. The window owns one
// and calls drainAll() with every sync run, reload() after the settings changed. Delivered
// Zoom meetings have their join link stored on their onboarding stage here.
class IntegrationHub : public QObject
{
    Q_OBJECT

public:
    IntegrationHub(QSqlDatabase db, QNetworkAccessManager *network, Settings &settings,
                   CredentialStore *credentials, QObject *parent = nullptr);
    ~IntegrationHub() override;

    // The keychain entry holding the service's secret for `baseUrl`.
    static CredentialKey credentialKey(const QString &service, const QUrl &baseUrl);

    // Configured services, in Integrations::services() order.
    QStringList services() const;
    bool isConfigured(const QString &service) const;
    // Null when the service is not configured.
    OutboxDispatcher *dispatcher(const QString &service) const;
    ApiKeyCache *keyCache(const QString &service) const;

    // Sends what is due on every configured service whose secret is loaded (a service whose
    // key is still being read drains once it arrives).
    void drainAll();
    // Rebuilds the dispatchers from the settings (URLs added, changed or removed) and reads the
    // secrets again. While a request is under way it waits for its answer, then rebuilds.
    void reload();

    // For tests: the retry policy and the timeout of the dispatchers made from now on.
    void setRetryPolicy(RetryPolicy policy) { m_policy = std::move(policy); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void itemSent(const QString &service, qint64 outboxId, const QJsonObject &record);
    void itemFailed(const QString &service, qint64 outboxId, const QString &message,
                    bool willRetry);
    void itemConflicted(const QString &service, qint64 outboxId, const QJsonObject &serverRecord);
    // The service's secret is missing or was refused; the settings dialog should ask for it
    // (Integrations::secretHint says what it is).
    void tokenNeeded(const QString &service, const QString &message);
    // The join link of a delivered Zoom meeting is stored on its stage.
    void meetingSaved(qint64 assignmentStageId, const QString &joinUrl);
    // The local database refused a change (the outbox or a stage); for the status bar.
    void storageFailed(const QString &service, const QString &message);
    // A dispatcher stopped sending (nothing due, backing off, or waiting for a secret).
    void drained(const QString &service);

private:
    struct Service;
    void build(const QString &service);
    void onZoomSent(qint64 outboxId, const QJsonObject &record);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    Settings &m_settings;
    CredentialStore *m_credentials;
    RetryPolicy m_policy;
    int m_timeoutMs = NetworkJob::DefaultTimeoutMs;
    bool m_reloadPending = false;
    QHash<QString, std::shared_ptr<Service>> m_services;
};

} // namespace bbd
