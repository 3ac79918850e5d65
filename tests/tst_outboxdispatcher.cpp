// The outbox dispatcher against the real loopback server: every row delivered once and in
// order per entity through 5xx storms, 429s, cut connections, conflicts and a refused key,
// with its state kept in the database across a restart.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformJobs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {

const QByteArray kKey = "outbox-key";

struct RowState
{
    QString status;
    int attempts = 0;
    QString lastError;
    int httpStatus = 0;
    QString nextAttemptAt;
    QString conflictRecord;
    QString response;
    QString key;
};

QByteArray templateBody(int n)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("T%1").arg(n)},
                                     {QStringLiteral("channel"), QStringLiteral("email")},
                                     {QStringLiteral("subject"), QStringLiteral("Hello")},
                                     {QStringLiteral("body"), QStringLiteral("Hi {first_name}")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestOutboxDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void deliversOldestFirstOnce();
    void serverErrorStormThenRecovery_data();
    void serverErrorStormThenRecovery();
    void rateLimitHonoursRetryAfter();
    void cutAfterWriteIsNotDoubled();
    void orderPerEntity();
    void conflictKeepsServerRecord();
    void clientErrorKeepsServerMessage();
    void unauthorizedStopsTheDrain();
    void stateSurvivesReopening();
    void retryNowEndsTheWait();
    void listenersMayDrainAgain();

private:
    qint64 enqueue(const QString &method, const QString &path, const QByteArray &body,
                   const QString &entityType = {}, qint64 entityId = 0,
                   const QString &ifMatch = {});
    RowState row(qint64 id) const;
    int countWithStatus(const QString &status) const;
    std::unique_ptr<OutboxDispatcher> dispatcher(RetryPolicy policy = fastPolicy());
    static RetryPolicy fastPolicy()
    {
        // Real time, but milliseconds instead of seconds, and no randomness.
        return RetryPolicy(
            {5, 10, 80}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; });
    }
    QList<QByteArray> sentKeys(const QString &pathPrefix) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_key;
};

void TestOutboxDispatcher::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("outbox-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_key = QString::fromLatin1(kKey);
}

void TestOutboxDispatcher::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

qint64 TestOutboxDispatcher::enqueue(const QString &method, const QString &path,
                                     const QByteArray &body, const QString &entityType,
                                     qint64 entityId, const QString &ifMatch)
{
    Transaction transaction(m_db->connection());
    QString error;
    const qint64 id = enqueueOutbox(
        m_db->connection(),
        {QStringLiteral("platform"), method, path, body, entityType, entityId, ifMatch}, &error);
    if (id == 0 || !transaction.commit()) {
        qWarning("enqueue failed: %s", qPrintable(error));
        return 0;
    }
    return id;
}

RowState TestOutboxDispatcher::row(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    RowState state;
    if (sql::run(query,
                 QStringLiteral("SELECT status, attempts, last_error, http_status, "
                                "next_attempt_at, conflict_record, response, idempotency_key "
                                "FROM outbox WHERE id = ?"),
                 {id}) &&
        query.next()) {
        state = {query.value(0).toString(), query.value(1).toInt(),    query.value(2).toString(),
                 query.value(3).toInt(),    query.value(4).toString(), query.value(5).toString(),
                 query.value(6).toString(), query.value(7).toString()};
    }
    return state;
}

int TestOutboxDispatcher::countWithStatus(const QString &status) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = ?"),
                    {status}) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

std::unique_ptr<OutboxDispatcher> TestOutboxDispatcher::dispatcher(RetryPolicy policy)
{
    OutboxDispatcher::Options options;
    options.baseUrl = m_server->baseUrl();
    options.timeoutMs = 3000;
    return std::make_unique<OutboxDispatcher>(
        m_db->connection(), m_nam.get(), [this] { return m_key; }, std::move(policy), options);
}

QList<QByteArray> TestOutboxDispatcher::sentKeys(const QString &pathPrefix) const
{
    QList<QByteArray> keys;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        if (request.path.startsWith(pathPrefix) && request.method != "GET") {
            keys.append(request.header("Idempotency-Key"));
        }
    }
    return keys;
}

