#include "app/sync/ApiKeyCache.h"

#include <QPointer>
#include <QTimer>

namespace bbd {

ApiKeyCache::ApiKeyCache(CredentialStore *store, CredentialKey key, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credential(std::move(key))
{}

void ApiKeyCache::load()
{
    read(false);
}

void ApiKeyCache::read(bool isRetry)
{
    m_store->read(m_credential, this, [this, isRetry](const CredentialResult &result) {
        if (result.ok()) {
            m_key = result.secret;
            emit loaded(true, QString());
            return;
        }
        if (!isRetry && (result.status == CredentialResult::Status::NoKeychain ||
                         result.status == CredentialResult::Status::Failed)) {
            QTimer::singleShot(m_retryDelayMs, this, [this] { read(true); });
            return;
        }
        m_key.clear();
        // Nothing stored is an ordinary first start, not a failure to report.
        emit loaded(false, result.status == CredentialResult::Status::NotFound ? QString()
                                                                               : result.message);
    });
}

void ApiKeyCache::setKey(const QString &key)
{
    m_key = key;
}

ApiKeyProvider ApiKeyCache::provider() const
{
    return [self = QPointer<const ApiKeyCache>(this)] {
        return self ? self->m_key : QString();
    };
}

} // namespace bbd
