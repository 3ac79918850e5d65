// The loopback test server over real sockets: a QNetworkAccessManager for what the app will
// send, a raw QTcpSocket for what QNAM never does (requests in small pieces, pipelining).
#include "TestServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>

using namespace bbd::testserver;

namespace {

const QByteArray kKey = "test-key-1";
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The answer did not arrive whole. Qt 6.4 does not always say so: when the close is read
    // together with the last bytes it reports success with a body shorter than its
    // Content-Length, so a client has to compare the two itself.
    bool cutShort() const
    {
        const bool transportError = error > QNetworkReply::NoError && error < 100;
        return transportError || body.size() < header("Content-Length").toLongLong();
    }
    QString errorCode() const
    {
        return json().value(u"error").toObject().value(u"code").toString();
    }
};

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject templateBody(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("subject"), QStringLiteral("Hello")},
            {QStringLiteral("body"), QStringLiteral("Hello, {first_name}!")}};
}

// Reads one whole HTTP response (Content-Length framed) from a raw socket; bytes of a next
// response already read stay in `pending` for the next call.
QByteArray readResponse(QTcpSocket &socket, QByteArray *pending = nullptr, int timeoutMs = 5000)
{
    QByteArray data = pending ? std::exchange(*pending, {}) : QByteArray();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = data.toLower().indexOf("content-length:");
            const qsizetype lineEnd = data.indexOf("\r\n", at);
            const qsizetype length = data.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
            if (data.size() >= end + 4 + length) {
                if (pending) {
                    *pending = data.mid(end + 4 + length);
                }
                return data.left(end + 4 + length);
            }
        }
        // The server runs on this thread: wait by turning the event loop, never by blocking.
        if (socket.bytesAvailable() == 0) {
            QTest::qWait(5);
        }
        data += socket.readAll();
    }
    return data;
}

} // namespace

class TestTestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void health_data();
    void health();
    void healthSilent();
    void auth_data();
    void auth();
    void seedUserExample();
    void createPullPagingTombstones();
    void pullRejectsBadParameters_data();
    void pullRejectsBadParameters();
    void idempotentReplay();
    void idempotencyAfterCutConnection();
    void versionConflicts();
    void validation_data();
    void validation();
    void faults_data();
    void faults();
    void faultPathPrefixAndOrder();
    void failRate();
    void thirdParty_data();
    void thirdParty();
    void hhPaging();
    void messagesAndChat();
    void requestInSmallPieces();
    void pipelinedAndKeepAlive();
    void chunkedBodyRefused();
    void concurrentConnections();
    void persistsAcrossRestart();
    void contractNamesEveryResource();

private:
    Answer call(const QByteArray &method, const QString &target, const QByteArray &body = {},
                const Headers &headers = {}, bool auth = true, int timeoutMs = 10000);
    Answer post(const QString &target, const QJsonObject &body, const QByteArray &key)
    {
        return call("POST", target, toJson(body), {{"Idempotency-Key", key}});
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestTestServer::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestTestServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

Answer TestTestServer::call(const QByteArray &method, const QString &target, const QByteArray &body,
                            const Headers &headers, bool auth, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + target));
    if (auth) {
        request.setRawHeader("Authorization", "Bearer " + kKey);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    Answer answer;
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

void TestTestServer::health_data()
{
    QTest::addColumn<Faults::Health>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok") << Faults::Health::Ok << 200 << QStringLiteral("ok");
    QTest::newRow("degraded") << Faults::Health::Degraded << 200 << QStringLiteral("degraded");
    QTest::newRow("down") << Faults::Health::Down << 503 << QStringLiteral("down");
}

void TestTestServer::health()
{
    QFETCH(Faults::Health, state);
    QFETCH(int, status);
    QFETCH(QString, text);
    m_server->faults().setHealth(state);
    const Answer answer = call("GET", QStringLiteral("/api/v1/health"), {}, {}, false);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json().value(u"status").toString(), text);
    QVERIFY(!answer.header("X-Request-Id").isEmpty());
}

void TestTestServer::healthSilent()
{
    m_server->faults().setHealth(Faults::Health::Silent);
    const Answer silent = call("GET", QStringLiteral("/api/v1/health"), {}, {}, false, 300);
    QCOMPARE(silent.status, 0);
    QVERIFY(silent.error != QNetworkReply::NoError);
    // The rest of the API still answers.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/vacancies")).status, 200);
    m_server->faults().setHealth(Faults::Health::Ok);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/health"), {}, {}, false).status, 200);
}

void TestTestServer::auth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong key") << QByteArray("Bearer nope") << 401;
    QTest::newRow("basic") << QByteArray("Basic dGVzdDp0ZXN0") << 401;
    QTest::newRow("key without scheme") << kKey << 401;
    QTest::newRow("right key") << QByteArray("Bearer " + kKey) << 200;
}

