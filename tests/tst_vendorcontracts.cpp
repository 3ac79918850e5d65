// The requests the Jira, Zoom and Graph connectors build, sent by the app's real dispatcher
// and jobs (IntegrationHub), validated by Prism against the vendors' own OpenAPI files in
// tests/contracts/specs/. A request that breaks the vendor's schema comes back 422 with the
// violation in `sl-violations`; each service also has a request broken on purpose, to show
// the check can fail.
//
// Two vendor files spell the API differently from the vendor's documentation, so this test
// (and only this test) rewrites those requests on their way out:
//  - Zoom's OpenAPI v2 file (Swagger 2) declares the legacy `?access_token=` query key as its
//    only security; Zoom's API today takes the OAuth token as `Authorization: Bearer`, which the
//    app sends. The token is copied into the query for Prism. Its paths have no `/v2` prefix
//    either: the app's Zoom base URL carries it ("https://api.zoom.us/v2"), Prism's has none.
//  - The Graph mail file comes from the PowerShell SDK, which writes the sendMail action as
//    `/me/microsoft.graph.sendMail` with the parameters `Message` and `SaveToSentItems`. The
//    Graph REST documentation writes `/me/sendMail` with `message` and `saveToSentItems`; Graph
//    takes both path forms and reads action parameter names without regard to case. The app
//    sends the documented spelling; the test renames the path and the two top-level keys and
//    leaves everything inside `message` exactly as sent, so the schema of the message itself
//    (recipients, body, the lower-case contentType enum) is checked for real.
#include "MemoryCredentialStore.h"
#include "PrismServer.h"
#include "app/integrations/GraphConnector.h"
#include "app/integrations/IntegrationHub.h"
#include "app/integrations/JiraConnector.h"
#include "app/integrations/ZoomConnector.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <map>
#include <memory>

Q_DECLARE_METATYPE(bbd::OutboxItem)

using namespace bbd;
using namespace bbd::testsupport;

namespace {

QString specPath(const char *name)
{
    return QStringLiteral(BBD_SOURCE_DIR "/tests/contracts/specs/") + QLatin1String(name);
}

// See the comment at the top of the file.
void vendorSpelling(QNetworkRequest *request, QByteArray *body)
{
    QUrl url = request->url();
    if (url.path() == u"/me/sendMail") {
        url.setPath(QStringLiteral("/me/microsoft.graph.sendMail"));
        QJsonObject object = QJsonDocument::fromJson(*body).object();
        for (const auto &[from, to] :
             {std::pair{QStringLiteral("message"), QStringLiteral("Message")},
              std::pair{QStringLiteral("saveToSentItems"), QStringLiteral("SaveToSentItems")}}) {
            if (object.contains(from)) {
                object.insert(to, object.take(from));
            }
        }
        *body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else if (url.path().startsWith(u"/users/")) {
        const QByteArray authorization = request->rawHeader("Authorization");
        if (authorization.startsWith("Bearer ")) {
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("access_token"),
                               QString::fromUtf8(authorization.mid(7)));
            url.setQuery(query);
        }
    }
    request->setUrl(url);
}

OutboxItem broken(OutboxItem item, const QByteArray &body)
{
    item.body = body;
    return item;
}

OutboxItem jiraItem()
{
    JiraIssue issue;
    issue.projectKey = QStringLiteral("ONB");
    issue.summary = QStringLiteral("Alina Sokolova finished “Study corporate documents”");
    issue.description = QStringLiteral("Alina Sokolova finished the onboarding stage.\n\nOleg "
                                       "Ivanov, please check that it is done.");
    issue.assigneeAccountId = QStringLiteral("5b10a2844c20165700ede21g");
    return issue.outboxItem(QStringLiteral("assignment_stage"), 1);
}

OutboxItem zoomItem()
{
    ZoomMeeting meeting;
    meeting.topic = QStringLiteral("Meet the team: Alina Sokolova");
    meeting.start = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    meeting.durationMinutes = 45;
    meeting.agenda = QStringLiteral("Who is who, where to ask.");
    meeting.invitees = {QStringLiteral("alina@example.com"), QStringLiteral("pavel@example.com")};
    return meeting.outboxItem(QStringLiteral("note"), 1);
}

OutboxItem graphItem()
{
    GraphMail mail;
    mail.subject = QStringLiteral("Welcome to Butterboard");
    mail.body = QStringLiteral("Hello, Alina!\n\nSee you on Monday.");
    mail.to = {QStringLiteral("alina@example.com")};
    mail.cc = {QStringLiteral("hr@example.com")};
    return mail.outboxItem(QStringLiteral("candidate"), 1);
}

} // namespace

class TestVendorContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void connectorRequests_data();
    void connectorRequests();

private:
    std::map<QString, std::unique_ptr<PrismServer>> m_prism;
    std::unique_ptr<PrismNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_store;
    QElapsedTimer m_wall;
};

