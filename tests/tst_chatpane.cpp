// The chat pane with real widgets, the real offline engine over the demo knowledge base and,
// for the busy state, the loopback server: typing a question and pressing Enter shows the
// answer with its source; the source opens the article in the assistant area; a confidential
// question shows the person to turn to and Call opens their tel: link through the opener;
// rating writes chat_messages.rating; the history search finds an earlier question; Up
// recalls it; the unanswered questions reach the statistics table.
#include "TestServer.h"
#include "app/AppContext.h"
#include "app/chat/ChatService.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/AssistantArea.h"
#include "ui/chat/ChatConversationView.h"
#include "ui/chat/ChatMessageModel.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/UnansweredModel.h"
#include "ui/kb/KbStatsView.h"
#include "ui/kb/KnowledgeBasePane.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace bbd;

namespace {
const QString kQuestion = QStringLiteral("Какой телефон у отдела кадров?");

// QTest::keyClicks takes Latin-1 only; these are real key events carrying Cyrillic text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}
} // namespace

class TestChatPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void enterShowsAnswerWithSource();
    void sourceOpensArticle();
    void confidentialShowsHandoverCard();
    void handoverOffersEveryPhoneAndEmail();
    void ratingWritesTheRow();
    void historySearchFindsEarlierQuestion();
    void upRecallsLastQuestion();
    void exampleQuestionAsks();
    void busyWhilePlatformAsked();
    void unansweredInStatistics();

private:
    void askByKeyboard(const QString &question);
    QWidget *lastAnswerCard() const;
    bool waitForAnswers(int count);
    int answerCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatService> m_service;
    std::unique_ptr<AssistantArea> m_area;
    ChatPane *m_pane = nullptr;
    QList<QUrl> m_opened;
};

void TestChatPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-chatpane"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("chat.sqlite"))).ok());
    PhoneNumbers phones;
    const DemoLoadResult demo = DemoData::load(*m_db, phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_service = std::make_unique<ChatService>(*m_db);
    AppContext context;
    context.database = m_db.get();
    context.chat = m_service.get();
    m_area = std::make_unique<AssistantArea>(context);
    m_pane = m_area->chat();
    QVERIFY(m_pane);
    m_opened.clear();
    m_pane->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_area->resize(900, 700);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    QCOMPARE(m_area->tabs()->currentWidget(), m_pane);
    QCOMPARE(m_area->tabs()->indexOf(m_pane), 0);
}

void TestChatPane::cleanup()
{
    m_area.reset();
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

void TestChatPane::askByKeyboard(const QString &question)
{
    QLineEdit *field = m_pane->findChild<QLineEdit *>(QStringLiteral("questionField"));
    QVERIFY(field);
    field->setFocus();
    typeText(field, question);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
}

int TestChatPane::answerCount() const
{
    return int(m_pane->findChildren<QWidget *>(QStringLiteral("answerCard")).size());
}

bool TestChatPane::waitForAnswers(int count)
{
    return QTest::qWaitFor([this, count] { return answerCount() >= count; }, 20000);
}

QWidget *TestChatPane::lastAnswerCard() const
{
    ChatConversationView *view = m_pane->conversation();
    for (int row = view->cardCount() - 1; row >= 0; --row) {
        if (auto *card = view->cardAt(row)->findChild<QWidget *>(QStringLiteral("answerCard"))) {
            return card;
        }
    }
    return nullptr;
}

void TestChatPane::enterShowsAnswerWithSource()
{
    auto *stack = m_pane->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("chatEmptyState"));
    askByKeyboard(kQuestion);
    QVERIFY(waitForAnswers(1));
    QCOMPARE(stack->currentWidget(), m_pane->conversation());
    QWidget *card = lastAnswerCard();
    QVERIFY(card);
    auto *source = card->findChild<QPushButton *>(QStringLiteral("sourceButton"));
    QVERIFY(source);
    QVERIFY2(source->text().contains(QStringLiteral("Кому звонить")), qPrintable(source->text()));
    QVERIFY(source->isEnabled());
    auto *by = card->findChild<QLabel *>(QStringLiteral("answeredByLabel"));
    QVERIFY(by);
    QCOMPARE(by->property("answeredBy").toString(), QStringLiteral("local"));
    QVERIFY(by->text().contains(QStringLiteral("this computer")));
    auto *confidence = card->findChild<QLabel *>(QStringLiteral("confidenceLabel"));
    QVERIFY(confidence);
    QVERIFY(!confidence->property("confidence").toString().isEmpty());
    QVERIFY(confidence->text().contains(QStringLiteral("confidence")));
    // The question sits above its answer.
    auto *question = m_pane->findChild<QLabel *>(QStringLiteral("questionText"));
    QVERIFY(question);
    QCOMPARE(question->text(), kQuestion);
    // The answer is Markdown (the table of numbers), and its links open through the pane.
    auto *text = card->findChild<QLabel *>(QStringLiteral("answerText"));
    QVERIFY(text);
    QCOMPARE(text->textFormat(), Qt::MarkdownText);
    QVERIFY2(text->text().contains(QStringLiteral("+7 (495) 123-45-67")), qPrintable(text->text()));
    QVERIFY(text->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
    emit text->linkActivated(QStringLiteral("mailto:hr@butterboard.online"));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("mailto:hr@butterboard.online"))});
}

