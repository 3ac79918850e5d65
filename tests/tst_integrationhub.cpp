// IntegrationHub against the loopback server's Jira, Zoom, Graph and Slack mocks: each service
// gets its own way of sending its secret, a Slack webhook's address never reaches the outbox
// table, a Zoom meeting's join link lands on its stage, and a 5xx is retried into exactly one
// delivery.
#include "MemoryCredentialStore.h"
#include "TestServer.h"
#include "app/integrations/GraphConnector.h"
#include "app/integrations/IntegrationHub.h"
#include "app/integrations/JiraConnector.h"
#include "app/integrations/SlackConnector.h"
#include "app/integrations/StageActions.h"
#include "app/integrations/ZoomConnector.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/ApiKeyCache.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {

using MemoryStore = bbd::testsupport::MemoryCredentialStore;

const QString kSlackSecret = QStringLiteral("/slack/webhook/T0001/B0002/s3cretXYZ");

QString suffixFor(const QString &service)
{
    if (service == u"zoom") {
        return QStringLiteral("/v2");
    }
    if (service == u"graph") {
        return QStringLiteral("/v1.0");
    }
    return {};
}

OutboxItem itemFor(const QString &service)
{
    if (service == u"jira") {
        JiraIssue issue;
        issue.projectKey = QStringLiteral("ONB");
        issue.summary = QStringLiteral("Check the documents");
        issue.description = QStringLiteral("Alina finished the stage.");
        return issue.outboxItem(QStringLiteral("assignment_stage"), 1);
    }
    if (service == u"zoom") {
        ZoomMeeting meeting;
        meeting.topic = QStringLiteral("Welcome");
        meeting.start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        meeting.invitees = {QStringLiteral("alina@example.com")};
        return meeting.outboxItem(QStringLiteral("note"), 1);
    }
    if (service == u"graph") {
        GraphMail mail;
        mail.subject = QStringLiteral("Welcome");
        mail.body = QStringLiteral("Hello");
        mail.to = {QStringLiteral("alina@example.com")};
        return mail.outboxItem(QStringLiteral("candidate"), 1);
    }
    SlackMessage message;
    message.text = QStringLiteral("Alina finished the stage.");
    return message.outboxItem(QStringLiteral("assignment_stage"), 1);
}

} // namespace

class TestIntegrationHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void authPerService_data();
    void authPerService();
    void slackSecretNeverStored();
    void missingSecretAsksForIt_data();
    void missingSecretAsksForIt();
    void serverErrorThenOneDelivery_data();
    void serverErrorThenOneDelivery();
    void zoomJoinUrlSavedOnStage();
    void vendorErrorsReachTheUser_data();
    void vendorErrorsReachTheUser();
    void configuredServicesFollowSettings();

private:
    void configure(const QString &service, const QString &secret);
    qint64 enqueue(const OutboxItem &item);
    std::unique_ptr<IntegrationHub> hub();
    QString rowStatus(qint64 id, int *attempts = nullptr) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    MemoryStore m_store;
};

void TestIntegrationHub::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("hub-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store.secrets.clear();
}

void TestIntegrationHub::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

void TestIntegrationHub::configure(const QString &service, const QString &secret)
{
    const QUrl url(m_server->baseUrl().toString() + suffixFor(service));
    m_settings->setServiceUrl(service, url);
    if (!secret.isEmpty()) {
        m_store.secrets.insert(
            CredentialStore::entryName(IntegrationHub::credentialKey(service, url)), secret);
    }
}

qint64 TestIntegrationHub::enqueue(const OutboxItem &item)
{
    Transaction transaction(m_db->connection());
    QString error;
    const qint64 id = enqueueOutbox(m_db->connection(), item, &error);
    return id != 0 && transaction.commit() ? id : 0;
}

std::unique_ptr<IntegrationHub> TestIntegrationHub::hub()
{
    auto made =
        std::make_unique<IntegrationHub>(m_db->connection(), m_nam.get(), *m_settings, &m_store);
    // Real time in milliseconds instead of seconds, and no randomness.
    made->setRetryPolicy(RetryPolicy(
        {5, 10, 80}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; }));
    made->setTimeout(5000);
    made->reload();
    return made;
}

