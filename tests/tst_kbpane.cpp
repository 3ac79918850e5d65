// The knowledge base's widgets driven as a user would: typing in the search filters the list,
// the filters narrow it, the editor saves with Ctrl+S and refuses an empty title, the history
// shows both versions with their diff and restores after asking, opening counts a view,
// "Was this useful?" is recorded, delete asks first, a folder import shows its report, and the
// assistant area's tabs (openArticle, insertPage, statistics).
#include "app/AppContext.h"
#include "app/kb/KbStore.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "models/KbArticleListModel.h"
#include "ui/AssistantArea.h"
#include "ui/kb/ArticleEditorDialog.h"
#include "ui/kb/ArticleHistoryDialog.h"
#include "ui/kb/KbImportDialog.h"
#include "ui/kb/KbStatsView.h"
#include "ui/kb/KnowledgeBasePane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bbd;

namespace {

// Runs `act` on the next modal dialog once it is up (static dialogs block the test).
void whenModal(std::function<void(QWidget *)> act, int attempts = 200)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            act(modal);
        } else if (attempts > 0) {
            whenModal(std::move(act), attempts - 1);
        }
    });
}

void clickMessageBoxButton(QWidget *modal, QMessageBox::StandardButton which)
{
    if (auto *box = qobject_cast<QMessageBox *>(modal)) {
        box->button(which)->click();
    }
}

// Types `text` key by key, as typeText() does for ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QStringList titles(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row) {
        list << model->index(row, KbArticleListModel::Title).data().toString();
    }
    return list;
}

} // namespace

class TestKbPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void searchFiltersAsYouType();
    void filtersNarrowTheList();
    void editSaveHistoryRestore();
    void editorRefusesEmptyTitle();
    void newArticleWithShortcut();
    void openingCountsAViewAndRatingIsRecorded();
    void deleteAsksFirst();
    void importFolderShowsReport();
    void importCancelKeepsWhatWasDone();
    void assistantAreaTabs();

private:
    AppContext context() { return {m_db.get(), nullptr, nullptr, nullptr}; }
    void showActive(QWidget &widget)
    {
        widget.resize(1200, 760);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }
    int views(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KbStore> m_store;
    qint64 m_leave = 0;
    qint64 m_phone = 0;
    qint64 m_vpn = 0;
};

void TestKbPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-kbpane"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("kb.sqlite"))).ok());
    m_store = std::make_unique<KbStore>(m_db->connection());
    const auto make = [this](const char *title, const char *body, const QStringList &tags,
                             const char *department) {
        KbArticle article;
        article.title = QString::fromUtf8(title);
        article.body = QString::fromUtf8(body);
        article.tags = tags;
        article.department = QString::fromUtf8(department);
        article.author = QStringLiteral("Анна");
        return m_store->create(article);
    };
    m_leave = make("Отпуск", "Заявление на отпуск подают за две недели.\nСогласуйте даты.",
                   {QStringLiteral("кадры")}, "Кадры");
    m_phone = make("Телефон отдела кадров", "Звоните: +7 495 000-00-00.",
                   {QStringLiteral("контакты")}, "Кадры");
    m_vpn = make("VPN", "Для VPN напишите в поддержку.", {QStringLiteral("ИТ")}, "ИТ");
    QVERIFY(m_leave > 0 && m_phone > 0 && m_vpn > 0);
    // One article last edited long ago, for the date filter.
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("UPDATE kb_articles SET updated_at = ? WHERE id = ?"),
                     {sql::isoUtc(QDateTime::currentDateTimeUtc().addDays(-90)), m_vpn}));
}

void TestKbPane::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

int TestKbPane::views(qint64 id)
{
    return m_store->article(id)->views;
}

