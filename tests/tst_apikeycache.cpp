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
        const CredentialResult result = answers.isEmpty() ? answer : answers.takeFirst();
        QTimer::singleShot(0, context, [result, done = std::move(done)] { done(result); });
    }

    CredentialResult answer;         // every read, once `answers` is used up
    QList<CredentialResult> answers; // the first reads, in order
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
    void keychainLateAtLogin();
    void setKeyReplaces();
    void providerOutlivesCache();
};

void TestApiKeyCache::load_data()
{
    using S = CredentialResult::Status;
    QTest::addColumn<CredentialResult::Status>("status");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("reported"); // a message for the user
    QTest::addColumn<int>("reads");
    QTest::newRow("stored") << S::Ok << true << false << 1;
    QTest::newRow("first start") << S::NotFound << false << false << 1;
    // The keychain may not be up yet at login: asked once more, then reported.
    QTest::newRow("no keychain") << S::NoKeychain << false << true << 2;
    QTest::newRow("failed") << S::Failed << false << true << 2;
    QTest::newRow("refused") << S::AccessDenied << false << true << 1;
}

void TestApiKeyCache::load()
{
    QFETCH(CredentialResult::Status, status);
    QFETCH(bool, found);
    QFETCH(bool, reported);
    QFETCH(int, reads);
    FakeStore store;
    store.answer.status = status;
    store.answer.secret =
        status == CredentialResult::Status::Ok ? QStringLiteral("k-123") : QString();
    store.answer.message =
        status == CredentialResult::Status::Ok ? QString() : QStringLiteral("why");
    ApiKeyCache cache(&store, {QStringLiteral("platform"), QStringLiteral("http://srv")});
    cache.setRetryDelay(10);
    const ApiKeyProvider provider = cache.provider();
    QSignalSpy loaded(&cache, &ApiKeyCache::loaded);
    cache.load();
    QCOMPARE(provider(), QString()); // not yet: the keychain answers later
    QVERIFY(loaded.wait(1000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(store.reads, reads);
    QCOMPARE(store.lastKey.service, QStringLiteral("platform"));
    QCOMPARE(loaded.first().at(0).toBool(), found);
    QCOMPARE(!loaded.first().at(1).toString().isEmpty(), reported);
    QCOMPARE(cache.hasKey(), found);
    QCOMPARE(provider(), found ? QStringLiteral("k-123") : QString());
}

void TestApiKeyCache::keychainLateAtLogin()
{
    FakeStore store;
    CredentialResult late;
    late.status = CredentialResult::Status::NoKeychain;
    late.message = QStringLiteral("no secret service");
    store.answers = {late};
    store.answer.status = CredentialResult::Status::Ok;
    store.answer.secret = QStringLiteral("k-late");
    ApiKeyCache cache(&store, {QStringLiteral("platform"), QStringLiteral("http://srv")});
    cache.setRetryDelay(50);
    QSignalSpy loaded(&cache, &ApiKeyCache::loaded);
    cache.load();
    QVERIFY(loaded.wait(1000));
    QCOMPARE(store.reads, 2);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(cache.provider()(), QStringLiteral("k-late"));
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
