// The network jobs against the real loopback server: every way a request can end maps to one
// NetworkJob::Error, with the server's message, Retry-After and the request id carried along.
#include "TestServer.h"
#include "app/sync/PlatformJobs.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::Faults;
using bbd::testserver::TestServer;

namespace {

const QByteArray kKey = "jobs-key";

// What a finished job said, copied out before the job deletes itself.
struct Outcome
{
    bool done = false;
    NetworkJob::Error error = NetworkJob::Error::None;
    int status = 0;
    QString message;
    QString code;
    int retryAfter = -1;
    QByteArray requestId;
    qint64 elapsedMs = 0;
};

template <class Job, class Extra>
Outcome run(Job *job, Extra &&extra)
{
    Outcome outcome;
    QObject::connect(job, &NetworkJob::finished, job, [&outcome, &extra, job] {
        outcome.done = true;
        outcome.error = job->error();
        outcome.status = job->httpStatus();
        outcome.message = job->errorMessage();
        outcome.code = job->errorCode();
        outcome.retryAfter = job->retryAfterSeconds();
        outcome.requestId = job->requestId();
        outcome.elapsedMs = job->elapsedMs();
        extra(job);
    });
    job->start();
    // Never from inside start(): the caller always gets to connect first.
    if (outcome.done) {
        qFatal("finished() emitted from start()");
    }
    if (!QTest::qWaitFor([&outcome] { return outcome.done; }, 20000)) {
        qFatal("job never finished");
    }
    return outcome;
}

template <class Job>
Outcome run(Job *job)
{
    return run(job, [](Job *) {});
}

} // namespace

Q_DECLARE_METATYPE(HealthJob::Status)

class TestNetworkJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void authorizationHeader_data();
    void authorizationHeader();

    void errorMapping_data();
    void errorMapping();
    void conflictCarriesCurrentRecord();
    void connectionRefused();
    void tlsToPlainPortFails_data();
    void tlsToPlainPortFails();
    void headers();
    void redirectNotFollowed();
    void healthNeedsNoKey_data();
    void healthNeedsNoKey();
    void pullPages();
    void pushReplaysWithSameKey();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void destroyedWhileRunning();

private:
    PullPageJob *pullJob(const QString &resource = QStringLiteral("candidates"), int pageSize = 20,
                         const QString &token = {})
    {
        return new PullPageJob(m_nam.get(), m_server->baseUrl(), [this] { return m_key; },
                               {resource, QString(), token, pageSize});
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_key;
};

void TestNetworkJobs::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->platform().seedCandidates(30);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_key = QString::fromLatin1(kKey);
}

void TestNetworkJobs::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestNetworkJobs::errorMapping_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<NetworkJob::Error>("error");
    QTest::addColumn<int>("status"); // -1: not checked (a cut may or may not show its status)
    QTest::addColumn<QString>("code");
    using E = NetworkJob::Error;
    QTest::newRow("ok") << QStringLiteral("none") << E::None << 200 << QString();
    QTest::newRow("500") << QStringLiteral("500") << E::Server << 500
                         << QStringLiteral("unavailable");
    QTest::newRow("503") << QStringLiteral("503") << E::Server << 503
                         << QStringLiteral("unavailable");
    QTest::newRow("429") << QStringLiteral("429") << E::RateLimited << 429
                         << QStringLiteral("rate_limited");
    QTest::newRow("wrong key") << QStringLiteral("key") << E::Unauthorized << 401
                               << QStringLiteral("unauthorized");
    QTest::newRow("no key") << QStringLiteral("nokey") << E::Unauthorized << 401
                            << QStringLiteral("unauthorized");
    QTest::newRow("bad page size")
        << QStringLiteral("pagesize") << E::Client << 400 << QStringLiteral("invalid_page_size");
    QTest::newRow("unknown resource")
        << QStringLiteral("resource") << E::Client << 404 << QString();
    QTest::newRow("malformed json")
        << QStringLiteral("malformed") << E::Malformed << 200 << QString();
    // QNAM may send a GET again by itself after a cut: enough cuts for its resends too.
    QTest::newRow("cut mid-body") << QStringLiteral("cut") << E::Network << -1 << QString();
    QTest::newRow("never answered") << QStringLiteral("hold") << E::Timeout << 0 << QString();
}

