// Storms against the loopback server: a connection cut in the middle of an answer, a run of
// 500s, a run of 429s with Retry-After, malformed JSON, each on the outbox's writes and on the
// pull's pages. For each: every run ends (no crash, no run left hanging), the failure shows
// where a person looks (the outbox row's last_error, service_health's last_error, the
// connection state), and once the server behaves the engine recovers by itself, with no
// "Retry" from anyone: every local write on the server exactly once, every server record
// pulled.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/ServiceHealth.h"
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
using bbd::testserver::TestServer;

namespace {
constexpr int Writes = 5;
constexpr int ServerCandidates = 40;
} // namespace

class TestSyncStorms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void storm_data();
    void storm();

private:
    std::unique_ptr<SyncEngine> engine();
    // One run from syncNow() to runFinished; false when the run never ended.
    bool run(SyncEngine &sync, bool *ok = nullptr, QString *message = nullptr);
    int scalar(const QString &sql) const;
    int pulled(const QString &resource) const;
    int postsReceived() const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_skewMs = 0; // the injected clock runs this far ahead of the wall clock
};

void TestSyncStorms::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey("storm-key");
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->platform().seedCandidates(ServerCandidates);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("storm-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_skewMs = 0;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE pulled (resource TEXT NOT NULL, id TEXT NOT "
                                      "NULL, PRIMARY KEY (resource, id))")));
    // Local edits waiting for the server, as the app writes them: in a transaction.
    Transaction transaction(m_db->connection());
    for (int i = 0; i < Writes; ++i) {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Storm %1").arg(i)},
                               {QStringLiteral("channel"), QStringLiteral("email")},
                               {QStringLiteral("subject"), QStringLiteral("Hello")},
                               {QStringLiteral("body"), QStringLiteral("Hi")}};
        QString error;
        QVERIFY2(enqueueOutbox(m_db->connection(),
                               {QStringLiteral("platform"), QStringLiteral("POST"),
                                QStringLiteral("/api/v1/message_templates"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                QStringLiteral("message_template"), i + 1, QString()},
                               &error) > 0,
                 qPrintable(error));
    }
    QVERIFY(transaction.commit());
}

void TestSyncStorms::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

std::unique_ptr<SyncEngine> TestSyncStorms::engine()
{
    SyncEngine::Options options;
    options.baseUrl = m_server->baseUrl();
    options.intervalMs = 0; // runs only when the test asks: each one is counted
    options.timeoutMs = 3000;
    options.pageSize = 10;
    auto made = std::make_unique<SyncEngine>(
        m_db->connection(), m_nam.get(), [] { return QStringLiteral("storm-key"); },
        RetryPolicy(
            {10, 10, 80}, [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_skewMs); },
            [] { return 1.0; }),
        options);
    made->connection().setTimeout(1000);
    for (const QString &resource :
         {QStringLiteral("candidates"), QStringLiteral("message_templates")}) {
        made->addResource(resource, [this, resource](const QJsonArray &items, QString *error) {
            QSqlQuery query(m_db->connection());
            for (const QJsonValue &item : items) {
                if (!sql::run(query,
                              QStringLiteral("INSERT OR REPLACE INTO pulled (resource, id) "
                                             "VALUES (?, ?)"),
                              {resource, item.toObject().value(u"id").toString()})) {
                    *error = query.lastError().text();
                    return false;
                }
            }
            return true;
        });
    }
    return made;
}

bool TestSyncStorms::run(SyncEngine &sync, bool *ok, QString *message)
{
    QSignalSpy finished(&sync, &SyncEngine::runFinished);
    sync.syncNow();
    // A run with nothing to do (everything waiting out a back-off) ends inside syncNow().
    if ((finished.isEmpty() && !finished.wait(15000)) || sync.isRunning()) {
        return false;
    }
    if (ok) {
        *ok = finished.first().at(0).toBool();
    }
    if (message) {
        *message = finished.first().at(1).toString();
    }
    return true;
}

int TestSyncStorms::scalar(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int TestSyncStorms::pulled(const QString &resource) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT COUNT(*) FROM pulled WHERE resource = ?"),
                    {resource}) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

int TestSyncStorms::postsReceived() const
{
    int posts = 0;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        posts += request.method == "POST" ? 1 : 0;
    }
    return posts;
}

void TestSyncStorms::storm_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("onWrites"); // else on the pull's pages
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("cut mid-page") << QStringLiteral("cut") << 1 << false << 0;
    QTest::newRow("cut mid-answer to a write") << QStringLiteral("cut") << 1 << true << 0;
    QTest::newRow("500 storm on writes") << QStringLiteral("fail") << 8 << true << 0;
    QTest::newRow("500 storm on pages") << QStringLiteral("fail") << 8 << false << 0;
    QTest::newRow("429 storm on writes") << QStringLiteral("throttle") << 5 << true << 30;
    QTest::newRow("429 storm on pages") << QStringLiteral("throttle") << 5 << false << 30;
    QTest::newRow("malformed page") << QStringLiteral("malform") << 1 << false << 0;
    QTest::newRow("malformed answer to a write") << QStringLiteral("malform") << 1 << true << 0;
}