void TestKbPane::searchFiltersAsYouType()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    auto *search = child<QLineEdit>(&pane, "kbSearch");
    auto *list = child<QTableView>(&pane, "articleList");
    QVERIFY(search && list);
    QCOMPARE(list->model()->rowCount(), 3);

    // Ctrl+F from the list goes to the search field.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());

    typeText(search, QStringLiteral("от"));
    QCOMPARE(titles(list->model()),
             (QStringList{QStringLiteral("Отпуск"), QStringLiteral("Телефон отдела кадров")}));
    typeText(search, QStringLiteral("пу"));
    QCOMPARE(titles(list->model()), QStringList{QStringLiteral("Отпуск")});
    // The reader follows the list.
    auto *reader = child<QTextBrowser>(&pane, "articleReader");
    QVERIFY(reader->toPlainText().startsWith(QStringLiteral("Отпуск")));

    typeText(search, QStringLiteral("xyz"));
    QCOMPARE(list->model()->rowCount(), 0);
    auto *hint = child<QLabel>(&pane, "kbEmptyHint");
    QVERIFY(hint->isVisible());
    QVERIFY(!list->isVisible());
    search->clear();
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(list->isVisible());
}

void TestKbPane::filtersNarrowTheList()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    auto *list = child<QTableView>(&pane, "articleList");
    auto *tag = child<QComboBox>(&pane, "kbTagFilter");
    auto *department = child<QComboBox>(&pane, "kbDepartmentFilter");
    auto *dates = child<QCheckBox>(&pane, "kbDateFilter");
    auto *from = child<QDateEdit>(&pane, "kbDateFrom");
    QVERIFY(tag && department && dates && from);

    QCOMPARE(tag->count(), 4); // all + three tags
    tag->setCurrentIndex(tag->findData(QStringLiteral("ИТ")));
    QCOMPARE(titles(list->model()), QStringList{QStringLiteral("VPN")});
    tag->setCurrentIndex(0);
    department->setCurrentIndex(department->findData(QStringLiteral("Кадры")));
    QCOMPARE(list->model()->rowCount(), 2);
    department->setCurrentIndex(0);

    from->setDate(QDate::currentDate().addDays(-30));
    QCOMPARE(list->model()->rowCount(), 3); // not applied until the box is ticked
    dates->click();
    QCOMPARE(titles(list->model()),
             (QStringList{QStringLiteral("Отпуск"), QStringLiteral("Телефон отдела кадров")}));
    from->setDate(QDate::currentDate().addDays(-100));
    QCOMPARE(list->model()->rowCount(), 3);
}