void TestTestServer::auth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    Headers headers;
    if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    const Answer answer = call("GET", QStringLiteral("/api/v1/candidates"), {}, headers, false);
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QCOMPARE(answer.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(answer.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(answer.json().value(u"error").toObject().value(u"request_id").toString(),
                 QString::fromLatin1(answer.header("X-Request-Id")));
    }
}

void TestTestServer::seedUserExample()
{
    // Shaped like seed 004's request (the same fields, integer manager_id, no Idempotency-Key).
    const QByteArray body = R"({
  "first_name": "Alina",
  "last_name": "Sokolova",
  "email": "alina.sokolova@example.com",
  "job_title": "Onboarding Specialist",
  "department": "People Operations",
  "manager_id": 4107
})";
    const Answer created = call("POST", QStringLiteral("/api/v1/users"), body);
    QCOMPARE(created.status, 201);
    const QJsonObject employee = created.json();
    QCOMPARE(employee.value(u"first_name").toString(), QStringLiteral("Alina"));
    QCOMPARE(employee.value(u"manager_id").toString(), QStringLiteral("4107"));
    QCOMPARE(employee.value(u"version").toInt(), 1);
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(created.header("Location"),
             "/api/v1/employees/" + employee.value(u"id").toString().toLatin1());

    // The same user again: refused, not doubled.
    const Answer again = call("POST", QStringLiteral("/api/v1/users"), body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("email_taken"));
    QCOMPARE(m_server->platform().count(QStringLiteral("employees")), 1);

    const Answer pulled = call("GET", QStringLiteral("/api/v1/employees"));
    QCOMPARE(pulled.json().value(u"items").toArray().size(), 1);
    QCOMPARE(pulled.json().value(u"items").toArray().first().toObject(), employee);
}

void TestTestServer::createPullPagingTombstones()
{
    QSet<QString> created;
    for (int i = 0; i < 25; ++i) {
        const Answer answer =
            post(QStringLiteral("/api/v1/message_templates"),
                 templateBody(QStringLiteral("T%1").arg(i)), "create-" + QByteArray::number(i));
        QCOMPARE(answer.status, 201);
        created.insert(answer.json().value(u"id").toString());
    }
    QCOMPARE(created.size(), 25);

    // Full pull in pages of 10: 10 + 10 + 5, then no token.
    QSet<QString> pulled;
    QList<int> pageSizes;
    QString token;
    QString cursor;
    do {
        QString target = QStringLiteral("/api/v1/message_templates?page_size=10");
        if (!token.isEmpty()) {
            target += QStringLiteral("&page_token=") + token;
        }
        const Answer page = call("GET", target);
        QCOMPARE(page.status, 200);
        const QJsonObject json = page.json();
        QVERIFY(json.contains(u"next_page_token"));
        QVERIFY(!json.value(u"cursor").toString().isEmpty());
        const QJsonArray items = json.value(u"items").toArray();
        pageSizes.append(int(items.size()));
        for (const QJsonValue &item : items) {
            pulled.insert(item.toObject().value(u"id").toString());
            QCOMPARE(item.toObject().value(u"deleted").toBool(), false);
        }
        token = json.value(u"next_page_token").toString();
        cursor = json.value(u"cursor").toString();
    } while (!token.isEmpty());
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(pulled, created);

    // Nothing changed: an empty page and the same cursor.
    const Answer none =
        call("GET", QStringLiteral("/api/v1/message_templates?updated_since=") + cursor);
    QCOMPARE(none.json().value(u"items").toArray().size(), 0);
    QCOMPARE(none.json().value(u"cursor").toString(), cursor);
    QVERIFY(none.json().value(u"next_page_token").isNull());

    // An edit and a delete come as the changed record and a tombstone, in that order.
    const QString edited = *created.begin();
    const QString removed = *std::next(created.begin());
    QCOMPARE(call("PATCH", QStringLiteral("/api/v1/message_templates/") + edited,
                  R"({"subject":"Changed"})", {{"Idempotency-Key", "e1"}, {"If-Match", "1"}})
                 .status,
             200);
    QCOMPARE(call("DELETE", QStringLiteral("/api/v1/message_templates/") + removed, {},
                  {{"Idempotency-Key", "d1"}, {"If-Match", "\"1\""}})
                 .status,
             200);
    // Other resources' changes do not show up here.
    QVERIFY(!m_server->platform()
                 .create(QStringLiteral("contacts"),
                         {{QStringLiteral("full_name"), QStringLiteral("X")}})
                 .isEmpty());
    const Answer changes =
        call("GET", QStringLiteral("/api/v1/message_templates?updated_since=") + cursor);
    const QJsonArray items = changes.json().value(u"items").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value(u"id").toString(), edited);
    QCOMPARE(items[0].toObject().value(u"subject").toString(), QStringLiteral("Changed"));
    QCOMPARE(items[0].toObject().value(u"version").toInt(), 2);
    const QJsonObject tombstone = items[1].toObject();
    QCOMPARE(tombstone.keys(),
             (QStringList{QStringLiteral("deleted"), QStringLiteral("id"),
                          QStringLiteral("updated_at"), QStringLiteral("version")}));
    QCOMPARE(tombstone.value(u"id").toString(), removed);
    QCOMPARE(tombstone.value(u"deleted").toBool(), true);
    QCOMPARE(tombstone.value(u"version").toInt(), 2);
    QVERIFY(changes.json().value(u"cursor").toString() != cursor);

    // A cursor saved after a middle page resumes where that page ended.
    const Answer first = call("GET", QStringLiteral("/api/v1/message_templates?page_size=10"));
    const QString middle = first.json().value(u"cursor").toString();
    const Answer rest = call("GET", QStringLiteral("/api/v1/message_templates?page_size=100&"
                                                   "updated_since=") +
                                        middle);
    QCOMPARE(first.json().value(u"items").toArray().size() +
                 rest.json().value(u"items").toArray().size(),
             25);
}