void TestOutboxDispatcher::deliversOldestFirstOnce()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                           templateBody(i)));
    }
    auto outbox = dispatcher();
    QSignalSpy sent(outbox.get(), &OutboxDispatcher::itemSent);
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(outbox->isDraining());
    QVERIFY(drained.wait(10000));
    QCOMPARE(sent.size(), 5);
    QCOMPARE(countWithStatus(QStringLiteral("sent")), 5);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 5);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), 5);
    QList<QByteArray> expected;
    for (qint64 id : ids) {
        expected.append(row(id).key.toLatin1());
        QCOMPARE(sent.at(ids.indexOf(id)).at(0).toLongLong(), id);
    }
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/message_templates")), expected);
    // The server's record (with the id it gave) is kept with the row.
    const QJsonObject record = QJsonDocument::fromJson(row(ids.first()).response.toUtf8()).object();
    QVERIFY(record.value(u"id").toString().startsWith(u"tpl"));
    QCOMPARE(row(ids.first()).httpStatus, 201);
}

void TestOutboxDispatcher::serverErrorStormThenRecovery_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::newRow("500 x 12") << 500 << 12;
    QTest::newRow("503 x 6") << 503 << 6;
    QTest::newRow("502 x 1") << 502 << 1;
}

void TestOutboxDispatcher::serverErrorStormThenRecovery()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    constexpr int rows = 10;
    for (int i = 0; i < rows; ++i) {
        enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                templateBody(i));
    }
    m_server->faults().failNext(failures, status);
    auto outbox = dispatcher();
    QSignalSpy failed(outbox.get(), &OutboxDispatcher::itemFailed);
    QSignalSpy backingOff(outbox.get(), &OutboxDispatcher::backingOff);
    outbox->drain();
    // No one calls drain() again: the dispatcher comes back by itself after each back-off.
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(QStringLiteral("sent")), rows, 15000);
    QCOMPARE(failed.size(), failures);
    QCOMPARE(backingOff.size(), failures);
    for (const auto &signal : failed) {
        QVERIFY(signal.at(2).toBool()); // will retry
        QVERIFY(!signal.at(1).toString().isEmpty());
    }
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), rows);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), rows);
    QCOMPARE(row(1).attempts, failures + 1);
    // Recovered: the service's back-off is forgotten.
    const ServiceHealth health =
        ServiceHealthTable(m_db->connection()).load(QStringLiteral("platform"));
    QCOMPARE(health.backoff.step, 0);
    QVERIFY(!health.backoff.until.isValid());
    QCOMPARE(health.errorCount, 0);
    QVERIFY(health.lastFailureAt.isValid());
    QVERIFY(health.lastSuccessAt >= health.lastFailureAt);
    // Every request is in the health view's figures.
    const CallStats calls =
        ServiceHealthTable(m_db->connection()).callStats(QStringLiteral("platform"));
    QCOMPARE(calls.calls, rows + failures);
    QCOMPARE(calls.failures, failures);
}

void TestOutboxDispatcher::rateLimitHonoursRetryAfter()
{
    const qint64 id = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                              templateBody(1));
    m_server->faults().throttleNext(1, 1);
    auto outbox = dispatcher();
    QSignalSpy backingOff(outbox.get(), &OutboxDispatcher::backingOff);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    outbox->drain();
    QVERIFY(backingOff.wait(5000));
    // The policy alone would wait 10 ms; the server asked for a second.
    const QDateTime until = backingOff.first().first().toDateTime();
    QVERIFY2(before.msecsTo(until) >= 1000, qPrintable(until.toString(Qt::ISODateWithMs)));
    QCOMPARE(row(id).status, QStringLiteral("failed"));
    QCOMPARE(row(id).httpStatus, 429);
    QCOMPARE(ServiceHealthTable::timeFromText(row(id).nextAttemptAt), until);
    // Asked again before the time: nothing is sent.
    outbox->drain();
    QTest::qWait(200);
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/")).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).status, QStringLiteral("sent"), 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= until);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 1);
}

