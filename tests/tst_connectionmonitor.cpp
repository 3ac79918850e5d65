// The connection state from GET /api/v1/health and from the outcomes of other requests,
// against the real loopback server.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/sync/ConnectionMonitor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::Faults;
using bbd::testserver::TestServer;

Q_DECLARE_METATYPE(QList<bbd::NetworkJob::Error>)

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void healthDecides_data();
    void healthDecides();
    void outcomesBetweenChecks_data();
    void outcomesBetweenChecks();
    void checksOnATimer();
    void serverGoneIsOffline();
    void stateSurvivesRestart();

private:
    std::unique_ptr<ConnectionMonitor> monitor()
    {
        auto made = std::make_unique<ConnectionMonitor>(m_db->connection(), m_nam.get(),
                                                        m_server->baseUrl());
        made->setTimeout(300);
        return made;
    }
    ConnectionState stored() const
    {
        return ServiceHealthTable(m_db->connection()).load(QStringLiteral("platform")).state;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestConnectionMonitor::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("monitor-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestConnectionMonitor::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

void TestConnectionMonitor::healthDecides_data()
{
    QTest::addColumn<Faults::Health>("health");
    QTest::addColumn<ConnectionState>("state");
    QTest::newRow("ok") << Faults::Health::Ok << ConnectionState::Online;
    QTest::newRow("degraded") << Faults::Health::Degraded << ConnectionState::Degraded;
    QTest::newRow("down") << Faults::Health::Down << ConnectionState::Offline;
    QTest::newRow("silent") << Faults::Health::Silent << ConnectionState::Offline;
}

void TestConnectionMonitor::healthDecides()
{
    QFETCH(Faults::Health, health);
    QFETCH(ConnectionState, state);
    m_server->faults().setHealth(health);
    auto watcher = monitor();
    QCOMPARE(watcher->state(), ConnectionState::Unknown);
    QSignalSpy changed(watcher.get(), &ConnectionMonitor::stateChanged);
    QSignalSpy checked(watcher.get(), &ConnectionMonitor::checked);
    watcher->check();
    QVERIFY(watcher->isChecking());
    QVERIFY(checked.wait(5000));
    QCOMPARE(watcher->state(), state);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ConnectionState>(), state);
    QCOMPARE(stored(), state);
    QCOMPARE(watcher->detail().isEmpty(), state == ConnectionState::Online);

    // The same answer again changes nothing.
    m_server->faults().setHealth(health);
    watcher->check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(changed.size(), 1);
}

void TestConnectionMonitor::outcomesBetweenChecks_data()
{
    using E = NetworkJob::Error;
    using S = ConnectionState;
    QTest::addColumn<QList<NetworkJob::Error>>("outcomes");
    QTest::addColumn<QList<ConnectionState>>("changes");
    QTest::newRow("answered") << QList<E>{E::None} << QList<S>{S::Online};
    QTest::newRow("refused request is still an answer")
        << QList<E>{E::Client, E::Conflict, E::Unauthorized} << QList<S>{S::Online};
    QTest::newRow("5xx degrades") << QList<E>{E::None, E::Server, E::Server}
                                  << QList<S>{S::Online, S::Degraded};
    QTest::newRow("429 degrades") << QList<E>{E::RateLimited} << QList<S>{S::Degraded};
    QTest::newRow("one lost connection is a blip")
        << QList<E>{E::None, E::Network, E::None} << QList<S>{S::Online, S::Degraded};
    QTest::newRow("two in a row is offline") << QList<E>{E::None, E::Timeout, E::Network}
                                             << QList<S>{S::Online, S::Degraded, S::Offline};
    QTest::newRow("an answer brings it back") << QList<E>{E::Network, E::Network, E::None}
                                              << QList<S>{S::Degraded, S::Offline, S::Online};
    QTest::newRow("an answer between resets the count")
        << QList<E>{E::Network, E::Server, E::Network} << QList<S>{S::Degraded};
}

void TestConnectionMonitor::outcomesBetweenChecks()
{
    QFETCH(QList<NetworkJob::Error>, outcomes);
    QFETCH(QList<ConnectionState>, changes);
    auto watcher = monitor();
    QSignalSpy changed(watcher.get(), &ConnectionMonitor::stateChanged);
    for (NetworkJob::Error outcome : outcomes) {
        watcher->reportOutcome(outcome);
    }
    QList<ConnectionState> seen;
    for (const auto &signal : changed) {
        seen.append(signal.first().value<ConnectionState>());
    }
    QCOMPARE(seen, changes);
    QCOMPARE(stored(), changes.last());
}

void TestConnectionMonitor::checksOnATimer()
{
    auto watcher = monitor();
    watcher->setInterval(100);
    QSignalSpy changed(watcher.get(), &ConnectionMonitor::stateChanged);
    watcher->start();
    QTRY_COMPARE(watcher->state(), ConnectionState::Online);
    m_server->faults().setHealth(Faults::Health::Down);
    QTRY_COMPARE(watcher->state(), ConnectionState::Offline);
    m_server->faults().setHealth(Faults::Health::Ok);
    QTRY_COMPARE(watcher->state(), ConnectionState::Online);
    QCOMPARE(changed.size(), 3);
    watcher->stop();
    m_server->faults().setHealth(Faults::Health::Down);
    QTest::qWait(300);
    QCOMPARE(watcher->state(), ConnectionState::Online);
}

void TestConnectionMonitor::serverGoneIsOffline()
{
    auto watcher = monitor();
    QSignalSpy checked(watcher.get(), &ConnectionMonitor::checked);
    watcher->check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(watcher->state(), ConnectionState::Online);
    m_server->stop();
    watcher->check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(watcher->state(), ConnectionState::Offline);
    QVERIFY(!watcher->detail().isEmpty());
}

void TestConnectionMonitor::stateSurvivesRestart()
{
    {
        auto watcher = monitor();
        watcher->reportOutcome(NetworkJob::Error::Server);
        QCOMPARE(watcher->state(), ConnectionState::Degraded);
    }
    // The next start shows the last known state until the first answer.
    auto watcher = monitor();
    QCOMPARE(watcher->state(), ConnectionState::Degraded);
    QSignalSpy checked(watcher.get(), &ConnectionMonitor::checked);
    watcher->check();
    QVERIFY(checked.wait(5000));
    QCOMPARE(watcher->state(), ConnectionState::Online);
    QCOMPARE(stored(), ConnectionState::Online);
}

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