void TestTestServer::pullRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("cursor not ours")
        << QStringLiteral("updated_since=2026-01-01T00:00:00Z") << QStringLiteral("invalid_cursor");
    QTest::newRow("page size 0") << QStringLiteral("page_size=0")
                                 << QStringLiteral("invalid_page_size");
    QTest::newRow("page size too big")
        << QStringLiteral("page_size=1001") << QStringLiteral("invalid_page_size");
    QTest::newRow("page size text")
        << QStringLiteral("page_size=ten") << QStringLiteral("invalid_page_size");
    QTest::newRow("page token junk")
        << QStringLiteral("page_token=abc") << QStringLiteral("invalid_page_token");
    // A token of the candidates pull used on another resource.
    QTest::newRow("page token of another resource")
        << QStringLiteral("page_token=cDE6Y2FuZGlkYXRlczowOjM")
        << QStringLiteral("invalid_page_token");
}

void TestTestServer::pullRejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Answer answer = call("GET", QStringLiteral("/api/v1/vacancies?") + query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
}

void TestTestServer::idempotentReplay()
{
    const Answer first = post(QStringLiteral("/api/v1/message_templates"),
                              templateBody(QStringLiteral("Invite")), "key-1");
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const Answer second = post(QStringLiteral("/api/v1/message_templates"),
                               templateBody(QStringLiteral("Invite")), "key-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(second.json(), first.json());
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 1);

    // Same key, different request: refused, nothing written.
    const Answer reused = post(QStringLiteral("/api/v1/message_templates"),
                               templateBody(QStringLiteral("Other")), "key-1");
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 1);

    // A write without a key is refused.
    const Answer keyless = call("POST", QStringLiteral("/api/v1/message_templates"),
                                toJson(templateBody(QStringLiteral("No key"))));
    QCOMPARE(keyless.status, 400);
    QCOMPARE(keyless.errorCode(), QStringLiteral("idempotency_key_required"));

    // A failed write does not use its key up: fixed and retried, it goes through.
    QJsonObject invalid = templateBody(QStringLiteral("Fixed later"));
    invalid.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
    QCOMPARE(post(QStringLiteral("/api/v1/message_templates"), invalid, "key-2").status, 422);
    QCOMPARE(post(QStringLiteral("/api/v1/message_templates"),
                  templateBody(QStringLiteral("Fixed later")), "key-2")
                 .status,
             201);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 2);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), 2);
}

void TestTestServer::idempotencyAfterCutConnection()
{
    // The server makes the change, then the answer is lost: the client's retry with the same
    // key gets the first answer and no second record.
    m_server->faults().cutNext(1, QStringLiteral("/api/v1/candidates"));
    const QJsonObject candidate{{QStringLiteral("full_name"), QStringLiteral("Анна Петрова")},
                                {QStringLiteral("phone_e164"), QStringLiteral("+79161234567")}};
    const Answer lost = post(QStringLiteral("/api/v1/candidates"), candidate, "cand-1");
    // Either the client sees the cut, or QNAM sent the POST again by itself and got the replay.
    QVERIFY(lost.cutShort() || lost.header("Idempotent-Replayed") == "true");
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 1);
    const Answer retry = post(QStringLiteral("/api/v1/candidates"), candidate, "cand-1");
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 1);

    // A 503 before processing: nothing was made, the retry makes it once.
    m_server->faults().failNext(1, 503);
    QCOMPARE(post(QStringLiteral("/api/v1/candidates"), candidate, "cand-2").status, 503);
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 1);
    const Answer made = post(QStringLiteral("/api/v1/candidates"), candidate, "cand-2");
    QCOMPARE(made.status, 201);
    QVERIFY(made.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 2);
}

