// What a person does with undelivered outbox rows, and how the dispatcher then delivers them,
// against the real loopback server.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/OutboxQueue.h"
#include "app/sync/OutboxWriter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

class TestOutboxQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void countsAsTheUserSeesThem();
    void retryAfterFixOnServer();
    void conflictResolvedByUser();
    void discardLetsTheEntityGoOn();
    void actionsRefuseRowsNotWaiting_data();
    void actionsRefuseRowsNotWaiting();

private:
    qint64 enqueue(const QString &method, const QString &path, const QByteArray &body,
                   qint64 entityId = 0, const QString &ifMatch = {});
    void setStatus(qint64 id, const QString &status, const QVariant &nextAttempt = {});
    bool drainOnce();
    QString status(qint64 id) const
    {
        OutboxQueue::Item item;
        return OutboxQueue(m_db->connection()).item(id, &item) ? item.status : QString();
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
};

void TestOutboxQueue::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey("queue-key");
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("queue-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    OutboxDispatcher::Options options;
    options.baseUrl = m_server->baseUrl();
    m_dispatcher = std::make_unique<OutboxDispatcher>(
        m_db->connection(), m_nam.get(), [] { return QStringLiteral("queue-key"); },
        RetryPolicy(
            {5, 10, 50}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; }),
        options);
}

void TestOutboxQueue::cleanup()
{
    m_dispatcher.reset();
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

qint64 TestOutboxQueue::enqueue(const QString &method, const QString &path, const QByteArray &body,
                                qint64 entityId, const QString &ifMatch)
{
    Transaction transaction(m_db->connection());
    const qint64 id = enqueueOutbox(m_db->connection(),
                                    {QStringLiteral("platform"), method, path, body,
                                     QStringLiteral("contact"), entityId, ifMatch},
                                    nullptr);
    return transaction.commit() ? id : 0;
}

void TestOutboxQueue::setStatus(qint64 id, const QString &status, const QVariant &nextAttempt)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(
        query, QStringLiteral("UPDATE outbox SET status = ?, next_attempt_at = ? WHERE id = ?"),
        {status, nextAttempt.isValid() ? nextAttempt : QVariant(QMetaType(QMetaType::QString)),
         id}));
}

bool TestOutboxQueue::drainOnce()
{
    QSignalSpy drained(m_dispatcher.get(), &OutboxDispatcher::drained);
    m_dispatcher->drain();
    return drained.wait(10000);
}

void TestOutboxQueue::countsAsTheUserSeesThem()
{
    const QByteArray body = R"({"full_name":"X"})";
    const QString path = QStringLiteral("/api/v1/contacts");
    const qint64 a = enqueue(QStringLiteral("POST"), path, body, 1);
    const qint64 b = enqueue(QStringLiteral("POST"), path, body, 2);
    const qint64 c = enqueue(QStringLiteral("POST"), path, body, 3);
    const qint64 d = enqueue(QStringLiteral("POST"), path, body, 4);
    const qint64 e = enqueue(QStringLiteral("POST"), path, body, 5);
    enqueue(QStringLiteral("POST"), path, body, 6);
    setStatus(a, QStringLiteral("failed")); // needs a person
    setStatus(b, QStringLiteral("failed"), QStringLiteral("2026-01-01T00:00:00.000Z")); // retried
    setStatus(c, QStringLiteral("conflict"));
    setStatus(d, QStringLiteral("sent"));
    setStatus(e, QStringLiteral("in_flight"));
    const OutboxQueue::Counts counts = OutboxQueue(m_db->connection()).counts();
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.conflict, 1);
    QCOMPARE(counts.pending, 3);
    QCOMPARE(OutboxQueue(m_db->connection()).counts(QStringLiteral("graph")).pending, 0);
}

void TestOutboxQueue::retryAfterFixOnServer()
{
    // Refused (a second employee with a taken e-mail), the other one is removed on the
    // server, and the user retries: the same row goes through with the same key.
    const QJsonObject user{{QStringLiteral("first_name"), QStringLiteral("Alina")},
                           {QStringLiteral("last_name"), QStringLiteral("Sokolova")},
                           {QStringLiteral("email"), QStringLiteral("alina@example.com")}};
    const QString taken = m_server->platform().create(QStringLiteral("employees"), user);
    QVERIFY(!taken.isEmpty());
    const qint64 id = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/users"),
                              QJsonDocument(user).toJson(QJsonDocument::Compact), 1);
    QVERIFY(drainOnce());
    OutboxQueue queue(m_db->connection());
    OutboxQueue::Item item;
    QVERIFY(queue.item(id, &item));
    QCOMPARE(item.status, QStringLiteral("failed"));
    QCOMPARE(item.httpStatus, 409);
    QVERIFY(!item.lastError.isEmpty());

    QVERIFY(m_server->platform().remove(QStringLiteral("employees"), taken));
    QVERIFY2(queue.retry(id), qPrintable(queue.lastError()));
    QCOMPARE(status(id), QStringLiteral("pending"));
    QVERIFY(drainOnce());
    QCOMPARE(status(id), QStringLiteral("sent"));
    QCOMPARE(m_server->platform().count(QStringLiteral("employees")), 1);
}