void TestChatPane::sourceOpensArticle()
{
    askByKeyboard(kQuestion);
    QVERIFY(waitForAnswers(1));
    auto *source = lastAnswerCard()->findChild<QPushButton *>(QStringLiteral("sourceButton"));
    QVERIFY(source);
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT id FROM kb_articles WHERE title LIKE 'Кому звонить%'")));
    QVERIFY(query.next());
    const qint64 expected = query.value(0).toLongLong();
    QSignalSpy requested(m_pane, &ChatPane::articleRequested);
    QTest::mouseClick(source, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toLongLong(), expected);
    QCOMPARE(m_area->tabs()->currentWidget(), m_area->knowledgeBase());
    QCOMPARE(m_area->knowledgeBase()->currentArticleId(), expected);
}

void TestChatPane::confidentialShowsHandoverCard()
{
    askByKeyboard(QStringLiteral("Когда выплачивают зарплату?"));
    QVERIFY(waitForAnswers(1));
    QWidget *card = lastAnswerCard();
    auto *handover = card->findChild<QWidget *>(QStringLiteral("handoverCard"));
    QVERIFY(handover);
    auto *person = handover->findChild<QLabel *>(QStringLiteral("handoverPerson"));
    QVERIFY(person && !person->text().isEmpty());
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("sourceButton")));
    auto *call = handover->findChild<QPushButton *>(QStringLiteral("callButton"));
    QVERIFY(call);
    QTest::mouseClick(call, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl(QStringLiteral("tel:+74951234567")));
    auto *write = handover->findChild<QPushButton *>(QStringLiteral("writeButton"));
    QVERIFY(write);
    QTest::mouseClick(write, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last().scheme(), QStringLiteral("mailto"));
}