void TestKbPane::editSaveHistoryRestore()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    auto *list = child<QTableView>(&pane, "articleList");
    list->setCurrentIndex(
        list->model()->index(static_cast<KbArticleListModel *>(list->model())->rowOf(m_leave), 0));
    QCOMPARE(pane.currentArticleId(), m_leave);

    // F2 opens the editor.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = child<ArticleEditorDialog>(&pane, "articleEditor");
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(editor));
    auto *title = child<QLineEdit>(editor, "articleTitleEdit");
    auto *body = child<QPlainTextEdit>(editor, "articleBodyEdit");
    auto *preview = child<QTextBrowser>(editor, "articlePreview");
    QCOMPARE(title->text(), QStringLiteral("Отпуск"));
    body->setPlainText(QStringLiteral("Заявление на отпуск подают за три недели.\nСогласуйте "
                                      "даты.\n\n**Важно:** через портал."));
    // The preview renders the Markdown a moment later.
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Важно: через портал")));
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!pane.findChild<ArticleEditorDialog *>(QStringLiteral("articleEditor")));
    QVERIFY(m_store->article(m_leave)->body.contains(QStringLiteral("три недели")));
    auto *reader = child<QTextBrowser>(&pane, "articleReader");
    QVERIFY(reader->toPlainText().contains(QStringLiteral("три недели")));
    QCOMPARE(pane.currentArticleId(), m_leave);

    child<QPushButton>(&pane, "kbHistoryButton")->click();
    auto *history = child<ArticleHistoryDialog>(&pane, "articleHistory");
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    auto *revisions = child<QListWidget>(history, "revisionList");
    auto *diff = child<QTextBrowser>(history, "revisionDiff");
    auto *restore = child<QPushButton>(history, "revisionRestoreButton");
    QCOMPARE(revisions->count(), 2);
    // The current version shows what the edit changed, and cannot be "restored".
    QCOMPARE(revisions->currentRow(), 0);
    QVERIFY(!restore->isEnabled());
    QVERIFY(diff->toPlainText().contains(QStringLiteral("− Заявление на отпуск подают за две")));
    QVERIFY(diff->toPlainText().contains(QStringLiteral("+ Заявление на отпуск подают за три")));
    QVERIFY(diff->toHtml().contains(QStringLiteral("#d7f5dc"), Qt::CaseInsensitive));
    QVERIFY(diff->toHtml().contains(QStringLiteral("#fbdada"), Qt::CaseInsensitive));

    revisions->setCurrentRow(1);
    QVERIFY(restore->isEnabled());
    // Asked first: Cancel leaves everything as it was.
    whenModal([](QWidget *modal) { clickMessageBoxButton(modal, QMessageBox::Cancel); });
    restore->click();
    QCOMPARE(revisions->count(), 2);
    QVERIFY(m_store->article(m_leave)->body.contains(QStringLiteral("три недели")));

    whenModal([](QWidget *modal) { clickMessageBoxButton(modal, QMessageBox::Yes); });
    restore->click();
    QTRY_COMPARE(revisions->count(), 3);
    QVERIFY(m_store->article(m_leave)->body.contains(QStringLiteral("две недели")));
    QVERIFY(reader->toPlainText().contains(QStringLiteral("две недели")));
    history->close();
}

void TestKbPane::editorRefusesEmptyTitle()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    // Enter on the list edits the article it shows.
    auto *list = child<QTableView>(&pane, "articleList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    auto *editor = child<ArticleEditorDialog>(&pane, "articleEditor");
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    const qint64 id = pane.currentArticleId();
    const QString before = m_store->article(id)->title;
    child<QLineEdit>(editor, "articleTitleEdit")->clear();
    child<QPushButton>(editor, "articleSaveButton")->click();
    auto *error = child<QLabel>(editor, "articleEditorError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("title")), qPrintable(error->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(m_store->article(id)->title, before);

    child<QLineEdit>(editor, "articleTitleEdit")->setText(QStringLiteral("Новый заголовок"));
    child<QPlainTextEdit>(editor, "articleBodyEdit")->setPlainText(QStringLiteral("  \n"));
    child<QPushButton>(editor, "articleSaveButton")->click();
    QVERIFY(error->text().contains(QStringLiteral("no text")));
    QVERIFY(editor->isVisible());
    QCOMPARE(m_store->history(id).size(), 1);
    editor->reject();
}

void TestKbPane::newArticleWithShortcut()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    auto *list = child<QTableView>(&pane, "articleList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
    auto *editor = child<ArticleEditorDialog>(&pane, "articleEditor");
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    editor->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), editor);
    typeText(child<QLineEdit>(editor, "articleTitleEdit"), QStringLiteral("Парковка"));
    child<QPlainTextEdit>(editor, "articleBodyEdit")
        ->setPlainText(QStringLiteral("Парковка за зданием."));
    child<QLineEdit>(editor, "articleTagsEdit")->setText(QStringLiteral("офис, , офис, транспорт"));
    child<QComboBox>(editor, "articleDepartmentEdit")->setCurrentText(QStringLiteral("АХО"));
    QTest::keyClick(child<QLineEdit>(editor, "articleTagsEdit"), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!pane.findChild<ArticleEditorDialog *>(QStringLiteral("articleEditor")));

    QCOMPARE(list->model()->rowCount(), 4);
    const std::optional<KbArticle> created = m_store->article(pane.currentArticleId());
    QVERIFY(created);
    QCOMPARE(created->title, QStringLiteral("Парковка"));
    QCOMPARE(created->tags, (QStringList{QStringLiteral("офис"), QStringLiteral("транспорт")}));
    QCOMPARE(created->department, QStringLiteral("АХО"));
    // The new department and tags are offered by the filters now.
    QVERIFY(child<QComboBox>(&pane, "kbDepartmentFilter")->findData(QStringLiteral("АХО")) > 0);
    QVERIFY(child<QComboBox>(&pane, "kbTagFilter")->findData(QStringLiteral("транспорт")) > 0);
}

