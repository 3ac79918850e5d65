// The scenario canvas driven with the mouse and the keyboard on real widgets: stages added by
// double-click, from the palette and by paste, linked by dragging from a port, moved, nudged,
// selected with a rubber band and deleted; every edit one undo step that undoes and redoes
// exactly; zooming; problem badges; export without the selection; the overview.
#include "models/ScenarioCommands.h"
#include "ui/scenarios/ScenarioMinimap.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/StagePalette.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace bbd;

namespace {

constexpr qreal Grid = ScenarioScene::gridSize;

QSizeF cardSize()
{
    return ScenarioScene::stageSize();
}

bool onGrid(QPointF point)
{
    return std::fmod(point.x(), Grid) == 0 && std::fmod(point.y(), Grid) == 0;
}

} // namespace

class TestScenarioCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void doubleClickAddsStages();
    void dragFromPortLinksAndUndoRedoIsExact();
    void refusedLinksSayWhy();
    void rubberBandSelects();
    void movingStagesIsOneUndoStep();
    void arrowKeysNudgeInOneStep();
    void enterAndDoubleClickActivate();
    void deleteRemovesSelectionWithItsLinks();
    void linkSelectedAndDeletedAlone();
    void copyPasteGivesNewKeys();
    void cutAndPaste();
    void zoomActionsChangeTheTransform();
    void ctrlWheelZoomsAroundTheCursor();
    void paletteDropCreatesThatKind_data();
    void paletteDropCreatesThatKind();
    void paletteActivationAddsInTheMiddle();
    void problemsShowAsBadges();
    void itemsFollowDocumentEdits();
    void exportLeavesOutTheSelection();
    void snapToGridCanBeTurnedOff();
    void minimapShowsAndMovesTheView();
    void emptyCanvasShowsAHint();

private:
    QWidget *viewport() const { return m_view->viewport(); }
    QPoint toView(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF portOf(qint64 key) const;
    void doubleClick(QPoint at);
    void drag(QPoint from, QPoint to);
    QList<qint64> addTwoStages();
    void link(qint64 from, qint64 to);
    QList<QGraphicsItem *> itemsWithToolTip(const QString &text) const;

    std::unique_ptr<ScenarioDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<QWidget> m_window;
    ScenarioScene *m_scene = nullptr;
    ScenarioView *m_view = nullptr;
    StagePalette *m_palette = nullptr;
    ScenarioMinimap *m_minimap = nullptr;
};

void TestScenarioCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScenarioCanvas::init()
{
    m_document = std::make_unique<ScenarioDocument>();
    m_document->reset(0, 1, QStringLiteral("First weeks"), QString(), {}, {});
    m_stack = std::make_unique<QUndoStack>();
    m_window = std::make_unique<QWidget>();
    m_scene = new ScenarioScene(m_document.get(), m_stack.get(), m_window.get());
    m_view = new ScenarioView(m_scene);
    m_palette = new StagePalette;
    m_palette->attach(m_view);
    m_minimap = new ScenarioMinimap(m_view);
    auto *layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_palette);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_minimap);
    m_window->resize(1300, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view->setFocus();
    QCOMPARE(m_view->zoom(), 1.0);
}

void TestScenarioCanvas::cleanup()
{
    m_window.reset();
    m_stack.reset();
    m_document.reset();
    QGuiApplication::clipboard()->clear();
}

QPointF TestScenarioCanvas::portOf(qint64 key) const
{
    const QRectF card = m_scene->stageRect(key);
    return {card.right(), card.center().y()};
}

void TestScenarioCanvas::doubleClick(QPoint at)
{
    // What a window system sends: press, release, double-click, release.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at);
}

void TestScenarioCanvas::drag(QPoint from, QPoint to)
{
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    // In steps, as a hand moves: the rubber band starts past the drag distance only.
    for (int i = 1; i <= 4; ++i) {
        QTest::mouseMove(viewport(), from + (to - from) * i / 4);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
}

QList<qint64> TestScenarioCanvas::addTwoStages()
{
    doubleClick(QPoint(220, 200));
    doubleClick(QPoint(620, 420));
    QList<qint64> keys;
    for (const StageData &stage : m_document->stages()) {
        keys.append(stage.key);
    }
    return keys;
}

void TestScenarioCanvas::link(qint64 from, qint64 to)
{
    drag(toView(portOf(from)), toView(m_scene->stageRect(to).center()));
}

QList<QGraphicsItem *> TestScenarioCanvas::itemsWithToolTip(const QString &text) const
{
    QList<QGraphicsItem *> found;
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->toolTip().contains(text)) {
            found.append(item);
        }
    }
    return found;
}