void TestTestServer::versionConflicts()
{
    const QString id = m_server->platform().create(
        QStringLiteral("contacts"), {{QStringLiteral("full_name"), QStringLiteral("Ольга")},
                                     {QStringLiteral("role"), QStringLiteral("HR")}});
    const QString path = QStringLiteral("/api/v1/contacts/") + id;
    const auto patch = [&](const QByteArray &key, const QByteArray &version,
                           const QByteArray &body) {
        Headers headers{{"Idempotency-Key", key}};
        if (!version.isNull()) {
            headers.append({"If-Match", version});
        }
        return call("PATCH", path, body, headers);
    };

    const Answer ok = patch("p1", "1", R"({"role":"HR lead"})");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"version").toInt(), 2);
    QCOMPARE(ok.header("ETag"), QByteArray("\"2\""));

    const Answer stale = patch("p2", "1", R"({"role":"Stale"})");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), QStringLiteral("version_conflict"));
    QCOMPARE(stale.json().value(u"current").toObject().value(u"role").toString(),
             QStringLiteral("HR lead"));
    QCOMPARE(stale.json().value(u"current").toObject().value(u"version").toInt(), 2);

    const Answer missing = patch("p3", QByteArray(), R"({"role":"X"})");
    QCOMPARE(missing.status, 428);
    QCOMPARE(patch("p3", "W/\"x\"", R"({"role":"X"})").status, 400);

    // Someone else edits on the server: the client's version is stale now.
    QVERIFY(m_server->platform().edit(QStringLiteral("contacts"), id,
                                      {{QStringLiteral("notes"), QStringLiteral("by admin")}}));
    const Answer theirs = patch("p4", "2", R"({"role":"Mine"})");
    QCOMPARE(theirs.status, 412);
    QCOMPARE(theirs.json().value(u"current").toObject().value(u"notes").toString(),
             QStringLiteral("by admin"));

    // A forced conflict answers 412 even with the right version, once.
    m_server->faults().conflictNext(QStringLiteral("contacts"), id);
    QCOMPARE(patch("p5", "3", R"({"role":"Mine"})").status, 412);
    QCOMPARE(patch("p5", "3", R"({"role":"Mine"})").status, 200);
    QCOMPARE(m_server->platform().record(QStringLiteral("contacts"), id).value(u"role").toString(),
             QStringLiteral("Mine"));

    // Delete: stale version refused, right one leaves a tombstone; then it is gone.
    QCOMPARE(call("DELETE", path, {}, {{"Idempotency-Key", "d1"}, {"If-Match", "1"}}).status, 412);
    const Answer deleted = call("DELETE", path, {}, {{"Idempotency-Key", "d2"}, {"If-Match", "4"}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"deleted").toBool(), true);
    QCOMPARE(deleted.json().value(u"version").toInt(), 5);
    QCOMPARE(call("GET", path).status, 404);
    QCOMPARE(patch("p6", "*", R"({"role":"Ghost"})").status, 404);
    // The delete's retry replays; it is not a 404.
    const Answer replay = call("DELETE", path, {}, {{"Idempotency-Key", "d2"}, {"If-Match", "4"}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
}

void TestTestServer::validation_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("fields");
    const QByteArray json = "application/json";
    QTest::newRow("valid candidate")
        << QStringLiteral("candidates") << QByteArray(R"({"full_name":"A","rating":5})") << json
        << 201 << QStringList();
    QTest::newRow("missing required")
        << QStringLiteral("candidates") << QByteArray(R"({"rating":1})") << json << 422
        << QStringList{QStringLiteral("full_name")};
    QTest::newRow("rating out of range")
        << QStringLiteral("candidates") << QByteArray(R"({"full_name":"A","rating":6})") << json
        << 422 << QStringList{QStringLiteral("rating")};
    QTest::newRow("unknown and read-only fields")
        << QStringLiteral("candidates") << QByteArray(R"({"full_name":"A","id":"x","colour":1})")
        << json << 422 << QStringList{QStringLiteral("colour"), QStringLiteral("id")};
    QTest::newRow("null where not nullable")
        << QStringLiteral("candidates") << QByteArray(R"({"full_name":null,"tags":null})") << json
        << 422 << QStringList{QStringLiteral("full_name"), QStringLiteral("tags")};
    QTest::newRow("bad enum and date")
        << QStringLiteral("assignments")
        << QByteArray(R"({"employee_id":"e","scenario_id":"s","start_date":"01.02.2026",)"
                      R"("status":"paused"})")
        << json << 422 << QStringList{QStringLiteral("start_date"), QStringLiteral("status")};
    QTest::newRow("nested stage")
        << QStringLiteral("vacancies")
        << QByteArray(R"({"title":"QA","stages":[{"position":0,"name":"New"},{"position":1}]})")
        << json << 422 << QStringList{QStringLiteral("stages[1].name")};
    QTest::newRow("vacancy with stages")
        << QStringLiteral("vacancies")
        << QByteArray(R"({"title":"QA","stages":[{"position":0,"name":"New"}]})") << json << 201
        << QStringList();
    QTest::newRow("not json") << QStringLiteral("candidates") << QByteArray("{full_name: A") << json
                              << 400 << QStringList();
    QTest::newRow("json array") << QStringLiteral("candidates") << QByteArray("[]") << json << 400
                                << QStringList();
    QTest::newRow("form body") << QStringLiteral("candidates") << QByteArray("full_name=A")
                               << QByteArray("application/x-www-form-urlencoded") << 415
                               << QStringList();
}