QString TestIntegrationHub::rowStatus(qint64 id, int *attempts) const
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, QStringLiteral("SELECT status, attempts FROM outbox WHERE id = ?"),
                  {id}) ||
        !query.next()) {
        return {};
    }
    if (attempts) {
        *attempts = query.value(1).toInt();
    }
    return query.value(0).toString();
}

void TestIntegrationHub::authPerService_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    // Jira Cloud: Basic with "email:api_token" in base64.
    QTest::newRow("jira basic") << QStringLiteral("jira")
                                << QStringLiteral("hr-bot@example.com:ATATT3xFfGF0")
                                << QByteArray("Basic aHItYm90QGV4YW1wbGUuY29tOkFUQVRUM3hGZkdGMA==")
                                << QStringLiteral("/rest/api/3/issue") << 201;
    QTest::newRow("zoom bearer") << QStringLiteral("zoom") << QStringLiteral("zoom-oauth-1")
                                 << QByteArray("Bearer zoom-oauth-1")
                                 << QStringLiteral("/v2/users/me/meetings") << 201;
    QTest::newRow("graph bearer") << QStringLiteral("graph") << QStringLiteral("eyJ0eXAi.graph")
                                  << QByteArray("Bearer eyJ0eXAi.graph")
                                  << QStringLiteral("/v1.0/me/sendMail") << 202;
    // Slack: no header at all; the secret is the address.
    QTest::newRow("slack none") << QStringLiteral("slack") << kSlackSecret << QByteArray()
                                << kSlackSecret << 200;
    QTest::newRow("slack whole URL")
        << QStringLiteral("slack") << QStringLiteral("https://hooks.slack.com") + kSlackSecret
        << QByteArray() << kSlackSecret << 200;
}

void TestIntegrationHub::authPerService()
{
    QFETCH(QString, service);
    QFETCH(QString, secret);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QFETCH(int, status);
    configure(service, secret);
    const qint64 id = enqueue(itemFor(service));
    QVERIFY(id > 0);
    auto integrations = hub();
    QCOMPARE(integrations->services(), QStringList{service});
    QSignalSpy sent(integrations.get(), &IntegrationHub::itemSent);
    QVERIFY(sent.wait(5000));
    QCOMPARE(sent.first().at(0).toString(), service);
    QCOMPARE(sent.first().at(1).toLongLong(), id);
    QCOMPARE(rowStatus(id), QStringLiteral("sent"));
    const auto requests = m_server->recorded(service);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, path);
    QCOMPARE(requests.first().status, status);
    QCOMPARE(requests.first().header("Authorization"), authorization);
    QCOMPARE(requests.first().header("Content-Type"), QByteArray("application/json"));
}

void TestIntegrationHub::slackSecretNeverStored()
{
    configure(QStringLiteral("slack"), kSlackSecret);
    const qint64 id = enqueue(itemFor(QStringLiteral("slack")));
    auto integrations = hub();
    QSignalSpy sent(integrations.get(), &IntegrationHub::itemSent);
    QVERIFY(sent.wait(5000));
    QCOMPARE(m_server->recorded(QStringLiteral("slack")).first().path, kSlackSecret);
    // Every column of every outbox row, the answer stored included: no trace of the webhook.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM outbox")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int column = 0; column < query.record().count(); ++column) {
            const QString value = query.value(column).toString();
            QVERIFY2(!value.contains(QStringLiteral("s3cretXYZ")) &&
                         !value.contains(QStringLiteral("T0001")),
                     qPrintable(query.record().fieldName(column)));
        }
    }
    QCOMPARE(rows, 1);
    QVERIFY(sql::run(query, QStringLiteral("SELECT path FROM outbox WHERE id = ?"), {id}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), SlackMessage::placeholderPath());
}