void TestOutboxDispatcher::cutAfterWriteIsNotDoubled()
{
    const QByteArray body = R"({"full_name":"Анна Петрова","phone_e164":"+79161234567"})";
    const qint64 id = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/candidates"), body,
                              QStringLiteral("candidate"), 1);
    // The server stores the candidate, then the connection breaks mid-answer.
    m_server->faults().cutNext(1, QStringLiteral("/api/v1/candidates"));
    auto outbox = dispatcher();
    outbox->drain();
    QTRY_COMPARE_WITH_TIMEOUT(row(id).status, QStringLiteral("sent"), 10000);
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 1);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), 1);
    const QList<QByteArray> keys = sentKeys(QStringLiteral("/api/v1/candidates"));
    QVERIFY2(keys.size() >= 2, QByteArray::number(keys.size()));
    for (const QByteArray &key : keys) {
        QCOMPARE(key, row(id).key.toLatin1());
    }
    const auto requests = m_server->recorded(QStringLiteral("platform"));
    QCOMPARE(requests.last().status, 201); // the replay of the first answer
}

void TestOutboxDispatcher::orderPerEntity()
{
    // Entity 1: a write the server refuses (422), then one that would succeed; entity 2: a
    // write that succeeds. The refused row holds back its entity's later row, not the other.
    const qint64 refused = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/candidates"),
                                   R"({"rating":9})", QStringLiteral("candidate"), 1);
    const qint64 held = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/candidates"),
                                R"({"full_name":"Held"})", QStringLiteral("candidate"), 1);
    const qint64 other = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/candidates"),
                                 R"({"full_name":"Other"})", QStringLiteral("candidate"), 2);
    auto outbox = dispatcher();
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(drained.wait(10000));
    QCOMPARE(row(refused).status, QStringLiteral("failed"));
    QCOMPARE(row(held).status, QStringLiteral("pending"));
    QCOMPARE(row(held).attempts, 0);
    QCOMPARE(row(other).status, QStringLiteral("sent"));
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/candidates")),
             (QList<QByteArray>{row(refused).key.toLatin1(), row(other).key.toLatin1()}));

    // A transient failure keeps the order too: first row of entity 3 fails once, and its
    // second row goes only after the first one is through.
    m_server->clearRecorded();
    const qint64 first = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/contacts"),
                                 R"({"full_name":"First"})", QStringLiteral("contact"), 3);
    const qint64 second = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/contacts"),
                                  R"({"full_name":"Second"})", QStringLiteral("contact"), 3);
    m_server->faults().failNext(1, 503, QStringLiteral("/api/v1/contacts"));
    outbox->drain();
    QTRY_COMPARE_WITH_TIMEOUT(row(second).status, QStringLiteral("sent"), 10000);
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/contacts")),
             (QList<QByteArray>{row(first).key.toLatin1(), row(first).key.toLatin1(),
                                row(second).key.toLatin1()}));
}

void TestOutboxDispatcher::conflictKeepsServerRecord()
{
    const QString id = m_server->platform().create(
        QStringLiteral("contacts"), {{QStringLiteral("full_name"), QStringLiteral("Ольга")}});
    QVERIFY(m_server->platform().edit(QStringLiteral("contacts"), id,
                                      {{QStringLiteral("role"), QStringLiteral("by admin")}}));
    const QString path = QStringLiteral("/api/v1/contacts/") + id;
    const qint64 edit = enqueue(QStringLiteral("PATCH"), path, R"({"role":"mine"})",
                                QStringLiteral("contact"), 7, QStringLiteral("1"));
    const qint64 later = enqueue(QStringLiteral("PATCH"), path, R"({"notes":"later"})",
                                 QStringLiteral("contact"), 7, QStringLiteral("2"));
    const qint64 unrelated = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/contacts"),
                                     R"({"full_name":"Unrelated"})", QStringLiteral("contact"), 8);
    auto outbox = dispatcher();
    QSignalSpy conflicted(outbox.get(), &OutboxDispatcher::itemConflicted);
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(drained.wait(10000));
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(conflicted.first().at(0).toLongLong(), edit);
    QCOMPARE(conflicted.first().at(1).toJsonObject().value(u"role").toString(),
             QStringLiteral("by admin"));
    const RowState state = row(edit);
    QCOMPARE(state.status, QStringLiteral("conflict"));
    QCOMPARE(state.httpStatus, 412);
    QVERIFY(!state.lastError.isEmpty());
    const QJsonObject server = QJsonDocument::fromJson(state.conflictRecord.toUtf8()).object();
    QCOMPARE(server.value(u"role").toString(), QStringLiteral("by admin"));
    QCOMPARE(server.value(u"version").toInt(), 2);
    QCOMPARE(row(later).status, QStringLiteral("pending"));
    QCOMPARE(row(unrelated).status, QStringLiteral("sent"));
    // Nothing was overwritten on the server.
    QCOMPARE(m_server->platform().record(QStringLiteral("contacts"), id).value(u"role").toString(),
             QStringLiteral("by admin"));
}