void TestVendorContracts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_wall.start();
    if (PrismServer::executable().isEmpty()) {
        QSKIP(qPrintable(PrismServer::installHint()));
    }
    const std::pair<QString, QString> specs[] = {
        {QStringLiteral("jira"), specPath("jira-platform-v3-issue.subset.yaml")},
        {QStringLiteral("zoom"), specPath("zoom-api-v2.openapi.json")},
        {QStringLiteral("graph"), specPath("msgraph-v1.0-mail-subset.yml")},
    };
    for (const auto &[service, spec] : specs) {
        auto prism = std::make_unique<PrismServer>();
        QVERIFY2(prism->launchMock(spec), qPrintable(prism->errorString()));
        m_prism[service] = std::move(prism);
    }
    for (const auto &[service, prism] : m_prism) {
        QVERIFY2(prism->waitUntilListening(), qPrintable(prism->errorString()));
        qInfo("Prism mock for %s listening after %lld ms", qPrintable(service), prism->startupMs());
    }
}

void TestVendorContracts::cleanupTestCase()
{
    m_prism.clear();
    qInfo("tst_vendorcontracts wall time: %lld ms", m_wall.elapsed());
}

void TestVendorContracts::init()
{
    m_nam = std::make_unique<PrismNetworkAccessManager>();
    m_nam->setTransform(vendorSpelling);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("vendor-contracts"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    for (const auto &[service, prism] : m_prism) {
        const QUrl url = prism->baseUrl();
        m_settings->setServiceUrl(service, url);
        m_store.secrets.insert(
            CredentialStore::entryName(IntegrationHub::credentialKey(service, url)),
            service == u"jira" ? QStringLiteral("hr-bot@example.com:ATATT3xFfGF0")
                               : QStringLiteral("eyJ0eXAiOiJKV1Qi.token"));
    }
}

void TestVendorContracts::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
}

void TestVendorContracts::connectorRequests_data()
{
    QTest::addColumn<OutboxItem>("item");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("path"); // as Prism saw it

    QTest::newRow("jira: seed 002 task")
        << jiraItem() << true << QStringLiteral("/rest/api/3/issue");
    QTest::newRow("jira: fields not an object (control)")
        << broken(jiraItem(), R"({"fields":"ONB","update":[]})") << false
        << QStringLiteral("/rest/api/3/issue");
    QTest::newRow("zoom: onboarding meeting")
        << zoomItem() << true << QStringLiteral("/users/me/meetings");
    QTest::newRow("zoom: recording to tape (control)")
        << broken(zoomItem(), R"({"topic":"x","type":2,"start_time":"2026-03-02T09:30:00Z",
                  "duration":45,"settings":{"auto_recording":"tape"}})")
        << false << QStringLiteral("/users/me/meetings");
    QTest::newRow("graph: mail") << graphItem() << true
                                 << QStringLiteral("/me/microsoft.graph.sendMail");
    // What MessageService sent before this connector: "Text" is not in Graph's bodyType enum.
    QTest::newRow("graph: contentType Text (control)")
        << broken(graphItem(), R"({"message":{"subject":"s","body":{"contentType":"Text",
                  "content":"c"},"toRecipients":[{"emailAddress":{"address":"a@example.com"}}]},
                  "saveToSentItems":true})")
        << false << QStringLiteral("/me/microsoft.graph.sendMail");
}

void TestVendorContracts::connectorRequests()
{
    QFETCH(OutboxItem, item);
    QFETCH(bool, valid);
    QFETCH(QString, path);
    qint64 id = 0;
    {
        Transaction transaction(m_db->connection());
        QString error;
        id = enqueueOutbox(m_db->connection(), item, &error);
        QVERIFY2(id > 0 && transaction.commit(), qPrintable(error));
    }
    IntegrationHub hub(m_db->connection(), m_nam.get(), *m_settings, &m_store);
    hub.setTimeout(15000);
    hub.reload();
    QSignalSpy sent(&hub, &IntegrationHub::itemSent);
    QSignalSpy failed(&hub, &IntegrationHub::itemFailed);
    QVERIFY(QTest::qWaitFor([&] { return sent.size() + failed.size() > 0; }, 20000));

    const QList<RecordedExchange> exchanges = m_nam->exchanges();
    QCOMPARE(exchanges.size(), 1);
    const RecordedExchange &exchange = exchanges.first();
    QCOMPARE(exchange.url.path(), path);
    if (valid) {
        QVERIFY2(exchange.problems().isEmpty(), exchange.problems().constData());
        QVERIFY2(exchange.status >= 200 && exchange.status < 300,
                 qPrintable(QString::number(exchange.status) + u' ' +
                            QString::fromUtf8(exchange.responseBody)));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), item.service);
    } else {
        // Prism's refusal: 422 and the violation named. The app keeps the row for the user,
        // with no retry: resending a request the vendor refuses cannot help.
        QCOMPARE(exchange.status, 422);
        QVERIFY2(!exchange.problems().isEmpty(), exchange.responseBody.left(600).constData());
        qInfo("%s", exchange.problems().left(300).constData());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(3).toBool(), false);
    }
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {id}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), valid ? QStringLiteral("sent") : QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestVendorContracts)
#include "tst_vendorcontracts.moc"