void TestScenarioCanvas::doubleClickAddsStages()
{
    QVERIFY(m_document->stages().isEmpty());
    const QPoint at(220, 200);
    doubleClick(at);
    QCOMPARE(m_document->stages().size(), 1);
    const StageData first = m_document->stages().first();
    QCOMPARE(first.kind, QStringLiteral("custom"));
    QCOMPARE(first.title, QStringLiteral("New stage"));
    QCOMPARE(first.ownerRole, std::optional(ScenarioStage::OwnerRole::HrManager));
    QVERIFY(onGrid(first.position));
    // The card is centred on the click, give or take the grid.
    const QPointF centre = first.position + QPointF(cardSize().width(), cardSize().height()) / 2;
    const QPointF clicked = m_view->mapToScene(at);
    QVERIFY2(std::abs(centre.x() - clicked.x()) <= Grid / 2 + 1 &&
                 std::abs(centre.y() - clicked.y()) <= Grid / 2 + 1,
             "the new card is not where the double-click was");
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{first.key});
    QCOMPARE(m_stack->count(), 1);

    doubleClick(QPoint(620, 420));
    QCOMPARE(m_document->stages().size(), 2);
    QVERIFY(m_document->stages().at(1).key != first.key);
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{m_document->stages().at(1).key});
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_scene->items().size(), 2);
}

void TestScenarioCanvas::dragFromPortLinksAndUndoRedoIsExact()
{
    const QList<qint64> keys = addTwoStages();
    QCOMPARE(keys.size(), 2);
    const QList<StageData> placed = m_document->stages();
    link(keys.at(0), keys.at(1));
    QCOMPARE(m_document->links(), (QList<StageLink>{{keys.at(0), keys.at(1)}}));
    // Dragging from the port draws a link; it does not move the card.
    QCOMPARE(m_document->stages(), placed);
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_scene->items().size(), 3);
    const QList<StageData> stages = m_document->stages();
    const QList<StageLink> links = m_document->links();

    m_stack->undo();
    QVERIFY(m_document->links().isEmpty());
    QCOMPARE(m_document->stages().size(), 2);
    QCOMPARE(m_scene->items().size(), 2);
    m_stack->undo();
    QCOMPARE(m_document->stages().size(), 1);
    QCOMPARE(m_scene->items().size(), 1);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_document->stages(), stages);
    QCOMPARE(m_document->links(), links);
    QCOMPARE(m_scene->items().size(), 3);
    QCOMPARE(m_scene->stageRect(keys.at(1)).topLeft(), stages.at(1).position);
}

void TestScenarioCanvas::refusedLinksSayWhy()
{
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    QCOMPARE(m_document->links().size(), 1);
    const int steps = m_stack->count();
    QSignalSpy problems(m_scene, &ScenarioScene::problemOccurred);

    link(keys.at(0), keys.at(1)); // again
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("already comes after")));
    link(keys.at(0), keys.at(0)); // onto itself
    QCOMPARE(problems.count(), 2);
    QVERIFY(problems.at(1).at(0).toString().contains(QStringLiteral("itself")));
    // Dropped on empty canvas: nothing to say, nothing done.
    drag(toView(portOf(keys.at(0))), toView(portOf(keys.at(0)) + QPointF(60, -150)));
    QCOMPARE(problems.count(), 2);
    QCOMPARE(m_document->links().size(), 1);
    QCOMPARE(m_stack->count(), steps);
    // No rubber line is left behind.
    QCOMPARE(m_scene->items().size(), 3);
}