void TestNetworkJobs::errorMapping()
{
    QFETCH(QString, fault);
    QFETCH(NetworkJob::Error, error);
    QFETCH(int, status);
    QFETCH(QString, code);
    Faults &faults = m_server->faults();
    QString resource = QStringLiteral("candidates");
    int pageSize = 20;
    if (fault == u"500" || fault == u"503") {
        faults.failNext(1, fault.toInt());
    } else if (fault == u"429") {
        faults.throttleNext(1, 7);
    } else if (fault == u"key") {
        m_key = QStringLiteral("wrong");
    } else if (fault == u"nokey") {
        m_key.clear();
    } else if (fault == u"pagesize") {
        pageSize = 0;
    } else if (fault == u"resource") {
        resource = QStringLiteral("spaceships");
    } else if (fault == u"malformed") {
        faults.malformNext(1);
    } else if (fault == u"cut") {
        faults.cutNext(10);
    } else if (fault == u"hold") {
        faults.holdNext(1);
    }
    PullPageJob *job = pullJob(resource, pageSize);
    if (fault == u"hold") {
        job->setTimeout(300);
    }
    int items = -1;
    const Outcome outcome =
        run(job, [&items](PullPageJob *finished) { items = int(finished->items().size()); });
    QCOMPARE(outcome.error, error);
    if (status >= 0) {
        QCOMPARE(outcome.status, status);
    }
    if (!code.isEmpty()) {
        QCOMPARE(outcome.code, code);
    }
    if (error == NetworkJob::Error::None) {
        QCOMPARE(items, 20);
        QVERIFY(outcome.message.isEmpty());
    } else {
        QVERIFY(!outcome.message.isEmpty());
    }
    if (error == NetworkJob::Error::RateLimited) {
        QCOMPARE(outcome.retryAfter, 7);
    } else {
        QCOMPARE(outcome.retryAfter, -1);
    }
    if (error == NetworkJob::Error::Timeout) {
        QVERIFY2(outcome.elapsedMs >= 250 && outcome.elapsedMs < 5000,
                 QByteArray::number(outcome.elapsedMs));
    }
    // The server's own words reach the user, not a bare status.
    if (fault == u"pagesize") {
        QVERIFY2(!outcome.message.contains(u"400"), qPrintable(outcome.message));
    }
}

void TestNetworkJobs::conflictCarriesCurrentRecord()
{
    const QString id = m_server->platform().create(
        QStringLiteral("contacts"), {{QStringLiteral("full_name"), QStringLiteral("Ольга")}});
    QVERIFY(m_server->platform().edit(QStringLiteral("contacts"), id,
                                      {{QStringLiteral("role"), QStringLiteral("by admin")}}));
    auto *job = new PushJob(m_nam.get(), m_server->baseUrl(), [this] { return m_key; },
                            {"PATCH", QStringLiteral("/api/v1/contacts/") + id,
                             R"({"role":"mine"})", "conflict-1", "1"});
    QJsonObject current;
    const Outcome outcome = run(job, [&current](PushJob *done) { current = done->current(); });
    QCOMPARE(outcome.error, NetworkJob::Error::Conflict);
    QCOMPARE(outcome.status, 412);
    QCOMPARE(current.value(u"role").toString(), QStringLiteral("by admin"));
    QCOMPARE(current.value(u"version").toInt(), 2);
}

void TestNetworkJobs::connectionRefused()
{
    // A port that was just free and is closed again: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(port);
    auto *job = new HealthJob(m_nam.get(), url);
    const Outcome outcome = run(job);
    QCOMPARE(outcome.error, NetworkJob::Error::Network);
    QCOMPARE(outcome.status, 0);
    QVERIFY(!outcome.message.isEmpty());
}

void TestNetworkJobs::tlsToPlainPortFails_data()
{
    QTest::addColumn<bool>("answersGarbage");
    QTest::addColumn<NetworkJob::Error>("error");
    // A plain-HTTP server like nginx answers the TLS hello with "400 Bad Request" in clear
    // text: the handshake fails at once.
    QTest::newRow("plain server answering") << true << NetworkJob::Error::Network;
    // The test server waits for a whole HTTP request, which a TLS hello never becomes.
    QTest::newRow("plain server waiting") << false << NetworkJob::Error::Timeout;
}