void TestTestServer::validation()
{
    QFETCH(QString, resource);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QStringList, fields);
    const Answer answer =
        call("POST", QStringLiteral("/api/v1/") + resource, body,
             {{"Idempotency-Key", QTest::currentDataTag()}, {"Content-Type", contentType}});
    QCOMPARE(answer.status, status);
    QStringList problems;
    const QJsonArray details = answer.json().value(u"error").toObject().value(u"details").toArray();
    for (const QJsonValue &detail : details) {
        problems.append(detail.toObject().value(u"field").toString());
    }
    problems.sort();
    QCOMPARE(problems, fields);
    if (status == 201 && resource == u"vacancies") {
        // The server names the stages candidates will point at.
        const QJsonArray stages = answer.json().value(u"stages").toArray();
        QVERIFY(!stages.first().toObject().value(u"id").toString().isEmpty());
    }
}

void TestTestServer::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");    // -1: whatever arrived before the cut
    QTest::addColumn<bool>("cutShort"); // the answer did not arrive whole
    QTest::addColumn<bool>("validJson");
    QTest::newRow("500") << QStringLiteral("500") << 500 << false << true;
    QTest::newRow("503") << QStringLiteral("503") << 503 << false << true;
    QTest::newRow("429") << QStringLiteral("429") << 429 << false << true;
    QTest::newRow("malformed") << QStringLiteral("malformed") << 200 << false << false;
    QTest::newRow("cut") << QStringLiteral("cut") << -1 << true << false;
    QTest::newRow("hold") << QStringLiteral("hold") << 0 << true << false;
    QTest::newRow("latency") << QStringLiteral("latency") << 200 << false << true;
}

void TestTestServer::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(bool, cutShort);
    QFETCH(bool, validJson);
    m_server->platform().seedCandidates(30);
    Faults &faults = m_server->faults();
    if (fault == u"500" || fault == u"503") {
        faults.failNext(2, fault.toInt());
    } else if (fault == u"429") {
        faults.throttleNext(2, 7);
    } else if (fault == u"malformed") {
        faults.malformNext(2);
    } else if (fault == u"cut") {
        // QNAM may send a GET again by itself after a cut: enough cuts for its retries too.
        faults.cutNext(10);
    } else if (fault == u"hold") {
        faults.holdNext(2);
    } else {
        faults.setLatency(250);
    }
    const QString target = QStringLiteral("/api/v1/candidates?page_size=20");
    for (int round = 0; round < 2; ++round) {
        const Answer answer = call("GET", target, {}, {}, true, fault == u"hold" ? 300 : 10000);
        if (status >= 0) {
            QCOMPARE(answer.status, status);
        }
        QCOMPARE(answer.cutShort(), cutShort);
        QJsonParseError parse;
        QJsonDocument::fromJson(answer.body, &parse);
        QCOMPARE(parse.error == QJsonParseError::NoError, validJson);
        if (status >= 429) {
            QCOMPARE(answer.errorCode(), status == 429 ? QStringLiteral("rate_limited")
                                                       : QStringLiteral("unavailable"));
        }
        if (status == 429) {
            QCOMPARE(answer.header("Retry-After"), QByteArray("7"));
        }
        if (fault == u"latency") {
            QVERIFY2(answer.elapsedMs >= 240, QByteArray::number(answer.elapsedMs));
        }
    }
    // Used up (latency stays until cleared): the third request is served whole.
    if (fault != u"cut") {
        QCOMPARE(faults.pending(), 0);
    }
    faults.clear();
    const Answer after = call("GET", target);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"items").toArray().size(), 20);
    // Every attempt was recorded, answered or not (QNAM itself may have sent one again after a
    // cut, so at least these three).
    QVERIFY(m_server->recorded(QStringLiteral("platform")).size() >= 3);
}

void TestTestServer::faultPathPrefixAndOrder()
{
    Faults &faults = m_server->faults();
    faults.failNext(1, 502, QStringLiteral("/api/v1/candidates"));
    faults.throttleNext(1, 3);
    // The throttle is the first armed fault a vacancies request matches.
    QCOMPARE(call("GET", QStringLiteral("/api/v1/vacancies")).status, 429);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/vacancies")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/candidates")).status, 502);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/candidates")).status, 200);
    faults.failNext(5);
    faults.clear();
    QCOMPARE(faults.pending(), 0);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/candidates")).status, 200);
}

void TestTestServer::failRate()
{
    m_server->faults().setFailRate(0.5, 42);
    int failed = 0;
    for (int i = 0; i < 40; ++i) {
        const int status = call("GET", QStringLiteral("/api/v1/contacts")).status;
        QVERIFY(status == 200 || status == 503);
        failed += status == 503 ? 1 : 0;
    }
    QVERIFY2(failed > 5 && failed < 35, QByteArray::number(failed));
}