void TestScenarioCanvas::rubberBandSelects()
{
    const QList<qint64> keys = addTwoStages();
    m_scene->clearSelection();
    const QRectF both = m_scene->stageRect(keys.at(0)) | m_scene->stageRect(keys.at(1));
    drag(toView(both.topLeft() - QPointF(40, 40)), toView(both.bottomRight() + QPointF(40, 40)));
    QCOMPARE(m_scene->selectedStageKeys(), keys);
    QCOMPARE(m_stack->count(), 2); // selecting is no edit

    // A band around the first only.
    const QRectF first = m_scene->stageRect(keys.at(0));
    drag(toView(first.topLeft() - QPointF(30, 30)), toView(first.bottomRight() + QPointF(30, 30)));
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{keys.at(0)});
}

void TestScenarioCanvas::movingStagesIsOneUndoStep()
{
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    m_scene->selectStages(keys);
    const QPointF startA = m_document->stage(keys.at(0))->position;
    const QPointF startB = m_document->stage(keys.at(1))->position;
    const QRectF linkBefore = m_scene->contentsRect();
    const int steps = m_stack->count();

    const QPoint grab = toView(m_scene->stageRect(keys.at(0)).center());
    drag(grab, grab + QPoint(100, 60));
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_document->stage(keys.at(0))->position, startA + QPointF(100, 60));
    QCOMPARE(m_document->stage(keys.at(1))->position, startB + QPointF(100, 60));
    QCOMPARE(m_scene->contentsRect(), linkBefore.translated(100, 60)); // the link followed

    m_stack->undo();
    QCOMPARE(m_document->stage(keys.at(0))->position, startA);
    QCOMPARE(m_document->stage(keys.at(1))->position, startB);
    QCOMPARE(m_scene->stageRect(keys.at(0)).topLeft(), startA);
    QCOMPARE(m_scene->contentsRect(), linkBefore);
    m_stack->redo();
    QCOMPARE(m_scene->stageRect(keys.at(1)).topLeft(), startB + QPointF(100, 60));

    // A click without a move is no step.
    QTest::mouseClick(viewport(), Qt::LeftButton, {},
                      toView(m_scene->stageRect(keys.at(1)).center()));
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{keys.at(1)});
}

void TestScenarioCanvas::arrowKeysNudgeInOneStep()
{
    const QList<qint64> keys = addTwoStages();
    m_scene->selectStages({keys.at(0)});
    const QPointF start = m_document->stage(keys.at(0))->position;
    const int steps = m_stack->count();
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_document->stage(keys.at(0))->position, start + QPointF(2 * Grid, Grid));
    QCOMPARE(m_stack->count(), steps + 1);
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_document->stage(keys.at(0))->position, start + QPointF(-3 * Grid, Grid));
    QCOMPARE(m_stack->count(), steps + 1);
    m_stack->undo();
    QCOMPARE(m_document->stage(keys.at(0))->position, start);
    QCOMPARE(m_scene->stageRect(keys.at(0)).topLeft(), start);
}

void TestScenarioCanvas::enterAndDoubleClickActivate()
{
    const QList<qint64> keys = addTwoStages();
    QSignalSpy activated(m_scene, &ScenarioScene::stageActivated);
    m_scene->selectStages({keys.at(1)});
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), keys.at(1));
    const int steps = m_stack->count();
    doubleClick(toView(m_scene->stageRect(keys.at(0)).center()));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toLongLong(), keys.at(0));
    QCOMPARE(m_document->stages().size(), 2); // no stage added on top
    QCOMPARE(m_stack->count(), steps);
}

void TestScenarioCanvas::deleteRemovesSelectionWithItsLinks()
{
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    const QList<StageData> stages = m_document->stages();
    const QList<StageLink> links = m_document->links();
    m_scene->selectStages({keys.at(0)});
    QVERIFY(m_view->action(ScenarioView::Delete)->isEnabled());
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(m_document->stages().size(), 1);
    QCOMPARE(m_document->stages().first().key, keys.at(1));
    QVERIFY(m_document->links().isEmpty());
    QCOMPARE(m_scene->items().size(), 1);
    QVERIFY(!m_view->action(ScenarioView::Delete)->isEnabled());

    m_stack->undo();
    QCOMPARE(m_document->stages(), stages);
    QCOMPARE(m_document->links(), links);
    QCOMPARE(m_scene->items().size(), 3);
}

