// The offline assistant over the demo knowledge base: questions in Russian and English, with
// inflected forms and synonyms, find the article expected with at least the confidence
// expected; personal questions and questions the articles do not answer are handed over to
// the right person from the fallback contacts; the index follows edits and deletions.
#include "app/chat/ChatEngine.h"
#include "app/chat/ChatVocabulary.h"
#include "app/chat/PassageIndex.h"
#include "app/chat/Stemmer.h"
#include "app/kb/KbStore.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

Q_DECLARE_METATYPE(bbd::ChatConfidence)
Q_DECLARE_METATYPE(bbd::ChatHandover)

namespace {

const QString kHrName = QStringLiteral("Антон Эйчаров");
const QString kHrPhone = QStringLiteral("+74951234567");

QString describe(const ChatAnswer &answer)
{
    QString text = QStringLiteral("confidence %1, handover %2: %3")
                       .arg(chatjson::confidenceName(answer.confidence),
                            chatjson::handoverName(answer.handover), answer.text.left(200));
    for (const ChatSource &source : answer.sources) {
        text += QStringLiteral("\n  [%1] %2 / %3")
                    .arg(source.score)
                    .arg(source.articleTitle, source.heading);
    }
    return text;
}

} // namespace

class TestChatEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void answers_data();
    void answers();
    void hrPhoneFindsOtherInflection();
    void answerQuotesItsSource();
    void titleQuestionQuotesTheOpening_data();
    void titleQuestionQuotesTheOpening();
    void systemHealthIsNotPersonal_data();
    void systemHealthIsNotPersonal();
    void handovers_data();
    void handovers();
    void emptyQuestion_data();
    void emptyQuestion();
    void handoverContactFollowsDirectory();
    void refreshPicksUpEditAndDeletion();
    void logUnanswered();
    void splitPassages();
    void questionTerms_data();
    void questionTerms();

private:
    qint64 articleId(const QString &title);
    int scalar(const QString &sql, const QVariantList &binds = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatEngine> m_engine;
};

void TestChatEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-chatengine"));
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("chat.sqlite"))).ok());
    PhoneNumbers phones;
    const DemoLoadResult demo = DemoData::load(*m_db, phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_engine = std::make_unique<ChatEngine>(m_db->connection());
    QVERIFY2(m_engine->refreshIndex(), qPrintable(m_engine->errorString()));
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT article_id) FROM kb_passages")) ==
            scalar(QStringLiteral("SELECT count(*) FROM kb_articles WHERE deleted = 0")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_dirty")), 0);
}

void TestChatEngine::cleanupTestCase()
{
    m_engine.reset();
    m_db.reset();
}

int TestChatEngine::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

qint64 TestChatEngine::articleId(const QString &title)
{
    return scalar(QStringLiteral("SELECT id FROM kb_articles WHERE title = ?"), {title});
}

