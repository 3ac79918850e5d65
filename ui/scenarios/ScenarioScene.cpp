#include "ui/scenarios/ScenarioScene.h"

#include "models/ScenarioCommands.h"
#include "ui/scenarios/ScenarioItems.h"
#include "ui/scenarios/StagePalette.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QPaintDevice>
#include <QPainter>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace bbd {
namespace {

// The scene reaches this far past the stages, so there is room to add and move stages.
constexpr qreal SceneMargin = 1000;
constexpr qreal CardWidth = scenariocard::Width;
constexpr qreal CardHeight = scenariocard::Height;

} // namespace

ScenarioScene::ScenarioScene(ScenarioDocument *document, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    // Measured with tests/bench/bench_scenario (500 stages, 800 links): the BSP tree keeps a
    // zoomed-in repaint to the few cards on screen, and costs little when everything shows.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_style.title = font();
    m_style.title.setBold(true);
    m_style.text = font();
    if (m_style.text.pointSizeF() > 0) {
        m_style.text.setPointSizeF(m_style.text.pointSizeF() * 0.92);
    }
    m_style.titleMetrics = QFontMetricsF(m_style.title);
    m_style.textMetrics = QFontMetricsF(m_style.text);

    connect(document, &ScenarioDocument::documentReset, this, &ScenarioScene::rebuild);
    connect(document, &ScenarioDocument::stageAdded, this, [this](qint64 key) {
        if (const StageData *stage = m_document->stage(key)) {
            addStageItem(*stage);
        }
    });
    connect(document, &ScenarioDocument::stageRemoved, this, &ScenarioScene::removeStageItem);
    connect(document, &ScenarioDocument::stageChanged, this, &ScenarioScene::refreshStage);
    connect(document, &ScenarioDocument::stageMoved, this, &ScenarioScene::syncStagePosition);
    connect(document, &ScenarioDocument::linkAdded, this, &ScenarioScene::addLinkItem);
    connect(document, &ScenarioDocument::linkRemoved, this, &ScenarioScene::removeLinkItem);
    // A new copy starts the paste offsets again.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { m_pasteCount = 0; });
    rebuild();
}

ScenarioScene::~ScenarioScene()
{
    // The items call back into this object, and the editor that listens to selectionChanged
    // may be half destroyed already: take the items down quietly while both are still whole.
    blockSignals(true);
    disconnect(m_document, nullptr, this, nullptr);
    m_linkLine = nullptr;
    m_dropTarget = nullptr;
    m_stageItems.clear();
    m_linkItems.clear();
    m_linksOfStage.clear();
    clear();
}

QSizeF ScenarioScene::stageSize()
{
    return {CardWidth, CardHeight};
}

void ScenarioScene::rebuild()
{
    cancelLink();
    m_moveStart.clear();
    m_mouseMoving = false;
    m_rebuilding = true;
    m_stageItems.clear();
    m_linkItems.clear();
    m_linksOfStage.clear();
    m_errors.clear();
    m_warnings.clear();
    clear();
    m_stageItems.reserve(m_document->stages().size());
    m_linkItems.reserve(m_document->links().size());
    for (const StageData &stage : m_document->stages()) {
        addStageItem(stage);
    }
    for (const StageLink &link : m_document->links()) {
        addLinkItem(link);
    }
    m_rebuilding = false;
    m_sceneRect = QRectF();
    const QRectF contents = contentsRect();
    growSceneRect(contents.isNull() ? QRectF(-200, -150, 400, 300) : contents);
}

void ScenarioScene::addStageItem(const StageData &stage)
{
    auto *item = new StageItem(this, stage.key);
    item->refresh(stage, m_style);
    item->setPos(stage.position);
    addItem(item);
    m_stageItems.insert(stage.key, item);
    if (m_errors.contains(stage.key) || m_warnings.contains(stage.key)) {
        item->setProblems(m_errors.value(stage.key), m_warnings.value(stage.key));
    }
    if (!m_rebuilding) {
        growSceneRect(item->sceneBoundingRect());
    }
}

void ScenarioScene::removeStageItem(qint64 key)
{
    StageItem *item = m_stageItems.take(key);
    if (!item) {
        return;
    }
    if (m_linkFrom == key) {
        cancelLink();
    }
    if (m_dropTarget == item) {
        m_dropTarget = nullptr;
    }
    m_moveStart.remove(key);
    m_linksOfStage.remove(key);
    delete item;
}