void TestOutboxQueue::conflictResolvedByUser()
{
    const QString id = m_server->platform().create(
        QStringLiteral("contacts"), {{QStringLiteral("full_name"), QStringLiteral("Ольга")},
                                     {QStringLiteral("role"), QStringLiteral("HR")}});
    QVERIFY(m_server->platform().edit(QStringLiteral("contacts"), id,
                                      {{QStringLiteral("notes"), QStringLiteral("by admin")}}));
    const qint64 row = enqueue(QStringLiteral("PATCH"), QStringLiteral("/api/v1/contacts/") + id,
                               R"({"role":"HR lead","notes":"mine"})", 1, QStringLiteral("1"));
    QVERIFY(drainOnce());
    OutboxQueue queue(m_db->connection());
    OutboxQueue::Item item;
    QVERIFY(queue.item(row, &item));
    QCOMPARE(item.status, QStringLiteral("conflict"));
    QCOMPARE(item.serverRecord.value(u"notes").toString(), QStringLiteral("by admin"));
    const int serverVersion = item.serverRecord.value(u"version").toInt();
    QCOMPARE(serverVersion, 2);

    // The user keeps their role and the admin's notes.
    QVERIFY2(queue.resolveConflict(row, R"({"role":"HR lead"})", serverVersion),
             qPrintable(queue.lastError()));
    QVERIFY(drainOnce());
    QCOMPARE(status(row), QStringLiteral("sent"));
    const QJsonObject record = m_server->platform().record(QStringLiteral("contacts"), id);
    QCOMPARE(record.value(u"role").toString(), QStringLiteral("HR lead"));
    QCOMPARE(record.value(u"notes").toString(), QStringLiteral("by admin"));
    QCOMPARE(record.value(u"version").toInt(), 3);
}

void TestOutboxQueue::discardLetsTheEntityGoOn()
{
    const qint64 bad = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/contacts"),
                               R"({"role":"no name"})", 1);
    const qint64 next = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/contacts"),
                                R"({"full_name":"Next"})", 1);
    QVERIFY(drainOnce());
    QCOMPARE(status(bad), QStringLiteral("failed"));
    QCOMPARE(status(next), QStringLiteral("pending"));
    OutboxQueue queue(m_db->connection());
    QCOMPARE(queue.laterRowsOfEntity(bad), 1);
    QCOMPARE(queue.laterRowsOfEntity(next), 0);
    QVERIFY(queue.discard(bad));
    QVERIFY(status(bad).isEmpty());
    QVERIFY(drainOnce());
    QCOMPARE(status(next), QStringLiteral("sent"));
    QCOMPARE(m_server->platform().count(QStringLiteral("contacts")), 1);
}

void TestOutboxQueue::actionsRefuseRowsNotWaiting_data()
{
    QTest::addColumn<QString>("rowStatus");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("resolve");
    QTest::addColumn<bool>("discard");
    QTest::newRow("pending") << QStringLiteral("pending") << false << false << true;
    QTest::newRow("in flight") << QStringLiteral("in_flight") << false << false << false;
    QTest::newRow("failed") << QStringLiteral("failed") << true << false << true;
    QTest::newRow("conflict") << QStringLiteral("conflict") << true << true << true;
    QTest::newRow("sent") << QStringLiteral("sent") << false << false << false;
}

void TestOutboxQueue::actionsRefuseRowsNotWaiting()
{
    QFETCH(QString, rowStatus);
    QFETCH(bool, retry);
    QFETCH(bool, resolve);
    QFETCH(bool, discard);
    const auto fresh = [&] {
        const qint64 id = enqueue(QStringLiteral("PATCH"), QStringLiteral("/api/v1/contacts/c1"),
                                  "{}", 1, QStringLiteral("1"));
        setStatus(id, rowStatus);
        return id;
    };
    OutboxQueue queue(m_db->connection());
    QCOMPARE(queue.retry(fresh()), retry);
    QCOMPARE(queue.resolveConflict(fresh(), "{}", 2), resolve);
    QCOMPARE(queue.discard(fresh()), discard);
    if (!discard) {
        QVERIFY(!queue.lastError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