void TestChatEngine::answers_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("article");
    QTest::addColumn<ChatConfidence>("atLeast");

    const QString phones = QStringLiteral("Кому звонить: телефоны и зоны ответственности");
    const QString meeting =
        QStringLiteral("Как записаться на личную встречу с HR или руководителем");
    const QString outage = QStringLiteral("Платформа недоступна: порядок действий");
    const QString zoom = QStringLiteral("Zoom-встречи в сценариях онбординга");
    const QString survey = QStringLiteral("Анкета обратной связи: зачем она и как её заполнять");
    const QString api = QStringLiteral("Butterboard REST API and API keys");
    const QString oneOnOne = QStringLiteral("Weekly 1:1 with your manager");
    const QString csv = QStringLiteral("Синхронизация сотрудников через CSV-файлы");
    const QString jira = QStringLiteral("Задачи в Jira, которые создаёт сценарий онбординга");
    const QString bot =
        QStringLiteral("Чат-бот Butterboard: на что он ответит, а с чем идти в отдел кадров");
    const QString funnel = QStringLiteral("Воронка кандидатов и публикация вакансий");
    const QString firstWeek = QStringLiteral("Первая неделя в Butterboard: чего ожидать");
    const QString mail =
        QStringLiteral("Почта Outlook и Microsoft Graph: как чат-бот работает через почту");
    const QString channels =
        QStringLiteral("Резервные каналы связи: куда писать, если чат-бот молчит");

    // Russian, with other inflections than the articles use
    QTest::newRow("телефон HR-отдела") << "телефон HR-отдела" << phones << ChatConfidence::Medium;
    QTest::newRow("встречу с эйчаром")
        << "Как записаться на личную встречу с эйчаром?" << meeting << ChatConfidence::Medium;
    QTest::newRow("платформой недоступной")
        << "Что делать новому сотруднику, если платформа недоступна?" << outage
        << ChatConfidence::Medium;
    QTest::newRow("сколько длятся встречи")
        << "Сколько должна длиться Zoom-встреча?" << zoom << ChatConfidence::Medium;
    QTest::newRow("кто видит ответы анкеты")
        << "Кто видит ответы в анкетах?" << survey << ChatConfidence::Medium;
    QTest::newRow("CSV синхронизации")
        << "Как часто синхронизировать данные из CSV?" << csv << ChatConfidence::Medium;
    QTest::newRow("задачи Jira") << "Какие задачи в Jira создаёт сценарий?" << jira
                                 << ChatConfidence::Medium;
    QTest::newRow("о чём не спрашивать бота")
        << "О чём не стоит спрашивать чат-бота?" << bot << ChatConfidence::Medium;
    QTest::newRow("этапы воронки")
        << "Какие бывают этапы воронки кандидатов?" << funnel << ChatConfidence::Medium;
    QTest::newRow("первой неделе")
        << "Что ждёт новичка в первую неделю?" << firstWeek << ChatConfidence::Medium;
    QTest::newRow("бот через почту")
        << "Как чат-бот отвечает через почту Outlook?" << mail << ChatConfidence::Medium;
    QTest::newRow("конфиденциальное в Slack")
        << "Что нельзя писать в общий канал #new-hires?" << channels << ChatConfidence::Medium;
    // English, in English articles
    QTest::newRow("API key") << "How do I get an API key?" << api << ChatConfidence::Medium;
    QTest::newRow("rate limit") << "What happens if I hit the API rate limit?" << api
                                << ChatConfidence::Medium;
    QTest::newRow("one-on-one") << "How long is the weekly one-on-one with my manager?" << oneOnOne
                                << ChatConfidence::Medium;
    // English, answered by Russian articles through the synonym groups
    QTest::newRow("book a meeting with HR")
        << "book a meeting with HR" << meeting << ChatConfidence::Medium;
    QTest::newRow("HR phone") << "HR phone" << phones << ChatConfidence::Medium;
    QTest::newRow("feedback survey link")
        << "Where is the link to the feedback survey?" << survey << ChatConfidence::Medium;
    QTest::newRow("platform is down") << "What should a new hire do when the platform is down?"
                                      << outage << ChatConfidence::Medium;
}

void TestChatEngine::answers()
{
    QFETCH(QString, question);
    QFETCH(QString, article);
    QFETCH(ChatConfidence, atLeast);
    const ChatAnswer answer = m_engine->answer(question);
    QVERIFY2(!answer.isHandover(), qPrintable(describe(answer)));
    QVERIFY(!answer.sources.isEmpty());
    QVERIFY2(answer.sources.constFirst().articleTitle == article, qPrintable(describe(answer)));
    QVERIFY2(answer.confidence >= atLeast, qPrintable(describe(answer)));
    QCOMPARE(answer.sources.constFirst().articleId, articleId(article));
    QCOMPARE(answer.answeredBy, ChatAnsweredBy::Local);
    QCOMPARE(answer.question, question);
    QVERIFY(!answer.contact);
}

void TestChatEngine::hrPhoneFindsOtherInflection()
{
    // The question says "HR-отдела", the article "по телефону отдела кадров": neither the word
    // forms nor the words are the same.
    const ChatAnswer answer = m_engine->answer(QStringLiteral("телефон HR-отдела"));
    QVERIFY2(!answer.isHandover(), qPrintable(describe(answer)));
    QVERIFY2(answer.text.contains(QStringLiteral("телефону отдела кадров")),
             qPrintable(describe(answer)));
    QCOMPARE(answer.sources.constFirst().score, 1.0);
    // Asked for a phone, the quote takes in the number from the table of its section.
    QVERIFY2(answer.text.contains(QStringLiteral("+7 (495) 123-45-67")),
             qPrintable(describe(answer)));
    QCOMPARE(answer.text, answer.sources.constFirst().passage);
}

