#include "ui/scenarios/ScenarioView.h"

#include "ui/scenarios/ScenarioScene.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bbd {
namespace {

const QColor CanvasColor(0xf6, 0xf7, 0xf9);
const QColor MinorGrid(0xec, 0xee, 0xf1);
const QColor MajorGrid(0xdf, 0xe2, 0xe6);
const QColor HintColor(0x5f, 0x63, 0x68);
constexpr qreal ZoomStep = 1.25;
// Below these zooms the grid's lines (every 20 units) and its major lines (every 100) are
// left out: closer than about 15 pixels they are noise.
constexpr qreal MinorGridZoom = 0.75;
constexpr qreal MajorGridZoom = 0.3;

} // namespace

ScenarioView::ScenarioView(ScenarioScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Zooming keeps its own anchor (the cursor or the middle), see zoomAround().
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setCacheMode(QGraphicsView::CacheBackground);
    // The items' bounding rectangles include their pens already, and each item sets every
    // painter state it draws with (saving and restoring it 1,300 times costs about 1 ms of an
    // overview repaint).
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing |
                         QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    createActions();

    ScenarioDocument *document = scene->document();
    m_wasEmpty = document->stages().isEmpty();
    const auto contentsChanged = [this] {
        const bool empty = m_scene->document()->stages().isEmpty();
        if (empty != m_wasEmpty) {
            // The hint over an empty canvas comes or goes: not just where the items changed.
            m_wasEmpty = empty;
            viewport()->update();
        }
        updateActions();
    };
    connect(document, &ScenarioDocument::contentsChanged, this, contentsChanged);
    connect(document, &ScenarioDocument::documentReset, this, contentsChanged);
    connect(scene, &QGraphicsScene::selectionChanged, this, &ScenarioView::updateActions);
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()}) {
        connect(bar, &QScrollBar::sliderPressed, this, [this] { m_fitPending = false; });
    }
    connect(this, &ScenarioView::zoomChanged, scene,
            [scene](qreal z) { scene->setCardCaching(z >= ScenarioScene::overviewZoom); });
    scene->setCardCaching(zoom() >= ScenarioScene::overviewZoom);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &ScenarioView::updateActions);
    updateActions();
}

