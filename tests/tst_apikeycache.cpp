// The API key held in memory for the jobs, read from a keychain played by a fake store.
#include "app/sync/ApiKeyCache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace bbd;

namespace {

// Answers reads later on the event loop, as the real keychain does.
class FakeStore : public CredentialStore
{
public:
    FakeStore()
        : CredentialStore(QStringLiteral("Butterboard Desk tests"))
    {}

    void read(const CredentialKey &key, QObject *context, Callback done) override
    {
        ++reads;
        lastKey = key;
        QTimer::singleShot(0, context, [this, done = std::move(done)] { done(answer); });
    }

    CredentialResult answer;
    int reads = 0;
    CredentialKey lastKey;
};

} // namespace

class TestApiKeyCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void load_data();
    void load();
    void setKeyReplaces();
    void providerOutlivesCache();
};

void TestApiKeyCache::load_data()
{
    using S = CredentialResult::Status;
    QTest::addColumn<CredentialResult::Status>("status");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("reported"); // a message for the user
    QTest::newRow("stored") << S::Ok << true << false;
    QTest::newRow("first start") << S::NotFound << false << false;
    QTest::newRow("no keychain") << S::NoKeychain << false << true;
    QTest::newRow("refused") << S::AccessDenied << false << true;
}

void TestApiKeyCache::load()
{
    QFETCH(CredentialResult::Status, status);
    QFETCH(bool, found);
    QFETCH(bool, reported);
    FakeStore store;
    store.answer.status = status;
    store.answer.secret =
        status == CredentialResult::Status::Ok ? QStringLiteral("k-123") : QString();
    store.answer.message =
        status == CredentialResult::Status::Ok ? QString() : QStringLiteral("why");
    ApiKeyCache cache(&store, {QStringLiteral("platform"), QStringLiteral("http://srv")});
    const ApiKeyProvider provider = cache.provider();
    QSignalSpy loaded(&cache, &ApiKeyCache::loaded);
    cache.load();
    QCOMPARE(provider(), QString()); // not yet: the keychain answers later
    QVERIFY(loaded.wait(1000));
    QCOMPARE(store.reads, 1);
    QCOMPARE(store.lastKey.service, QStringLiteral("platform"));
    QCOMPARE(loaded.first().at(0).toBool(), found);
    QCOMPARE(!loaded.first().at(1).toString().isEmpty(), reported);
    QCOMPARE(cache.hasKey(), found);
    QCOMPARE(provider(), found ? QStringLiteral("k-123") : QString());
}

void TestApiKeyCache::setKeyReplaces()
{
    FakeStore store;
    ApiKeyCache cache(&store, {QStringLiteral("platform"), QStringLiteral("http://srv")});
    const ApiKeyProvider provider = cache.provider();
    cache.setKey(QStringLiteral("new"));
    QCOMPARE(provider(), QStringLiteral("new"));
    cache.clear();
    QVERIFY(!cache.hasKey());
    QCOMPARE(provider(), QString());
}

void TestApiKeyCache::providerOutlivesCache()
{
    FakeStore store;
    ApiKeyProvider provider;
    {
        ApiKeyCache cache(&store, {QStringLiteral("platform"), QStringLiteral("http://srv")});
        cache.setKey(QStringLiteral("k"));
        provider = cache.provider();
        QCOMPARE(provider(), QStringLiteral("k"));
    }
    QCOMPARE(provider(), QString());
}

QTEST_GUILESS_MAIN(TestApiKeyCache)
#include "tst_apikeycache.moc"