void TestOutboxDispatcher::clientErrorKeepsServerMessage()
{
    const qint64 id = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/candidates"),
                              R"({"full_name":"A","rating":6})");
    auto outbox = dispatcher();
    QSignalSpy failed(outbox.get(), &OutboxDispatcher::itemFailed);
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(drained.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toBool(), false); // waits for a person, not a timer
    const RowState state = row(id);
    QCOMPARE(state.status, QStringLiteral("failed"));
    QCOMPARE(state.httpStatus, 422);
    QVERIFY(state.nextAttemptAt.isEmpty());
    QVERIFY2(!state.lastError.isEmpty() && !state.lastError.contains(u"422"),
             qPrintable(state.lastError));
    // Draining again does not resend it.
    outbox->drain();
    QTest::qWait(100);
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/candidates")).size(), 1);
    // The service is fine: no back-off for a bad request.
    QCOMPARE(ServiceHealthTable(m_db->connection()).load(QStringLiteral("platform")).backoff.step,
             0);
}

void TestOutboxDispatcher::unauthorizedStopsTheDrain()
{
    for (int i = 0; i < 3; ++i) {
        enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                templateBody(i));
    }
    m_key = QStringLiteral("wrong-key");
    auto outbox = dispatcher();
    QSignalSpy keyNeeded(outbox.get(), &OutboxDispatcher::apiKeyNeeded);
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(drained.wait(10000));
    QCOMPARE(keyNeeded.size(), 1);
    QVERIFY(!keyNeeded.first().first().toString().isEmpty());
    QVERIFY(outbox->isWaitingForKey());
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/")).size(), 1); // stopped after the first
    QCOMPARE(countWithStatus(QStringLiteral("pending")), 3);
    QTest::qWait(200);
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/")).size(), 1); // and stays stopped

    m_key = QString::fromLatin1(kKey);
    outbox->drain();
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(QStringLiteral("sent")), 3, 10000);
    QVERIFY(!outbox->isWaitingForKey());
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 3);

    // Neither key, right or wrong, is anywhere in the database files.
    outbox.reset();
    const QString path = m_db->path();
    m_db.reset();
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile data(file);
        if (!data.exists()) {
            continue;
        }
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray bytes = data.readAll();
        QVERIFY(!bytes.contains(kKey));
        QVERIFY(!bytes.contains("wrong-key"));
    }
}