void TestNetworkJobs::tlsToPlainPortFails()
{
    QFETCH(bool, answersGarbage);
    QFETCH(NetworkJob::Error, error);
    QTcpServer plain;
    QUrl url = m_server->baseUrl();
    if (answersGarbage) {
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        url.setPort(plain.serverPort());
    }
    url.setScheme(QStringLiteral("https"));
    auto *job = new PullPageJob(m_nam.get(), url, [this] { return m_key; },
                                {QStringLiteral("candidates"), QString(), QString(), 20});
    job->setTimeout(1000);
    const Outcome outcome = run(job);
    // Never an answer read through a failed handshake.
    QCOMPARE(outcome.error, error);
    QCOMPARE(outcome.status, 0);
    QVERIFY(!outcome.message.isEmpty());
}

void TestNetworkJobs::headers()
{
    m_server->clearRecorded();
    const Outcome outcome = run(pullJob());
    QCOMPARE(outcome.error, NetworkJob::Error::None);
    const auto recorded = m_server->recorded(QStringLiteral("platform"));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().header("X-Request-Id"), outcome.requestId);
    QCOMPARE(recorded.first().header("Authorization"), "Bearer " + kKey);
    QCOMPARE(recorded.first().query.queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("20"));

    // Two jobs never share a request id.
    const Outcome second = run(pullJob());
    QVERIFY(second.requestId != outcome.requestId);

    // An opaque token reaches the server as it was given, '+' and all.
    const QString token = QStringLiteral("a+b/c=d&e f");
    m_server->clearRecorded();
    QCOMPARE(run(pullJob(QStringLiteral("candidates"), 20, token)).error,
             NetworkJob::Error::Client); // not a token of this server
    QCOMPARE(m_server->recorded().first().query.queryItemValue(QStringLiteral("page_token"),
                                                               QUrl::FullyDecoded),
             token);
}

void TestNetworkJobs::redirectNotFollowed()
{
    // A server answering 302 towards the real one: the key must not travel to wherever a
    // redirect points, so the job stops at the 302.
    QTcpServer redirector;
    QVERIFY(redirector.listen(QHostAddress::LocalHost));
    const QByteArray target = m_server->baseUrl().toString().toLatin1() + "/api/v1/candidates";
    connect(&redirector, &QTcpServer::newConnection, this, [&redirector, target] {
        QTcpSocket *socket = redirector.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, target] {
            socket->readAll();
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + target +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(redirector.serverPort());
    m_server->clearRecorded();
    auto *job = new PullPageJob(m_nam.get(), url, [this] { return m_key; },
                                {QStringLiteral("candidates"), QString(), QString(), 20});
    const Outcome outcome = run(job);
    QCOMPARE(outcome.error, NetworkJob::Error::Client);
    QCOMPARE(outcome.status, 302);
    QCOMPARE(m_server->recorded().size(), 0);
}

void TestNetworkJobs::healthNeedsNoKey_data()
{
    QTest::addColumn<Faults::Health>("health");
    QTest::addColumn<HealthJob::Status>("status");
    QTest::addColumn<NetworkJob::Error>("error");
    QTest::newRow("ok") << Faults::Health::Ok << HealthJob::Status::Ok << NetworkJob::Error::None;
    QTest::newRow("degraded") << Faults::Health::Degraded << HealthJob::Status::Degraded
                              << NetworkJob::Error::None;
    QTest::newRow("down") << Faults::Health::Down << HealthJob::Status::Down
                          << NetworkJob::Error::Server;
    QTest::newRow("silent") << Faults::Health::Silent << HealthJob::Status::Unknown
                            << NetworkJob::Error::Timeout;
}

void TestNetworkJobs::healthNeedsNoKey()
{
    QFETCH(Faults::Health, health);
    QFETCH(HealthJob::Status, status);
    QFETCH(NetworkJob::Error, error);
    m_server->faults().setHealth(health);
    m_server->clearRecorded();
    auto *job = new HealthJob(m_nam.get(), m_server->baseUrl());
    job->setTimeout(300);
    HealthJob::Status seen = HealthJob::Status::Unknown;
    const Outcome outcome = run(job, [&seen](HealthJob *done) { seen = done->status(); });
    QCOMPARE(outcome.error, error);
    QCOMPARE(seen, status);
    const auto recorded = m_server->recorded(QStringLiteral("platform"));
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.first().header("Authorization").isEmpty());
}

void TestNetworkJobs::pullPages()
{
    QStringList ids;
    QString token;
    QString cursor;
    int pages = 0;
    do {
        const Outcome outcome =
            run(pullJob(QStringLiteral("candidates"), 12, token), [&](PullPageJob *job) {
                for (const QJsonValue &item : job->items()) {
                    ids.append(item.toObject().value(u"id").toString());
                }
                token = job->nextPageToken();
                cursor = job->cursor();
            });
        QCOMPARE(outcome.error, NetworkJob::Error::None);
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 30);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 30);
    QVERIFY(!cursor.isEmpty());

    // From the stored cursor only what changed since comes back.
    QVERIFY(m_server->platform().edit(QStringLiteral("candidates"), ids.first(),
                                      {{QStringLiteral("rating"), 4}}));
    QStringList changed;
    auto *job = new PullPageJob(m_nam.get(), m_server->baseUrl(), [this] { return m_key; },
                                {QStringLiteral("candidates"), cursor, QString(), 100});
    const Outcome outcome = run(job, [&changed](PullPageJob *done) {
        for (const QJsonValue &item : done->items()) {
            changed.append(item.toObject().value(u"id").toString());
        }
    });
    QCOMPARE(outcome.error, NetworkJob::Error::None);
    QCOMPARE(changed, QStringList{ids.first()});
}