void TestSyncStorms::storm()
{
    QFETCH(QString, fault);
    QFETCH(int, count);
    QFETCH(bool, onWrites);
    QFETCH(int, retryAfter);

    auto sync = engine();
    // Online first, so that a degraded state afterwards can only come from the storm.
    QSignalSpy checked(&sync->connection(), &ConnectionMonitor::checked);
    sync->connection().check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(sync->connection().state(), ConnectionState::Online);

    const QString prefix = onWrites ? QStringLiteral("/api/v1/message_templates")
                                    : QStringLiteral("/api/v1/candidates");
    auto &faults = m_server->faults();
    if (fault == u"cut") {
        faults.cutNext(count, prefix);
    } else if (fault == u"fail") {
        faults.failNext(count, 500, prefix);
    } else if (fault == u"throttle") {
        faults.throttleNext(count, retryAfter, prefix);
    } else {
        faults.malformNext(count, prefix);
    }

    // What the Outbox and health views show at the moment a write fails. Read then, because
    // with a short back-off the dispatcher may already have retried by itself (successfully)
    // by the time the run is over.
    struct Seen
    {
        QString status;
        QString lastError;
        QDateTime nextAttempt;
        ServiceHealth health;
    };
    QList<Seen> seen;
    ServiceHealthTable health(m_db->connection());
    connect(&sync->outbox(), &OutboxDispatcher::itemFailed, this,
            [&](qint64 id, const QString &, bool willRetry) {
                QVERIFY(willRetry); // every storm here is one the engine rides out by itself
                QSqlQuery query(m_db->connection());
                QVERIFY(sql::run(query,
                                 QStringLiteral("SELECT status, last_error, next_attempt_at "
                                                "FROM outbox WHERE id = ?"),
                                 {id}));
                QVERIFY(query.next());
                seen.append({query.value(0).toString(), query.value(1).toString(),
                             ServiceHealthTable::timeFromText(query.value(2).toString()),
                             health.load(QStringLiteral("platform"))});
            });

    // The first run meets the fault: it ends, and says so where a person looks.
    bool ok = true;
    QString message;
    QVERIFY2(run(*sync, &ok, &message), "the run never ended");
    QVERIFY(faults.pending() < count); // the fault was met, not skipped
    if (onWrites) {
        QVERIFY2(!seen.isEmpty(), "no outbox row told what happened");
        const Seen &first = seen.first();
        QCOMPARE(first.status, QStringLiteral("failed"));
        QVERIFY(!first.lastError.isEmpty());
        QVERIFY(first.nextAttempt.isValid()); // retried by itself, not left for a person
        QCOMPARE(first.health.lastError, first.lastError);
        QVERIFY(first.health.errorCount >= 1);
        if (retryAfter > 0) {
            // Retry-After is honoured: nothing goes before it, even on F5.
            const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_skewMs);
            QVERIFY(first.nextAttempt >= now.addSecs(retryAfter - 2));
            QVERIFY(first.health.backoff.until >= now.addSecs(retryAfter - 2));
            const int posts = postsReceived();
            QVERIFY(run(*sync));
            QTest::qWait(100);
            QCOMPARE(postsReceived(), posts);
        }
    } else {
        QVERIFY(!ok);
        QVERIFY(!message.isEmpty());
        // The health view's platform row tells of the failed page.
        const ServiceHealth platform = health.load(QStringLiteral("platform"));
        QVERIFY(!platform.lastError.isEmpty());
        QVERIFY(platform.lastFailureAt.isValid());
        QVERIFY(health.callStats(QStringLiteral("platform")).failures >= 1);
        // Pulls wait too, and a 429's Retry-After holds even when the user presses F5.
        const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_skewMs);
        QVERIFY(sync->pullsWaitUntil() > now);
        if (retryAfter > 0) {
            QVERIFY(sync->pullsWaitUntil() >= now.addSecs(retryAfter - 2));
            const auto pageRequests = [this] {
                int gets = 0;
                for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
                    gets += request.method == "GET" && request.path.startsWith(u"/api/v1/c") ? 1 : 0;
                }
                return gets;
            };
            const int before = pageRequests();
            QVERIFY(run(*sync, &ok, &message));
            QVERIFY(!ok);
            QVERIFY2(message.contains(QStringLiteral("wait")), qPrintable(message));
            QCOMPARE(pageRequests(), before);
        }
    }
    QVERIFY2(sync->connection().state() == ConnectionState::Degraded ||
                 sync->connection().state() == ConnectionState::Offline,
             qPrintable(ServiceHealthTable::stateName(sync->connection().state())));

    // The storm passes. Time moves on (the injected clock), runs come as the timer would
    // start them, and nobody presses Retry.
    int runs = 0;
    for (; runs < 4 * count + 4; ++runs) {
        m_skewMs += (retryAfter + 1) * 1000 + 2 * 3600 * 1000;
        QVERIFY2(run(*sync, &ok, &message), "a run never ended");
        if (ok && faults.pending() == 0 &&
            scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) == 0) {
            break;
        }
    }
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(faults.pending(), 0);
    QVERIFY(runs < 4 * count + 4);

    // Every local write on the server exactly once, whatever was retried or replayed.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), Writes);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), Writes);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), Writes);
    // Every server record pulled.
    QCOMPARE(pulled(QStringLiteral("candidates")),
             m_server->platform().count(QStringLiteral("candidates")));
    QCOMPARE(pulled(QStringLiteral("candidates")), ServerCandidates);
    QCOMPARE(pulled(QStringLiteral("message_templates")), Writes);
    // And the connection is shown as working again after the next health check.
    sync->connection().check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(sync->connection().state(), ConnectionState::Online);
    if (onWrites) {
        QCOMPARE(health.load(QStringLiteral("platform")).errorCount, 0);
    }
}

QTEST_GUILESS_MAIN(TestSyncStorms)
#include "tst_syncstorms.moc"
