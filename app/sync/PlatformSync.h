#pragma once

#include "app/secrets/CredentialStore.h"
#include "app/sync/ServiceHealth.h"
#include "app/sync/SyncEngine.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bbd {

class ApiKeyCache;
class Settings;

// The platform sync as the window sees it: builds a SyncEngine from the settings (server URL,
// interval) and the API key in the keychain, and builds it again when they change. Without a
// key nothing is sent: the state is NoKey and the window offers to enter one. Local edits
// written to the outbox between runs are noticed by a cheap poll and sent without waiting for
// the next full run.
class PlatformSync : public QObject
{
    Q_OBJECT

public:
    enum class Setup { Loading, NoKey, Ready };
    Q_ENUM(Setup)

    // Fills a new engine with the resources it pulls (the platform's resource mapping).
    using Registrar = std::function<void(SyncEngine &engine)>;

    PlatformSync(QSqlDatabase db, QNetworkAccessManager *network, Settings &settings,
                 CredentialStore *credentials, QObject *parent = nullptr);
    ~PlatformSync() override;

    void setRegistrar(Registrar registrar) { m_registrar = std::move(registrar); }
    // For tests: milliseconds between checks for new outbox rows (0 switches the poll off).
    void setOutboxPollInterval(int milliseconds);
    void setRetryPolicy(RetryPolicy policy) { m_policy = std::move(policy); }

    // Reads the key and, when there is one, starts the engine (a run at once, then on the timer).
    void start();
    // Settings or key changed: the engine is rebuilt from them.
    void reconfigure();
    // A key the user has just entered (already stored in the keychain by the caller).
    void useApiKey(const QString &key);

    void syncNow();
    // Forgets every cursor and pulls everything again; false when the database refused.
    bool fullResync();

    Setup setup() const { return m_setup; }
    bool isRunning() const { return m_engine && m_engine->isRunning(); }
    ConnectionState state() const;
    QString detail() const;
    // Null until a key is known.
    SyncEngine *engine() const { return m_engine.get(); }
    QUrl serverUrl() const { return m_serverUrl; }
    // The platform key of the moment, for requests outside the sync (the chat); empty
    // function until the key cache exists.
    ApiKeyProvider apiKey() const;
    // The keychain entry of the platform key for `server`.
    static CredentialKey apiKeyFor(const QUrl &server);

signals:
    void setupChanged(bbd::PlatformSync::Setup setup, const QString &message);
    void stateChanged(bbd::ConnectionState state, const QString &detail);
    // What the run is doing, for the status bar ("Sending changes…", "Receiving candidates: 250").
    void progress(const QString &text);
    void runFinished(bool ok, const QString &message);
    // The run that just ended brought records into the local tables: lists should read again.
    // Not emitted for a run that received nothing, so a quiet timer run leaves views alone.
    void dataReceived();
    void apiKeyNeeded(const QString &message);
    // Something in the outbox may have changed (a row sent, failed, conflicted, or added).
    void outboxChanged();

private:
    void buildEngine();
    void pollOutbox();

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    Settings &m_settings;
    CredentialStore *m_credentials;
    Registrar m_registrar;
    RetryPolicy m_policy;
    QUrl m_serverUrl;
    std::unique_ptr<ApiKeyCache> m_key;
    std::unique_ptr<SyncEngine> m_engine;
    Setup m_setup = Setup::Loading;
    QTimer m_outboxPoll;
    qint64 m_lastOutboxId = -1;
    bool m_receivedThisRun = false;
};

} // namespace bbd
