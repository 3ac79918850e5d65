// No secret where it could be read later: a sync run with a known platform API key and a
// Jira-like token against the loopback server, through refusals (401), server errors (500)
// and malformed answers that are logged and stored, then the database file and its WAL, the
// settings INI and every qDebug/qWarning line (all logging categories on) are searched for
// either secret.
#include "TestServer.h"
#include "app/ats/CandidateRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/SyncEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {

const QByteArray kApiKey = "bbd_live_7Qx2mVt9LpZr4Ks8Wd3N";
const QByteArray kJiraToken = "ATATT3xFfGF0jira9Tk5Ry1Hq7Uz2Ow6Pv4";

QStringList g_log; // every message, from the handler below
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (type != QtDebugMsg && g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noSecretIsKept();

private:
    // `mustSucceed`: the run has to end well; else a failure is logged like the status bar's.
    void runSync(SyncEngine &engine, bool mustSucceed);
    void drain(OutboxDispatcher &dispatcher);
};

void TestTokenLeak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previous = qInstallMessageHandler(capture);
}

void TestTokenLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestTokenLeak::runSync(SyncEngine &engine, bool mustSucceed)
{
    QSignalSpy finished(&engine, &SyncEngine::runFinished);
    engine.syncNow();
    QVERIFY(finished.wait(20000));
    if (mustSucceed) {
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    } else if (!finished.first().at(0).toBool()) {
        // What the user is told: logged as the app's status bar would show it.
        qWarning("sync failed: %s", qPrintable(finished.first().at(1).toString()));
    }
}

void TestTokenLeak::drain(OutboxDispatcher &dispatcher)
{
    QSignalSpy drained(&dispatcher, &OutboxDispatcher::drained);
    dispatcher.retryNow();
    if (drained.isEmpty()) {
        QVERIFY(drained.wait(10000));
    }
}

void TestTokenLeak::noSecretIsKept()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("app.sqlite"));
    const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
    TestServer server;
    server.setApiKey(kApiKey);
    QVERIFY(server.start());
    server.platform().seedCandidates(12);

    {
        Settings settings(iniPath);
        settings.setServerUrl(server.baseUrl());
        settings.setServiceUrl(QStringLiteral("jira"), server.baseUrl());
        settings.setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                                  QStringLiteral("HR"));
        settings.sync();
    }
    const PhoneNumbers phones;
    QNetworkAccessManager network;
    {
        Database db(QStringLiteral("token-leak"));
        QVERIFY(db.open(dbPath).ok());
        QByteArray key = "wrong-key"; // the first runs are refused
        SyncEngine::Options options;
        options.baseUrl = server.baseUrl();
        options.intervalMs = 0;
        options.timeoutMs = 3000;
        options.pageSize = 5;
        const RetryPolicy policy(
            {10, 10, 40}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; });
        SyncEngine engine(
            db.connection(), &network, [&key] { return QString::fromLatin1(key); }, policy,
            options);
        registerPlatformResources(engine, db.connection(), phones);
        QObject::connect(&engine, &SyncEngine::apiKeyNeeded, &engine,
                         [](const QString &why) { qWarning("key needed: %s", qPrintable(why)); });
        OutboxDispatcher jira(db.connection(), &network,
                              [] { return QString::fromLatin1(kJiraToken); }, policy,
                              {QStringLiteral("jira"), server.baseUrl(), 3000});
        QObject::connect(&jira, &OutboxDispatcher::itemFailed, &jira,
                         [](qint64 id, const QString &message, bool) {
                             qWarning("jira row %lld failed: %s", id, qPrintable(message));
                         });

        CandidateRepository repository(db, phones);
        CandidateRecord record;
        record.fullName = QStringLiteral("Token Probe");
        QVERIFY(repository.create(record) > 0);
        {
            Transaction transaction(db.connection());
            const QJsonObject issue{
                {QStringLiteral("fields"),
                 QJsonObject{{QStringLiteral("project"),
                              QJsonObject{{QStringLiteral("key"), QStringLiteral("HR")}}},
                             {QStringLiteral("summary"), QStringLiteral("Stage done")},
                             {QStringLiteral("issuetype"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Task")}}}}}};
            QVERIFY(enqueueOutbox(db.connection(),
                                  {QStringLiteral("jira"), QStringLiteral("POST"),
                                   QStringLiteral("/rest/api/3/issue"),
                                   QJsonDocument(issue).toJson(QJsonDocument::Compact), QString(),
                                   0, QString()},
                                  nullptr) > 0);
            QVERIFY(transaction.commit());
        }

        // 401: a key that is not the server's.
        runSync(engine, false);
        // 500s, then malformed answers, on pushes and pulls alike.
        key = kApiKey;
        server.faults().failNext(3, 500, QStringLiteral("/api"));
        server.faults().failNext(2, 500, QStringLiteral("/rest"));
        runSync(engine, false);
        drain(jira);
        QTest::qWait(60);
        server.faults().malformNext(3, QStringLiteral("/api"));
        engine.outbox().retryNow();
        runSync(engine, false);
        // Then all goes through.
        for (int i = 0; i < 5 && server.faults().pending() > 0; ++i) {
            QTest::qWait(60);
            engine.outbox().retryNow();
            runSync(engine, false);
        }
        QTest::qWait(60);
        engine.outbox().retryNow();
        runSync(engine, true);
        drain(jira);
        QTest::qWait(100);
        drain(jira);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status <> 'sent'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM service_calls WHERE ok = 0")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() >= 5, qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM candidates")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 13);

        // The secrets did travel (so the search below looks for the right bytes)...
        bool platformSent = false;
        bool jiraSent = false;
        for (const auto &request : server.recorded()) {
            platformSent = platformSent || request.header("Authorization").contains(kApiKey);
            jiraSent = jiraSent || request.header("Authorization").contains(kJiraToken);
        }
        QVERIFY(platformSent);
        QVERIFY(jiraSent);

        // ...and are nowhere at rest: the WAL first, while it holds the run's pages.
        for (const QString &suffix : {QStringLiteral("-wal"), QString()}) {
            QFile file(dbPath + suffix);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kApiKey), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(kJiraToken), qPrintable(file.fileName()));
        }
    }
    for (const QString &path : {dbPath, iniPath}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kApiKey), qPrintable(path));
        QVERIFY2(!bytes.contains(kJiraToken), qPrintable(path));
        QVERIFY2(!bytes.contains(kApiKey.toBase64()), qPrintable(path));
    }
    QVERIFY(g_log.size() > 5); // the failures were logged
    const QString joined = g_log.join(u'\n');
    QVERIFY(joined.contains(QStringLiteral("failed")));
    QVERIFY2(!joined.contains(QString::fromLatin1(kApiKey)), "API key in the log");
    QVERIFY2(!joined.contains(QString::fromLatin1(kJiraToken)), "Jira token in the log");
}

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