void TestScenarioCanvas::linkSelectedAndDeletedAlone()
{
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    m_scene->clearSelection();
    // The curve's middle is halfway between its ends (the arrow head takes its last 10 units).
    const QPointF middle = (portOf(keys.at(0)) + m_scene->stageRect(keys.at(1)).topLeft() +
                            QPointF(-10, cardSize().height() / 2)) /
                           2;
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(middle));
    QCOMPARE(m_scene->selectedLinks(), (QList<StageLink>{{keys.at(0), keys.at(1)}}));
    QVERIFY(m_scene->selectedStageKeys().isEmpty());
    QVERIFY(!m_view->action(ScenarioView::Copy)->isEnabled());
    QVERIFY(m_view->action(ScenarioView::Delete)->isEnabled());
    m_view->action(ScenarioView::Delete)->trigger();
    QVERIFY(m_document->links().isEmpty());
    QCOMPARE(m_document->stages().size(), 2);
    m_stack->undo();
    QCOMPARE(m_document->links().size(), 1);
}

void TestScenarioCanvas::copyPasteGivesNewKeys()
{
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    const QList<StageData> originals = m_document->stages();
    m_scene->selectStages(keys);
    QVERIFY(m_view->action(ScenarioView::Copy)->isEnabled());
    m_view->action(ScenarioView::Copy)->trigger();
    QVERIFY(
        QGuiApplication::clipboard()->mimeData()->hasFormat(ScenarioScene::clipboardMimeType()));
    QTRY_VERIFY(m_view->action(ScenarioView::Paste)->isEnabled());
    const int steps = m_stack->count();

    m_view->action(ScenarioView::Paste)->trigger();
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_document->stages().size(), 4);
    const QList<qint64> pasted = m_scene->selectedStageKeys();
    QCOMPARE(pasted.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const StageData *copy = m_document->stage(pasted.at(i));
        QVERIFY(!keys.contains(copy->key));
        QCOMPARE(copy->title, originals.at(i).title);
        QCOMPARE(copy->kind, originals.at(i).kind);
        QCOMPARE(copy->ownerRole, originals.at(i).ownerRole);
        QCOMPARE(copy->position, originals.at(i).position + QPointF(2 * Grid, 2 * Grid));
    }
    QVERIFY(pasted.at(0) != pasted.at(1));
    // The link among the copied stages comes along, between the copies.
    QVERIFY(m_document->hasLink(pasted.at(0), pasted.at(1)));
    QCOMPARE(m_document->links().size(), 2);

    // Pasting again lands further off.
    m_view->action(ScenarioView::Paste)->trigger();
    const QList<qint64> again = m_scene->selectedStageKeys();
    QCOMPARE(m_document->stage(again.at(0))->position,
             originals.at(0).position + QPointF(4 * Grid, 4 * Grid));
    QCOMPARE(m_document->stages().size(), 6);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_document->stages(), originals);
    QCOMPARE(m_document->links().size(), 1);
}

