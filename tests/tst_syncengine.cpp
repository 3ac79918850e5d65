// Sync runs against the real loopback server: push before pull, one run at a time, runs on a
// timer and on demand, a refused key, a dead server, a full resync, and the outbox going at
// once when the connection comes back.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::Faults;
using bbd::testserver::TestServer;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void pushesThenPulls();
    void oneRunAtATime();
    void runsOnATimer();
    void refusedKey();
    void serverGone();
    void fullResyncPullsEverything();
    void outboxGoesWhenConnectionReturns();

private:
    std::unique_ptr<SyncEngine> engine(int intervalMs = 0, qint64 retryBaseMs = 10);
    void enqueueTemplate(int n);
    int pulled(const QString &resource) const;
    ResourcePuller::ApplyPage applier(const QString &resource);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_key = QStringLiteral("engine-key");
};

void TestSyncEngine::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey("engine-key");
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->platform().seedCandidates(30);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("engine-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE pulled (resource TEXT NOT NULL, id TEXT NOT "
                                      "NULL, PRIMARY KEY (resource, id))")));
    m_key = QStringLiteral("engine-key");
}

void TestSyncEngine::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

std::unique_ptr<SyncEngine> TestSyncEngine::engine(int intervalMs, qint64 retryBaseMs)
{
    SyncEngine::Options options;
    options.baseUrl = m_server->baseUrl();
    options.intervalMs = intervalMs;
    options.timeoutMs = 2000;
    options.pageSize = 10;
    auto made = std::make_unique<SyncEngine>(
        m_db->connection(), m_nam.get(), [this] { return m_key; },
        RetryPolicy(
            {retryBaseMs, retryBaseMs, retryBaseMs * 8},
            [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; }),
        options);
    made->connection().setTimeout(500);
    made->addResource(QStringLiteral("candidates"), applier(QStringLiteral("candidates")));
    made->addResource(QStringLiteral("message_templates"),
                      applier(QStringLiteral("message_templates")));
    return made;
}

ResourcePuller::ApplyPage TestSyncEngine::applier(const QString &resource)
{
    return [this, resource](const QJsonArray &items, QString *error) {
        QSqlQuery query(m_db->connection());
        for (const QJsonValue &item : items) {
            if (!sql::run(query,
                          QStringLiteral("INSERT OR REPLACE INTO pulled (resource, id) VALUES (?, "
                                         "?)"),
                          {resource, item.toObject().value(u"id").toString()})) {
                *error = query.lastError().text();
                return false;
            }
        }
        return true;
    };
}

void TestSyncEngine::enqueueTemplate(int n)
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("T%1").arg(n)},
                           {QStringLiteral("channel"), QStringLiteral("email")},
                           {QStringLiteral("subject"), QStringLiteral("Hello")},
                           {QStringLiteral("body"), QStringLiteral("Hi")}};
    Transaction transaction(m_db->connection());
    QVERIFY(
        enqueueOutbox(m_db->connection(),
                      {QStringLiteral("platform"), QStringLiteral("POST"),
                       QStringLiteral("/api/v1/message_templates"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), QString(), 0, QString()},
                      nullptr) > 0);
    QVERIFY(transaction.commit());
}

int TestSyncEngine::pulled(const QString &resource) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT COUNT(*) FROM pulled WHERE resource = ?"),
                    {resource}) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

