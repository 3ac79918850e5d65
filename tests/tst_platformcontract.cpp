// The project's own contract, resources/api/butterboard-platform.openapi.yaml, checked in both
// directions at once: Prism runs as a validating proxy (`prism proxy --errors`) between the
// app's real sync client and the loopback TestServer. Every request the client makes (pulls
// with cursors and page tokens, writes with Idempotency-Key and If-Match, a 412) must satisfy
// the file, and so must every answer the server gives; any `sl-violations` header or 422 fails.
#include "PrismServer.h"
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformJobs.h"
#include "app/sync/ResourcePuller.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using namespace bbd::testsupport;
using bbd::testserver::PlatformApi;
using bbd::testserver::TestServer;

namespace {

const QByteArray kKey = "contract-key";

// A value of the field's type that the server's own validation accepts.
QJsonValue sample(const PlatformApi::Field &field, int n)
{
    using Type = PlatformApi::FieldType;
    switch (field.type) {
    case Type::String:
        return QStringLiteral("%1 %2").arg(field.name).arg(n);
    case Type::Integer:
        return field.minimum > 0 ? field.minimum : 1;
    case Type::Number:
        return 1.5;
    case Type::Boolean:
        return true;
    case Type::Date:
        return QStringLiteral("2026-03-02");
    case Type::DateTime:
        return QStringLiteral("2026-03-02T09:00:00Z");
    case Type::Enum:
        return field.values.value(0);
    case Type::StringArray:
        return QJsonArray{QStringLiteral("a")};
    case Type::ObjectArray:
        return QJsonArray();
    case Type::Object:
        return QJsonObject();
    case Type::Id:
    case Type::IdOrInteger:
        // Ids are opaque strings; the server does not require the record to exist.
        return QStringLiteral("ref_%1").arg(n);
    }
    return QJsonValue::Null;
}

QString describe(const RecordedExchange &exchange)
{
    return QString::fromLatin1(exchange.method) + u' ' + exchange.url.toString() + u" -> " +
           QString::number(exchange.status) + u' ' + QString::fromUtf8(exchange.problems()) + u' ' +
           QString::fromUtf8(exchange.responseBody.left(400));
}

} // namespace

class TestPlatformContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthAndPullEverything();
    void pushWritesAndAConflict();
    void proxyCatchesBrokenTraffic();

private:
    void expectClean(int from);
    qint64 enqueue(const OutboxItem &item);

    TestServer m_server;
    PrismServer m_prism;
    std::unique_ptr<PrismNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QElapsedTimer m_wall;
};

void TestPlatformContract::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_wall.start();
    if (PrismServer::executable().isEmpty()) {
        QSKIP(qPrintable(PrismServer::installHint()));
    }
    m_server.setApiKey(kKey);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // Prism starts while the server is filled.
    QVERIFY2(m_prism.launchProxy(
                 QStringLiteral(BBD_SOURCE_DIR "/resources/api/butterboard-platform.openapi.yaml"),
                 m_server.baseUrl()),
             qPrintable(m_prism.errorString()));
    PlatformApi &platform = m_server.platform();
    platform.seedCandidates(25);
    // Two records of every other resource, one of them deleted, so pulls carry tombstones.
    for (const PlatformApi::Resource &resource : PlatformApi::resources()) {
        if (!resource.pullable || resource.name == u"candidates" || resource.name == u"vacancies") {
            continue;
        }
        QStringList ids;
        for (int n = 1; n <= 2; ++n) {
            QJsonObject fields;
            for (const PlatformApi::Field &field : resource.fields) {
                if (field.presence == PlatformApi::Presence::Required) {
                    fields.insert(field.name, sample(field, n));
                }
            }
            QString error;
            const QString id = platform.create(resource.name, fields, &error);
            QVERIFY2(!id.isEmpty(), qPrintable(resource.name + u": " + error));
            ids.append(id);
        }
        QVERIFY(platform.remove(resource.name, ids.last()));
    }
    QVERIFY2(m_prism.waitUntilListening(), qPrintable(m_prism.errorString()));
    qInfo("Prism proxy listening after %lld ms", m_prism.startupMs());
    m_nam = std::make_unique<PrismNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("platform-contract"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestPlatformContract::cleanupTestCase()
{
    m_prism.stop();
    m_db.reset();
    qInfo("tst_platformcontract wall time: %lld ms", m_wall.elapsed());
}

void TestPlatformContract::expectClean(int from)
{
    const QList<RecordedExchange> exchanges = m_nam->exchanges();
    QVERIFY(exchanges.size() > from);
    for (qsizetype i = from; i < exchanges.size(); ++i) {
        const RecordedExchange &exchange = exchanges[i];
        QVERIFY2(exchange.problems().isEmpty() && exchange.status != 422 && exchange.status != 0,
                 qPrintable(describe(exchange)));
    }
}

qint64 TestPlatformContract::enqueue(const OutboxItem &item)
{
    Transaction transaction(m_db->connection());
    QString error;
    const qint64 id = enqueueOutbox(m_db->connection(), item, &error);
    return id != 0 && transaction.commit() ? id : 0;
}

void TestPlatformContract::healthAndPullEverything()
{
    const int from = int(m_nam->exchanges().size());
    auto *health = new HealthJob(m_nam.get(), m_prism.baseUrl());
    QSignalSpy healthDone(health, &NetworkJob::finished);
    health->start();
    QVERIFY(healthDone.wait(10000));

    ResourcePuller puller(m_db->connection(), m_nam.get(), m_prism.baseUrl(),
                          [] { return QString::fromLatin1(kKey); });
    puller.setPageSize(7); // several pages: page tokens go through the proxy too
    for (const PlatformApi::Resource &resource : PlatformApi::resources()) {
        if (!resource.pullable) {
            continue;
        }
        int items = 0;
        QSignalSpy finished(&puller, &ResourcePuller::finished);
        QSignalSpy failed(&puller, &ResourcePuller::failed);
        QVERIFY(puller.pull(resource.name, [&items](const QJsonArray &page, QString *) {
            items += int(page.size());
            return true;
        }));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(resource.name + u": " + failed.value(0).value(2).toString()));
        QCOMPARE(items, m_server.platform().count(resource.name, true));
    }
    expectClean(from);
}