void ScenarioView::createActions()
{
    const auto make = [this](Action which, const QString &name, const QString &text,
                             const QString &icon, const QList<QKeySequence> &keys) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Only while the canvas has the focus: the inspector's fields edit text with the
        // same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_actions[which] = action;
        return action;
    };
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence::keyBindings(key);
    };

    connect(make(Cut, QStringLiteral("cutStagesAction"), tr("Cu&t Stages"),
                 QStringLiteral("edit-cut"), keys(QKeySequence::Cut)),
            &QAction::triggered, m_scene, &ScenarioScene::cutSelection);
    connect(make(Copy, QStringLiteral("copyStagesAction"), tr("&Copy Stages"),
                 QStringLiteral("edit-copy"), keys(QKeySequence::Copy)),
            &QAction::triggered, m_scene, &ScenarioScene::copySelection);
    connect(make(Paste, QStringLiteral("pasteStagesAction"), tr("&Paste Stages"),
                 QStringLiteral("edit-paste"), keys(QKeySequence::Paste)),
            &QAction::triggered, m_scene, &ScenarioScene::paste);
    connect(make(Delete, QStringLiteral("deleteStagesAction"), tr("&Delete"),
                 QStringLiteral("edit-delete"), keys(QKeySequence::Delete)),
            &QAction::triggered, m_scene, &ScenarioScene::deleteSelection);
    connect(make(SelectAll, QStringLiteral("selectAllStagesAction"), tr("Select &All"),
                 QStringLiteral("edit-select-all"), keys(QKeySequence::SelectAll)),
            &QAction::triggered, m_scene, &ScenarioScene::selectAll);

    QList<QKeySequence> zoomIn = keys(QKeySequence::ZoomIn);
    // Ctrl+= is where Ctrl++ is without Shift on most keyboards.
    zoomIn.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    connect(make(ZoomIn, QStringLiteral("zoomInAction"), tr("Zoom &In"), QStringLiteral("zoom-in"),
                 zoomIn),
            &QAction::triggered, this, [this] { setZoom(zoom() * ZoomStep); });
    connect(make(ZoomOut, QStringLiteral("zoomOutAction"), tr("Zoom &Out"),
                 QStringLiteral("zoom-out"), keys(QKeySequence::ZoomOut)),
            &QAction::triggered, this, [this] { setZoom(zoom() / ZoomStep); });
    connect(make(ZoomReset, QStringLiteral("zoomResetAction"), tr("&Actual Size"),
                 QStringLiteral("zoom-original"), {QKeySequence(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, this, [this] { setZoom(1.0); });
    connect(make(FitToView, QStringLiteral("fitToViewAction"), tr("&Fit Scenario"),
                 QStringLiteral("zoom-fit-best"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}),
            &QAction::triggered, this, [this] { fitToView(Fit::Whole); });
    QAction *snap =
        make(SnapToGrid, QStringLiteral("snapToGridAction"), tr("S&nap to Grid"), QString(), {});
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &ScenarioScene::setSnapToGrid);
}

void ScenarioView::updateActions()
{
    const bool stagesSelected = !m_scene->selectedStageKeys().isEmpty();
    const bool hasStages = !m_scene->document()->stages().isEmpty();
    const qreal z = zoom();
    m_actions[Cut]->setEnabled(stagesSelected);
    m_actions[Copy]->setEnabled(stagesSelected);
    m_actions[Paste]->setEnabled(m_scene->canPaste());
    m_actions[Delete]->setEnabled(!m_scene->selectedItems().isEmpty());
    m_actions[SelectAll]->setEnabled(hasStages);
    m_actions[ZoomIn]->setEnabled(z < maximumZoom * 0.999);
    m_actions[ZoomOut]->setEnabled(z > minimumZoom * 1.001);
    m_actions[ZoomReset]->setEnabled(!qFuzzyCompare(z, 1.0));
    m_actions[FitToView]->setEnabled(hasStages);
}

qreal ScenarioView::zoom() const
{
    return transform().m11();
}

void ScenarioView::setZoom(qreal zoom)
{
    zoomAround(zoom, QRectF(viewport()->rect()).center());
}

void ScenarioView::zoomAround(qreal zoom, QPointF viewPos)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(zoom, this->zoom())) {
        return;
    }
    m_fitPending = false;
    const QPointF before = viewportTransform().inverted().map(viewPos);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Scroll so that the scene point that was under `viewPos` is there again.
    const QPointF after = viewportTransform().inverted().map(viewPos);
    const QPointF shift = (before - after) * zoom;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(shift.y()));
    updateActions();
    emit zoomChanged(zoom);
    emit visibleAreaChanged();
}

void ScenarioView::fitToView(Fit fit)
{
    m_fitPending = true;
    m_fit = fit;
    const QRectF contents = m_scene->contentsRect();
    if (contents.isNull()) {
        setTransform(QTransform());
        centerOn(QPointF(0, 0));
    } else {
        const QRectF target = contents.adjusted(-30, -30, 30, 30);
        const QSizeF area = viewport()->size();
        const qreal whole =
            std::clamp(std::min(area.width() / target.width(), area.height() / target.height()),
                       minimumZoom, 1.0);
        const qreal z = fit == Fit::Readable ? std::max(whole, readableZoom) : whole;
        setTransform(QTransform::fromScale(z, z));
        if (z > whole) {
            // The start of the flow (stages run left to right) in the top-left corner.
            const QSizeF shown = area / z;
            centerOn(QPointF(target.left() + shown.width() / 2,
                             std::min(target.center().y(), target.top() + shown.height() / 2)));
        } else {
            centerOn(target.center());
        }
    }
    updateActions();
    emit zoomChanged(zoom());
    emit visibleAreaChanged();
}

