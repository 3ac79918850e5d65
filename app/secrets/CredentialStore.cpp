#include "CredentialStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

// QtKeychain talks to the Secret Service or KWallet over the D-Bus session bus on these systems;
// they are the only ones where "no keychain" has to be told apart from other failures by asking
// the bus ourselves.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) &&                       \
    !defined(Q_OS_HAIKU) && !defined(Q_OS_WASM)
#define BBD_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#endif

namespace bbd {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "bbd.secrets")

enum class Operation { Write, Read, Remove };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return "write";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

QString describeKey(const CredentialKey &key)
{
    if (key.account.isEmpty()) {
        return CredentialStore::tr("“%1”").arg(key.service);
    }
    return CredentialStore::tr("“%1” (%2)").arg(key.service, key.account);
}

QString keychainHint()
{
#if defined(Q_OS_MACOS)
    return CredentialStore::tr("Secrets are kept only in the macOS Keychain; make sure it can be "
                               "reached, then try again.");
#elif defined(Q_OS_WIN)
    return CredentialStore::tr("Secrets are kept only in the Windows Credential Manager; make sure "
                               "it can be reached, then try again.");
#else
    return CredentialStore::tr(
        "Secrets are kept only in a Secret Service keychain such as GNOME Keyring or KWallet, "
        "which needs a desktop session with a D-Bus session bus. Start or install one, then try "
        "again.");
#endif
}

QString messageFor(CredentialResult::Status status, Operation operation, const CredentialKey &key,
                   const QString &backendText)
{
    const QString what = describeKey(key);
    const QString detail =
        backendText.trimmed().isEmpty() ? CredentialStore::tr("unknown error") : backendText;
    using Status = CredentialResult::Status;
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NoKeychain:
        switch (operation) {
        case Operation::Write:
            return CredentialStore::tr("No system keychain is available, so the secret for %1 "
                                       "was NOT saved. %2")
                .arg(what, keychainHint());
        case Operation::Read:
            return CredentialStore::tr("No system keychain is available, so the secret for %1 "
                                       "could not be read. %2")
                .arg(what, keychainHint());
        case Operation::Remove:
            return CredentialStore::tr("No system keychain is available, so the secret for %1 "
                                       "could not be removed. %2")
                .arg(what, keychainHint());
        }
        break;
    case Status::NotFound:
        if (operation == Operation::Remove) {
            return CredentialStore::tr("No secret was stored for %1, so there was nothing to "
                                       "remove.")
                .arg(what);
        }
        return CredentialStore::tr("No secret is stored for %1.").arg(what);
    case Status::AccessDenied:
        switch (operation) {
        case Operation::Write:
            return CredentialStore::tr("The system keychain refused to save the secret for %1, so "
                                       "it was NOT saved. Unlock the keychain or allow access, "
                                       "then try again.")
                .arg(what);
        case Operation::Read:
            return CredentialStore::tr("The system keychain refused to give out the secret for "
                                       "%1. Unlock the keychain or allow access, then try again.")
                .arg(what);
        case Operation::Remove:
            return CredentialStore::tr("The system keychain refused to remove the secret for %1. "
                                       "Unlock the keychain or allow access, then try again.")
                .arg(what);
        }
        break;
    case Status::Failed:
        break;
    }
    switch (operation) {
    case Operation::Write:
        return CredentialStore::tr("The secret for %1 was NOT saved: the system keychain reported "
                                   "an error (%2). Make sure the keychain is unlocked and has a "
                                   "default keyring, then try again.")
            .arg(what, detail);
    case Operation::Read:
        return CredentialStore::tr("The secret for %1 could not be read: the system keychain "
                                   "reported an error (%2). Make sure the keychain is unlocked, "
                                   "then try again.")
            .arg(what, detail);
    case Operation::Remove:
        break;
    }
    return CredentialStore::tr("The secret for %1 could not be removed: the system keychain "
                               "reported an error (%2). Make sure the keychain is unlocked, then "
                               "try again.")
        .arg(what, detail);
}

CredentialResult makeResult(CredentialResult::Status status, Operation operation,
                            const CredentialKey &key, const QString &backendText)
{
    CredentialResult result;
    result.status = status;
    result.message = messageFor(status, operation, key, backendText);
    return result;
}

