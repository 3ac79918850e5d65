// ChatService against the real loopback server and the real offline engine over the demo
// knowledge base: online, the platform answers and its sources point at the local articles;
// every way the request can fail (500, a cut connection, malformed JSON, a timeout, a refused
// key) gives the local answer and says why; offline nothing is sent; a confidential question
// never leaves the computer; a question nobody could answer reaches kb_unanswered.
#include "TestServer.h"
#include "app/chat/ChatService.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

Q_DECLARE_METATYPE(bbd::ChatAnswer)

namespace {

const QByteArray kKey = "chat-key";
const QString kQuestion = QStringLiteral("Какой телефон у отдела кадров?");

struct Answered
{
    qint64 requestId = 0;
    qint64 messageId = 0;
    ChatAnswer answer;
    QString reason;
};

} // namespace

class TestChatService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void warmUpBuildsTheIndex();
    void onlineAnswerFromPlatform();
    void platformFailureFallsBack_data();
    void platformFailureFallsBack();
    void platformWithoutAnswerFallsBack();
    void offlineAnswersLocally();
    void confidentialNeverSent();
    void unansweredLogged();
    void busyWhileAskingPlatform();
    void emptyQuestionIgnored();

private:
    Answered askAndWait(const QString &question);
    QList<testserver::RecordedRequest> chatRequests() const;
    int scalar(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ChatService> m_service;
    bool m_online = true;
    QString m_key;
    QString m_remoteId; // the server's id of the phone-list article
    qint64 m_localId = 0;
};

void TestChatService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ChatAnswer>();
}

void TestChatService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-chatservice"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("chat.sqlite"))).ok());
    PhoneNumbers phones;
    const DemoLoadResult demo = DemoData::load(*m_db, phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));

    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QString error;
    m_remoteId = m_server->platform().create(
        QStringLiteral("kb_articles"),
        {{QStringLiteral("title"), QStringLiteral("Кому звонить: телефоны и зоны ответственности")},
         {QStringLiteral("body"),
          QStringLiteral("Телефон отдела кадров: +7 495 123-45-67, по будням с 9 до 18.")}},
        &error);
    QVERIFY2(!m_remoteId.isEmpty(), qPrintable(error));
    // The local copy of the same article, as a pull would have linked it.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE kb_articles SET remote_id = ? WHERE title LIKE "
                                         "'Кому звонить%' RETURNING id")));
    query.addBindValue(m_remoteId);
    QVERIFY(query.exec() && query.next());
    m_localId = query.value(0).toLongLong();
    QVERIFY(m_localId > 0);
    query.finish();

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_online = true;
    m_key = QString::fromLatin1(kKey);
    m_service = std::make_unique<ChatService>(*m_db);
    ChatService::Platform platform;
    platform.network = m_nam.get();
    platform.baseUrl = [this] {
        return m_server->baseUrl();
    };
    platform.apiKey = [this] {
        return m_key;
    };
    platform.available = [this] {
        return m_online;
    };
    m_service->setPlatform(platform);
}

void TestChatService::cleanup()
{
    m_service.reset();
    m_nam.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

int TestChatService::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

Answered TestChatService::askAndWait(const QString &question)
{
    Answered result;
    QSignalSpy spy(m_service.get(), &ChatService::answered);
    const qint64 id = m_service->ask(question);
    if (id == 0 || !spy.wait(20000) || spy.isEmpty()) {
        qWarning("no answer");
        return result;
    }
    const QList<QVariant> args = spy.takeFirst();
    result.requestId = args.at(0).toLongLong();
    result.messageId = args.at(1).toLongLong();
    result.answer = args.at(2).value<ChatAnswer>();
    result.reason = args.at(3).toString();
    if (result.requestId != id) {
        qWarning("answer to another request");
    }
    m_service->waitForIdle();
    return result;
}

QList<testserver::RecordedRequest> TestChatService::chatRequests() const
{
    QList<testserver::RecordedRequest> list;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        if (request.path == u"/api/v1/chat") {
            list.append(request);
        }
    }
    return list;
}

void TestChatService::warmUpBuildsTheIndex()
{
    QSignalSpy ready(m_service.get(), &ChatService::indexReady);
    m_service->warmUp();
    QVERIFY(ready.wait(20000));
    QVERIFY2(ready.first().at(0).toBool(), qPrintable(ready.first().at(2).toString()));
    QVERIFY(ready.first().at(1).toLongLong() >= 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_dirty")), 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM kb_passages")) > 0);
}

void TestChatService::onlineAnswerFromPlatform()
{
    const Answered result = askAndWait(kQuestion);
    QCOMPARE(result.answer.answeredBy, ChatAnsweredBy::Platform);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(!result.answer.isHandover());
    QVERIFY(result.answer.text.contains(QStringLiteral("123-45-67")));
    QVERIFY(!result.answer.sources.isEmpty());
    QCOMPARE(result.answer.sources.first().remoteId, m_remoteId);
    QCOMPARE(result.answer.sources.first().articleId, m_localId);
    QCOMPARE(result.answer.question, kQuestion);

    const auto requests = chatRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QCOMPARE(requests.first().status, 200);
    QCOMPARE(requests.first().header("Authorization"), "Bearer " + kKey);
    QVERIFY(!requests.first().header("X-Request-Id").isEmpty());
    QVERIFY(requests.first().header("Idempotency-Key").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(u"question").toString(), kQuestion);
    QCOMPARE(body.value(u"language").toString(), QStringLiteral("ru"));
    QCOMPARE(body.value(u"conversation_id").toString(), m_service->conversationId());

    // Saved as the platform's, with the local article id.
    const auto saved = m_service->history().message(result.messageId);
    QVERIFY(saved);
    QCOMPARE(saved->answeredBy, ChatAnsweredBy::Platform);
    QCOMPARE(saved->articleIds, QList<qint64>{m_localId});
    QCOMPARE(m_service->history().conversation(m_service->conversationId()).size(), 2);
}