void TestChatPane::handoverOffersEveryPhoneAndEmail()
{
    // The head of HR, whom a salary question goes to, gets a mobile and a second address.
    QSqlQuery query(m_db->connection());
    // Committed, not in a savepoint: the pane's history writes from its own connection.
    const auto removePoints = qScopeGuard([this] {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("DELETE FROM contact_points"));
    });
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO contact_points (contact_id, kind, position, raw, normalized) SELECT id, "
        "'phone', 1, '8 916 111-22-33', '+79161112233' FROM contacts WHERE full_name = "
        "'Антон Эйчаров'")));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO contact_points (contact_id, kind, position, raw, normalized) SELECT id, "
        "'email', 1, 'Head.HR@Example.org', 'head.hr@example.org' FROM contacts WHERE "
        "full_name = 'Антон Эйчаров'")));
    askByKeyboard(QStringLiteral("Когда выплачивают зарплату?"));
    QVERIFY(waitForAnswers(1));

    auto *handover = lastAnswerCard()->findChild<QWidget *>(QStringLiteral("handoverCard"));
    QVERIFY(handover);
    auto *call = handover->findChild<QPushButton *>(QStringLiteral("callButton"));
    QVERIFY(call && call->menu());
    const QList<QAction *> numbers = call->menu()->actions();
    QCOMPARE(numbers.size(), 2);
    QCOMPARE(numbers.at(1)->text(),
             PhoneNumbers().formatForDisplay(QStringLiteral("+79161112233")));
    numbers.at(1)->trigger();
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("tel:+79161112233"))});
    numbers.at(0)->trigger();
    QCOMPARE(m_opened.last(), QUrl(QStringLiteral("tel:+74951234567")));

    auto *write = handover->findChild<QPushButton *>(QStringLiteral("writeButton"));
    QVERIFY(write && write->menu());
    const QList<QAction *> addresses = write->menu()->actions();
    QCOMPARE(addresses.size(), 2);
    QCOMPARE(addresses.at(1)->text(), QStringLiteral("head.hr@example.org"));
    addresses.at(1)->trigger();
    QCOMPARE(m_opened.last().scheme(), QStringLiteral("mailto"));
    QCOMPARE(m_opened.last().path(), QStringLiteral("head.hr@example.org"));
}

void TestChatPane::ratingWritesTheRow()
{
    askByKeyboard(kQuestion);
    QVERIFY(waitForAnswers(1));
    QWidget *card = lastAnswerCard();
    const qint64 messageId = card->property("messageId").toLongLong();
    QVERIFY(messageId > 0);
    const auto rating = [this, messageId] {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT rating FROM chat_messages WHERE id = ?"));
        query.addBindValue(messageId);
        return query.exec() && query.next() ? query.value(0) : QVariant(QStringLiteral("none"));
    };
    QVERIFY(rating().isNull());
    auto *useful = card->findChild<QToolButton *>(QStringLiteral("usefulButton"));
    auto *notUseful = card->findChild<QToolButton *>(QStringLiteral("notUsefulButton"));
    QVERIFY(useful && notUseful);
    QTest::mouseClick(useful, Qt::LeftButton);
    QCOMPARE(rating().toInt(), 1);
    QVERIFY(useful->isChecked());
    QTest::mouseClick(notUseful, Qt::LeftButton);
    QCOMPARE(rating().toInt(), -1);
    QVERIFY(notUseful->isChecked());
    QVERIFY(!useful->isChecked());
    QTest::mouseClick(notUseful, Qt::LeftButton); // taken back
    QVERIFY(rating().isNull());
}

void TestChatPane::historySearchFindsEarlierQuestion()
{
    askByKeyboard(kQuestion);
    QVERIFY(waitForAnswers(1));
    const QString firstConversation = m_service->conversationId();
    QTest::mouseClick(m_pane->findChild<QToolButton *>(QStringLiteral("newConversationButton")),
                      Qt::LeftButton);
    QVERIFY(m_service->conversationId() != firstConversation);
    QCOMPARE(m_pane->model()->rowCount(), 0);

    auto *search = m_pane->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *results = m_pane->findChild<QListWidget *>(QStringLiteral("historyResults"));
    QVERIFY(search && results);
    typeText(search, QStringLiteral("ТЕЛЕФОН"));
    QVERIFY(results->isVisible());
    QListWidgetItem *hit = nullptr;
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->text().contains(kQuestion)) {
            hit = results->item(i);
        }
    }
    QVERIFY(hit);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(hit).center());
    QVERIFY(QTest::qWaitFor([this] { return m_pane->model()->rowCount() == 2; }, 5000));
    QCOMPARE(m_service->conversationId(), firstConversation);
    QCOMPARE(m_pane->model()->index(0).data().toString(), kQuestion);
    QVERIFY(search->text().isEmpty());

    search->setText(QStringLiteral("квазар"));
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->flags(), Qt::NoItemFlags); // "nothing matches"
}