void TestTestServer::thirdParty_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expect"); // a key of the JSON answer, or the text answer

    const QByteArray adf =
        R"({"type":"doc","version":1,"content":[{"type":"paragraph","content":[)"
        R"({"type":"text","text":"Employee X finished 'Study corporate documents'"}]}]})";
    QTest::newRow("jira issue")
        << QStringLiteral("jira") << QStringLiteral("/rest/api/3/issue")
        << QByteArray("Basic dXNlcjp0b2tlbg==")
        << QByteArray(R"({"fields":{"project":{"key":"ONB"},"issuetype":{"name":"Task"},)"
                      R"("summary":"Stage done","description":)" +
                      adf + "}}")
        << 201 << QStringLiteral("key");
    QTest::newRow("jira without summary")
        << QStringLiteral("jira") << QStringLiteral("/rest/api/3/issue") << QByteArray("Bearer t")
        << QByteArray(R"({"fields":{"project":{"key":"ONB"},"issuetype":{"name":"Task"}}})") << 400
        << QStringLiteral("errors");
    QTest::newRow("jira plain description")
        << QStringLiteral("jira") << QStringLiteral("/rest/api/3/issue") << QByteArray("Bearer t")
        << QByteArray(R"({"fields":{"project":{"key":"ONB"},"issuetype":{"name":"Task"},)"
                      R"("summary":"S","description":"plain text"}})")
        << 400 << QStringLiteral("errors");
    QTest::newRow("jira without auth")
        << QStringLiteral("jira") << QStringLiteral("/rest/api/3/issue") << QByteArray()
        << QByteArray(R"({"fields":{}})") << 401 << QStringLiteral("errorMessages");
    QTest::newRow("zoom meeting")
        << QStringLiteral("zoom") << QStringLiteral("/v2/users/me/meetings")
        << QByteArray("Bearer zoom-token")
        << QByteArray(R"({"topic":"Welcome meeting","type":2,"start_time":"2026-03-02T10:00:00Z",)"
                      R"("duration":45,"agenda":"Intro","settings":{"auto_recording":"cloud"}})")
        << 201 << QStringLiteral("join_url");
    QTest::newRow("zoom bad start")
        << QStringLiteral("zoom") << QStringLiteral("/v2/users/me/meetings")
        << QByteArray("Bearer zoom-token")
        << QByteArray(R"({"topic":"T","type":2,"start_time":"tomorrow"})") << 400
        << QStringLiteral("code");
    QTest::newRow("graph mail")
        << QStringLiteral("graph") << QStringLiteral("/v1.0/me/sendMail")
        << QByteArray("Bearer graph-token")
        << QByteArray(
               R"({"message":{"subject":"Hi","body":{"contentType":"Text","content":"Hello"},)"
               R"("toRecipients":[{"emailAddress":{"address":"a@example.com"}}]},)"
               R"("saveToSentItems":true})")
        << 202 << QString();
    QTest::newRow("graph no recipients")
        << QStringLiteral("graph") << QStringLiteral("/v1.0/me/sendMail")
        << QByteArray("Bearer graph-token")
        << QByteArray(R"({"Message":{"Subject":"Hi","ToRecipients":[]}})") << 400
        << QStringLiteral("error");
    QTest::newRow("slack webhook")
        << QStringLiteral("slack") << QStringLiteral("/slack/webhook/T000/B000/XXXX")
        << QByteArray() << QByteArray(R"({"text":"Welcome to #new-hires"})") << 200
        << QStringLiteral("ok");
    QTest::newRow("slack without text")
        << QStringLiteral("slack") << QStringLiteral("/slack/webhook/T000/B000/XXXX")
        << QByteArray() << QByteArray(R"({"channel":"#new-hires"})") << 400
        << QStringLiteral("no_text");
}

void TestTestServer::thirdParty()
{
    QFETCH(QString, service);
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, expect);
    Headers headers{{"X-Request-Id", "req-42"}};
    if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    const Answer answer = call("POST", target, body, headers, false);
    QCOMPARE(answer.status, status);
    if (status == 202) {
        QVERIFY(answer.body.isEmpty());
    } else if (service == u"slack") {
        QCOMPARE(answer.body, expect.toUtf8());
    } else {
        QVERIFY2(answer.json().contains(expect), answer.body.constData());
    }
    if (service == u"jira" && status == 201) {
        QCOMPARE(answer.json().value(u"key").toString(), QStringLiteral("ONB-1"));
        QVERIFY(answer.json().value(u"self").toString().startsWith(
            m_server->baseUrl().toString() + QStringLiteral("/rest/api/3/issue/")));
    }
    const QList<RecordedRequest> recorded = m_server->recorded(service);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().method, QByteArray("POST"));
    QCOMPARE(recorded.first().path, target);
    QCOMPARE(recorded.first().body, body);
    QCOMPARE(recorded.first().status, status);
    QCOMPARE(recorded.first().header("authorization"), authorization);
    QCOMPARE(recorded.first().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(answer.header("X-Request-Id"), QByteArray("req-42"));
    QVERIFY(m_server->recorded(QStringLiteral("platform")).isEmpty());
}