void TestChatService::platformFailureFallsBack_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("500") << "fail"
                         << "500";
    QTest::newRow("cut connection") << "cut"
                                    << "reached";
    QTest::newRow("malformed JSON") << "malform"
                                    << "read";
    QTest::newRow("timeout") << "hold"
                             << "in time";
    QTest::newRow("wrong key") << "key"
                               << "key";
}

void TestChatService::platformFailureFallsBack()
{
    QFETCH(QString, fault);
    QFETCH(QString, reasonPart);
    const QString chat = QStringLiteral("/api/v1/chat");
    if (fault == u"fail") {
        m_server->faults().failNext(1, 500, chat);
    } else if (fault == u"cut") {
        m_server->faults().cutNext(1, chat);
    } else if (fault == u"malform") {
        m_server->faults().malformNext(1, chat);
    } else if (fault == u"hold") {
        m_server->faults().holdNext(1, chat);
        m_service->setPlatformTimeout(400);
    } else {
        m_key = QStringLiteral("not-the-key");
    }
    QElapsedTimer timer;
    timer.start();
    const Answered result = askAndWait(kQuestion);
    QCOMPARE(result.answer.answeredBy, ChatAnsweredBy::Local);
    QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
    QCOMPARE(chatRequests().size(), 1);
    // The local engine's own answer, with a local article and a passage to quote.
    QVERIFY2(!result.answer.isHandover(), qPrintable(result.answer.text));
    QVERIFY(!result.answer.sources.isEmpty());
    QVERIFY(result.answer.sources.first().articleId > 0);
    QVERIFY(!result.answer.sources.first().passage.isEmpty());
    QVERIFY(timer.elapsed() < 10000);
    const auto saved = m_service->history().message(result.messageId);
    QVERIFY(saved);
    QCOMPARE(saved->answeredBy, ChatAnsweredBy::Local);
}

void TestChatService::platformWithoutAnswerFallsBack()
{
    // Nothing on the server matches: its empty answer lets the local engine try.
    const Answered result = askAndWait(QStringLiteral("Как записаться на встречу с HR?"));
    QCOMPARE(chatRequests().size(), 1);
    QCOMPARE(result.answer.answeredBy, ChatAnsweredBy::Local);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY(!result.answer.isHandover());
}

void TestChatService::offlineAnswersLocally()
{
    m_online = false;
    const Answered result = askAndWait(kQuestion);
    QCOMPARE(result.answer.answeredBy, ChatAnsweredBy::Local);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(!result.answer.sources.isEmpty());
    QVERIFY(chatRequests().isEmpty());
    QVERIFY(m_server->recorded().isEmpty());
}

void TestChatService::confidentialNeverSent()
{
    const Answered result = askAndWait(QStringLiteral("Когда выплачивают зарплату?"));
    QCOMPARE(result.answer.handover, ChatHandover::Confidential);
    QVERIFY(result.answer.contact.has_value());
    QCOMPARE(result.answer.answeredBy, ChatAnsweredBy::Local);
    QVERIFY(chatRequests().isEmpty());
    // Personal: not kept for the statistics either.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered")), 0);
    const auto saved = m_service->history().message(result.messageId);
    QVERIFY(saved && saved->handedOver);
    QCOMPARE(saved->answer->contact, result.answer.contact);
}

void TestChatService::unansweredLogged()
{
    m_online = false;
    const QString question = QStringLiteral("Сколько весит квазар Юпитера в попугаях?");
    const Answered result = askAndWait(question);
    QCOMPARE(result.answer.handover, ChatHandover::NoMatch);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered WHERE question = ? AND "
                                   "reason = 'no_match'"),
                    {question}),
             1);
    const QList<UnansweredQuestion> list = m_service->history().unanswered();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().question, question);
    QCOMPARE(list.first().reason, QStringLiteral("no_match"));
    QVERIFY(qAbs(list.first().askedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestChatService::busyWhileAskingPlatform()
{
    m_server->faults().setLatency(600);
    QSignalSpy busy(m_service.get(), &ChatService::busyChanged);
    QSignalSpy platformAsked(m_service.get(), &ChatService::platformAsked);
    QSignalSpy answered(m_service.get(), &ChatService::answered);
    const qint64 first = m_service->ask(kQuestion);
    QVERIFY(m_service->isBusy());
    QVERIFY(platformAsked.wait(10000));
    QVERIFY(m_service->isAskingPlatform());
    // A second question while the first is still out.
    const qint64 second = m_service->ask(QStringLiteral("Что делать, если платформа недоступна?"));
    QVERIFY(second > first);
    QVERIFY(QTest::qWaitFor([&answered] { return answered.size() == 2; }, 20000));
    QVERIFY(!m_service->isBusy());
    QCOMPARE(busy.size(), 2); // on once, off once
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(m_service->history().conversation(m_service->conversationId()).size(), 4);
}

void TestChatService::emptyQuestionIgnored()
{
    QSignalSpy asked(m_service.get(), &ChatService::asked);
    QCOMPARE(m_service->ask(QStringLiteral("   ")), 0);
    QVERIFY(asked.isEmpty());
    QVERIFY(!m_service->isBusy());
}

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"
