#include "app/AppContext.h"
#include "app/ats/CandidateListLoader.h"
#include "app/phones/PhoneNumbers.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "models/PagedTableModel.h"
#include "ui/CandidatesArea.h"
#include "ui/DatabaseProblemDialog.h"
#include "ui/MainWindow.h"
#include "ui/ats/BoardView.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace bbd;
using Area = MainWindow::Area;

namespace {

// Reads every page of a view's model, waiting for those read on another thread (the
// candidate list's), and returns the rows.
int loadAll(QAbstractItemModel *model)
{
    const auto *paged = qobject_cast<const PagedTableModelBase *>(model);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (model->canFetchMore({})) {
            model->fetchMore({});
        } else if (paged && (paged->isLoading() || paged->isFetching())) {
            QTest::qWait(5);
        } else {
            break;
        }
    }
    return model->rowCount();
}

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shortcutsVisitEveryArea_data();
    void shortcutsVisitEveryArea();
    void toolbarClickSwitchesArea();
    void selectingAVacancyNarrowsCandidates();
    void candidateListShowsSearching();
    void articleIsRendered();
    void lastAreaAndGeometryRestored();
    void emptyDatabaseShowsHints();
    void screenshotWritesPng_data();
    void screenshotWritesPng();
    void corruptDatabaseIsReportedHeadless();
    void firstStartAndDemoOptionLoadDemoOnce();
    void problemDialogOffersFreshStart_data();
    void problemDialogOffersFreshStart();

private:
    // Shortcuts reach only the active window, as for a user.
    void showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    AppContext context() { return {&m_db, &m_phones, m_settings.get(), m_credentials.get()}; }

    QTemporaryDir m_dir;
    Database m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("gui.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("gui.ini")));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("Butterboard Desk Tests"));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::shortcutsVisitEveryArea_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("viewName");
    QTest::addColumn<QString>("countSql");
    // Visit in an order that changes area every time.
    QTest::newRow("Ctrl+2 candidates")
        << int(Qt::Key_2) << int(Area::Candidates) << "candidateTable"
        << "SELECT count(*) FROM candidates";
    QTest::newRow("Ctrl+1 scenarios") << int(Qt::Key_1) << int(Area::Scenarios) << "scenarioList"
                                      << "SELECT count(*) FROM scenarios";
    QTest::newRow("Ctrl+4 contacts") << int(Qt::Key_4) << int(Area::Contacts) << "contactTable"
                                     << "SELECT count(*) FROM contacts";
    QTest::newRow("Ctrl+3 assistant") << int(Qt::Key_3) << int(Area::Assistant) << "articleList"
                                      << "SELECT count(*) FROM kb_articles";
}

void TestMainWindow::shortcutsVisitEveryArea()
{
    QFETCH(int, key);
    QFETCH(int, area);
    QFETCH(QString, viewName);
    QFETCH(QString, countSql);

    m_window = std::make_unique<MainWindow>(context());
    showActive(*m_window);
    // Start from a different area so the shortcut has something to do.
    m_window->showArea(area == int(Area::Scenarios) ? Area::Contacts : Area::Scenarios);

    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(int(m_window->currentArea()), area);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(stack);
    auto *view = stack->currentWidget()->findChild<QTableView *>(viewName);
    QVERIFY2(view, qPrintable(viewName));
    // The candidate list shows "Searching…" in its place until its first page arrives.
    QTRY_VERIFY(view->isVisible());

    const int expected = scalar(m_db, countSql);
    QVERIFY(expected > 0);
    QAbstractItemModel *model = view->model();
    QCOMPARE(loadAll(model), expected);
    // The first visible cell has text: the rows are real, not placeholders.
    QVERIFY(!model->index(0, 0).data().toString().isEmpty());
}