void TestTestServer::hhPaging()
{
    m_server->mocks().seedHhResponses(QStringLiteral("93000001"), 120);
    const Headers auth{{"Authorization", "Bearer hh-token"}, {"HH-User-Agent", "Butterdesk/0.1"}};
    QList<int> sizes;
    QSet<QString> ids;
    for (int page = 0; page < 4; ++page) {
        const Answer answer =
            call("GET",
                 QStringLiteral("/negotiations/response?vacancy_id=93000001&per_page=50&page=%1")
                     .arg(page),
                 {}, auth, false);
        QCOMPARE(answer.status, 200);
        const QJsonObject json = answer.json();
        QCOMPARE(json.value(u"found").toInt(), 120);
        QCOMPARE(json.value(u"pages").toInt(), 3);
        QCOMPARE(json.value(u"page").toInt(), page);
        const QJsonArray items = json.value(u"items").toArray();
        sizes.append(int(items.size()));
        for (const QJsonValue &item : items) {
            ids.insert(item.toObject().value(u"id").toString());
            const QJsonObject resume = item.toObject().value(u"resume").toObject();
            QVERIFY(!resume.value(u"last_name").toString().isEmpty());
            // As on hh.ru, the list's short resume has no contacts, only the full one's url.
            QVERIFY(!resume.contains(u"contact"));
            QVERIFY(resume.value(u"url").toString().contains(u"/resumes/"));
        }
    }
    const QUrl resumeUrl(call("GET",
                              QStringLiteral("/negotiations/response?vacancy_id=93000001&page=0"),
                              {}, auth, false)
                             .json()
                             .value(u"items")
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"resume")
                             .toObject()
                             .value(u"url")
                             .toString());
    const Answer resume = call("GET", resumeUrl.path() + u'?' + resumeUrl.query(), {}, auth, false);
    QCOMPARE(resume.status, 200);
    QCOMPARE(resume.json().value(u"contact").toArray().size(), 2);
    QCOMPARE(call("GET", resumeUrl.path(), {}, {{"HH-User-Agent", "Butterdesk/0.1"}}, false).status,
             403);
    QCOMPARE(sizes, (QList<int>{50, 50, 20, 0}));
    QCOMPARE(ids.size(), 120);
    QCOMPARE(m_server->recorded(QStringLiteral("hh")).first().header("HH-User-Agent"),
             QByteArray("Butterdesk/0.1"));

    const Answer tooMany =
        call("GET", QStringLiteral("/negotiations/response?vacancy_id=93000001&per_page=51"), {},
             auth, false);
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.json().value(u"bad_argument").toString(), QStringLiteral("per_page"));
    QCOMPARE(
        call("GET", QStringLiteral("/negotiations/response?vacancy_id=1"), {}, auth, false).status,
        404);
    QCOMPARE(
        call("GET", QStringLiteral("/negotiations/response?vacancy_id=93000001"), {}, {}, false)
            .status,
        403);
}

void TestTestServer::messagesAndChat()
{
    const Answer sent = post(QStringLiteral("/api/v1/messages"),
                             {{QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("to"), QStringLiteral("anna@example.com")},
                              {QStringLiteral("subject"), QStringLiteral("Invitation")},
                              {QStringLiteral("body"), QStringLiteral("Come on Monday")}},
                             "msg-1");
    QCOMPARE(sent.status, 202);
    QCOMPARE(sent.json().value(u"status").toString(), QStringLiteral("queued"));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/messages")).status, 405);

    const QString article = m_server->platform().create(
        QStringLiteral("kb_articles"),
        {{QStringLiteral("title"), QStringLiteral("Отпуск: как оформить")},
         {QStringLiteral("body"), QStringLiteral("Заявление на отпуск подаётся за две недели "
                                                 "через портал.")}});
    QVERIFY(!article.isEmpty());
    const Answer answered =
        call("POST", QStringLiteral("/api/v1/chat"),
             toJson({{QStringLiteral("question"), QStringLiteral("Как оформить отпуск?")}}));
    QCOMPARE(answered.status, 200);
    QVERIFY(!answered.json().value(u"answer").toString().isEmpty());
    QCOMPARE(answered.json().value(u"sources").toArray().first().toObject().value(u"article_id"),
             QJsonValue(article));
    QCOMPARE(answered.json().value(u"confidence").toString(), QStringLiteral("high"));

    const Answer unknown =
        call("POST", QStringLiteral("/api/v1/chat"),
             toJson({{QStringLiteral("question"), QStringLiteral("Where is the parking?")}}));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.json().value(u"answer").toString().isEmpty());
    QVERIFY(unknown.json().value(u"sources").toArray().isEmpty());
    QCOMPARE(unknown.json().value(u"confidence").toString(), QStringLiteral("low"));
    QCOMPARE(call("POST", QStringLiteral("/api/v1/chat"), R"({"question":" "})").status, 422);
}