void TestChatEngine::answerQuotesItsSource()
{
    // Not about a phone: the quote is one passage.
    const ChatAnswer answer = m_engine->answer(QStringLiteral("Сколько длится встреча в Zoom?"));
    QVERIFY2(!answer.isHandover(), qPrintable(describe(answer)));
    const ChatSource &source = answer.sources.constFirst();
    QCOMPARE(answer.text, source.passage);
    QVERIFY(source.score >= 0.5 && source.score <= 1.0);
    QVERIFY(!source.heading.isEmpty());
    // The quote is the article's own text, word for word.
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT body FROM kb_articles WHERE id = ?"));
    query.addBindValue(source.articleId);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).toString().contains(source.passage));
    QVERIFY(query.value(0).toString().contains(QStringLiteral("## ") + source.heading));
    // Further sources come from other articles, best first.
    for (qsizetype i = 1; i < answer.sources.size(); ++i) {
        QVERIFY(answer.sources.at(i).articleId != source.articleId);
        QVERIFY(answer.sources.at(i).score <= answer.sources.at(i - 1).score);
    }
}

void TestChatEngine::titleQuestionQuotesTheOpening_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("quoted");

    // Every word in the title: the opening says what the article is for.
    QTest::newRow("the title's words") << "Что делать, если платформа недоступна?"
                                       << "онбординг всё равно не должен останавливаться";
    QTest::newRow("English, through synonyms") << "What to do if the platform is down?"
                                               << "онбординг всё равно не должен останавливаться";
    // A word beyond the title: the passage that holds it.
    QTest::newRow("a word beyond the title")
        << "Что делать новому сотруднику, если платформа недоступна?"
        << "задания первой недели не «сгорят»";
}

void TestChatEngine::titleQuestionQuotesTheOpening()
{
    QFETCH(QString, question);
    QFETCH(QString, quoted);
    const ChatAnswer answer = m_engine->answer(question);
    QVERIFY2(!answer.isHandover(), qPrintable(describe(answer)));
    QCOMPARE(answer.sources.constFirst().articleTitle,
             QStringLiteral("Платформа недоступна: порядок действий"));
    QVERIFY2(answer.text.contains(quoted), qPrintable(describe(answer)));
}

void TestChatEngine::systemHealthIsNotPersonal_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<bool>("confidential");

    QTest::newRow("platform health") << "How do I check the platform health?" << false;
    QTest::newRow("здоровье интеграций") << "Где посмотреть статус здоровья интеграций?" << false;
    QTest::newRow("own health") << "I have a health problem" << true;
    QTest::newRow("своё здоровье") << "Со здоровьем плохо, кому сказать?" << true;
    // Sick leave stays personal whatever system is named beside it.
    QTest::newRow("sick leave in the system") << "How do I enter sick leave in the system?" << true;
}

void TestChatEngine::systemHealthIsNotPersonal()
{
    QFETCH(QString, question);
    QFETCH(bool, confidential);
    const ChatAnswer answer = m_engine->answer(question);
    QCOMPARE(answer.handover == ChatHandover::Confidential, confidential);
}

