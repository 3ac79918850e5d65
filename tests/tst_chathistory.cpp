// The chat history in chat_messages: a question and its answer are written together (or not at
// all), a conversation reads back in order with the whole answer it showed, the search finds
// words in any case and script, and ratings take only +1, -1 or none on answers.
#include "app/chat/ChatHistory.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

namespace {

ChatAnswer localAnswer(const QString &question, const QString &text, qint64 articleId)
{
    ChatAnswer answer;
    answer.question = question;
    answer.text = text;
    answer.confidence = ChatConfidence::High;
    ChatSource source;
    source.articleId = articleId;
    source.articleTitle = QStringLiteral("Кому звонить");
    source.heading = QStringLiteral("Отдел кадров");
    source.passage = text;
    source.score = 0.8;
    answer.sources = {source};
    return answer;
}

ChatAnswer handover(const QString &question)
{
    ChatAnswer answer;
    answer.question = question;
    answer.text = QStringLiteral("Об этом лучше поговорить с человеком.");
    answer.handover = ChatHandover::Confidential;
    ChatContact contact;
    contact.channelId = 3;
    contact.channelKind = QStringLiteral("phone");
    contact.channelName = QStringLiteral("Телефон HR");
    contact.contactId = 7;
    contact.contactName = QStringLiteral("Марина Ковалёва");
    contact.phoneE164 = QStringLiteral("+74951234567");
    contact.email = QStringLiteral("hr@example.com");
    contact.otherPhones = {QStringLiteral("+79161112233"), QStringLiteral("12-34")};
    contact.otherEmails = {QStringLiteral("kovaleva@example.com")};
    answer.contact = contact;
    return answer;
}

} // namespace

class TestChatHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void appendWritesBothRows();
    void answerReadsBackWhole();
    void failedAnswerLeavesNoQuestion();
    void conversationsStaySeparate();
    void search_data();
    void search();
    void rate_data();
    void rate();
    void ratingOnlyForAnswers();

private:
    int count(const QString &where = QStringLiteral("1"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatHistory> m_history;
};

void TestChatHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-chathistory"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("chat.sqlite"))).ok());
    m_history = std::make_unique<ChatHistory>(m_db->connection());
}

void TestChatHistory::cleanup()
{
    m_history.reset();
    m_db.reset();
    m_dir.reset();
}

int TestChatHistory::count(const QString &where)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE ") + where) ||
        !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestChatHistory::appendWritesBothRows()
{
    const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-5);
    const auto exchange = m_history->append(
        QStringLiteral("c1"),
        localAnswer(QStringLiteral("Телефон HR?"), QStringLiteral("Звоните 8-800."), 42), asked);
    QVERIFY2(exchange, qPrintable(m_history->lastError()));
    QVERIFY(exchange->answerId > exchange->questionId);
    QCOMPARE(count(), 2);

    const QList<ChatMessage> messages = m_history->conversation(QStringLiteral("c1"));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].role, ChatMessage::Role::User);
    QCOMPARE(messages[0].text, QStringLiteral("Телефон HR?"));
    QCOMPARE(messages[0].createdAt.toSecsSinceEpoch(), asked.toSecsSinceEpoch());
    QCOMPARE(messages[1].role, ChatMessage::Role::Assistant);
    QCOMPARE(messages[1].id, exchange->answerId);
    QCOMPARE(messages[1].articleIds, QList<qint64>{42});
    QCOMPARE(messages[1].confidence, ChatConfidence::High);
    QCOMPARE(messages[1].answeredBy, ChatAnsweredBy::Local);
    QVERIFY(!messages[1].handedOver);
    QCOMPARE(messages[1].rating, 0);
    QCOMPARE(m_history->latestConversation(), QStringLiteral("c1"));
}

void TestChatHistory::answerReadsBackWhole()
{
    const ChatAnswer answered =
        localAnswer(QStringLiteral("Телефон HR?"), QStringLiteral("Звоните 8-800."), 42);
    ChatAnswer fromPlatform = answered;
    fromPlatform.answeredBy = ChatAnsweredBy::Platform;
    fromPlatform.sources[0].remoteId = QStringLiteral("kb_9");
    fromPlatform.confidence = ChatConfidence::Medium;
    const ChatAnswer handed = handover(QStringLiteral("Какая зарплата у коллеги?"));
    for (const ChatAnswer &answer : {answered, fromPlatform, handed}) {
        const auto exchange =
            m_history->append(QStringLiteral("c"), answer, QDateTime::currentDateTimeUtc());
        QVERIFY(exchange);
        const auto message = m_history->message(exchange->answerId);
        QVERIFY(message && message->answer);
        QCOMPARE(*message->answer, answer);
        QCOMPARE(message->handedOver, answer.isHandover());
        QCOMPARE(message->answeredBy, answer.answeredBy);
    }
}