void TestNetworkJobs::pushReplaysWithSameKey()
{
    const QByteArray body = R"({"full_name":"Анна Петрова"})";
    const auto push = [&](const QByteArray &key) {
        auto *job = new PushJob(m_nam.get(), m_server->baseUrl(), [this] { return m_key; },
                                {"POST", QStringLiteral("/api/v1/candidates"), body, key, {}});
        QJsonObject record;
        bool replayed = false;
        const Outcome outcome = run(job, [&](PushJob *done) {
            record = done->record();
            replayed = done->replayed();
        });
        return std::make_tuple(outcome, record, replayed);
    };
    const auto [first, record, firstReplayed] = push("push-1");
    QCOMPARE(first.error, NetworkJob::Error::None);
    QCOMPARE(first.status, 201);
    QVERIFY(!firstReplayed);
    QVERIFY(record.value(u"id").toString().startsWith(u"cand_"));
    const auto [second, again, secondReplayed] = push("push-1");
    QCOMPARE(second.error, NetworkJob::Error::None);
    QVERIFY(secondReplayed);
    QCOMPARE(again, record);
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 31);
    const auto recorded = m_server->recorded(QStringLiteral("platform"));
    QCOMPARE(recorded.last().header("Idempotency-Key"), QByteArray("push-1"));
    QCOMPARE(recorded.last().header("Content-Type"), QByteArray("application/json"));
}

void TestNetworkJobs::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("http-date") << QByteArray("Mon, 23 Nov 2026 12:01:30 GMT") << 90;
    QTest::newRow("http-date past") << QByteArray("Mon, 23 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("junk") << QByteArray("soon") << -1;
    QTest::newRow("missing") << QByteArray() << -1;
}

void TestNetworkJobs::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QCOMPARE(NetworkJob::parseRetryAfter(value, now), seconds);
}

void TestNetworkJobs::destroyedWhileRunning()
{
    m_server->faults().holdNext(1);
    bool finished = false;
    auto *job = pullJob();
    connect(job, &NetworkJob::finished, this, [&finished] { finished = true; });
    job->start();
    QTest::qWait(50);
    delete job;
    QTest::qWait(100);
    QVERIFY(!finished);
    // The manager is still usable afterwards.
    QCOMPARE(run(pullJob()).error, NetworkJob::Error::None);
}

void TestNetworkJobs::authorizationHeader_data()
{
    using S = NetworkJob::AuthScheme;
    QTest::addColumn<NetworkJob::AuthScheme>("scheme");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("bearer") << S::Bearer << QStringLiteral("k-1") << QByteArray("Bearer k-1");
    // Jira Cloud: "email:api_token" in base64 (RFC 7617).
    QTest::newRow("basic") << S::Basic << QStringLiteral("Aladdin:open sesame")
                           << QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    QTest::newRow("basic utf-8") << S::Basic << QStringLiteral("ольга@example.com:t")
                                 << QByteArray("Basic 0L7Qu9GM0LPQsEBleGFtcGxlLmNvbTp0");
    QTest::newRow("none") << S::None << QStringLiteral("/services/T/B/X") << QByteArray();
    QTest::newRow("no secret") << S::Bearer << QString() << QByteArray();
}

void TestNetworkJobs::authorizationHeader()
{
    QFETCH(NetworkJob::AuthScheme, scheme);
    QFETCH(QString, secret);
    QFETCH(QByteArray, header);
    QCOMPARE(NetworkJob::authorization(scheme, secret), header);
}

QTEST_GUILESS_MAIN(TestNetworkJobs)
#include "tst_networkjobs.moc"