void TestKbPane::openingCountsAViewAndRatingIsRecorded()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    // The article the pane shows by itself at start was not opened by anyone.
    const qint64 first = pane.currentArticleId();
    QVERIFY(first != 0);
    QCOMPARE(views(first), 0);

    auto *list = child<QTableView>(&pane, "articleList");
    auto *model = static_cast<KbArticleListModel *>(list->model());
    list->setCurrentIndex(model->index(model->rowOf(m_phone), 0));
    QCOMPARE(views(m_phone), 1);
    QVERIFY(child<QLabel>(&pane, "articleMeta")->text().contains(QStringLiteral("1 view")));
    // Filtering keeps it shown without counting it again.
    typeText(child<QLineEdit>(&pane, "kbSearch"), QStringLiteral("телеф"));
    QCOMPARE(pane.currentArticleId(), m_phone);
    QCOMPARE(views(m_phone), 1);
    QVERIFY(pane.openArticle(m_phone));
    QCOMPARE(views(m_phone), 2);

    auto *yes = child<QPushButton>(&pane, "kbUsefulYes");
    auto *no = child<QPushButton>(&pane, "kbUsefulNo");
    QVERIFY(yes->isVisible() && yes->isEnabled());
    yes->click();
    QCOMPARE(m_store->article(m_phone)->ratingUp, 1);
    QVERIFY(!yes->isEnabled() && !no->isEnabled());
    yes->click();
    QCOMPARE(m_store->article(m_phone)->ratingUp, 1);

    // openArticle() clears a filter that hides the article.
    QVERIFY(pane.openArticle(m_vpn));
    QCOMPARE(pane.currentArticleId(), m_vpn);
    QVERIFY(child<QLineEdit>(&pane, "kbSearch")->text().isEmpty());
    QCOMPARE(views(m_vpn), 1);
    QVERIFY(no->isEnabled());
    no->click();
    QCOMPARE(m_store->article(m_vpn)->ratingDown, 1);
    QVERIFY(!pane.openArticle(987654));
}

void TestKbPane::deleteAsksFirst()
{
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    QVERIFY(pane.openArticle(m_vpn));
    auto *remove = child<QPushButton>(&pane, "kbDeleteButton");
    whenModal([](QWidget *modal) { clickMessageBoxButton(modal, QMessageBox::Cancel); });
    remove->click();
    QVERIFY(m_store->article(m_vpn));
    QCOMPARE(pane.model()->rowCount(), 3);
    whenModal([](QWidget *modal) { clickMessageBoxButton(modal, QMessageBox::Yes); });
    remove->click();
    QVERIFY(!m_store->article(m_vpn));
    QCOMPARE(pane.model()->rowCount(), 2);
    QVERIFY(pane.model()->rowOf(m_vpn) < 0);
}