void TestSyncEngine::pushesThenPulls()
{
    for (int i = 0; i < 3; ++i) {
        enqueueTemplate(i);
    }
    auto sync = engine();
    QCOMPARE(sync->resources(),
             (QStringList{QStringLiteral("candidates"), QStringLiteral("message_templates")}));
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    QSignalSpy pulling(sync.get(), &SyncEngine::pulling);
    sync->syncNow();
    QVERIFY(sync->isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!sync->isRunning());
    QCOMPARE(pulled(QStringLiteral("candidates")), 30);
    // The templates this client pushed come back down in the same run.
    QCOMPARE(pulled(QStringLiteral("message_templates")), 3);
    // Progress for the status bar: 0, 10, 20, 30 for candidates.
    QList<int> candidates;
    for (const auto &signal : pulling) {
        if (signal.at(0).toString() == u"candidates") {
            candidates.append(signal.at(1).toInt());
        }
    }
    QCOMPARE(candidates, (QList<int>{0, 10, 20, 30}));
    // Every write went before the first read.
    bool readSeen = false;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        if (request.method == "GET" && request.path != u"/api/v1/health") {
            readSeen = true;
        }
        QVERIFY(!(readSeen && request.method == "POST"));
    }
}

void TestSyncEngine::oneRunAtATime()
{
    auto sync = engine();
    QList<QString> events;
    connect(sync.get(), &SyncEngine::runStarted, this,
            [&events] { events.append(QStringLiteral("start")); });
    connect(sync.get(), &SyncEngine::runFinished, this,
            [&events] { events.append(QStringLiteral("end")); });
    sync->syncNow();
    sync->syncNow(); // F5 during a run: one more run after it
    sync->syncNow(); // and not two more
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 4, 10000);
    QTest::qWait(200);
    QCOMPARE(events, (QList<QString>{QStringLiteral("start"), QStringLiteral("end"),
                                     QStringLiteral("start"), QStringLiteral("end")}));
}

void TestSyncEngine::runsOnATimer()
{
    auto sync = engine(150);
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 5000);
    QTRY_COMPARE(sync->connection().state(), ConnectionState::Online);
    sync->stop();
    const qsizetype runs = finished.size();
    QTest::qWait(400);
    QCOMPARE(finished.size(), runs);
}

void TestSyncEngine::refusedKey()
{
    enqueueTemplate(1);
    m_key = QStringLiteral("wrong");
    auto sync = engine();
    QSignalSpy keyNeeded(sync.get(), &SyncEngine::apiKeyNeeded);
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    sync->syncNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QCOMPARE(keyNeeded.size(), 1);
    QCOMPARE(pulled(QStringLiteral("candidates")), 0);

    // With no outbox rows the pull meets the 401 itself.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM outbox")));
    sync->syncNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(keyNeeded.size(), 2);
}

void TestSyncEngine::serverGone()
{
    auto sync = engine();
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    m_server->stop();
    sync->syncNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    // Offline is a state to show, reached from the health check.
    QSignalSpy checked(&sync->connection(), &ConnectionMonitor::checked);
    sync->connection().check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(sync->connection().state(), ConnectionState::Offline);
}

void TestSyncEngine::fullResyncPullsEverything()
{
    auto sync = engine();
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    sync->syncNow();
    QVERIFY(finished.wait(10000));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM pulled")));
    sync->syncNow(); // incremental: nothing new
    QVERIFY(finished.wait(10000));
    QCOMPARE(pulled(QStringLiteral("candidates")), 0);
    QVERIFY(sync->fullResync());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(pulled(QStringLiteral("candidates")), 30);
}

void TestSyncEngine::outboxGoesWhenConnectionReturns()
{
    // A long back-off (a minute) after the server failed: the row would wait...
    auto sync = engine(0, 60000);
    enqueueTemplate(1);
    m_server->faults().failNext(1, 503, QStringLiteral("/api/v1/message_templates"));
    m_server->faults().setHealth(Faults::Health::Down);
    QSignalSpy finished(sync.get(), &SyncEngine::runFinished);
    QSignalSpy checked(&sync->connection(), &ConnectionMonitor::checked);
    sync->connection().check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(sync->connection().state(), ConnectionState::Offline);
    sync->syncNow();
    QVERIFY(finished.wait(10000));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT status FROM outbox")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("failed"));

    // ...but the connection comes back, and it goes at once.
    m_server->faults().setHealth(Faults::Health::Ok);
    sync->connection().check();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->platform().count(QStringLiteral("message_templates")), 1,
                              5000);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