void TestMainWindow::toolbarClickSwitchesArea()
{
    m_window = std::make_unique<MainWindow>(context());
    showActive(*m_window);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("contactsAction"));
    QVERIFY(action);
    QWidget *button = nullptr;
    const auto widgets = action->associatedObjects();
    for (QObject *object : widgets) {
        if (auto *widget = qobject_cast<QWidget *>(object);
            widget && !qobject_cast<QMenu *>(widget)) {
            button = widget;
        }
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), Area::Contacts);
    QVERIFY(action->isChecked());
    auto *channels = m_window->findChild<QTableView *>(QStringLiteral("channelTable"));
    QVERIFY(channels && channels->isVisible());
    QCOMPARE(channels->model()->rowCount(),
             scalar(m_db, QStringLiteral("SELECT count(*) FROM channels")));
}

void TestMainWindow::selectingAVacancyNarrowsCandidates()
{
    m_window = std::make_unique<MainWindow>(context());
    showActive(*m_window);
    m_window->showArea(Area::Candidates);
    auto *vacancies = m_window->findChild<QTableView *>(QStringLiteral("vacancyList"));
    auto *candidates = m_window->findChild<QTableView *>(QStringLiteral("candidateTable"));
    auto *caption = m_window->findChild<QLabel *>(QStringLiteral("candidateCaption"));
    QVERIFY(vacancies && candidates && caption);
    const int all = scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates"));
    QTRY_VERIFY(caption->text().contains(QString::number(all)));
    // The rows arrive after the query: the columns are fitted to them, not to the headers.
    QTRY_VERIFY(candidates->model()->rowCount() > 0);
    const QString name = candidates->model()->index(0, 0).data().toString();
    QTRY_VERIFY2(candidates->columnWidth(0) >= candidates->fontMetrics().horizontalAdvance(name),
                 qPrintable(name));

    const QModelIndex first = vacancies->model()->index(0, 0);
    const QRect rect = vacancies->visualRect(first);
    QTest::mouseClick(vacancies->viewport(), Qt::LeftButton, {}, rect.center());
    const qint64 vacancyId = first.data(Qt::UserRole + 1).toLongLong();
    const int ofVacancy = scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM candidates WHERE vacancy_id = %1").arg(vacancyId));
    QVERIFY(ofVacancy > 0 && ofVacancy < all);
    QCOMPARE(loadAll(candidates->model()), ofVacancy);
    QVERIFY(caption->text().contains(first.data().toString()));
    // A vacancy opens on its board, one column per stage of its pipeline.
    auto *board = m_window->findChild<QWidget *>(QStringLiteral("boardView"));
    QVERIFY(board && board->isVisible());
    QCOMPARE(board->findChildren<QListView *>(QRegularExpression(QStringLiteral("^column_\\d+$")))
                 .size(),
             scalar(m_db, QStringLiteral("SELECT count(*) FROM pipeline_stages WHERE vacancy_id "
                                         "= %1")
                              .arg(vacancyId)));

    // For a look at the board by a person: BBD_SCREENSHOT_DIR=/tmp ctest -R mainwindow.
    if (const QString dir = qEnvironmentVariable("BBD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->resize(1280, 800);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/board.png")));
    }
    // A move on the board is undone from the window's Edit menu, which names it.
    BoardView *boardView = m_window->candidatesArea()->board();
    const QList<qint64> stages = boardView->stageIds();
    const qint64 someone = scalar(
        m_db,
        QStringLiteral("SELECT min(id) FROM candidates WHERE stage_id = %1").arg(stages.at(0)));
    QVERIFY(someone > 0);
    QVERIFY(boardView->moveCandidates({someone}, stages.at(0), stages.at(1)));
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT stage_id FROM candidates WHERE id = %1").arg(someone)),
        int(stages.at(1)));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Move")));
    undo->trigger();
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT stage_id FROM candidates WHERE id = %1").arg(someone)),
        int(stages.at(0)));
    // Elsewhere in the window there is nothing of the candidates' to undo.
    m_window->showArea(Area::Scenarios);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("redoAction"))->isEnabled());
    m_window->showArea(Area::Candidates);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("redoAction"))->isEnabled());

    auto *allButton = m_window->findChild<QWidget *>(QStringLiteral("allVacanciesButton"));
    QVERIFY(allButton && allButton->isEnabled());
    QTest::mouseClick(allButton, Qt::LeftButton);
    QCOMPARE(loadAll(candidates->model()), all);
    QVERIFY(candidates->isVisible());
    QVERIFY(!board->isVisible());
    QVERIFY(!allButton->isEnabled());
}