void TestChatPane::upRecallsLastQuestion()
{
    askByKeyboard(QStringLiteral("первый вопрос"));
    askByKeyboard(kQuestion);
    QLineEdit *field = m_pane->questionField();
    typeText(field, QStringLiteral("черновик"));
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), kQuestion);
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("первый вопрос"));
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(field->text(), QStringLiteral("черновик"));
    QVERIFY(waitForAnswers(2));
}

void TestChatPane::exampleQuestionAsks()
{
    const auto examples = m_pane->findChildren<QPushButton *>(QStringLiteral("exampleButton"));
    QCOMPARE(examples.size(), ChatPane::exampleQuestions().size());
    QTest::mouseClick(examples.first(), Qt::LeftButton);
    QVERIFY(waitForAnswers(1));
    QCOMPARE(m_pane->model()->index(0).data().toString(), ChatPane::exampleQuestions().first());
    // Every example works with the demo knowledge base: none is handed over.
    for (int i = 1; i < examples.size(); ++i) {
        m_pane->ask(ChatPane::exampleQuestions().at(i));
    }
    QVERIFY(waitForAnswers(int(examples.size())));
    QVERIFY(m_pane->findChildren<QWidget *>(QStringLiteral("handoverCard")).isEmpty());
}

void TestChatPane::busyWhilePlatformAsked()
{
    testserver::TestServer server;
    server.setApiKey("pane-key");
    QVERIFY(server.start());
    server.faults().setLatency(800);
    QNetworkAccessManager network;
    ChatService::Platform platform;
    platform.network = &network;
    platform.baseUrl = [&server] {
        return server.baseUrl();
    };
    platform.apiKey = [] {
        return QStringLiteral("pane-key");
    };
    platform.available = [] {
        return true;
    };
    m_service->setPlatform(platform);

    askByKeyboard(kQuestion);
    auto *busy = m_pane->findChild<QLabel *>(QStringLiteral("busyLabel"));
    QVERIFY(QTest::qWaitFor(
        [busy] { return busy->isVisible() && busy->text().contains(QStringLiteral("platform")); },
        5000));
    QVERIFY(m_pane->questionField()->isEnabled());
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("pendingLabel")));
    QVERIFY(waitForAnswers(1));
    QVERIFY(QTest::qWaitFor([busy] { return !busy->isVisible(); }, 5000));
    // The server has no articles: the platform knows nothing, and this computer answers.
    auto *by = lastAnswerCard()->findChild<QLabel *>(QStringLiteral("answeredByLabel"));
    QCOMPARE(by->property("answeredBy").toString(), QStringLiteral("local"));
    QVERIFY(by->text().contains(QStringLiteral("platform")));
    m_service->setPlatform({});
}

void TestChatPane::unansweredInStatistics()
{
    const QString question = QStringLiteral("Сколько весит квазар Юпитера в попугаях?");
    askByKeyboard(question);
    QVERIFY(waitForAnswers(1));
    QVERIFY(lastAnswerCard()->findChild<QWidget *>(QStringLiteral("handoverCard")));
    QVERIFY(m_service->waitForIdle());
    m_area->tabs()->setCurrentWidget(m_area->statistics());
    auto *table = m_area->statistics()->findChild<QTableView *>(QStringLiteral("kbUnanswered"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, UnansweredModel::QuestionColumn).data().toString(), question);
    QCOMPARE(table->model()->index(0, UnansweredModel::ReasonColumn).data().toString(),
             QStringLiteral("no match"));
    QVERIFY(!table->model()->index(0, UnansweredModel::WhenColumn).data().toString().isEmpty());
}

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