void TestChatHistory::failedAnswerLeavesNoQuestion()
{
    // A CHECK the answer row breaks (an impossible confidence) fails the second statement:
    // the question written just before must go with it.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TRIGGER refuse_answers BEFORE INSERT ON chat_messages WHEN NEW.role = "
        "'assistant' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const auto exchange = m_history->append(
        QStringLiteral("c1"), localAnswer(QStringLiteral("Вопрос"), QStringLiteral("Ответ"), 1),
        QDateTime::currentDateTimeUtc());
    QVERIFY(!exchange);
    QVERIFY(m_history->lastError().contains(QStringLiteral("refused")));
    QCOMPARE(count(), 0);
}

void TestChatHistory::conversationsStaySeparate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_history->append(QStringLiteral("a"),
                              localAnswer(QStringLiteral("A1"), QStringLiteral("x"), 1), now));
    QVERIFY(m_history->append(QStringLiteral("b"),
                              localAnswer(QStringLiteral("B1"), QStringLiteral("y"), 1), now));
    QVERIFY(m_history->append(QStringLiteral("a"),
                              localAnswer(QStringLiteral("A2"), QStringLiteral("z"), 1), now));
    const QList<ChatMessage> a = m_history->conversation(QStringLiteral("a"));
    QCOMPARE(a.size(), 4);
    QCOMPARE(a[0].text, QStringLiteral("A1"));
    QCOMPARE(a[2].text, QStringLiteral("A2"));
    QCOMPARE(m_history->conversation(QStringLiteral("b")).size(), 2);
    QCOMPARE(m_history->conversation(QStringLiteral("none")).size(), 0);
    QCOMPARE(m_history->latestConversation(), QStringLiteral("a"));
}

void TestChatHistory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found"); // message texts, newest first

    QTest::newRow("cyrillic, other case")
        << QStringLiteral("ОТПУСК") << QStringList{QStringLiteral("Как оформить отпуск?")};
    QTest::newRow("all words, any order")
        << QStringLiteral("MANAGER week")
        << QStringList{QStringLiteral("Every week you meet your manager."),
                       QStringLiteral("When is the weekly 1:1 with my manager?")};
    QTest::newRow("in an answer") << QStringLiteral("8-800")
                                  << QStringList{QStringLiteral("Звоните 8-800-555.")};
    QTest::newRow("one word missing") << QStringLiteral("отпуск zoom") << QStringList{};
    QTest::newRow("empty") << QStringLiteral("   ") << QStringList{};
}

void TestChatHistory::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_history->append(QStringLiteral("a"),
                              localAnswer(QStringLiteral("Как оформить отпуск?"),
                                          QStringLiteral("Заявление в портале."), 1),
                              now));
    QVERIFY(m_history->append(
        QStringLiteral("b"),
        localAnswer(QStringLiteral("Телефон HR?"), QStringLiteral("Звоните 8-800-555."), 2), now));
    QVERIFY(m_history->append(QStringLiteral("b"),
                              localAnswer(QStringLiteral("When is the weekly 1:1 with my manager?"),
                                          QStringLiteral("Every week you meet your manager."), 3),
                              now));
    QStringList texts;
    for (const ChatHistory::Hit &hit : m_history->search(text)) {
        texts.append(hit.text);
        QVERIFY(!hit.conversationId.isEmpty());
        QVERIFY(hit.createdAt.isValid());
    }
    QCOMPARE(texts, found);
}

void TestChatHistory::rate_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("useful") << 1 << true << QVariant(1);
    QTest::newRow("not useful") << -1 << true << QVariant(-1);
    QTest::newRow("taken back") << 0 << true << QVariant();
    QTest::newRow("out of range") << 5 << false << QVariant(1);
}

void TestChatHistory::rate()
{
    QFETCH(int, rating);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);
    const auto exchange = m_history->append(
        QStringLiteral("a"), localAnswer(QStringLiteral("Q"), QStringLiteral("A"), 1),
        QDateTime::currentDateTimeUtc());
    QVERIFY(exchange);
    QVERIFY(m_history->rate(exchange->answerId, 1));
    QCOMPARE(m_history->rate(exchange->answerId, rating), accepted);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT rating FROM chat_messages WHERE id = %1").arg(exchange->answerId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).isNull(), !stored.isValid());
    if (stored.isValid()) {
        QCOMPARE(query.value(0).toInt(), stored.toInt());
    }
    QCOMPARE(m_history->message(exchange->answerId)->rating, stored.isValid() ? stored.toInt() : 0);
}

void TestChatHistory::ratingOnlyForAnswers()
{
    const auto exchange = m_history->append(
        QStringLiteral("a"), localAnswer(QStringLiteral("Q"), QStringLiteral("A"), 1),
        QDateTime::currentDateTimeUtc());
    QVERIFY(exchange);
    QVERIFY(!m_history->rate(exchange->questionId, 1));
    QVERIFY(!m_history->rate(exchange->answerId + 100, 1));
    QCOMPARE(count(QStringLiteral("rating IS NOT NULL")), 0);
}

QTEST_GUILESS_MAIN(TestChatHistory)
#include "tst_chathistory.moc"