void TestKbPane::importFolderShowsReport()
{
    const QString folder = m_dir->filePath(QStringLiteral("wiki"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/office")));
    for (const auto &[name, content] :
         {std::pair{"/office/kitchen.md", QByteArray("# Кухня\n\nКофе бесплатно.\n")},
          std::pair{"/broken.md", QByteArray()}}) {
        QFile file(folder + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    pane.importPaths({folder});
    auto *dialog = child<KbImportDialog>(&pane, "kbImportDialog");
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    auto *report = child<QTableWidget>(dialog, "kbImportReport");
    QVERIFY(report->isVisible());
    QCOMPARE(report->rowCount(), 2);
    QCOMPARE(report->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("rejected"));
    QCOMPARE(report->item(1, 1)->data(Qt::UserRole).toString(), QStringLiteral("imported"));
    QCOMPARE(report->item(1, 2)->text(), QStringLiteral("Кухня"));
    QVERIFY(child<QLabel>(dialog, "kbImportSummary")->text().contains(QStringLiteral("1")));
    // The list has read the new article already.
    QCOMPARE(pane.model()->rowCount(), 4);
    QVERIFY(child<QComboBox>(&pane, "kbTagFilter")->findData(QStringLiteral("office")) > 0);
    child<QPushButton>(dialog, "kbImportClose")->click();
    QTRY_VERIFY(!pane.findChild<KbImportDialog *>(QStringLiteral("kbImportDialog")));
}

void TestKbPane::importCancelKeepsWhatWasDone()
{
    const QString folder = m_dir->filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(folder));
    constexpr int files = 400;
    for (int i = 0; i < files; ++i) {
        QFile file(folder + QStringLiteral("/page%1.md").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("# Страница %1\n\nТекст страницы %1.\n").arg(i).toUtf8());
    }
    KnowledgeBasePane pane(context(), *m_store);
    showActive(pane);
    pane.importPaths({folder});
    auto *dialog = child<KbImportDialog>(&pane, "kbImportDialog");
    QVERIFY(dialog);
    auto *cancel = child<QPushButton>(dialog, "kbImportCancel");
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    const KbImportReport &report = dialog->report();
    // Whatever the worker had done when the cancel came is in, and nothing else.
    QCOMPARE(report.cancelled, report.entries.size() < files);
    QCOMPARE(pane.model()->totalCount(), 3 + report.count(KbImportEntry::Outcome::Imported));
    QCOMPARE(m_store->search({}).total, 3 + int(report.entries.size()));
    QVERIFY(child<QPushButton>(dialog, "kbImportClose")->isEnabled());
}

void TestKbPane::assistantAreaTabs()
{
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_store->recordView(m_phone));
    }
    QVERIFY(m_store->recordView(m_leave));
    AssistantArea area(context());
    showActive(area);
    auto *tabs = child<QTabWidget>(&area, "assistantTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentWidget(), area.knowledgeBase());
    QVERIFY(child<QTableView>(&area, "articleList"));
    QVERIFY(child<QTextBrowser>(&area, "articleReader"));

    tabs->setCurrentWidget(area.statistics());
    auto *mostViewed = child<QTableWidget>(&area, "kbMostViewed");
    QCOMPARE(mostViewed->rowCount(), 2);
    QCOMPARE(mostViewed->item(0, 0)->text(), QStringLiteral("Телефон отдела кадров"));
    QCOMPARE(mostViewed->item(1, 0)->text(), QStringLiteral("Отпуск"));
    QVERIFY(child<QTableWidget>(&area, "kbWorstRated"));
    QVERIFY(area.statistics()->tablesLayout());

    // A chat pane goes first; a click on a cited article opens it in the knowledge base.
    auto *chat = new QLabel(QStringLiteral("chat"));
    area.insertPage(0, chat, QStringLiteral("Chat"));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(0), chat);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Chat"));
    tabs->setCurrentWidget(chat);
    typeText(child<QLineEdit>(&area, "kbSearch"), QStringLiteral("vpn"));
    area.openArticle(m_leave);
    QCOMPARE(tabs->currentWidget(), area.knowledgeBase());
    QCOMPARE(area.knowledgeBase()->currentArticleId(), m_leave);
    QCOMPARE(views(m_leave), 2);
    QVERIFY(child<QTextBrowser>(&area, "articleReader")
                ->toPlainText()
                .startsWith(QStringLiteral("Отпуск")));
    QCOMPARE(area.articleModel()->rowCount(), 3);
}

QTEST_MAIN(TestKbPane)
#include "tst_kbpane.moc"