void ScenarioScene::addLinkItem(const StageLink &link)
{
    auto *item = new LinkItem(link);
    updateLink(item);
    addItem(item);
    m_linkItems.insert(link, item);
    m_linksOfStage[link.from].append(item);
    m_linksOfStage[link.to].append(item);
}

void ScenarioScene::removeLinkItem(const StageLink &link)
{
    LinkItem *item = m_linkItems.take(link);
    if (!item) {
        return;
    }
    for (const qint64 key : {link.from, link.to}) {
        const auto it = m_linksOfStage.find(key);
        if (it != m_linksOfStage.end()) {
            it->removeOne(item);
        }
    }
    delete item;
}

void ScenarioScene::refreshStage(qint64 key)
{
    StageItem *item = m_stageItems.value(key);
    const StageData *stage = m_document->stage(key);
    if (item && stage) {
        item->refresh(*stage, m_style);
    }
}

void ScenarioScene::syncStagePosition(qint64 key)
{
    StageItem *item = m_stageItems.value(key);
    const StageData *stage = m_document->stage(key);
    if (!item || !stage) {
        return;
    }
    if (item->pos() != stage->position) {
        item->setPos(stage->position);
    }
    growSceneRect(item->sceneBoundingRect());
}

void ScenarioScene::stageItemMoved(StageItem *item)
{
    const auto it = m_linksOfStage.constFind(item->key());
    if (it == m_linksOfStage.cend()) {
        return;
    }
    for (LinkItem *link : *it) {
        updateLink(link);
    }
}

void ScenarioScene::updateLink(LinkItem *link) const
{
    const StageItem *from = m_stageItems.value(link->link().from);
    const StageItem *to = m_stageItems.value(link->link().to);
    if (from && to) {
        link->setEnds(from->portScenePos(), to->inputScenePos());
    }
}

void ScenarioScene::growSceneRect(const QRectF &rect)
{
    // Grow in big steps and never shrink while editing: a scene rectangle that changes under
    // the mouse makes the view jump.
    if (!m_sceneRect.isNull() &&
        m_sceneRect.contains(
            rect.adjusted(-SceneMargin / 2, -SceneMargin / 2, SceneMargin / 2, SceneMargin / 2))) {
        return;
    }
    const QRectF wanted = rect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    m_sceneRect = m_sceneRect.isNull() ? wanted : m_sceneRect.united(wanted);
    setSceneRect(m_sceneRect);
}

QList<qint64> ScenarioScene::selectedStageKeys() const
{
    QList<qint64> keys;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == StageItem::Type) {
            keys.append(static_cast<const StageItem *>(item)->key());
        }
    }
    std::sort(keys.begin(), keys.end(), [this](qint64 a, qint64 b) {
        return m_document->indexOf(a) < m_document->indexOf(b);
    });
    return keys;
}

QList<StageLink> ScenarioScene::selectedLinks() const
{
    QList<StageLink> links;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == LinkItem::Type) {
            links.append(static_cast<const LinkItem *>(item)->link());
        }
    }
    const QList<StageLink> &order = m_document->links();
    std::sort(links.begin(), links.end(), [&order](const StageLink &a, const StageLink &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    return links;
}

void ScenarioScene::selectStages(const QList<qint64> &keys)
{
    {
        // One selectionChanged() for the lot, not one per card.
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const qint64 key : keys) {
            if (StageItem *item = m_stageItems.value(key)) {
                item->setSelected(true);
            }
        }
    }
    emit selectionChanged();
}

void ScenarioScene::selectAll()
{
    {
        const QSignalBlocker blocker(this);
        for (StageItem *item : std::as_const(m_stageItems)) {
            item->setSelected(true);
        }
        for (LinkItem *item : std::as_const(m_linkItems)) {
            item->setSelected(true);
        }
    }
    emit selectionChanged();
}

void ScenarioScene::setProblems(const QHash<qint64, QStringList> &errors,
                                const QHash<qint64, QStringList> &warnings)
{
    m_errors = errors;
    m_warnings = warnings;
    for (auto it = m_stageItems.cbegin(); it != m_stageItems.cend(); ++it) {
        it.value()->setProblems(errors.value(it.key()), warnings.value(it.key()));
    }
}

