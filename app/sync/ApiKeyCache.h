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
    void load();
    bool hasKey() const { return !m_key.isEmpty(); }
    void setKey(const QString &key);
    void clear() { m_key.clear(); }
    // Gives the key of the moment; safe to call after this cache is gone (then empty).
    ApiKeyProvider provider() const;

signals:
    // `message` is for the user when the keychain could not give the key (empty on success).
    void loaded(bool found, const QString &message);

private:
    CredentialStore *m_store;
    CredentialKey m_credential;
    QString m_key;
};

} // namespace bbd
