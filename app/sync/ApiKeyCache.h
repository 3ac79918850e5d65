#pragma once

#include "app/secrets/CredentialStore.h"
#include "app/sync/NetworkJob.h"

#include <QObject>
#include <QString>

namespace bbd {

// The API key of one service, read from the keychain once and then held in memory only, so
// jobs get it without waiting on the keychain (ApiKeyProvider). It is never written to the
// database, the settings or a log; a new key reaches it through setKey() after the settings
// dialog stored it in the keychain.
class ApiKeyCache : public QObject
{
    Q_OBJECT

public:
    ApiKeyCache(CredentialStore *store, CredentialKey key, QObject *parent = nullptr);

    // Reads the keychain; loaded() follows. While it runs, the provider gives an empty key.
    // When the keychain service does not answer, it is asked once more after retryDelay():
    // at login the app may start before the keychain daemon (Nextcloud does the same).
    void load();
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    int retryDelay() const { return m_retryDelayMs; }
    bool hasKey() const { return !m_key.isEmpty(); }
    void setKey(const QString &key);
    void clear() { m_key.clear(); }
    // Gives the key of the moment; safe to call after this cache is gone (then empty).
    ApiKeyProvider provider() const;

signals:
    // `message` is for the user when the keychain could not give the key (empty on success).
    void loaded(bool found, const QString &message);

private:
    void read(bool isRetry);

    CredentialStore *m_store;
    int m_retryDelayMs = 2000;
    CredentialKey m_credential;
    QString m_key;
};

} // namespace bbd
