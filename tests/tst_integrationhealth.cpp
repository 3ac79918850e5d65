// The integration health data and its table model: every known service listed, its state
// derived from what the sync tables recorded, latency percentiles over the last 100 calls, the
// outbox counts per service, and "not configured" for a service without an address.
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/IntegrationHealth.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/ServiceHealth.h"
#include "models/IntegrationHealthModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using State = IntegrationHealthRow::State;

class TestIntegrationHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void listsEveryService();
    void state_data();
    void state();
    void latencyOverTheLastHundredCalls();
    void outboxCountsPerService();
    void configuredFromSettings();
    void model();
    void modelKeepsRowsOnRefresh();

private:
    IntegrationHealthRow row(const QString &service, bool configured = true) const;
    void enqueue(const QString &service, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void TestIntegrationHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("health-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestIntegrationHealth::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

IntegrationHealthRow TestIntegrationHealth::row(const QString &service, bool configured) const
{
    const auto rows = integrationHealth::load(m_db->connection(),
                                              [configured](const QString &) { return configured; });
    for (const IntegrationHealthRow &row : rows) {
        if (row.service == service) {
            return row;
        }
    }
    return {};
}

void TestIntegrationHealth::enqueue(const QString &service, int n)
{
    for (int i = 0; i < n; ++i) {
        QString error;
        QVERIFY2(enqueueOutbox(m_db->connection(),
                               {service, QStringLiteral("POST"), QStringLiteral("/x"), "{}",
                                QStringLiteral("thing"), i + 1, QString()},
                               &error) > 0,
                 qPrintable(error));
    }
}

void TestIntegrationHealth::listsEveryService()
{
    const auto rows =
        integrationHealth::load(m_db->connection(), [](const QString &) { return true; });
    QStringList services;
    for (const IntegrationHealthRow &row : rows) {
        services << row.service;
        QCOMPARE(row.state, State::Unknown);
        QCOMPARE(row.calls, 0);
        QVERIFY(!row.lastSuccessAt.isValid());
    }
    QCOMPARE(services, (QStringList{QStringLiteral("platform"), QStringLiteral("jira"),
                                    QStringLiteral("zoom"), QStringLiteral("graph"),
                                    QStringLiteral("slack"), QStringLiteral("hh")}));
    QCOMPARE(integrationHealth::knownServices(), services);
}

void TestIntegrationHealth::state_data()
{
    QTest::addColumn<QString>("stored"); // the state a monitor saved; empty: none
    QTest::addColumn<int>("failures");   // after one success
    QTest::addColumn<bool>("configured");
    QTest::addColumn<int>("expected");

    QTest::newRow("never called") << QString() << -1 << true << int(State::Unknown);
    QTest::newRow("last call worked") << QString() << 0 << true << int(State::Online);
    QTest::newRow("failing since") << QString() << 2 << true << int(State::Degraded);
    QTest::newRow("monitor says offline")
        << QStringLiteral("offline") << 0 << true << int(State::Offline);
    QTest::newRow("monitor says degraded")
        << QStringLiteral("degraded") << 0 << true << int(State::Degraded);
    QTest::newRow("not configured wins")
        << QStringLiteral("online") << 3 << false << int(State::NotConfigured);
}

void TestIntegrationHealth::state()
{
    QFETCH(QString, stored);
    QFETCH(int, failures);
    QFETCH(bool, configured);
    QFETCH(int, expected);
    ServiceHealthTable table(m_db->connection());
    const QString service = QStringLiteral("jira");
    if (failures >= 0) {
        QVERIFY(table.recordSuccess(service, m_t0));
    }
    for (int i = 0; i < failures; ++i) {
        QVERIFY(table.recordFailure(service, m_t0.addSecs(60 + i),
                                    QStringLiteral("The server answered 502 Bad Gateway."), {}));
    }
    if (!stored.isEmpty()) {
        QVERIFY(table.saveState(service, ServiceHealthTable::stateFromName(stored), m_t0));
    }
    const IntegrationHealthRow health = row(service, configured);
    QCOMPARE(int(health.state), expected);
    QCOMPARE(health.configured, configured);
    QCOMPARE(health.errorCount, qMax(0, failures));
    if (failures > 0) {
        QCOMPARE(health.lastError, QStringLiteral("The server answered 502 Bad Gateway."));
        QCOMPARE(health.lastFailureAt, m_t0.addSecs(60 + failures - 1));
    }
    if (failures >= 0) {
        QCOMPARE(health.lastSuccessAt, m_t0);
    }
    // Other services are untouched.
    QCOMPARE(row(QStringLiteral("zoom")).state, State::Unknown);
}

void TestIntegrationHealth::latencyOverTheLastHundredCalls()
{
    ServiceHealthTable table(m_db->connection());
    // 20 slow calls that fall out of the window, then 1..100 ms, every tenth failing.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(table.recordCall(QStringLiteral("hh"), m_t0, 99999, 0, QStringLiteral("x")));
    }
    for (int ms = 1; ms <= 100; ++ms) {
        QVERIFY(table.recordCall(QStringLiteral("hh"), m_t0.addSecs(ms), ms, 200,
                                 ms % 10 == 0 ? QStringLiteral("500") : QString()));
    }
    const IntegrationHealthRow hh = row(QStringLiteral("hh"));
    QCOMPARE(hh.calls, 100);
    QCOMPARE(hh.failures, 10);
    QCOMPARE(hh.p50Ms, 50);
    QCOMPARE(hh.p95Ms, 95);
    QCOMPARE(row(QStringLiteral("slack")).calls, 0);
}

void TestIntegrationHealth::outboxCountsPerService()
{
    enqueue(QStringLiteral("jira"), 3);
    enqueue(QStringLiteral("slack"), 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(
        sql::run(query, QStringLiteral("UPDATE outbox SET status = 'failed', last_error = 'bad' "
                                       "WHERE service = 'jira' AND entity_id = 1")));
    QVERIFY(sql::run(query, QStringLiteral("UPDATE outbox SET status = 'conflict' WHERE "
                                           "service = 'jira' AND entity_id = 2")));
    QVERIFY(sql::run(query, QStringLiteral("UPDATE outbox SET status = 'sent' WHERE service = "
                                           "'slack'")));
    const IntegrationHealthRow jira = row(QStringLiteral("jira"));
    QCOMPARE(jira.pending, 1);
    QCOMPARE(jira.failed, 1);
    QCOMPARE(jira.conflicts, 1);
    const IntegrationHealthRow slack = row(QStringLiteral("slack"));
    QCOMPARE(slack.pending + slack.failed + slack.conflicts, 0);
}

void TestIntegrationHealth::configuredFromSettings()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServiceUrl(QStringLiteral("hh"), QUrl(QStringLiteral("https://api.hh.ru")));
    settings.setServiceUrl(QStringLiteral("jira"),
                           QUrl(QStringLiteral("https://acme.atlassian.net")));
    const auto rows = integrationHealth::load(m_db->connection(), settings);
    QHash<QString, bool> configured;
    for (const IntegrationHealthRow &row : rows) {
        configured.insert(row.service, row.configured);
        QCOMPARE(row.state == State::NotConfigured, !row.configured);
    }
    QVERIFY(configured.value(QStringLiteral("platform"))); // has a default address
    QVERIFY(configured.value(QStringLiteral("hh")));
    QVERIFY(configured.value(QStringLiteral("jira")));
    QVERIFY(!configured.value(QStringLiteral("zoom")));
    QVERIFY(!configured.value(QStringLiteral("graph")));
    QVERIFY(!configured.value(QStringLiteral("slack")));
}

void TestIntegrationHealth::model()
{
    ServiceHealthTable table(m_db->connection());
    QVERIFY(table.recordFailure(QStringLiteral("hh"), m_t0,
                                QStringLiteral("hh.ru refused the token."), {}));
    QVERIFY(table.recordCall(QStringLiteral("hh"), m_t0, 120, 403,
                             QStringLiteral("hh.ru refused the token.")));
    enqueue(QStringLiteral("hh"), 2);
    IntegrationHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows(integrationHealth::load(
        m_db->connection(), [](const QString &service) { return service != u"zoom"; }));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(IntegrationHealthModel::ColumnCount));
    const int hh = 5;
    const auto text = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    QCOMPARE(text(hh, IntegrationHealthModel::Service), QStringLiteral("hh.ru"));
    QCOMPARE(model.data(model.index(hh, 0), IntegrationHealthModel::ServiceKeyRole).toString(),
             QStringLiteral("hh"));
    QCOMPARE(text(hh, IntegrationHealthModel::State),
             IntegrationHealthModel::stateText(State::Degraded));
    QCOMPARE(text(hh, IntegrationHealthModel::LastError),
             QStringLiteral("hh.ru refused the token."));
    QVERIFY(!text(hh, IntegrationHealthModel::LastErrorAt).isEmpty());
    QCOMPARE(text(hh, IntegrationHealthModel::Errors), QStringLiteral("1"));
    QVERIFY(text(hh, IntegrationHealthModel::P50).contains(u"120"));
    QVERIFY(text(hh, IntegrationHealthModel::Calls).startsWith(u"1"));
    QVERIFY(text(hh, IntegrationHealthModel::Outbox).startsWith(u"2"));
    QCOMPARE(
        model.data(model.index(hh, IntegrationHealthModel::P95), IntegrationHealthModel::SortRole)
            .toLongLong(),
        120);
    QCOMPARE(text(2, IntegrationHealthModel::State),
             IntegrationHealthModel::stateText(State::NotConfigured));
    QCOMPARE(text(1, IntegrationHealthModel::LastSuccess), QStringLiteral("Never"));
    QVERIFY(text(1, IntegrationHealthModel::P50).isEmpty()); // no calls, no latency
    QVERIFY(!model.headerData(IntegrationHealthModel::P95, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.rowAt(hh).errorCount, 1);
}

void TestIntegrationHealth::modelKeepsRowsOnRefresh()
{
    IntegrationHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto all = [](const QString &) {
        return true;
    };
    model.setRows(integrationHealth::load(m_db->connection(), all));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ServiceHealthTable(m_db->connection()).recordSuccess(QStringLiteral("slack"), m_t0);
    model.setRows(integrationHealth::load(m_db->connection(), all));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(4, IntegrationHealthModel::State)).toString(),
             IntegrationHealthModel::stateText(State::Online));
    model.setRows({});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestIntegrationHealth)
#include "tst_integrationhealth.moc"
