#include "models/ScenarioCommands.h"
#include "ui/scenarios/ScenarioItems.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/StagePalette.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>

// The scene's mouse, keyboard and drag-and-drop handling: moving cards, nudging them, drawing
// links from a card's port, and stages dropped from the palette.
namespace bbd {

void ScenarioScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_linkLine) {
        StageItem *stage = stageItemAt(event->scenePos());
        if (stage && stage->portContains(stage->mapFromScene(event->scenePos()))) {
            beginLink(stage, event->scenePos(), event->screenPos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && mouseGrabberItem() &&
        mouseGrabberItem()->type() == StageItem::Type) {
        rememberMoveStart();
    }
}

void ScenarioScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        updateLinkDrag(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void ScenarioScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        if (event->button() == Qt::LeftButton) {
            finishLink(event->scenePos(), event->screenPos());
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        finishMove();
    }
}

void ScenarioScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_linkLine) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (StageItem *stage = stageItemAt(event->scenePos())) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        rememberMoveStart();
        emit stageActivated(stage->key());
        return;
    }
    if (itemAt(event->scenePos(), QTransform())) {
        QGraphicsScene::mouseDoubleClickEvent(event); // a link: select it
        return;
    }
    addStage(QStringLiteral("custom"), event->scenePos());
    event->accept();
}

void ScenarioScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_linkLine) {
        cancelLink();
        event->accept();
        return;
    }
    const QList<qint64> keys = selectedStageKeys();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && keys.size() == 1) {
        emit stageActivated(keys.first());
        event->accept();
        return;
    }
    if (!keys.isEmpty() && !m_mouseMoving && !m_linkLine) {
        qreal step = m_snapToGrid ? gridSize : 1;
        if (event->modifiers() & Qt::ShiftModifier) {
            step *= 5;
        }
        QPointF delta;
        switch (event->key()) {
        case Qt::Key_Left:
            delta = {-step, 0};
            break;
        case Qt::Key_Right:
            delta = {step, 0};
            break;
        case Qt::Key_Up:
            delta = {0, -step};
            break;
        case Qt::Key_Down:
            delta = {0, step};
            break;
        default:
            break;
        }
        if (!delta.isNull()) {
            nudge(delta);
            event->accept();
            return;
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

void ScenarioScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(StagePalette::mimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void ScenarioScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(StagePalette::mimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void ScenarioScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(StagePalette::mimeType())) {
        QGraphicsScene::dropEvent(event);
        return;
    }
    const QString kind = QString::fromUtf8(event->mimeData()->data(StagePalette::mimeType()));
    if (!StageData::kinds().contains(kind)) {
        event->ignore();
        return;
    }
    addStage(kind, event->scenePos());
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ScenarioScene::rememberMoveStart()
{
    m_moveStart.clear();
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == StageItem::Type) {
            m_moveStart.insert(static_cast<const StageItem *>(item)->key(), item->pos());
        }
    }
    m_mouseMoving = !m_moveStart.isEmpty();
}

void ScenarioScene::finishMove()
{
    if (!m_mouseMoving) {
        return;
    }
    m_mouseMoving = false;
    QHash<qint64, QPointF> from;
    QHash<qint64, QPointF> to;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        const StageItem *item = m_stageItems.value(it.key());
        if (item && item->pos() != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), item->pos());
        }
    }
    m_moveStart.clear();
    if (!to.isEmpty()) {
        // The cards are where the command puts them already; its redo only tells the document.
        m_undoStack->push(new MoveStagesCommand(m_document, from, to));
    }
}

void ScenarioScene::nudge(QPointF delta)
{
    QHash<qint64, QPointF> from;
    QHash<qint64, QPointF> to;
    for (const qint64 key : selectedStageKeys()) {
        const QPointF position = m_document->stage(key)->position;
        from.insert(key, position);
        to.insert(key, position + delta);
    }
    m_undoStack->push(new MoveStagesCommand(m_document, from, to, true));
}

void ScenarioScene::beginLink(StageItem *from, QPointF scenePos, QPoint screenPos)
{
    m_linkFrom = from->key();
    m_linkPressScreenPos = screenPos;
    m_linkLine = new QGraphicsPathItem;
    QPen pen(scenariocard::Highlight, 1.5, Qt::DashLine, Qt::RoundCap);
    m_linkLine->setPen(pen);
    m_linkLine->setZValue(10);
    addItem(m_linkLine);
    updateLinkDrag(scenePos);
}

void ScenarioScene::updateLinkDrag(QPointF scenePos)
{
    const StageItem *from = m_stageItems.value(m_linkFrom);
    if (!from || !m_linkLine) {
        return;
    }
    StageItem *target = stageItemAt(scenePos);
    if (target == from) {
        target = nullptr;
    }
    setDropTarget(target);
    m_linkLine->setPath(
        linkCurve(from->portScenePos(), target ? target->inputScenePos() : scenePos));
}

void ScenarioScene::finishLink(QPointF scenePos, QPoint screenPos)
{
    const qint64 from = m_linkFrom;
    const bool dragged =
        (screenPos - m_linkPressScreenPos).manhattanLength() >= QApplication::startDragDistance();
    cancelLink();
    const StageItem *target = stageItemAt(scenePos);
    if (!target || !m_document->stage(from)) {
        return;
    }
    const qint64 to = target->key();
    if (to == from) {
        if (dragged) {
            emit problemOccurred(
                tr("A stage cannot come after itself: drop the link on another stage."));
        }
        return;
    }
    if (m_document->hasLink(from, to)) {
        emit problemOccurred(
            tr("“%1” already comes after “%2”.")
                .arg(m_document->stage(to)->title, m_document->stage(from)->title));
        return;
    }
    m_undoStack->push(new AddLinkCommand(m_document, StageLink{from, to}));
}

void ScenarioScene::cancelLink()
{
    setDropTarget(nullptr);
    delete m_linkLine;
    m_linkLine = nullptr;
    m_linkFrom = 0;
}

void ScenarioScene::setDropTarget(StageItem *item)
{
    if (item == m_dropTarget) {
        return;
    }
    if (m_dropTarget) {
        m_dropTarget->setDropTarget(false);
    }
    m_dropTarget = item;
    if (item) {
        item->setDropTarget(true);
    }
}

} // namespace bbd