void TestPlatformContract::pushWritesAndAConflict()
{
    const int from = int(m_nam->exchanges().size());
    PlatformApi &platform = m_server.platform();
    QString error;
    const QString edited =
        platform.create(QStringLiteral("message_templates"),
                        {{QStringLiteral("name"), QStringLiteral("Invite")},
                         {QStringLiteral("channel"), QStringLiteral("email")},
                         {QStringLiteral("subject"), QStringLiteral("Hello")},
                         {QStringLiteral("body"), QStringLiteral("Hi {first_name}")}},
                        &error);
    QVERIFY2(!edited.isEmpty(), qPrintable(error));
    const QString removed = platform.create(QStringLiteral("message_templates"),
                                            {{QStringLiteral("name"), QStringLiteral("Old")},
                                             {QStringLiteral("channel"), QStringLiteral("sms")},
                                             {QStringLiteral("body"), QStringLiteral("Bye")}},
                                            &error);
    QVERIFY2(!removed.isEmpty(), qPrintable(error));
    const QString contested = platform.create(QStringLiteral("message_templates"),
                                              {{QStringLiteral("name"), QStringLiteral("Shared")},
                                               {QStringLiteral("channel"), QStringLiteral("sms")},
                                               {QStringLiteral("body"), QStringLiteral("Hi")}},
                                              &error);
    QVERIFY2(!contested.isEmpty(), qPrintable(error));
    const auto version = [&](const QString &id) {
        return QString::number(
            platform.record(QStringLiteral("message_templates"), id).value(u"version").toInt());
    };
    m_server.faults().conflictNext(QStringLiteral("message_templates"), contested);

    const auto json = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QString base = QStringLiteral("/api/v1/message_templates/");
    // Seed 004's request, exactly.
    enqueue({QStringLiteral("platform"),
             QStringLiteral("POST"),
             QStringLiteral("/api/v1/users"),
             json({{QStringLiteral("first_name"), QStringLiteral("Alina")},
                   {QStringLiteral("last_name"), QStringLiteral("Sokolova")},
                   {QStringLiteral("email"), QStringLiteral("alina.sokolova@example.com")},
                   {QStringLiteral("job_title"), QStringLiteral("Onboarding Specialist")},
                   {QStringLiteral("department"), QStringLiteral("People Operations")},
                   {QStringLiteral("manager_id"), 4107}}),
             QStringLiteral("employee"),
             1,
             {}});
    enqueue({QStringLiteral("platform"),
             QStringLiteral("POST"),
             QStringLiteral("/api/v1/message_templates"),
             json({{QStringLiteral("name"), QStringLiteral("Offer")},
                   {QStringLiteral("channel"), QStringLiteral("email")},
                   {QStringLiteral("subject"), QStringLiteral("Our offer")},
                   {QStringLiteral("body"), QStringLiteral("Dear {first_name}")}}),
             QStringLiteral("message_template"),
             2,
             {}});
    enqueue({QStringLiteral("platform"), QStringLiteral("PATCH"), base + edited,
             json({{QStringLiteral("subject"), QStringLiteral("Hello again")}}),
             QStringLiteral("message_template"), 3, version(edited)});
    enqueue({QStringLiteral("platform"),
             QStringLiteral("DELETE"),
             base + removed,
             {},
             QStringLiteral("message_template"),
             4,
             version(removed)});
    const qint64 conflicted =
        enqueue({QStringLiteral("platform"), QStringLiteral("PATCH"), base + contested,
                 json({{QStringLiteral("body"), QStringLiteral("Hello there")}}),
                 QStringLiteral("message_template"), 5, version(contested)});

    OutboxDispatcher::Options options;
    options.baseUrl = m_prism.baseUrl();
    options.timeoutMs = 15000;
    OutboxDispatcher outbox(
        m_db->connection(), m_nam.get(), [] { return QString::fromLatin1(kKey); }, RetryPolicy(),
        options);
    QSignalSpy sent(&outbox, &OutboxDispatcher::itemSent);
    QSignalSpy failed(&outbox, &OutboxDispatcher::itemFailed);
    QSignalSpy conflicts(&outbox, &OutboxDispatcher::itemConflicted);
    QSignalSpy drained(&outbox, &OutboxDispatcher::drained);
    outbox.drain();
    QVERIFY(drained.wait(30000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QCOMPARE(sent.size(), 4);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().at(0).toLongLong(), conflicted);
    QVERIFY(!conflicts.first().at(1).toJsonObject().isEmpty()); // the server's record

    const QList<RecordedExchange> exchanges = m_nam->exchanges().mid(from);
    QCOMPARE(exchanges.size(), 5);
    QList<int> statuses;
    for (const RecordedExchange &exchange : exchanges) {
        statuses.append(exchange.status);
    }
    QCOMPARE(statuses.last(), 412);
    expectClean(from);
}

// Controls: the proxy does check. A request the file forbids never reaches the server, and an
// answer the file forbids (a page whose body is damaged) is flagged.
void TestPlatformContract::proxyCatchesBrokenTraffic()
{
    const int from = int(m_nam->exchanges().size());
    const qsizetype seenBefore = m_server.recorded(QStringLiteral("platform")).size();
    auto *push =
        new PushJob(m_nam.get(), m_prism.baseUrl(), [] { return QString::fromLatin1(kKey); },
                    {"POST",
                     QStringLiteral("/api/v1/candidates"),
                     R"({"full_name":5,"rating":"five"})",
                     "control-key-1",
                     {}});
    QSignalSpy pushed(push, &NetworkJob::finished);
    push->start();
    QVERIFY(pushed.wait(10000));
    RecordedExchange exchange = m_nam->exchanges().at(from);
    QCOMPARE(exchange.status, 422);
    QVERIFY(!exchange.problems().isEmpty());
    QCOMPARE(m_server.recorded(QStringLiteral("platform")).size(), seenBefore);

    // A server that answers every request with a page the file forbids (items is no list,
    // the cursor is missing), behind a proxy of its own.
    QTcpServer liar;
    QVERIFY(liar.listen(QHostAddress::LocalHost, 0));
    connect(&liar, &QTcpServer::newConnection, &liar, [&liar] {
        QTcpSocket *socket = liar.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n")) {
                return; // a GET ends with its headers; a split read waits for the rest
            }
            const QByteArray body = R"({"items":"none","next_page_token":null})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    PrismServer proxy;
    QVERIFY2(proxy.startProxy(
                 QStringLiteral(BBD_SOURCE_DIR "/resources/api/butterboard-platform.openapi.yaml"),
                 QUrl(QStringLiteral("http://127.0.0.1:%1").arg(liar.serverPort()))),
             qPrintable(proxy.errorString()));
    auto *pull =
        new PullPageJob(m_nam.get(), proxy.baseUrl(), [] { return QString::fromLatin1(kKey); },
                        {QStringLiteral("kb_articles"), {}, {}, 10});
    QSignalSpy pulled(pull, &NetworkJob::finished);
    pull->start();
    QVERIFY(pulled.wait(10000));
    exchange = m_nam->exchanges().at(from + 1);
    qInfo("page the file forbids: %s", qPrintable(describe(exchange)));
    QVERIFY(!exchange.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestPlatformContract)
#include "tst_platformcontract.moc"