void TestScenarioCanvas::cutAndPaste()
{
    const QList<qint64> keys = addTwoStages();
    const StageData first = *m_document->stage(keys.at(0));
    m_scene->selectStages({keys.at(0)});
    m_view->action(ScenarioView::Cut)->trigger();
    QCOMPARE(m_document->stages().size(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Cut 1 Stage(s)"));
    QTRY_VERIFY(m_view->action(ScenarioView::Paste)->isEnabled());
    m_view->action(ScenarioView::Paste)->trigger();
    QCOMPARE(m_document->stages().size(), 2);
    const StageData back = *m_document->stage(m_scene->selectedStageKeys().value(0));
    QVERIFY(back.key != first.key);
    QCOMPARE(back.title, first.title);
}

void TestScenarioCanvas::zoomActionsChangeTheTransform()
{
    const QList<qint64> keys = addTwoStages();
    QSignalSpy zoomed(m_view, &ScenarioView::zoomChanged);
    m_view->action(ScenarioView::ZoomIn)->trigger();
    QVERIFY(m_view->transform().m11() > 1.0);
    QCOMPARE(m_view->transform().m11(), m_view->transform().m22());
    QCOMPARE(zoomed.count(), 1);
    m_view->action(ScenarioView::ZoomOut)->trigger();
    m_view->action(ScenarioView::ZoomOut)->trigger();
    QVERIFY(m_view->zoom() < 1.0);
    QVERIFY(m_view->action(ScenarioView::ZoomReset)->isEnabled());
    m_view->action(ScenarioView::ZoomReset)->trigger();
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(!m_view->action(ScenarioView::ZoomReset)->isEnabled());
    for (int i = 0; i < 20; ++i) {
        m_view->action(ScenarioView::ZoomIn)->trigger();
    }
    QCOMPARE(m_view->zoom(), ScenarioView::maximumZoom);
    QVERIFY(!m_view->action(ScenarioView::ZoomIn)->isEnabled());
    for (int i = 0; i < 30; ++i) {
        m_view->action(ScenarioView::ZoomOut)->trigger();
    }
    QCOMPARE(m_view->zoom(), ScenarioView::minimumZoom);

    // Fit: everything on screen, never magnified past 100%.
    m_view->action(ScenarioView::FitToView)->trigger();
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(m_view->visibleSceneRect().contains(m_scene->contentsRect()));
    StageData far = StagePalette::newStage(QStringLiteral("task"));
    far.key = m_document->takeNewKey();
    far.position = QPointF(5000, 3000);
    m_stack->push(new AddStagesCommand(m_document.get(), {far}));
    QVERIFY(!m_view->visibleSceneRect().contains(m_scene->stageRect(far.key)));
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->zoom() < 1.0);
    QVERIFY(m_view->visibleSceneRect().contains(m_scene->contentsRect()));
    QVERIFY(m_view->visibleSceneRect().contains(m_scene->stageRect(keys.at(0))));

    m_view->centerOnStage(keys.at(1));
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{keys.at(1)});
    const QPointF middle = m_view->visibleSceneRect().center();
    const QPointF card = m_scene->stageRect(keys.at(1)).center();
    QVERIFY(std::abs(middle.x() - card.x()) < 2 && std::abs(middle.y() - card.y()) < 2);

    // Opening the same scenario keeps the cards readable: not below readableZoom, the
    // start of the flow on screen, the far stage left to the minimap.
    m_view->action(ScenarioView::FitToView)->trigger();
    QVERIFY(m_view->zoom() < ScenarioView::readableZoom);
    m_view->fitToView();
    QCOMPARE(m_view->zoom(), ScenarioView::readableZoom);
    QVERIFY(m_view->visibleSceneRect().contains(m_scene->stageRect(keys.at(0))));
    QVERIFY(!m_view->visibleSceneRect().contains(m_scene->stageRect(far.key)));
    // (the scroll bars move by whole pixels)
    QVERIFY(std::abs(m_view->visibleSceneRect().left() - (m_scene->contentsRect().left() - 30)) <
            2 / ScenarioView::readableZoom);
}

void TestScenarioCanvas::ctrlWheelZoomsAroundTheCursor()
{
    addTwoStages();
    const QPoint at(300, 260);
    const QPointF under = m_view->mapToScene(at);
    QWheelEvent wheel(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(m_view->zoom() > 1.1);
    const QPointF after = m_view->mapToScene(at);
    QVERIFY2(std::abs(after.x() - under.x()) <= 2 && std::abs(after.y() - under.y()) <= 2,
             "the point under the cursor moved");
    // Without Ctrl the wheel scrolls.
    const qreal zoom = m_view->zoom();
    QWheelEvent scroll(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &scroll);
    QCOMPARE(m_view->zoom(), zoom);
}

void TestScenarioCanvas::paletteDropCreatesThatKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("owner"); // ScenarioStage::OwnerRole
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("actionType"); // of the first action; empty for none
    QTest::addColumn<QString>("when");       // the card's second line
    using Role = ScenarioStage::OwnerRole;
    QTest::newRow("meeting") << "meeting" << int(Role::HrManager) << 45 << "zoom"
                             << "Video meeting · Day 1";
    QTest::newRow("training") << "training" << int(Role::HrManager) << 60 << ""
                              << "Training · Day 1";
    QTest::newRow("one_on_one") << "one_on_one" << int(Role::Manager) << 30 << "zoom"
                                << "One-to-one · Every week from week 1";
    QTest::newRow("document") << "document" << int(Role::NewHire) << 0 << "document"
                              << "Document to read · Day 1";
    QTest::newRow("task") << "task" << int(Role::NewHire) << 0 << ""
                          << "Task · Day 1";
    QTest::newRow("survey") << "survey" << int(Role::NewHire) << 10 << "survey"
                            << "Survey · Week 1";
    QTest::newRow("custom") << "custom" << int(Role::HrManager) << 0 << ""
                            << "Other · Day 1";
}

