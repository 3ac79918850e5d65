#include "app/AppContext.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ScenariosArea.h"
#include "ui/SplitterPaneAction.h"
#include "ui/scenarios/ScenarioEditor.h"
#include "ui/scenarios/ScenarioView.h"

#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

// A splitter of a narrow side pane, a wide working area and another side pane, on screen.
struct ThreePanes
{
    ThreePanes()
    {
        for (const char *name : {"left", "middle", "right"}) {
            auto *pane = new QLabel(QString::fromLatin1(name));
            pane->setMinimumWidth(40);
            splitter.addWidget(pane);
        }
        splitter.resize(1000, 300);
        splitter.setSizes({200, 600, 200});
        splitter.show();
    }
    QSplitter splitter;
};

QAction *findAction(const QList<QAction *> &actions, const QString &name)
{
    for (QAction *action : actions) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestSplitterPaneAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void togglingCollapsesAndRestores_data();
    void togglingCollapsesAndRestores();
    void draggingTheHandleUpdatesTheAction();
    void sizesSurviveARestart();
    void scenarioAreaGivesTheCanvasTheRoom();

private:
    QTemporaryDir m_dir;
};

void TestSplitterPaneAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSplitterPaneAction::togglingCollapsesAndRestores_data()
{
    QTest::addColumn<int>("pane");
    QTest::newRow("left") << 0;
    QTest::newRow("right") << 2;
}

void TestSplitterPaneAction::togglingCollapsesAndRestores()
{
    QFETCH(int, pane);
    ThreePanes panes;
    QVERIFY(QTest::qWaitForWindowExposed(&panes.splitter));
    const QList<int> shown = panes.splitter.sizes();
    SplitterPaneAction action(&panes.splitter, pane, QStringLiteral("Pane"));
    QVERIFY(action.isChecked());
    QList<int> hidden = shown;
    hidden[1] += hidden[pane];
    hidden[pane] = 0;

    action.trigger();
    QVERIFY(!action.isChecked());
    QVERIFY(!action.paneVisible());
    // The room goes to the working area, not to the other side pane.
    QCOMPARE(panes.splitter.sizes(), hidden);

    action.trigger();
    QVERIFY(action.isChecked());
    QCOMPARE(panes.splitter.sizes(), shown);
}

void TestSplitterPaneAction::draggingTheHandleUpdatesTheAction()
{
    ThreePanes panes;
    QVERIFY(QTest::qWaitForWindowExposed(&panes.splitter));
    SplitterPaneAction action(&panes.splitter, 0, QStringLiteral("Pane"));
    QSplitterHandle *handle = panes.splitter.handle(1);
    const QPoint grip = handle->rect().center();
    // Dragging the handle to the far left collapses the pane, as a user does it.
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QMouseEvent move(QEvent::MouseMove, QPointF(grip.x() - 400, grip.y()),
                     handle->mapToGlobal(QPointF(grip.x() - 400, grip.y())), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, QPoint(grip.x() - 400, grip.y()));
    QCOMPARE(panes.splitter.sizes().constFirst(), 0);
    QVERIFY(!action.isChecked());
    action.trigger();
    QVERIFY(action.isChecked());
    QVERIFY(panes.splitter.sizes().constFirst() >= 40);
}

void TestSplitterPaneAction::sizesSurviveARestart()
{
    Settings settings(m_dir.filePath(QStringLiteral("panes.ini")));
    {
        ThreePanes panes;
        QVERIFY(QTest::qWaitForWindowExposed(&panes.splitter));
        SplitterPaneAction action(&panes.splitter, 2, QStringLiteral("Pane"));
        action.persist(&settings, QStringLiteral("test"));
        action.trigger();
        QCOMPARE(panes.splitter.sizes().constLast(), 0);
    }
    ThreePanes again;
    QVERIFY(QTest::qWaitForWindowExposed(&again.splitter));
    SplitterPaneAction action(&again.splitter, 2, QStringLiteral("Pane"));
    action.persist(&settings, QStringLiteral("test"));
    QCOMPARE(again.splitter.sizes().constLast(), 0);
    QVERIFY(!action.isChecked());
    // Another key is another splitter.
    ThreePanes other;
    QVERIFY(QTest::qWaitForWindowExposed(&other.splitter));
    SplitterPaneAction otherAction(&other.splitter, 2, QStringLiteral("Pane"));
    otherAction.persist(&settings, QStringLiteral("other"));
    QVERIFY(otherAction.isChecked());
}

void TestSplitterPaneAction::scenarioAreaGivesTheCanvasTheRoom()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("panes.sqlite"))).ok());
    PhoneNumbers phones;
    QVERIFY(DemoData::load(db, phones).ok);
    Settings settings(m_dir.filePath(QStringLiteral("area.ini")));
    AppContext context;
    context.database = &db;
    context.phones = &phones;
    context.settings = &settings;
    ScenariosArea area(context);
    area.resize(1280, 760);
    area.show();
    area.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&area));
    ScenarioView *view = area.editor()->view();
    const int narrow = view->width();

    QAction *canvasOnly = findAction(area.paneActions(), QStringLiteral("canvasOnlyAction"));
    QVERIFY(canvasOnly);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(view->width() > narrow + 400);
    for (QAction *action : area.paneActions()) {
        QVERIFY2(!action->isCheckable() || !action->isChecked(), qPrintable(action->objectName()));
    }
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(view->width(), narrow);

    // One pane alone, from its own shortcut.
    QAction *inspector = findAction(area.paneActions(), QStringLiteral("toggleInspectorAction"));
    QVERIFY(inspector);
    QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!inspector->isChecked());
    QTRY_VERIFY(view->width() > narrow + 200);
    QVERIFY(
        findAction(area.paneActions(), QStringLiteral("toggleScenarioListAction"))->isChecked());
}

QTEST_MAIN(TestSplitterPaneAction)
#include "tst_splitterpaneaction.moc"