void TestMainWindow::candidateListShowsSearching()
{
    m_window = std::make_unique<MainWindow>(context());
    showActive(*m_window);
    m_window->showArea(Area::Candidates);
    CandidatesArea *area = m_window->candidatesArea();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("candidateTable"));
    auto *caption = m_window->findChild<QLabel *>(QStringLiteral("candidateCaption"));
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("candidatesEmptyHint"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(area && table && caption && hint && search);
    QTRY_VERIFY(!area->isSearching() && table->isVisible());
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 0);
    const QString searching = QStringLiteral("Searching…");

    // A slow query: the rows of the previous one stay, greyed once the answer is late, and
    // the caption says the search runs instead of showing the previous count.
    area->listLoader()->setDelayForTesting(600);
    QTest::keyClicks(search, QStringLiteral("zzqx"));
    QTRY_VERIFY(area->isSearching());
    QVERIFY(caption->text().contains(searching));
    QCOMPARE(table->model()->rowCount(), rows);
    QVERIFY(!table->property("searching").toBool()); // a quick answer would not flash grey
    QTRY_VERIFY(table->property("searching").toBool());
    QCOMPARE(table->palette().color(QPalette::Active, QPalette::Text),
             table->palette().color(QPalette::Disabled, QPalette::Text));
    QTRY_VERIFY_WITH_TIMEOUT(!area->isSearching(), 10000);
    QVERIFY(!table->property("searching").toBool());
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(hint->isVisible() && !table->isVisible());
    QVERIFY(!hint->text().contains(searching));
    QTRY_VERIFY_WITH_TIMEOUT(caption->text().contains(QStringLiteral("No candidates found")),
                             10000);

    // From an empty list, the hint says the search runs until the rows come.
    search->clear();
    QTRY_VERIFY(area->isSearching());
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), searching);
    QTRY_VERIFY_WITH_TIMEOUT(!area->isSearching(), 10000);
    QVERIFY(table->isVisible() && !hint->isVisible());
    QCOMPARE(table->model()->rowCount(), rows);
    QTRY_VERIFY_WITH_TIMEOUT(!caption->text().contains(searching), 10000);
}

void TestMainWindow::articleIsRendered()
{
    m_window = std::make_unique<MainWindow>(context());
    showActive(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    auto *reader = m_window->findChild<QTextBrowser *>(QStringLiteral("articleReader"));
    QVERIFY(list && reader);
    const QModelIndex second = list->model()->index(1, 0);
    list->setCurrentIndex(second);
    // The title is rendered as a heading, and Markdown syntax does not leak into the text.
    QVERIFY(reader->toPlainText().startsWith(second.data().toString()));
    QVERIFY(!reader->toPlainText().contains(QStringLiteral("## ")));
    QVERIFY(reader->toPlainText().size() > 300);
}

void TestMainWindow::lastAreaAndGeometryRestored()
{
    m_window = std::make_unique<MainWindow>(context());
    m_window->restoreFromSettings();
    showActive(*m_window);
    m_window->resize(1120, 720);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), Area::Contacts);
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = std::make_unique<MainWindow>(context());
    QCOMPARE(m_window->currentArea(), Area::Scenarios);
    m_window->restoreFromSettings();
    QCOMPARE(m_window->currentArea(), Area::Contacts);
    QCOMPARE(m_window->size(), QSize(1120, 720));
}

void TestMainWindow::emptyDatabaseShowsHints()
{
    Database empty(QStringLiteral("empty"));
    QVERIFY(empty.open(m_dir.filePath(QStringLiteral("empty.sqlite"))).ok());
    MainWindow window({&empty, &m_phones, m_settings.get(), m_credentials.get()});
    showActive(window);
    for (int key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4}) {
        QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
        // Each area says what belongs there instead of showing a bare empty grid.
        bool hintShown = false;
        const auto labels = stack->currentWidget()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            hintShown |= label->isVisible() && label->wordWrap() && label->text().size() > 60;
        }
        QVERIFY2(hintShown, qPrintable(QString::number(key)));
    }
}

