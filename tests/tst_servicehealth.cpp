// service_health and service_calls as the sync engine keeps them.
#include "app/storage/Database.h"
#include "app/sync/ServiceHealth.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0, 0, 250), Qt::UTC);
}

class TestServiceHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }

    void unknownServiceIsFresh();
    void failuresCountUntilSuccess();
    void stateKeepsTheRest();
    void outcomeLeavesTheBackoff();
    void callsKeepTheLastHundred();
    void percentiles_data();
    void percentiles();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestServiceHealth::init()
{
    m_db = std::make_unique<Database>(QStringLiteral("health-test"));
    QFile::remove(m_dir.filePath(QStringLiteral("app.sqlite")));
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestServiceHealth::unknownServiceIsFresh()
{
    const ServiceHealth health = ServiceHealthTable(m_db->connection()).load(QStringLiteral("x"));
    QCOMPARE(health.state, ConnectionState::Unknown);
    QCOMPARE(health.errorCount, 0);
    QCOMPARE(health.backoff.step, 0);
    QVERIFY(!health.backoff.until.isValid());
}

void TestServiceHealth::failuresCountUntilSuccess()
{
    ServiceHealthTable table(m_db->connection());
    QVERIFY(table.recordFailure(QStringLiteral("jira"), kAt, QStringLiteral("boom"),
                                {1, kAt.addSecs(2)}));
    QVERIFY(table.recordFailure(QStringLiteral("jira"), kAt.addSecs(3), QStringLiteral("again"),
                                {2, kAt.addSecs(7)}));
    ServiceHealth health = table.load(QStringLiteral("jira"));
    QCOMPARE(health.errorCount, 2);
    QCOMPARE(health.lastError, QStringLiteral("again"));
    QCOMPARE(health.lastFailureAt, kAt.addSecs(3)); // milliseconds survive the round trip
    QCOMPARE(health.backoff.step, 2);
    QCOMPARE(health.backoff.until, kAt.addSecs(7));
    QVERIFY(table.recordSuccess(QStringLiteral("jira"), kAt.addSecs(10)));
    health = table.load(QStringLiteral("jira"));
    QCOMPARE(health.errorCount, 0);
    QCOMPARE(health.backoff.step, 0);
    QVERIFY(!health.backoff.until.isValid());
    QCOMPARE(health.lastSuccessAt, kAt.addSecs(10));
    QCOMPARE(health.lastError, QStringLiteral("again")); // kept for the health view
    // Other services are apart.
    QCOMPARE(table.load(QStringLiteral("zoom")).errorCount, 0);
}

void TestServiceHealth::outcomeLeavesTheBackoff()
{
    // A write earned a back-off (a 429 with Retry-After); a pull's pages keep coming.
    ServiceHealthTable table(m_db->connection());
    QVERIFY(table.recordFailure(QStringLiteral("platform"), kAt, QStringLiteral("slow down"),
                                {1, kAt.addSecs(30)}));
    QVERIFY(table.recordOutcome(QStringLiteral("platform"), kAt.addSecs(1), 40, 200, QString()));
    ServiceHealth health = table.load(QStringLiteral("platform"));
    QCOMPARE(health.lastSuccessAt, kAt.addSecs(1));
    QCOMPARE(health.errorCount, 0);
    QCOMPARE(health.backoff.step, 1);
    QCOMPARE(health.backoff.until, kAt.addSecs(30));
    QVERIFY(table.recordOutcome(QStringLiteral("platform"), kAt.addSecs(2), 900, 502,
                                QStringLiteral("bad gateway")));
    health = table.load(QStringLiteral("platform"));
    QCOMPARE(health.lastError, QStringLiteral("bad gateway"));
    QCOMPARE(health.lastFailureAt, kAt.addSecs(2));
    QCOMPARE(health.errorCount, 1);
    QCOMPARE(health.backoff.until, kAt.addSecs(30));
    const CallStats stats = table.callStats(QStringLiteral("platform"));
    QCOMPARE(stats.calls, 2);
    QCOMPARE(stats.failures, 1);
    QCOMPARE(stats.p95Ms, 900);
    // A service never called before gets its row.
    QVERIFY(table.recordOutcome(QStringLiteral("hh"), kAt, 5, 0, QStringLiteral("no route")));
    QCOMPARE(table.load(QStringLiteral("hh")).errorCount, 1);
}

void TestServiceHealth::stateKeepsTheRest()
{
    ServiceHealthTable table(m_db->connection());
    QVERIFY(table.recordFailure(QStringLiteral("platform"), kAt, QStringLiteral("e"),
                                {3, kAt.addSecs(60)}));
    QVERIFY(table.saveState(QStringLiteral("platform"), ConnectionState::Offline, kAt));
    const ServiceHealth health = table.load(QStringLiteral("platform"));
    QCOMPARE(health.state, ConnectionState::Offline);
    QCOMPARE(health.backoff.step, 3);
    QCOMPARE(health.errorCount, 1);
}

void TestServiceHealth::callsKeepTheLastHundred()
{
    ServiceHealthTable table(m_db->connection());
    for (int i = 0; i < 130; ++i) {
        QVERIFY(table.recordCall(QStringLiteral("graph"), kAt, i, i < 20 ? 503 : 202,
                                 i < 20 ? QStringLiteral("down") : QString()));
    }
    QVERIFY(table.recordCall(QStringLiteral("slack"), kAt, 5, 200, {}));
    const CallStats graph = table.callStats(QStringLiteral("graph"));
    QCOMPARE(graph.calls, ServiceHealthTable::KeptCalls);
    QCOMPARE(graph.failures, 0); // the 20 failures were the oldest and are gone
    QCOMPARE(graph.p50Ms, qint64(79));
    QCOMPARE(table.callStats(QStringLiteral("slack")).calls, 1);
}

void TestServiceHealth::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("latencies");
    QTest::addColumn<qint64>("p50");
    QTest::addColumn<qint64>("p95");
    QTest::newRow("none") << QList<qint64>{} << qint64(0) << qint64(0);
    QTest::newRow("one") << QList<qint64>{42} << qint64(42) << qint64(42);
    QTest::newRow("two") << QList<qint64>{10, 30} << qint64(10) << qint64(30);
    QList<qint64> hundred;
    for (int i = 100; i >= 1; --i) {
        hundred.append(i);
    }
    QTest::newRow("1..100 backwards") << hundred << qint64(50) << qint64(95);
}

void TestServiceHealth::percentiles()
{
    QFETCH(QList<qint64>, latencies);
    QFETCH(qint64, p50);
    QFETCH(qint64, p95);
    ServiceHealthTable table(m_db->connection());
    for (qint64 latency : latencies) {
        QVERIFY(table.recordCall(QStringLiteral("zoom"), kAt, latency, 201, {}));
    }
    const CallStats stats = table.callStats(QStringLiteral("zoom"));
    QCOMPARE(stats.calls, int(latencies.size()));
    QCOMPARE(stats.p50Ms, p50);
    QCOMPARE(stats.p95Ms, p95);
}

QTEST_GUILESS_MAIN(TestServiceHealth)
#include "tst_servicehealth.moc"