void ScenarioView::centerOnStage(qint64 key)
{
    const QRectF rect = m_scene->stageRect(key);
    if (rect.isNull()) {
        return;
    }
    m_scene->selectStages({key});
    if (zoom() < 0.75) {
        // From the overview the card would be a coloured dot.
        setTransform(QTransform());
        updateActions();
        emit zoomChanged(zoom());
    }
    centerOn(rect.center());
    emit visibleAreaChanged();
}

QRectF ScenarioView::visibleSceneRect() const
{
    return viewportTransform().inverted().mapRect(QRectF(viewport()->rect()));
}

void ScenarioView::wheelEvent(QWheelEvent *event)
{
    m_fitPending = false;
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            zoomAround(zoom() * std::pow(1.0015, delta), event->position());
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ScenarioView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_fitPending = false;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ScenarioView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panLast;
        m_panLast = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ScenarioView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
            stopPanning();
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ScenarioView::stopPanning()
{
    m_panning = false;
    if (m_spaceHeld) {
        viewport()->setCursor(Qt::OpenHandCursor);
    } else {
        viewport()->unsetCursor();
    }
}

void ScenarioView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat() && !m_spaceHeld) {
            m_spaceHeld = true;
            if (!m_panning) {
                viewport()->setCursor(Qt::OpenHandCursor);
            }
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ScenarioView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (!m_panning) {
            viewport()->unsetCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ScenarioView::focusOutEvent(QFocusEvent *event)
{
    // The Space release goes elsewhere when the focus leaves with it held.
    m_spaceHeld = false;
    if (m_panning) {
        stopPanning();
    } else {
        viewport()->unsetCursor();
    }
    QGraphicsView::focusOutEvent(event);
}

void ScenarioView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending) {
        fitToView(m_fit);
    }
    emit visibleAreaChanged();
}

void ScenarioView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending) {
        fitToView(m_fit);
    }
}

void ScenarioView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_wasEmpty) {
        // The hint stays in the middle: scrolled pixels would move it.
        viewport()->update();
    }
    emit visibleAreaChanged();
}

void ScenarioView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, CanvasColor);
    const qreal z = zoom();
    if (!m_scene->snapToGrid() || z < MajorGridZoom) {
        return;
    }
    constexpr int majorEvery = 5;
    const bool minorToo = z >= MinorGridZoom;
    const qreal step = minorToo ? ScenarioScene::gridSize : ScenarioScene::gridSize * majorEvery;
    const int every = minorToo ? majorEvery : 1;
    QVarLengthArray<QLineF, 256> minor;
    QVarLengthArray<QLineF, 256> major;
    const qint64 firstColumn = qint64(std::floor(rect.left() / step));
    const qint64 lastColumn = qint64(std::ceil(rect.right() / step));
    for (qint64 i = firstColumn; i <= lastColumn; ++i) {
        const QLineF line(i * step, rect.top(), i * step, rect.bottom());
        (i % every == 0 ? major : minor).append(line);
    }
    const qint64 firstRow = qint64(std::floor(rect.top() / step));
    const qint64 lastRow = qint64(std::ceil(rect.bottom() / step));
    for (qint64 i = firstRow; i <= lastRow; ++i) {
        const QLineF line(rect.left(), i * step, rect.right(), i * step);
        (i % every == 0 ? major : minor).append(line);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(MinorGrid, 0));
    painter->drawLines(minor.constData(), int(minor.size()));
    painter->setPen(QPen(MajorGrid, 0));
    painter->drawLines(major.constData(), int(major.size()));
    painter->restore();
}

void ScenarioView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_scene->document()->stages().isEmpty()) {
        return;
    }
    painter->save();
    painter->resetTransform();
    QFont hintFont = font();
    if (hintFont.pointSizeF() > 0) {
        hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    }
    painter->setFont(hintFont);
    painter->setPen(HintColor);
    painter->drawText(QRectF(viewport()->rect()).adjusted(24, 24, -24, -24),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Double-click to add a stage, or drag one from the palette"));
    painter->restore();
}

} // namespace bbd