void TestChatEngine::handovers_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<ChatHandover>("handover");
    QTest::addColumn<QString>("channelKind");

    QTest::newRow("зарплата") << "Когда выплачивают зарплату?" << ChatHandover::Confidential
                              << "email";
    QTest::newRow("оклад") << "Можно ли поднять мне оклад" << ChatHandover::Confidential << "email";
    QTest::newRow("премия") << "Будет ли премия по итогам года?" << ChatHandover::Confidential
                            << "email";
    QTest::newRow("больничный") << "Как оформить больничный?" << ChatHandover::Confidential
                                << "email";
    QTest::newRow("здоровье") << "У меня проблемы со здоровьем" << ChatHandover::Confidential
                              << "email";
    QTest::newRow("жалоба") << "Хочу пожаловаться на руководителя" << ChatHandover::Confidential
                            << "email";
    QTest::newRow("домогательства")
        << "Что делать при домогательствах коллеги?" << ChatHandover::Confidential << "email";
    QTest::newRow("увольнение") << "Меня хотят уволить" << ChatHandover::Confidential << "email";
    QTest::newRow("salary") << "When is the salary paid?" << ChatHandover::Confidential << "email";
    QTest::newRow("sick leave") << "How do I take sick leave?" << ChatHandover::Confidential
                                << "email";
    QTest::newRow("harassment") << "Where do I report harassment?" << ChatHandover::Confidential
                                << "email";
    QTest::newRow("dismissal") << "Dismissal procedure" << ChatHandover::Confidential << "email";
    // Words the articles do not have, or too few of them
    QTest::newRow("пицца") << "Как заказать пиццу в офис?" << ChatHandover::NoMatch << "email";
    QTest::newRow("parking") << "Where can I park my bicycle?" << ChatHandover::NoMatch << "email";
    QTest::newRow("physics") << "квантовая хромодинамика глюонов" << ChatHandover::NoMatch
                             << "email";
    QTest::newRow("only stop words") << "а что если?" << ChatHandover::NoMatch << "email";
}

void TestChatEngine::handovers()
{
    QFETCH(QString, question);
    QFETCH(ChatHandover, handover);
    QFETCH(QString, channelKind);
    const ChatAnswer answer = m_engine->answer(question);
    QVERIFY2(answer.handover == handover, qPrintable(describe(answer)));
    QCOMPARE(answer.confidence, ChatConfidence::None);
    QVERIFY(answer.sources.isEmpty());
    QVERIFY(!answer.text.isEmpty());
    QVERIFY2(answer.text.contains(kHrName), qPrintable(answer.text));
    QVERIFY(answer.contact.has_value());
    QCOMPARE(answer.contact->contactName, kHrName);
    QCOMPARE(answer.contact->phoneE164, kHrPhone);
    QCOMPARE(answer.contact->email, QStringLiteral("hr@butterboard.online"));
    QCOMPARE(answer.contact->channelKind, channelKind);
    QVERIFY(answer.contact->channelId > 0);
    QVERIFY(m_engine->errorString().isEmpty());
}

void TestChatEngine::emptyQuestion_data()
{
    QTest::addColumn<QString>("question");
    QTest::newRow("empty") << QString();
    QTest::newRow("blanks") << QStringLiteral("   \t\n ");
    QTest::newRow("punctuation") << QStringLiteral("?!…");
}

void TestChatEngine::emptyQuestion()
{
    QFETCH(QString, question);
    const ChatAnswer answer = m_engine->answer(question);
    QCOMPARE(answer.handover, ChatHandover::NoMatch);
    QVERIFY(!answer.text.isEmpty());
    QVERIFY(answer.sources.isEmpty());
    QCOMPARE(answer.confidence, ChatConfidence::None);
    QVERIFY(m_engine->errorString().isEmpty());
}

