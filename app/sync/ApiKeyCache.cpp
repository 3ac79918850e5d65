#include "app/sync/ApiKeyCache.h"

#include <QPointer>

namespace bbd {

ApiKeyCache::ApiKeyCache(CredentialStore *store, CredentialKey key, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credential(std::move(key))
{}

void ApiKeyCache::load()
{
    m_store->read(m_credential, this, [this](const CredentialResult &result) {
        if (result.ok()) {
            m_key = result.secret;
            emit loaded(true, QString());
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
