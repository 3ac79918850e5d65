#pragma once

#include "app/secrets/CredentialStore.h"

#include <QHash>
#include <QTimer>

namespace bbd::testsupport {

// A keychain in memory that answers on the event loop, as the real one does.
class MemoryCredentialStore : public CredentialStore
{
public:
    MemoryCredentialStore()
        : CredentialStore(QStringLiteral("Butterboard Desk tests"))
    {}

    void read(const CredentialKey &key, QObject *context, Callback done) override
    {
        CredentialResult result;
        const QString name = entryName(key);
        result.status = secrets.contains(name) ? CredentialResult::Status::Ok
                                               : CredentialResult::Status::NotFound;
        result.secret = secrets.value(name);
        QTimer::singleShot(0, context, [result, done = std::move(done)] { done(result); });
    }

    QHash<QString, QString> secrets; // entry name -> secret
};

} // namespace bbd::testsupport