void TestIntegrationHub::missingSecretAsksForIt_data()
{
    QTest::addColumn<QString>("service");
    for (const QString &service : {QStringLiteral("jira"), QStringLiteral("zoom"),
                                   QStringLiteral("graph"), QStringLiteral("slack")}) {
        QTest::newRow(qPrintable(service)) << service;
    }
}

void TestIntegrationHub::missingSecretAsksForIt()
{
    QFETCH(QString, service);
    configure(service, {});
    const qint64 id = enqueue(itemFor(service));
    auto integrations = hub();
    QSignalSpy asked(integrations.get(), &IntegrationHub::tokenNeeded);
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.first().at(0).toString(), service);
    QVERIFY(!asked.first().at(1).toString().isEmpty());
    QVERIFY(m_server->recorded(service).isEmpty());
    QCOMPARE(rowStatus(id), QStringLiteral("pending"));

    // The user stores the secret; the row goes out.
    const QString secret = service == u"slack" ? kSlackSecret : QStringLiteral("a:b");
    integrations->keyCache(service)->setKey(secret);
    QSignalSpy sent(integrations.get(), &IntegrationHub::itemSent);
    integrations->drainAll();
    QVERIFY(sent.wait(5000));
    QCOMPARE(rowStatus(id), QStringLiteral("sent"));
}

void TestIntegrationHub::serverErrorThenOneDelivery_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("status");
    QTest::newRow("jira 503") << QStringLiteral("jira") << QStringLiteral("/rest/api/3/") << 503;
    QTest::newRow("zoom 500") << QStringLiteral("zoom") << QStringLiteral("/v2/") << 500;
    QTest::newRow("graph 502") << QStringLiteral("graph") << QStringLiteral("/v1.0/") << 502;
    QTest::newRow("slack 503") << QStringLiteral("slack") << QStringLiteral("/slack/") << 503;
}

void TestIntegrationHub::serverErrorThenOneDelivery()
{
    QFETCH(QString, service);
    QFETCH(QString, prefix);
    QFETCH(int, status);
    configure(service, service == u"slack" ? kSlackSecret : QStringLiteral("user:token"));
    m_server->faults().failNext(1, status, prefix);
    const qint64 id = enqueue(itemFor(service));
    auto integrations = hub();
    QSignalSpy failed(integrations.get(), &IntegrationHub::itemFailed);
    QSignalSpy sent(integrations.get(), &IntegrationHub::itemSent);
    QVERIFY(sent.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), service);
    QCOMPARE(failed.first().at(3).toBool(), true); // will retry
    QCOMPARE(sent.size(), 1);
    int attempts = 0;
    QCOMPARE(rowStatus(id, &attempts), QStringLiteral("sent"));
    QCOMPARE(attempts, 2);
    // Give a stray second delivery the chance to show.
    QTest::qWait(100);
    const auto requests = m_server->recorded(service);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].status, status);
    QVERIFY(requests[1].status >= 200 && requests[1].status < 300);
    QCOMPARE(sent.size(), 1);
}