QRectF ScenarioScene::contentsRect() const
{
    QRectF rect;
    for (const StageItem *item : m_stageItems) {
        rect |= item->sceneBoundingRect();
    }
    for (const LinkItem *item : m_linkItems) {
        rect |= item->boundingRect();
    }
    return rect;
}

QRectF ScenarioScene::stageRect(qint64 key) const
{
    const StageItem *item = m_stageItems.value(key);
    return item ? QRectF(item->pos(), stageSize()) : QRectF();
}

QImage ScenarioScene::renderImage(qreal scale) const
{
    QRectF source = contentsRect();
    if (source.isNull() || scale <= 0) {
        return {};
    }
    source.adjust(-20, -20, 20, 20);
    constexpr qreal MaxPixels = 25e6;
    const qreal pixels = source.width() * source.height() * scale * scale;
    if (pixels > MaxPixels) {
        scale *= std::sqrt(MaxPixels / pixels);
    }
    QImage image(
        QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
        QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // render() is not const, but drawing changes nothing in the scene.
    auto *self = const_cast<ScenarioScene *>(this);
    self->m_exporting = true;
    self->render(&painter, QRectF(QPointF(0, 0), image.size()), source, Qt::IgnoreAspectRatio);
    self->m_exporting = false;
    return image;
}

void ScenarioScene::renderScenario(QPainter *painter, const QRectF &target)
{
    QRectF source = contentsRect();
    if (source.isNull() || target.isEmpty()) {
        return;
    }
    source.adjust(-20, -20, 20, 20);
    const int dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    const qreal scale =
        std::min({target.width() / source.width(), target.height() / source.height(), dpi / 72.0});
    const QRectF drawn(target.left() + (target.width() - source.width() * scale) / 2, target.top(),
                       source.width() * scale, source.height() * scale);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_exporting = true;
    render(painter, drawn, source, Qt::IgnoreAspectRatio);
    m_exporting = false;
    painter->restore();
}

void ScenarioScene::setCardCaching(bool caching)
{
    if (caching == m_cardCaching) {
        return;
    }
    m_cardCaching = caching;
    for (StageItem *item : std::as_const(m_stageItems)) {
        item->setCacheMode(caching ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
    }
}

QPointF ScenarioScene::snapped(QPointF point) const
{
    if (!m_snapToGrid) {
        return point;
    }
    return {std::round(point.x() / gridSize) * gridSize,
            std::round(point.y() / gridSize) * gridSize};
}

void ScenarioScene::setSnapToGrid(bool snap)
{
    if (snap != m_snapToGrid) {
        m_snapToGrid = snap;
        // The view draws the grid only while snapping.
        invalidate(QRectF(), BackgroundLayer);
    }
}

qint64 ScenarioScene::addStage(const QString &kind, QPointF center)
{
    StageData stage = StagePalette::newStage(kind);
    stage.key = m_document->takeNewKey();
    QPointF topLeft = snapped(center - QPointF(CardWidth / 2, CardHeight / 2));
    // Adding from the palette twice must not hide the first card under the second.
    const auto taken = [this](QPointF position) {
        const QList<StageData> &stages = m_document->stages();
        return std::any_of(stages.cbegin(), stages.cend(),
                           [&](const StageData &s) { return s.position == position; });
    };
    for (int tries = 0; tries < 50 && taken(topLeft); ++tries) {
        topLeft += QPointF(2 * gridSize, 2 * gridSize);
    }
    stage.position = topLeft;
    m_undoStack->push(new AddStagesCommand(m_document, {stage}));
    selectStages({stage.key});
    return stage.key;
}

void ScenarioScene::deleteSelection()
{
    const QList<qint64> keys = selectedStageKeys();
    const QList<StageLink> links = selectedLinks();
    if (!keys.isEmpty() || !links.isEmpty()) {
        m_undoStack->push(new RemoveItemsCommand(m_document, keys, links));
    }
}

QStringList ScenarioScene::stageTexts(qint64 key) const
{
    const StageItem *item = m_stageItems.value(key);
    return item ? item->texts() : QStringList();
}

StageItem *ScenarioScene::stageItemAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> hits =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == scenariocard::BadgeType) {
            item = item->parentItem();
        }
        if (item && item->type() == StageItem::Type) {
            return static_cast<StageItem *>(item);
        }
    }
    return nullptr;
}

} // namespace bbd
