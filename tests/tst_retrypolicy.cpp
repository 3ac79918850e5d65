// RetryPolicy is pure: a fixed clock and a scripted random source give exact numbers.
#include "app/sync/RetryPolicy.h"

#include <QStandardPaths>
#include <QTest>

using namespace bbd;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

RetryPolicy policy(double pick, RetryPolicy::Limits limits = {1000, 2000, 3600000})
{
    return RetryPolicy(
        limits, [] { return kNow; }, [pick] { return pick; });
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void ceilingDoublesUpToCap_data();
    void ceilingDoublesUpToCap();
    void jitterPicksInsideTheWindow_data();
    void jitterPicksInsideTheWindow();
    void retryAfterIsAFloor_data();
    void retryAfterIsAFloor();
    void failuresGrowAndSuccessResets();
    void waitingFollowsTheClock();
    void picksSpreadOut();
};

void TestRetryPolicy::ceilingDoublesUpToCap_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("ceilingMs");
    QTest::newRow("first failure") << 0 << qint64(2000);
    QTest::newRow("second") << 1 << qint64(4000);
    QTest::newRow("fifth") << 4 << qint64(32000);
    QTest::newRow("eleventh") << 10 << qint64(2048000);
    QTest::newRow("capped") << 11 << qint64(3600000);
    QTest::newRow("far beyond") << 1000 << qint64(3600000);
    QTest::newRow("negative step") << -3 << qint64(2000);
}

void TestRetryPolicy::ceilingDoublesUpToCap()
{
    QFETCH(int, step);
    QFETCH(qint64, ceilingMs);
    QCOMPARE(policy(0.5).ceilingMs(step), ceilingMs);
}

void TestRetryPolicy::jitterPicksInsideTheWindow_data()
{
    QTest::addColumn<double>("pick");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("delayMs");
    // Full jitter: pick * ceiling, never under the floor, never over the ceiling.
    QTest::newRow("middle, first") << 0.5 << 0 << qint64(1000);
    QTest::newRow("middle, third") << 0.5 << 2 << qint64(4000);
    QTest::newRow("zero is floored") << 0.0 << 3 << qint64(1000);
    QTest::newRow("almost one") << 0.999 << 3 << qint64(15984);
    QTest::newRow("out of range is clamped") << 7.0 << 1 << qint64(4000);
    QTest::newRow("capped window") << 0.25 << 30 << qint64(900000);
}

void TestRetryPolicy::jitterPicksInsideTheWindow()
{
    QFETCH(double, pick);
    QFETCH(int, step);
    QFETCH(qint64, delayMs);
    const RetryPolicy retry = policy(pick);
    QCOMPARE(retry.delayMs(step), delayMs);
    QCOMPARE(retry.nextAttempt(step), kNow.addMSecs(delayMs));
}

void TestRetryPolicy::retryAfterIsAFloor_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<qint64>("waitMs");
    QTest::newRow("none") << -1 << qint64(1000);
    QTest::newRow("shorter than back-off") << 0 << qint64(1000);
    QTest::newRow("longer than back-off") << 30 << qint64(30000);
    // The server knows best, even beyond our cap.
    QTest::newRow("beyond the cap") << 7200 << qint64(7200000);
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    QFETCH(int, retryAfter);
    QFETCH(qint64, waitMs);
    QCOMPARE(policy(0.5).nextAttempt(0, retryAfter), kNow.addMSecs(waitMs));
}

void TestRetryPolicy::failuresGrowAndSuccessResets()
{
    const RetryPolicy retry = policy(1.0);
    RetryPolicy::State state;
    QList<qint64> waits;
    for (int i = 0; i < 6; ++i) {
        state = retry.afterFailure(state);
        waits.append(kNow.msecsTo(state.until));
    }
    QCOMPARE(state.step, 6);
    QCOMPARE(waits, (QList<qint64>{2000, 4000, 8000, 16000, 32000, 64000}));
    state = RetryPolicy::afterSuccess();
    QCOMPARE(state.step, 0);
    QVERIFY(!state.until.isValid());
    QVERIFY(!retry.isWaiting(state));
}

void TestRetryPolicy::waitingFollowsTheClock()
{
    QDateTime now = kNow;
    const RetryPolicy retry(
        {1000, 2000, 60000}, [&now] { return now; }, [] { return 1.0; });
    const RetryPolicy::State state = retry.afterFailure({}, 10);
    QCOMPARE(state.until, kNow.addSecs(10));
    QVERIFY(retry.isWaiting(state));
    now = now.addMSecs(9999);
    QVERIFY(retry.isWaiting(state));
    now = now.addMSecs(1);
    QVERIFY(!retry.isWaiting(state));
}

void TestRetryPolicy::picksSpreadOut()
{
    // With the real random source, clients failing together come back apart.
    const RetryPolicy retry;
    QSet<qint64> delays;
    for (int i = 0; i < 50; ++i) {
        const qint64 delay = retry.delayMs(5);
        QVERIFY(delay >= retry.limits().floorMs && delay <= retry.ceilingMs(5));
        delays.insert(delay);
    }
    QVERIFY2(delays.size() > 40, QByteArray::number(delays.size()));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