void TestChatEngine::handoverContactFollowsDirectory()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SAVEPOINT directory")));
    // Without the e-mail channel, confidential matters go to the next channel allowing them
    // (the phone), whose first person by escalation order is still the head of HR.
    QVERIFY(query.exec(QStringLiteral("UPDATE channels SET deleted = 1 WHERE kind = 'email'")));
    // The person's further phones and e-mails come along, in the directory's order; a number
    // that is not valid is offered as typed.
    QVERIFY(query.exec(
        QStringLiteral(
            "INSERT INTO contact_points (contact_id, kind, position, raw, normalized) SELECT id, "
            "'phone', 2, '12-34', NULL FROM contacts WHERE full_name = '%1' UNION ALL SELECT id, "
            "'phone', 1, '8 916 111-22-33', '+79161112233' FROM contacts WHERE full_name = '%1' "
            "UNION ALL SELECT id, 'email', 1, 'Second@Example.org', 'second@example.org' FROM "
            "contacts WHERE full_name = '%1'")
            .arg(kHrName)));
    ChatAnswer answer = m_engine->answer(QStringLiteral("вопрос о зарплате"));
    QCOMPARE(answer.handover, ChatHandover::Confidential);
    QVERIFY(answer.contact);
    QCOMPARE(answer.contact->channelKind, QStringLiteral("phone"));
    QCOMPARE(answer.contact->contactName, kHrName);
    QCOMPARE(answer.contact->otherPhones,
             (QStringList{QStringLiteral("+79161112233"), QStringLiteral("12-34")}));
    QCOMPARE(answer.contact->otherEmails, QStringList{QStringLiteral("second@example.org")});

    // A channel nobody is responsible for falls back to the first person by escalation order.
    QVERIFY(query.exec(QStringLiteral("UPDATE channels SET deleted = 1 WHERE kind = 'phone'")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM channel_contacts WHERE channel_id IN (SELECT "
                                      "id FROM channels WHERE kind = 'slack')")));
    QVERIFY(query.exec(QStringLiteral("UPDATE contacts SET escalation_order = 0 WHERE "
                                      "full_name = 'Ольга Сидорова'")));
    answer = m_engine->answer(QStringLiteral("Как заказать пиццу в офис?"));
    QCOMPARE(answer.handover, ChatHandover::NoMatch);
    QVERIFY(answer.contact);
    QCOMPARE(answer.contact->channelKind, QStringLiteral("slack"));
    QCOMPARE(answer.contact->contactName, QStringLiteral("Ольга Сидорова"));

    // Confidential with no channel allowing it: a person still, and no channel.
    QVERIFY(query.exec(QStringLiteral("UPDATE channels SET confidential_allowed = 0")));
    answer = m_engine->answer(QStringLiteral("вопрос о зарплате"));
    QVERIFY(answer.contact);
    QCOMPARE(answer.contact->channelId, 0);
    QCOMPARE(answer.contact->contactName, QStringLiteral("Ольга Сидорова"));
    QVERIFY(answer.text.contains(QStringLiteral("Ольга Сидорова")));

    // An empty directory: nobody to name, but still a refusal that says why.
    QVERIFY(query.exec(QStringLiteral("UPDATE contacts SET deleted = 1")));
    answer = m_engine->answer(QStringLiteral("вопрос о зарплате"));
    QCOMPARE(answer.handover, ChatHandover::Confidential);
    QVERIFY(!answer.contact);
    QVERIFY(!answer.text.isEmpty());
    QVERIFY(query.exec(QStringLiteral("ROLLBACK TO directory")));
    QVERIFY(query.exec(QStringLiteral("RELEASE directory")));
}

void TestChatEngine::refreshPicksUpEditAndDeletion()
{
    KbStore store(m_db->connection());
    const QString question = QStringLiteral("Где живут пингвины-стажёры?");
    QCOMPARE(m_engine->answer(question).handover, ChatHandover::NoMatch);

    const qint64 id = articleId(QStringLiteral("Zoom-встречи в сценариях онбординга"));
    std::optional<KbArticle> article = store.article(id);
    QVERIFY(article);
    const int passagesBefore =
        scalar(QStringLiteral("SELECT count(*) FROM kb_passages WHERE article_id = ?"), {id});
    article->body += QStringLiteral("\n\n## Пингвины\n\nПингвины-стажёры живут в переговорной "
                                    "«Антарктида» на третьем этаже.\n");
    QVERIFY2(store.update(*article), qPrintable(store.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_dirty")), 1);

    ChatAnswer answer = m_engine->answer(question);
    QVERIFY2(!answer.isHandover(), qPrintable(describe(answer)));
    QCOMPARE(answer.sources.constFirst().articleId, id);
    QCOMPARE(answer.sources.constFirst().heading, QStringLiteral("Пингвины"));
    QVERIFY(answer.text.contains(QStringLiteral("«Антарктида»")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages WHERE article_id = ?"), {id}),
             passagesBefore + 1);
    // Only the edited article was indexed again.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_dirty")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_fts")),
             scalar(QStringLiteral("SELECT count(*) FROM kb_passages")));

    QVERIFY(store.remove(id));
    QVERIFY(m_engine->refreshIndex());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages WHERE article_id = ?"), {id}),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_fts")),
             scalar(QStringLiteral("SELECT count(*) FROM kb_passages")));
    answer = m_engine->answer(question);
    QCOMPARE(answer.handover, ChatHandover::NoMatch);

    // A row deleted outright (not the editor's soft delete) leaves the index too.
    const qint64 other = articleId(QStringLiteral("Воронка кандидатов и публикация вакансий"));
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("DELETE FROM kb_articles WHERE id = ?"));
    query.addBindValue(other);
    QVERIFY(query.exec());
    QVERIFY(m_engine->refreshIndex());
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM kb_passages WHERE article_id = ?"), {other}),
        0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_passages_fts")),
             scalar(QStringLiteral("SELECT count(*) FROM kb_passages")));
}