// Hands the result to `done` on the thread of `context`. Checking the guard first keeps a
// callback whose owner is gone from ever running; for a context in another thread Qt drops the
// queued call itself when the context dies before it is delivered.
void deliver(const QPointer<QObject> &context, const CredentialStore::Callback &done,
             const CredentialResult &result)
{
    if (!context || !done) {
        return;
    }
    QMetaObject::invokeMethod(context.data(), [done, result] { done(result); });
}

#ifdef BBD_KEYCHAIN_OVER_DBUS
enum class KeychainPresence { Present, Absent, Unknown };

// QtKeychain reports a missing session bus or Secret Service as OtherError with free text that
// comes from GLib/GIO and the bus daemon ("Could not connect: …", "Cannot autolaunch D-Bus …",
// "The name org.freedesktop.secrets was not provided by any .service files"), translated by
// gettext into the user's language. Matching that text would be fragile, so the bus is asked
// directly whether any keychain service is running. By the time a job has failed, the backend
// has already tried to start an activatable service, so a keychain that is not running now is
// one that cannot be used now.
void probeKeychainService(QObject *owner, std::function<void(KeychainPresence)> then)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(KeychainPresence::Absent);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"));
    // The bus daemon answers at once; the timeout only bounds a wedged bus.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), owner);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, owner,
                     [then = std::move(then)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         if (reply.isError()) {
                             then(KeychainPresence::Unknown);
                             return;
                         }
                         const QStringList names = reply.value();
                         for (const char *service : {"org.freedesktop.secrets", "org.kde.kwalletd6",
                                                     "org.kde.kwalletd5", "org.kde.kwalletd"}) {
                             if (names.contains(QLatin1String(service))) {
                                 then(KeychainPresence::Present);
                                 return;
                             }
                         }
                         then(KeychainPresence::Absent);
                     });
}
#endif

// QtKeychain runs a job on the thread that starts it, and its Secret Service backend answers
// through GLib's main context, which only Qt's GLib event dispatcher (the default on Linux; not
// with QT_NO_GLIB=1) iterates: the store belongs on a thread with such an event loop, normally
// the GUI thread. Contexts may live on any thread.
void startJob(CredentialStore *store, QKeychain::Job *job, Operation operation,
              const CredentialKey &key, const QPointer<QObject> &context,
              CredentialStore::Callback done)
{
    // A plaintext copy of a secret on disk is exactly what the keychain is there to prevent.
    job->setInsecureFallback(false);
    // The job has no parent and deletes itself once it has answered: the backends keep raw
    // pointers to running jobs, so deleting one early (say, with the store) would crash later.
    job->setAutoDelete(true);
    job->setKey(CredentialStore::entryName(key));

    // Connected to the store, not the context: the job's data has to be read in the job's thread
    // before autoDelete removes it; `deliver` then crosses over to the context's thread.
    QObject::connect(
        job, &QKeychain::Job::finished, store,
        [store, operation, key, context, done = std::move(done)](QKeychain::Job *finished) {
            using Status = CredentialResult::Status;
            const QKeychain::Error error = finished->error();
            const QString backendText = finished->errorString();

            CredentialResult result;
            switch (error) {
            case QKeychain::NoError:
                result.status = Status::Ok;
                if (operation == Operation::Read) {
                    if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                        result.secret = readJob->textData();
                    }
                }
                deliver(context, done, result);
                return;
            case QKeychain::EntryNotFound:
                // Removing a missing entry: the Secret Service answers NoError, Windows and macOS
                // answer EntryNotFound. Callers get NotFound where the backend says so.
                deliver(context, done, makeResult(Status::NotFound, operation, key, backendText));
                return;
            case QKeychain::AccessDeniedByUser:
            case QKeychain::AccessDenied:
                result = makeResult(Status::AccessDenied, operation, key, backendText);
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                result = makeResult(Status::NoKeychain, operation, key, backendText);
                break;
            case QKeychain::CouldNotDeleteEntry:
                result = makeResult(Status::Failed, operation, key, backendText);
                break;
            case QKeychain::OtherError:
            default:
#ifdef BBD_KEYCHAIN_OVER_DBUS
                probeKeychainService(store, [operation, key, context, done, error,
                                             backendText](KeychainPresence presence) {
                    const Status status =
                        presence == KeychainPresence::Absent ? Status::NoKeychain : Status::Failed;
                    qCWarning(lcSecrets).nospace().noquote()
                        << "keychain " << operationName(operation) << " of \""
                        << CredentialStore::entryName(key) << "\" failed: QtKeychain error "
                        << int(error) << " (" << backendText << ")"
                        << (status == Status::NoKeychain ? ", no keychain service" : "");
                    deliver(context, done, makeResult(status, operation, key, backendText));
                });
                return;
#else
                Q_UNUSED(store)
                result = makeResult(Status::Failed, operation, key, backendText);
                break;
#endif
            }
            // Only the entry name and the backend's own text are logged, never a secret.
            qCWarning(lcSecrets).nospace().noquote()
                << "keychain " << operationName(operation) << " of \""
                << CredentialStore::entryName(key) << "\" failed: QtKeychain error " << int(error)
                << " (" << backendText << ")";
            deliver(context, done, result);
        });
    job->start();
}