void TestIntegrationHub::zoomJoinUrlSavedOnStage()
{
    QSqlQuery query(m_db->connection());
    const QString now = sql::nowUtc();
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO employees (first_name, last_name, email, "
                                    "updated_at) VALUES ('Alina', 'Sokolova', "
                                    "'alina@example.com', ?)"),
                     {now}));
    const qint64 employee = query.lastInsertId().toLongLong();
    QVERIFY(sql::run(
        query, QStringLiteral("INSERT INTO scenarios (name, updated_at) VALUES ('Office', ?)"),
        {now}));
    const qint64 scenario = query.lastInsertId().toLongLong();
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO scenario_stages (scenario_id, title, kind) "
                                    "VALUES (?, 'Meet the team', 'meeting')"),
                     {scenario}));
    const qint64 stage = query.lastInsertId().toLongLong();
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, "
                                    "start_date, created_at, updated_at) VALUES (?, ?, "
                                    "'2026-03-02', ?, ?)"),
                     {employee, scenario, now, now}));
    const qint64 assignment = query.lastInsertId().toLongLong();
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                    "due_date) VALUES (?, ?, '2026-03-02')"),
                     {assignment, stage}));
    const qint64 assignmentStage = query.lastInsertId().toLongLong();

    configure(QStringLiteral("zoom"), QStringLiteral("zoom-oauth"));
    StageActions actions(m_db->connection(), *m_settings);
    QVERIFY(actions.scheduleMeeting(assignmentStage,
                                    QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)) > 0);
    auto integrations = hub();
    QSignalSpy saved(integrations.get(), &IntegrationHub::meetingSaved);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().at(0).toLongLong(), assignmentStage);
    const auto requests = m_server->recorded(QStringLiteral("zoom"));
    QCOMPARE(requests.size(), 1);
    const QString joinUrl = saved.first().at(1).toString();
    QVERIFY(joinUrl.startsWith(QStringLiteral("https://zoom.us/j/")));
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT meeting_url FROM assignment_stages WHERE id = ?"),
                     {assignmentStage}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), joinUrl);
    QVERIFY(sql::run(query, QStringLiteral("SELECT response FROM outbox WHERE service = 'zoom'")) &&
            query.next());
    QCOMPARE(QJsonDocument::fromJson(query.value(0).toByteArray())
                 .object()
                 .value(u"join_url")
                 .toString(),
             joinUrl);
}

void TestIntegrationHub::configuredServicesFollowSettings()
{
    IntegrationHub integrations(m_db->connection(), m_nam.get(), *m_settings, &m_store);
    QVERIFY(integrations.services().isEmpty());
    QVERIFY(!integrations.isConfigured(QStringLiteral("jira")));
    QVERIFY(integrations.dispatcher(QStringLiteral("jira")) == nullptr);
    configure(QStringLiteral("jira"), QStringLiteral("a:b"));
    configure(QStringLiteral("slack"), kSlackSecret);
    integrations.reload();
    QCOMPARE(integrations.services(),
             (QStringList{QStringLiteral("jira"), QStringLiteral("slack")}));
    OutboxDispatcher *jira = integrations.dispatcher(QStringLiteral("jira"));
    QVERIFY(jira);
    QCOMPARE(jira->service(), QStringLiteral("jira"));
    QCOMPARE(IntegrationHub::credentialKey(QStringLiteral("jira"),
                                           QUrl(QStringLiteral("https://acme.atlassian.net")))
                 .account,
             QStringLiteral("acme.atlassian.net"));
    m_settings->setServiceUrl(QStringLiteral("jira"), QUrl());
    integrations.reload();
    QCOMPARE(integrations.services(), QStringList{QStringLiteral("slack")});
}

void TestIntegrationHub::vendorErrorsReachTheUser_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    // Each vendor's own error shape, read into the row's message.
    QTest::newRow("jira errors") << QStringLiteral("jira")
                                 << QByteArray(R"({"fields":{"project":{"key":"ONB"},
                                        "issuetype":{"name":"Task"},"summary":" "}})")
                                 << QStringLiteral("summary: You must specify a summary");
    QTest::newRow("zoom message") << QStringLiteral("zoom")
                                  << QByteArray(R"({"topic":"t","type":5})")
                                  << QStringLiteral("Invalid meeting type.");
    QTest::newRow("slack text") << QStringLiteral("slack") << QByteArray(R"({"text":""})")
                                << QStringLiteral("no_text");
}

void TestIntegrationHub::vendorErrorsReachTheUser()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    configure(service, service == u"slack" ? kSlackSecret : QStringLiteral("user:token"));
    OutboxItem item = itemFor(service);
    item.body = body;
    const qint64 id = enqueue(item);
    auto integrations = hub();
    QSignalSpy failed(integrations.get(), &IntegrationHub::itemFailed);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().at(2).toString().startsWith(message),
             qPrintable(failed.first().at(2).toString()));
    QCOMPARE(failed.first().at(3).toBool(), false); // a refused request is not retried
    QCOMPARE(rowStatus(id), QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestIntegrationHub)
#include "tst_integrationhub.moc"