void TestOutboxDispatcher::stateSurvivesReopening()
{
    const QString path = m_db->path();
    const qint64 waiting = enqueue(QStringLiteral("POST"),
                                   QStringLiteral("/api/v1/message_templates"), templateBody(1));
    const qint64 interrupted = enqueue(
        QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"), templateBody(2));
    QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const auto policy = [&now] {
        return RetryPolicy(
            {60000, 60000, 600000}, [&now] { return now; }, [] { return 1.0; });
    };
    m_server->faults().failNext(1, 503);
    {
        auto outbox = dispatcher(policy());
        QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
        outbox->drain();
        QVERIFY(drained.wait(10000));
    }
    QCOMPARE(row(waiting).status, QStringLiteral("failed"));
    // A crash in the middle of sending the second row.
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("UPDATE outbox SET status = 'in_flight' WHERE id = ?"),
                     {interrupted}));
    const QString key = row(interrupted).key;

    // The app starts again.
    m_db = std::make_unique<Database>(QStringLiteral("outbox-test-2"));
    QVERIFY(m_db->open(path).ok());
    const ServiceHealth health =
        ServiceHealthTable(m_db->connection()).load(QStringLiteral("platform"));
    QCOMPARE(health.backoff.step, 1);
    QCOMPARE(health.backoff.until, now.addSecs(60));
    QCOMPARE(health.errorCount, 1);
    QVERIFY(!health.lastError.isEmpty());

    m_server->clearRecorded();
    now = now.addSecs(30);
    auto outbox = dispatcher(policy());
    QCOMPARE(outbox->recoveredAtStart(), 1);
    QCOMPARE(row(interrupted).status, QStringLiteral("pending"));
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QCOMPARE(drained.size(), 1); // still backing off: nothing sent
    QCOMPARE(m_server->recorded().size(), 0);

    now = now.addSecs(31);
    outbox->drain();
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(QStringLiteral("sent")), 2, 10000);
    QCOMPARE(row(interrupted).key, key);
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/")).last(), key.toLatin1());
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 2);
}

void TestOutboxDispatcher::retryNowEndsTheWait()
{
    const qint64 id = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                              templateBody(1));
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    auto outbox = dispatcher(RetryPolicy(
        {60000, 60000, 600000}, [now] { return now; }, [] { return 1.0; }));
    m_server->faults().failNext(1, 503);
    QSignalSpy drained(outbox.get(), &OutboxDispatcher::drained);
    outbox->drain();
    QVERIFY(drained.wait(10000));
    QCOMPARE(row(id).status, QStringLiteral("failed"));
    outbox->drain(); // the clock has not moved: still waiting a minute
    QCOMPARE(row(id).status, QStringLiteral("failed"));

    // The user (or the connection coming back) says: now.
    QVERIFY(outbox->retryNow());
    QVERIFY(outbox->isDraining());
    // The wait is over, but nothing claims a success before one happens.
    const ServiceHealth health =
        ServiceHealthTable(m_db->connection()).load(QStringLiteral("platform"));
    QCOMPARE(health.backoff.step, 0);
    QVERIFY(!health.lastSuccessAt.isValid());
    QCOMPARE(health.errorCount, 1);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).status, QStringLiteral("sent"), 10000);
}

void TestOutboxDispatcher::listenersMayDrainAgain()
{
    // The status bar or the connection monitor may call drain() or retryNow() from a signal:
    // still one request at a time, each row once, in order.
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids.append(enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                           templateBody(i), QStringLiteral("template"), i + 1));
    }
    auto outbox = dispatcher();
    int mostInFlight = 0;
    const auto again = [&] {
        outbox->drain();
        outbox->retryNow();
        const auto jobs = outbox->findChildren<PushJob *>();
        const auto running = std::count_if(jobs.cbegin(), jobs.cend(),
                                           [](const PushJob *job) { return job->isRunning(); });
        mostInFlight = qMax(mostInFlight, int(running));
    };
    connect(outbox.get(), &OutboxDispatcher::itemSent, this, again);
    connect(outbox.get(), &OutboxDispatcher::requestFinished, this, again);
    m_server->faults().failNext(1, 503);
    outbox->drain();
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(QStringLiteral("sent")), 6, 10000);
    QTest::qWait(100);
    QCOMPARE(mostInFlight, 1);
    QList<QByteArray> expected{row(ids.first()).key.toLatin1()};
    for (qint64 id : ids) {
        expected.append(row(id).key.toLatin1());
    }
    QCOMPARE(sentKeys(QStringLiteral("/api/v1/message_templates")), expected);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), 6);
}

QTEST_GUILESS_MAIN(TestOutboxDispatcher)
#include "tst_outboxdispatcher.moc"