void TestTestServer::requestInSmallPieces()
{
    const QByteArray body = toJson(templateBody(QStringLiteral("Слово за словом")));
    const QByteArray request = "POST /api/v1/message_templates HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\n"
                               "Authorization: Bearer " +
                               kKey +
                               "\r\n"
                               "Idempotency-Key: pieces-1\r\n"
                               "Content-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    // 3-byte writes with the event loop turning in between: the server sees many reads,
    // split inside the request line, inside headers, between \r and \n and inside the body.
    int writes = 0;
    for (qsizetype at = 0; at < request.size(); at += 3) {
        socket.write(request.mid(at, 3));
        QVERIFY(socket.waitForBytesWritten(1000));
        QTest::qWait(1);
        ++writes;
    }
    QVERIFY(writes > 40);
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 201 Created\r\n"), response.constData());
    const QJsonObject record =
        QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(record.value(u"name").toString(), QStringLiteral("Слово за словом"));
    QCOMPARE(m_server->recorded().size(), 1);
    QCOMPARE(m_server->recorded().first().body, body);
}

void TestTestServer::pipelinedAndKeepAlive()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray get = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    // Two requests in one write; then a third on the same connection after the answers.
    socket.write(get + get);
    QByteArray pending;
    const QByteArray first = readResponse(socket, &pending);
    QVERIFY2(first.startsWith("HTTP/1.1 200 OK"), first.constData());
    QVERIFY(first.contains("Connection: keep-alive"));
    const QByteArray second = readResponse(socket, &pending);
    QVERIFY2(second.startsWith("HTTP/1.1 200 OK"), second.constData());
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const QByteArray third = readResponse(socket, &pending);
    QVERIFY(third.contains("Connection: close"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState ||
            socket.waitForDisconnected(2000));
    QCOMPARE(m_server->recorded().size(), 3);
}

void TestTestServer::chunkedBodyRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "2\r\n{}\r\n0\r\n\r\n");
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 501 "), response.constData());
}

void TestTestServer::concurrentConnections()
{
    // Ten requests at once, each answered 300 ms late: served side by side, not in a queue.
    m_server->faults().setLatency(300);
    QList<QTcpSocket *> sockets;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        sockets.append(socket);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 10, 5000);
    int answered = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            answered = 0;
            for (QTcpSocket *socket : sockets) {
                answered += socket->bytesAvailable() > 0 ? 1 : 0;
            }
            return answered == 10;
        }(),
        5000);
    QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()));
    qDeleteAll(sockets);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestTestServer::persistsAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.sqlite"));
    QString id;
    QString cursor;
    {
        m_server = std::make_unique<TestServer>();
        m_server->setApiKey(kKey);
        QVERIFY(m_server->start(0, path));
        const Answer created =
            post(QStringLiteral("/api/v1/scenarios"),
                 {{QStringLiteral("name"), QStringLiteral("Первая неделя")}}, "scn-1");
        QCOMPARE(created.status, 201);
        id = created.json().value(u"id").toString();
        cursor =
            call("GET", QStringLiteral("/api/v1/scenarios")).json().value(u"cursor").toString();
    }
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY(m_server->start(0, path));
    QCOMPARE(m_server->platform().record(QStringLiteral("scenarios"), id).value(u"name").toString(),
             QStringLiteral("Первая неделя"));
    // The key survives the restart: still a replay, still one record.
    const Answer replay =
        post(QStringLiteral("/api/v1/scenarios"),
             {{QStringLiteral("name"), QStringLiteral("Первая неделя")}}, "scn-1");
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_server->platform().count(QStringLiteral("scenarios")), 1);
    // The change sequence goes on from where it was: the old cursor sees only the new change.
    QVERIFY(m_server->platform().edit(QStringLiteral("scenarios"), id,
                                      {{QStringLiteral("description"), QStringLiteral("v2")}}));
    const Answer changes = call("GET", QStringLiteral("/api/v1/scenarios?updated_since=") + cursor);
    QCOMPARE(changes.json().value(u"items").toArray().size(), 1);
}

void TestTestServer::contractNamesEveryResource()
{
    QFile file(QStringLiteral(BBD_SOURCE_DIR "/resources/api/butterboard-platform.openapi.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    QVERIFY(yaml.startsWith("#") && yaml.contains("\nopenapi: 3.0.3\n"));
    for (const QByteArray &path : {QByteArray("/api/v1/health:"), QByteArray("/api/v1/users:"),
                                   QByteArray("/api/v1/chat:")}) {
        QVERIFY2(yaml.contains(QByteArray("  " + path)), path.constData());
    }
    for (const PlatformApi::Resource &resource : PlatformApi::resources()) {
        const QByteArray base = "  /api/v1/" + resource.name.toLatin1();
        QVERIFY2(yaml.contains(QByteArray(base + ":\n")), base.constData());
        QCOMPARE(yaml.contains(QByteArray(base + "/{id}:\n")), resource.pullable);
        for (const PlatformApi::Field &field : resource.fields) {
            QVERIFY2(yaml.contains(QByteArray(' ' + field.name.toLatin1() + ':')),
                     qPrintable(resource.name + u'.' + field.name));
        }
    }
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