void TestChatEngine::logUnanswered()
{
    const int before = scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered"));
    const ChatAnswer unknown = m_engine->answer(QStringLiteral("Как заказать пиццу в офис?"));
    QCOMPARE(unknown.handover, ChatHandover::NoMatch);
    QVERIFY(m_engine->logUnanswered(unknown));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered")), before + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered WHERE question = ? AND "
                                   "reason = 'no_match' AND created_at LIKE '20%T%Z'"),
                    {unknown.question}),
             1);

    // A personal question is not kept, and neither is one answered well.
    QVERIFY(m_engine->logUnanswered(m_engine->answer(QStringLiteral("вопрос о зарплате"))));
    QVERIFY(m_engine->logUnanswered(m_engine->answer(QStringLiteral("телефон HR-отдела"))));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_unanswered")), before + 1);
}

void TestChatEngine::splitPassages()
{
    const QString body = QStringLiteral("# Title\n\nIntro paragraph that is long enough to stand "
                                        "alone.\n\n## Steps\n\nExample:\n\n1. one\n2. two\n\n"
                                        "```\ncode\n\nstill code\n```\n\n### Last ###\nText\n");
    const QList<PassageIndex::Passage> passages =
        PassageIndex::split(QStringLiteral("Title"), body);
    QCOMPARE(passages.size(), 4);
    QCOMPARE(passages.at(0).heading, QString());
    QCOMPARE(passages.at(1).heading, QStringLiteral("Steps"));
    QCOMPARE(passages.at(1).text, QStringLiteral("Example:\n\n1. one\n2. two"));
    QCOMPARE(passages.at(2).text, QStringLiteral("```\ncode\n\nstill code\n```"));
    QCOMPARE(passages.at(3).heading, QStringLiteral("Last"));
    QCOMPARE(passages.at(3).text, QStringLiteral("Text"));
}

void TestChatEngine::questionTerms_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("sameAs"); // a question that must give the same terms
    QTest::addColumn<int>("count");
    QTest::newRow("HR-отдел is one word") << "телефон HR-отдела"
                                          << "телефону отдела кадров" << 2;
    QTest::newRow("English synonyms") << "HR phone"
                                      << "кадровику позвонить" << 2;
    QTest::newRow("a group counts once") << "эйчар отдела кадров HR"
                                         << "кадры" << 1;
    QTest::newRow("stop words go") << "Где мне найти анкету, пожалуйста?"
                                   << "анкеты" << 1;
    QTest::newRow("phrase with stop words") << "one on one"
                                            << "1:1" << 1;
    QTest::newRow("nothing but stop words") << "а что, если бы?"
                                            << "how do I" << 0;
}

void TestChatEngine::questionTerms()
{
    QFETCH(QString, question);
    QFETCH(QString, sameAs);
    QFETCH(int, count);
    Stemmer stemmer;
    const ChatVocabulary vocabulary(stemmer);
    const QList<ChatVocabulary::Term> terms = vocabulary.terms(stemmer.stems(question));
    QCOMPARE(terms.size(), count);
    QCOMPARE(vocabulary.terms(stemmer.stems(sameAs)), terms);
    QVERIFY(!vocabulary.isConfidential(stemmer.stems(question)));
}

QTEST_GUILESS_MAIN(TestChatEngine)
#include "tst_chatengine.moc"