void TestScenarioCanvas::paletteDropCreatesThatKind()
{
    QFETCH(QString, kind);
    QFETCH(int, owner);
    QFETCH(int, minutes);
    QFETCH(QString, actionType);
    QFETCH(QString, when);

    QModelIndex index;
    for (int row = 0; row < m_palette->count(); ++row) {
        if (m_palette->item(row)->data(Qt::UserRole).toString() == kind) {
            index = m_palette->model()->index(row, 0);
        }
    }
    QVERIFY(index.isValid());
    QVERIFY(!m_palette->item(index.row())->icon().isNull());
    std::unique_ptr<QMimeData> mime(m_palette->model()->mimeData({index}));
    QVERIFY(mime && mime->hasFormat(StagePalette::mimeType()));

    const QPoint at(340, 260);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(m_document->stages().size(), 1);
    const StageData stage = m_document->stages().first();
    QCOMPARE(stage.kind, kind);
    QCOMPARE(stage.ownerRole, std::optional(ScenarioStage::OwnerRole(owner)));
    QCOMPARE(stage.durationMinutes, minutes);
    QCOMPARE(stage.actions.isEmpty() ? QString()
                                     : stage.actions.first().toObject().value(u"type").toString(),
             actionType);
    QVERIFY(m_scene->stageRect(stage.key).contains(m_view->mapToScene(at)));
    QCOMPARE(m_scene->stageTexts(stage.key).value(1), when);
    QCOMPARE(m_scene->selectedStageKeys(), QList<qint64>{stage.key});
    QCOMPARE(m_stack->count(), 1);

    // Something else dragged over the canvas is not taken.
    QMimeData text;
    text.setText(QStringLiteral("meeting"));
    QDragEnterEvent otherEnter(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &otherEnter);
    QDragMoveEvent otherMove(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &otherMove);
    QVERIFY(!otherMove.isAccepted());
    QDropEvent otherDrop(QPointF(at), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &otherDrop);
    QCOMPARE(m_document->stages().size(), 1);
}

