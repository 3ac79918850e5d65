#pragma once

#include "models/ScenarioDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QList>
#include <QStringList>

class QGraphicsPathItem;
class QUndoStack;

namespace bbd {

class LinkItem;
class StageItem;

// The canvas of the visual scenario builder: a card per stage, an arrow per link. The items
// only show the document: every edit made here (add, move, link, delete, paste) is an undo
// command pushed on the editor's stack, and the items follow the document's signals, so undo,
// redo and the inspector's edits show up the same way.
//
// Mouse: double-click on empty canvas adds a stage, double-click (or Enter) on a stage
// activates it; drag a card to move it (all selected cards move, one undo step); drag from the
// round port on a card's right edge to another card to say that the other comes after it.
// Keys: arrows nudge the selected cards (one undo step while nudging), Escape drops a link
// being drawn.
class ScenarioScene : public QGraphicsScene
{
    Q_OBJECT

public:
    ScenarioScene(ScenarioDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~ScenarioScene() override;

    ScenarioDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Every card has this size, in scene units; a stage's position is its top-left corner.
    static QSizeF stageSize();
    static constexpr qreal gridSize = 20;
    // Below this scale cards are drawn as plain coloured rectangles and links as hairlines.
    static constexpr qreal overviewZoom = 0.4;
    // The clipboard format of copied stages: {"stages": [StageData::toJson()...],
    // "links": [[fromIndex, toIndex]...]} with indices into "stages".
    static QString clipboardMimeType();

    // In document order.
    QList<qint64> selectedStageKeys() const;
    QList<StageLink> selectedLinks() const;
    // Selects exactly these stages (and no link); one selectionChanged().
    void selectStages(const QList<qint64> &keys);
    void selectAll();

    // The validator's messages by stage key; key 0 is the scenario as a whole. A stage with
    // messages shows a red (errors) or amber (warnings only) badge that lists them.
    void setProblems(const QHash<qint64, QStringList> &errors,
                     const QHash<qint64, QStringList> &warnings);
    QStringList errorsOf(qint64 key) const { return m_errors.value(key); }
    QStringList warningsOf(qint64 key) const { return m_warnings.value(key); }

    // The bounding rectangle of the stages and links; null when there are no stages.
    QRectF contentsRect() const;
    // The card of a stage in scene coordinates; null for an unknown key.
    QRectF stageRect(qint64 key) const;
    // The whole scenario on white at `scale` (lowered so the image stays under 25 megapixels),
    // for PNG export; a null image when there are no stages.
    QImage renderImage(qreal scale) const;
    // Draws the scenario into `target`, scaled to fit with its aspect kept (but never bigger
    // than about a point per scene unit), centred horizontally at the top; without selection.
    void renderScenario(QPainter *painter, const QRectF &target);
    // True while renderImage()/renderScenario() draw: the items leave out selection and hover.
    bool isExporting() const { return m_exporting; }

    // Cards kept as pixmaps in device coordinates (QGraphicsItem::DeviceCoordinateCache), so a
    // repaint blits them instead of drawing them again: about half the cost of a repaint at
    // 100%. The view turns it off below overviewZoom, where hundreds of tiny pixmaps cost more
    // than the rectangles they save, and the first paint at a new zoom would fill them all.
    void setCardCaching(bool caching);
    bool cardCaching() const { return m_cardCaching; }

    QPointF snapped(QPointF point) const;
    void setSnapToGrid(bool snap);
    bool snapToGrid() const { return m_snapToGrid; }

    // Edits, each one undo step.
    // A new stage of `kind` with its defaults (StagePalette::newStage), its card centred on
    // `center` (snapped), selected. Returns its key.
    qint64 addStage(const QString &kind, QPointF center);
    void deleteSelection();
    void copySelection() const;
    void cutSelection();
    bool canPaste() const;
    // The clipboard's stages with new keys, offset from where they were copied, selected.
    void paste();

    // The text a card shows (for tests and tooltips): title, "kind · timing", "duration ·
    // owner · actions".
    QStringList stageTexts(qint64 key) const;

signals:
    void stageActivated(qint64 key);
    void problemOccurred(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    friend class StageItem;
    friend class LinkItem;

    struct TextStyle
    {
        QFont title;
        QFont text;
        QFontMetricsF titleMetrics{QFont()};
        QFontMetricsF textMetrics{QFont()};
    };

    void rebuild();
    void addStageItem(const StageData &stage);
    void removeStageItem(qint64 key);
    void addLinkItem(const StageLink &link);
    void removeLinkItem(const StageLink &link);
    void refreshStage(qint64 key);
    void syncStagePosition(qint64 key);
    void stageItemMoved(StageItem *item);
    void updateLink(LinkItem *link) const;
    void growSceneRect(const QRectF &rect);
    StageItem *stageItemAt(QPointF scenePos) const;
    void rememberMoveStart();
    void finishMove();
    void nudge(QPointF delta);
    void beginLink(StageItem *from, QPointF scenePos, QPoint screenPos);
    void updateLinkDrag(QPointF scenePos);
    void finishLink(QPointF scenePos, QPoint screenPos);
    void cancelLink();
    void setDropTarget(StageItem *item);

    ScenarioDocument *m_document;
    QUndoStack *m_undoStack;
    TextStyle m_style;
    QHash<qint64, StageItem *> m_stageItems;
    QHash<StageLink, LinkItem *> m_linkItems;
    QHash<qint64, QList<LinkItem *>> m_linksOfStage; // in and out
    QHash<qint64, QStringList> m_errors;
    QHash<qint64, QStringList> m_warnings;
    QRectF m_sceneRect;
    bool m_snapToGrid = true;
    bool m_cardCaching = true;
    bool m_exporting = false;
    bool m_rebuilding = false;
    // A drag of cards by the mouse: where each selected card started.
    QHash<qint64, QPointF> m_moveStart;
    bool m_mouseMoving = false;
    // A link being drawn from a port.
    qint64 m_linkFrom = 0;
    QGraphicsPathItem *m_linkLine = nullptr;
    StageItem *m_dropTarget = nullptr;
    QPoint m_linkPressScreenPos;
    // Pastes of the same clipboard land further and further off the copied stages.
    mutable int m_pasteCount = 0;
};

} // namespace bbd