// Keeps the promise that the callback never runs before the call has returned, also when the
// request is refused before reaching the keychain.
void answerLater(CredentialStore *store, const QPointer<QObject> &context,
                 CredentialStore::Callback done, const CredentialResult &result)
{
    QMetaObject::invokeMethod(
        store, [context, done = std::move(done), result] { deliver(context, done, result); },
        Qt::QueuedConnection);
}

CredentialResult invalidKeyResult()
{
    CredentialResult result;
    result.status = CredentialResult::Status::Failed;
    result.message = CredentialStore::tr("The credential has no service name, so it cannot be "
                                         "kept in the system keychain. This is a bug in the "
                                         "application; please report it.");
    return result;
}

} // namespace

CredentialStore::CredentialStore(const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_keychainService(keychainService)
{}

// A null context would make the callback unreachable; the store itself stands in for it, so the
// answer arrives as long as the store lives.
void CredentialStore::write(const CredentialKey &key, const QString &secret, QObject *context,
                            Callback done)
{
    const QPointer<QObject> guard(context ? context : this);
    if (key.service.isEmpty()) {
        answerLater(this, guard, std::move(done), invalidKeyResult());
        return;
    }
    if (secret.isEmpty()) {
        // KWallet treats writing empty data as a removal; refusing it keeps the backends alike.
        CredentialResult result;
        result.status = CredentialResult::Status::Failed;
        result.message = tr("An empty secret cannot be saved for %1; remove the credential "
                            "instead.")
                             .arg(describeKey(key));
        answerLater(this, guard, std::move(done), result);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_keychainService);
    job->setTextData(secret);
    startJob(this, job, Operation::Write, key, guard, std::move(done));
}

void CredentialStore::read(const CredentialKey &key, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context ? context : this);
    if (key.service.isEmpty()) {
        answerLater(this, guard, std::move(done), invalidKeyResult());
        return;
    }
    startJob(this, new QKeychain::ReadPasswordJob(m_keychainService), Operation::Read, key, guard,
             std::move(done));
}

void CredentialStore::remove(const CredentialKey &key, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context ? context : this);
    if (key.service.isEmpty()) {
        answerLater(this, guard, std::move(done), invalidKeyResult());
        return;
    }
    startJob(this, new QKeychain::DeletePasswordJob(m_keychainService), Operation::Remove, key,
             guard, std::move(done));
}

// Scheme: "<service>:<account>", e.g. "platform:https://api.butterboard.online" — readable in
// Seahorse or the Credential Manager. The account may hold anything (URLs contain ':'), so the
// first ':' has to be the separator: '%' and ':' inside the service are percent-encoded, which
// keeps {"a:b", "c"} and {"a", "b:c"} from ever sharing an entry.
QString CredentialStore::entryName(const CredentialKey &key)
{
    QString service = key.service;
    service.replace(u'%', QLatin1String("%25")).replace(u':', QLatin1String("%3A"));
    return service + u':' + key.account;
}

} // namespace bbd