void TestMainWindow::screenshotWritesPng_data()
{
    QTest::addColumn<QString>("area");
    QTest::newRow("scenarios") << "scenarios";
    QTest::newRow("candidates") << "candidates";
    QTest::newRow("assistant") << "assistant";
    QTest::newRow("contacts") << "contacts";
}

void TestMainWindow::screenshotWritesPng()
{
    QFETCH(QString, area);
    const QString png = m_dir.filePath(area + QStringLiteral(".png"));
    const QString database = m_dir.filePath(QStringLiteral("shot.sqlite"));
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(BBD_EXECUTABLE),
              {QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
               QStringLiteral("--area"), area, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not a blank canvas: a screenshot of real content has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestMainWindow::corruptDatabaseIsReportedHeadless()
{
    const QString database = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(database);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QProcess app;
    app.start(QStringLiteral(BBD_EXECUTABLE),
              {QStringLiteral("--database"), database, QStringLiteral("--screenshot"),
               m_dir.filePath(QStringLiteral("never.png")), QStringLiteral("--lang"),
               QStringLiteral("en")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromLocal8Bit(app.readAllStandardError()).contains(QStringLiteral("damaged")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
    QCOMPARE(QFileInfo(database).size(), 4096);
}

void TestMainWindow::firstStartAndDemoOptionLoadDemoOnce()
{
    const QString database = m_dir.filePath(QStringLiteral("cli-demo.sqlite"));
    auto run = [&](const QStringList &extra) {
        QProcess app;
        app.start(QStringLiteral(BBD_EXECUTABLE),
                  QStringList{QStringLiteral("--database"), database,
                              QStringLiteral("--screenshot"),
                              m_dir.filePath(QStringLiteral("cli-demo.png")),
                              QStringLiteral("--lang"), QStringLiteral("en")} +
                      extra);
        const bool finished = app.waitForFinished(60000);
        return finished && app.exitCode() == 0 ? QString::fromLocal8Bit(app.readAllStandardError())
                                               : QStringLiteral("<failed>");
    };
    auto candidates = [&] {
        Database db(QStringLiteral("cli-demo"));
        return db.open(database).ok()
                   ? scalar(db, QStringLiteral("SELECT count(*) FROM candidates"))
                   : -1;
    };
    // The first start of an empty file fills it with the demo company.
    QVERIFY(!run({}).contains(QStringLiteral("<failed>")));
    const int afterFirstStart = candidates();
    QVERIFY(afterFirstStart >= 60);
    // --demo on a database that has it already writes nothing and says so.
    const QString output = run({QStringLiteral("--demo")});
    QVERIFY2(output.contains(QStringLiteral("already")), qPrintable(output));
    QCOMPARE(candidates(), afterFirstStart);
}

void TestMainWindow::problemDialogOffersFreshStart_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("click");
    QTest::addColumn<bool>("startFresh");
    using S = Database::OpenStatus;
    QTest::newRow("corrupt, start fresh") << int(S::Corrupt) << "startFreshButton" << true;
    QTest::newRow("corrupt, quit") << int(S::Corrupt) << "Quit" << false;
    QTest::newRow("newer, start fresh") << int(S::NewerVersion) << "startFreshButton" << true;
    // A file that cannot be opened at all is not cured by a fresh file in the same place.
    QTest::newRow("cannot open") << int(S::CannotOpen) << "Close" << false;
}

void TestMainWindow::problemDialogOffersFreshStart()
{
    QFETCH(int, status);
    QFETCH(QString, click);
    QFETCH(bool, startFresh);
    Database::OpenResult result;
    result.status = Database::OpenStatus(status);
    result.message = QStringLiteral("The database is damaged.");
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        offered = box->findChild<QPushButton *>(QStringLiteral("startFreshButton")) != nullptr;
        const auto buttons = box->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->objectName() == click || button->text() == click) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("button not found");
    });
    const bool chosen =
        DatabaseProblemDialog::askToStartFresh(result, m_dir.filePath(QStringLiteral("x.sqlite")));
    QCOMPARE(chosen, startFresh);
    QCOMPARE(offered, result.canStartFresh());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