void TestScenarioCanvas::paletteActivationAddsInTheMiddle()
{
    m_view->centerOn(QPointF(400, 300));
    const QPointF middle = m_view->visibleSceneRect().center();
    m_palette->setFocus();
    m_palette->setCurrentRow(int(StageData::kinds().indexOf(QStringLiteral("survey"))));
    QTest::keyClick(m_palette, Qt::Key_Return);
    QCOMPARE(m_document->stages().size(), 1);
    const StageData survey = m_document->stages().first();
    QCOMPARE(survey.kind, QStringLiteral("survey"));
    QVERIFY(std::abs(m_scene->stageRect(survey.key).center().x() - middle.x()) <= Grid);
    QVERIFY(std::abs(m_scene->stageRect(survey.key).center().y() - middle.y()) <= Grid);
    QVERIFY(m_view->hasFocus());

    // A double-click on another entry adds it there too, not on top of the first card.
    QListWidgetItem *task =
        m_palette->item(int(StageData::kinds().indexOf(QStringLiteral("task"))));
    const QPoint at = m_palette->visualItemRect(task).center();
    QTest::mouseClick(m_palette->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(m_palette->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(m_palette->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_document->stages().size(), 2);
    QCOMPARE(m_document->stages().at(1).kind, QStringLiteral("task"));
    QVERIFY(m_document->stages().at(1).position != survey.position);
}

void TestScenarioCanvas::problemsShowAsBadges()
{
    const QList<qint64> keys = addTwoStages();
    const QString error = QStringLiteral("The stage has no owner.");
    const QString warning = QStringLiteral("Meetings longer than an hour tire people.");
    const QString general = QStringLiteral("The scenario has no stage on day 1.");
    m_scene->setProblems({{keys.at(0), {error}}, {0, {general}}}, {{keys.at(1), {warning}}});
    QCOMPARE(m_scene->errorsOf(keys.at(0)), QStringList{error});
    QVERIFY(m_scene->warningsOf(keys.at(0)).isEmpty());
    QCOMPARE(m_scene->warningsOf(keys.at(1)), QStringList{warning});
    QCOMPARE(m_scene->errorsOf(0), QStringList{general});

    const QList<QGraphicsItem *> errorBadges = itemsWithToolTip(error);
    QCOMPARE(errorBadges.size(), 1);
    QVERIFY(m_scene->stageRect(keys.at(0)).intersects(errorBadges.first()->sceneBoundingRect()));
    const QList<QGraphicsItem *> warningBadges = itemsWithToolTip(warning);
    QCOMPARE(warningBadges.size(), 1);
    QVERIFY(m_scene->stageRect(keys.at(1)).intersects(warningBadges.first()->sceneBoundingRect()));
    QVERIFY(itemsWithToolTip(general).isEmpty()); // the scenario's own are listed elsewhere

    // A stage deleted and brought back keeps showing its problems until they are checked again.
    m_scene->selectStages({keys.at(0)});
    m_scene->deleteSelection();
    QVERIFY(itemsWithToolTip(error).isEmpty());
    m_stack->undo();
    QCOMPARE(itemsWithToolTip(error).size(), 1);

    m_scene->setProblems({}, {});
    QVERIFY(itemsWithToolTip(error).isEmpty());
    QVERIFY(itemsWithToolTip(warning).isEmpty());
    QVERIFY(m_scene->errorsOf(keys.at(0)).isEmpty());
}

void TestScenarioCanvas::itemsFollowDocumentEdits()
{
    const QList<qint64> keys = addTwoStages();
    const StageData before = *m_document->stage(keys.at(0));
    QCOMPARE(m_scene->stageTexts(keys.at(0)),
             (QStringList{QStringLiteral("New stage"), QStringLiteral("Other · Day 1"),
                          QStringLiteral("HR manager")}));
    StageData after = before;
    after.title = QStringLiteral("Weekly check-in");
    after.kind = QStringLiteral("one_on_one");
    after.timingUnit = ScenarioStage::TimingUnit::Week;
    after.recurrence = ScenarioStage::Recurrence::Weekly;
    after.durationMinutes = 90;
    after.ownerRole = ScenarioStage::OwnerRole::Manager;
    after.actions = QJsonArray{QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                                           {QStringLiteral("type"), QStringLiteral("zoom")}}};
    after.position += QPointF(200, 0);
    m_stack->push(new EditStageCommand(m_document.get(), before, after));
    QCOMPARE(m_scene->stageTexts(keys.at(0)),
             (QStringList{QStringLiteral("Weekly check-in"),
                          QStringLiteral("One-to-one · Every week from week 1"),
                          QStringLiteral("90 min · Manager · 1 action(s)")}));
    QCOMPARE(m_scene->stageRect(keys.at(0)).topLeft(), after.position);
    m_stack->undo();
    QCOMPARE(m_scene->stageTexts(keys.at(0)).value(0), QStringLiteral("New stage"));
    QCOMPARE(m_scene->stageRect(keys.at(0)).topLeft(), before.position);

    // A reset (opening another scenario) replaces every item.
    StageData only = StagePalette::newStage(QStringLiteral("meeting"));
    only.key = 7;
    only.position = QPointF(40, 40);
    m_document->reset(3, 2, QStringLiteral("Other"), QString(), {only}, {});
    QCOMPARE(m_scene->items().size(), 1);
    QCOMPARE(m_scene->stageRect(7).topLeft(), QPointF(40, 40));
    QVERIFY(m_scene->stageRect(keys.at(1)).isNull());
}

void TestScenarioCanvas::exportLeavesOutTheSelection()
{
    QVERIFY(m_scene->renderImage(2.0).isNull());
    QVERIFY(m_scene->contentsRect().isNull());
    const QList<qint64> keys = addTwoStages();
    link(keys.at(0), keys.at(1));
    const QRectF contents = m_scene->contentsRect();
    QVERIFY(contents.contains(m_scene->stageRect(keys.at(0))));
    QVERIFY(contents.contains(m_scene->stageRect(keys.at(1))));

    m_scene->clearSelection();
    const QImage plain = m_scene->renderImage(2.0);
    QVERIFY(!plain.isNull());
    QCOMPARE(plain.width(), int(std::ceil((contents.width() + 40) * 2)));
    QCOMPARE(plain.pixelColor(2, 2), QColor(Qt::white));
    const QPoint cardBorder((m_scene->stageRect(keys.at(0)).left() - contents.left() + 20) * 2,
                            (m_scene->stageRect(keys.at(0)).center().y() - contents.top() + 20) *
                                2);
    QVERIFY(plain.pixelColor(cardBorder) != QColor(Qt::white));
    m_scene->selectAll();
    QCOMPARE(m_scene->selectedLinks().size(), 1);
    QCOMPARE(m_scene->renderImage(2.0), plain);

    // Into a page: scaled to fit, the same picture.
    QImage page(600, 800, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    m_scene->renderScenario(&painter, QRectF(0, 0, 600, 800));
    painter.end();
    bool drawn = false;
    for (int y = 0; y < page.height() && !drawn; y += 2) {
        for (int x = 0; x < page.width() && !drawn; x += 2) {
            drawn = page.pixelColor(x, y) != QColor(Qt::white);
        }
    }
    QVERIFY(drawn);
}

void TestScenarioCanvas::snapToGridCanBeTurnedOff()
{
    QAction *snap = m_view->action(ScenarioView::SnapToGrid);
    QVERIFY(snap->isCheckable());
    QVERIFY(snap->isChecked());
    QCOMPARE(m_scene->snapped(QPointF(29, 11)), QPointF(20, 20));
    snap->trigger();
    QVERIFY(!m_scene->snapToGrid());
    QCOMPARE(m_scene->snapped(QPointF(29, 11)), QPointF(29, 11));
    const QPoint at(233, 207);
    doubleClick(at);
    const QPointF centre = m_scene->stageRect(m_document->stages().first().key).center();
    QCOMPARE(centre, m_view->mapToScene(at));
}

void TestScenarioCanvas::minimapShowsAndMovesTheView()
{
    const QList<qint64> keys = addTwoStages();
    QTRY_VERIFY(!m_minimap->frameRect().isNull());
    QVERIFY(m_minimap->rect().toRectF().intersects(m_minimap->frameRect()));
    // A click in the overview brings that place into the middle of the canvas.
    const QPointF target =
        (m_scene->stageRect(keys.at(0)).topLeft() + m_scene->stageRect(keys.at(1)).center()) / 2;
    const QPoint click = [&] {
        // Find the minimap pixel that shows `target`.
        const QPointF origin = m_minimap->mapToScene(QPointF(0, 0));
        const QPointF unit = m_minimap->mapToScene(QPointF(1, 1)) - origin;
        return QPointF((target.x() - origin.x()) / unit.x(), (target.y() - origin.y()) / unit.y())
            .toPoint();
    }();
    QVERIFY(m_minimap->rect().contains(click));
    QTest::mouseClick(m_minimap, Qt::LeftButton, {}, click);
    const QPointF middle = m_view->visibleSceneRect().center();
    const QPointF shown = m_minimap->mapToScene(click);
    QVERIFY2(std::abs(middle.x() - shown.x()) < 3 && std::abs(middle.y() - shown.y()) < 3,
             "the view did not move to the clicked place");
}

void TestScenarioCanvas::emptyCanvasShowsAHint()
{
    // The hint is text in the middle of an empty canvas: dark pixels there, none once a stage
    // is added far from the middle.
    const auto middleHasText = [this] {
        const QImage shot = viewport()->grab().toImage();
        const QRect band(shot.width() / 4, shot.height() / 2 - 12, shot.width() / 2, 24);
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = band.left(); x <= band.right(); ++x) {
                if (qGray(shot.pixel(x, y)) < 160) {
                    return true;
                }
            }
        }
        return false;
    };
    QVERIFY(middleHasText());
    doubleClick(QPoint(120, 90));
    QCOMPARE(m_document->stages().size(), 1);
    QVERIFY(!middleHasText());
    m_stack->undo();
    QVERIFY(middleHasText());
}

QTEST_MAIN(TestScenarioCanvas)
#include "tst_scenariocanvas.moc"
