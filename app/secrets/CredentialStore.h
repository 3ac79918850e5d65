#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace bbd {

// Identifies one secret: which remote service it opens and for which account or server.
// Example: {"platform", "https://api.butterboard.online"}, {"jira", "acme.atlassian.net"}.
struct CredentialKey
{
    QString service;
    QString account;
};

struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,     // nothing stored under this key (read/remove)
        NoKeychain,   // no keychain service on this machine or session
        AccessDenied, // the user or the keychain refused
        Failed        // anything else; see message
    };

    Status status = Status::Failed;
    QString secret;  // set by a successful read only
    QString message; // translated, for the user; empty on success

    bool ok() const { return status == Status::Ok; }
};

// Secrets (API keys, OAuth tokens) live in the operating system's keychain through QtKeychain:
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows. There is no
// plaintext fallback: without a keychain the call fails with Status::NoKeychain.
// All calls are asynchronous; `done` runs on the thread of `context`, and not at all when
// `context` is destroyed before the keychain answers.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    // `keychainService` names the application's entries in the keychain; tests pass their own
    // so they never touch a real user's secrets.
    explicit CredentialStore(const QString &keychainService = QStringLiteral("Butterboard Desk"),
                             QObject *parent = nullptr);

    // Virtual so that widget tests can play a keychain that refuses; the real thing is tested
    // against a real Secret Service.
    virtual void write(const CredentialKey &key, const QString &secret, QObject *context,
                       Callback done);
    virtual void read(const CredentialKey &key, QObject *context, Callback done);
    virtual void remove(const CredentialKey &key, QObject *context, Callback done);

    QString keychainService() const { return m_keychainService; }
    // The entry name used inside the keychain for `key`.
    static QString entryName(const CredentialKey &key);

private:
    QString m_keychainService;
};

} // namespace bbd
