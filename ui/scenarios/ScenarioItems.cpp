#include "ui/scenarios/ScenarioItems.h"

#include "models/StageTableModel.h"
#include "ui/scenarios/StagePalette.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace bbd {
namespace {

constexpr qreal CardWidth = scenariocard::Width;
constexpr qreal CardHeight = scenariocard::Height;
constexpr qreal CardRadius = 8;
constexpr qreal PortRadius = 6;
constexpr qreal ArrowLength = 10;
// Below this scale a card is a coloured rectangle and a link a hairline: nothing readable
// would be drawn anyway, and it keeps the overview of a big scenario cheap to paint.
constexpr qreal SimpleDetail = ScenarioScene::overviewZoom;
// Below this, a card shows its title only.
constexpr qreal TitleDetail = 0.65;

const QColor CardBorder(0xda, 0xdc, 0xe0);
const QColor TextColor(0x20, 0x21, 0x24);
const QColor SecondaryText(0x5f, 0x63, 0x68);
const QColor &Highlight = scenariocard::Highlight;
const QColor DropHighlight(0x18, 0x80, 0x38);
const QColor LinkColor(0x80, 0x86, 0x8b);
const QColor ErrorColor(0xd9, 0x30, 0x25);
const QColor WarningColor(0xf2, 0x99, 0x00);

QColor tint(const QColor &color)
{
    // The kind's colour at about a third on white, for cards seen from far away.
    return QColor((color.red() + 2 * 255) / 3, (color.green() + 2 * 255) / 3,
                  (color.blue() + 2 * 255) / 3);
}

QString durationText(int minutes)
{
    if (minutes >= 60 && minutes % 60 == 0) {
        return ScenarioScene::tr("%n h", nullptr, minutes / 60);
    }
    return ScenarioScene::tr("%n min", nullptr, minutes);
}

QPointF portOffset()
{
    return {CardWidth, CardHeight / 2};
}

QPointF inputOffset()
{
    return {0, CardHeight / 2};
}

QPainterPath cubicTo(QPointF start, QPointF end)
{
    const qreal dx = std::max(40.0, std::abs(end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    return path;
}

} // namespace

// The problem badge in a card's top-right corner; its tooltip lists the messages.
class BadgeItem final : public QGraphicsItem
{
public:
    enum { Type = scenariocard::BadgeType };

    explicit BadgeItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setPos(CardWidth - 4, 4);
    }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return {-10, -10, 20, 20}; }

    void setState(bool error, const QString &toolTip)
    {
        if (error != m_error) {
            m_error = error;
            update();
        }
        setToolTip(toolTip);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->setRenderHint(QPainter::Antialiasing, lod >= SimpleDetail);
        painter->setPen(lod >= SimpleDetail ? QPen(Qt::white, 1.5) : QPen(Qt::NoPen));
        painter->setBrush(m_error ? ErrorColor : WarningColor);
        painter->drawEllipse(QPointF(0, 0), 9, 9);
        if (lod >= SimpleDetail) {
            painter->setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(0, -4.5), QPointF(0, 1));
            painter->drawPoint(QPointF(0, 4.5));
        }
    }

private:
    bool m_error = false;
};

QPainterPath linkCurve(QPointF start, QPointF end)
{
    return cubicTo(start, end);
}

StageItem::StageItem(ScenarioScene *scene, qint64 key)
    : m_scene(scene)
    , m_key(key)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setCacheMode(scene->m_cardCaching ? DeviceCoordinateCache : NoCache);
    for (QStaticText *text : {&m_title, &m_when, &m_detail}) {
        text->setTextFormat(Qt::PlainText);
    }
}

QRectF StageItem::boundingRect() const
{
    return {-2, -8, CardWidth + PortRadius + 10, CardHeight + 10};
}

QPainterPath StageItem::shape() const
{
    static const QPainterPath path = [] {
        QPainterPath p;
        p.addRoundedRect(QRectF(0, 0, CardWidth, CardHeight), CardRadius, CardRadius);
        p.addEllipse(portOffset(), PortRadius + 3, PortRadius + 3);
        return p.simplified();
    }();
    return path;
}

bool StageItem::portContains(QPointF itemPos) const
{
    const QPointF d = itemPos - portOffset();
    return d.x() * d.x() + d.y() * d.y() <= (PortRadius + 4) * (PortRadius + 4);
}

void StageItem::setDropTarget(bool target)
{
    if (target != m_dropTarget) {
        m_dropTarget = target;
        update();
    }
}

void StageItem::refresh(const StageData &stage, const ScenarioScene::TextStyle &style)
{
    m_color = StagePalette::kindColor(stage.kind);
    m_tint = tint(m_color);
    m_glyph = &StagePalette::kindGlyph(stage.kind);
    const QString title =
        stage.title.trimmed().isEmpty() ? ScenarioScene::tr("(untitled)") : stage.title;
    ScenarioStage timing;
    timing.timingUnit = stage.timingUnit;
    timing.timingOffset = stage.timingOffset;
    timing.recurrence = stage.recurrence;
    const QString when = ScenarioScene::tr("%1 · %2").arg(StagePalette::kindName(stage.kind),
                                                          StageTableModel::timingText(timing));
    QStringList details;
    if (stage.durationMinutes > 0) {
        details.append(durationText(stage.durationMinutes));
    }
    details.append(stage.ownerRole ? StageTableModel::ownerText(*stage.ownerRole)
                                   : ScenarioScene::tr("No owner"));
    if (!stage.actions.isEmpty()) {
        details.append(ScenarioScene::tr("%n action(s)", nullptr, int(stage.actions.size())));
    }
    const QString detail = details.join(QStringLiteral(" · "));
    m_texts = {title, when, detail};

    m_style = &style;
    m_textLaidOut = false;
    setToolTip(stage.description.trimmed().isEmpty()
                   ? title
                   : ScenarioScene::tr("%1\n\n%2").arg(title, stage.description.trimmed()));
    update();
}

void StageItem::setProblems(const QStringList &errors, const QStringList &warnings)
{
    if (errors.isEmpty() && warnings.isEmpty()) {
        delete m_badge;
        m_badge = nullptr;
        return;
    }
    QStringList lines;
    for (const QString &error : errors) {
        lines.append(QStringLiteral("✖ ") + error);
    }
    for (const QString &warning : warnings) {
        lines.append(QStringLiteral("⚠ ") + warning);
    }
    if (!m_badge) {
        m_badge = new BadgeItem(this);
    }
    m_badge->setState(!errors.isEmpty(), lines.join(u'\n'));
}

void StageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(0, 0, CardWidth, CardHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool exporting = m_scene->isExporting();
    const bool selected = isSelected() && !exporting;
    if (lod < SimpleDetail) {
        painter->fillRect(card, selected ? Highlight : m_dropTarget ? DropHighlight : m_tint);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (selected) {
        painter->setPen(QPen(Highlight, 2.5));
    } else if (m_dropTarget && !exporting) {
        painter->setPen(QPen(DropHighlight, 2.5));
    } else {
        painter->setPen(QPen(CardBorder, 1));
    }
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, CardRadius, CardRadius);
    painter->fillRect(QRectF(5, 12, 4, CardHeight - 24), m_color);
    if (!m_textLaidOut) {
        layOutText();
    }
    painter->setPen(TextColor);
    painter->setFont(m_style->title);
    painter->drawStaticText(QPointF(44, 11), m_title);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawEllipse(QPointF(27, 20), 11, 11);
    if (lod >= TitleDetail) {
        painter->translate(27, 20);
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(*m_glyph);
        painter->translate(-27, -20);
        painter->setPen(SecondaryText);
        painter->setFont(m_style->text);
        painter->drawStaticText(QPointF(16, 39), m_when);
        painter->drawStaticText(QPointF(16, 59), m_detail);
    }
    if (!exporting) {
        painter->setPen(QPen(m_color, 1.5));
        painter->setBrush(m_portHovered ? m_color : QColor(Qt::white));
        painter->drawEllipse(portOffset(), PortRadius, PortRadius);
    }
}

QVariant StageItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->m_mouseMoving && m_scene->snapToGrid()) {
        return m_scene->snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged) {
        m_scene->stageItemMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void StageItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool over = portContains(event->pos());
    if (over != m_portHovered) {
        m_portHovered = over;
        if (over) {
            setCursor(Qt::CrossCursor);
        } else {
            unsetCursor();
        }
        update();
    }
}

void StageItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_portHovered) {
        m_portHovered = false;
        unsetCursor();
        update();
    }
}

void StageItem::layOutText()
{
    const qreal titleWidth = CardWidth - 44 - 14;
    const qreal textWidth = CardWidth - 28;
    m_title.setText(m_style->titleMetrics.elidedText(m_texts.at(0), Qt::ElideRight, titleWidth));
    m_title.prepare(QTransform(), m_style->title);
    m_when.setText(m_style->textMetrics.elidedText(m_texts.at(1), Qt::ElideRight, textWidth));
    m_when.prepare(QTransform(), m_style->text);
    m_detail.setText(m_style->textMetrics.elidedText(m_texts.at(2), Qt::ElideRight, textWidth));
    m_detail.prepare(QTransform(), m_style->text);
    m_textLaidOut = true;
}

QPointF StageItem::portScenePos() const
{
    return pos() + portOffset();
}

QPointF StageItem::inputScenePos() const
{
    return pos() + inputOffset();
}

LinkItem::LinkItem(const StageLink &link)
    : m_link(link)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
}

void LinkItem::setEnds(QPointF start, QPointF end)
{
    if (!m_line.isEmpty() && m_line.first() == start && m_arrow.first() == end) {
        return;
    }
    prepareGeometryChange();
    const QPointF lineEnd = end - QPointF(ArrowLength, 0);
    const qreal dx = std::max(40.0, std::abs(lineEnd.x() - start.x()) / 2);
    const QPointF c1 = start + QPointF(dx, 0);
    const QPointF c2 = lineEnd - QPointF(dx, 0);
    constexpr int Segments = 16;
    m_line.resize(Segments + 1);
    for (int i = 0; i <= Segments; ++i) {
        const qreal t = qreal(i) / Segments;
        const qreal u = 1 - t;
        m_line[i] =
            u * u * u * start + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * lineEnd;
    }
    m_coarseLine.resize(Segments / 4 + 1);
    for (int i = 0; i <= Segments / 4; ++i) {
        m_coarseLine[i] = m_line.at(i * 4);
    }
    m_arrow = QPolygonF{end, lineEnd + QPointF(0, -4.5), lineEnd + QPointF(0, 4.5)};
    m_bounds = m_line.boundingRect().united(m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
    m_shape = QPainterPath();
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPath line;
        line.addPolygon(m_line);
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(line);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const auto *scene = static_cast<const ScenarioScene *>(this->scene());
    const bool selected = isSelected() && !scene->isExporting();
    const QColor color = selected ? Highlight : LinkColor;
    if (lod < SimpleDetail) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(color, 0));
        painter->drawPolyline(m_coarseLine);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    // A pen of at most one device pixel takes the raster engine's fast (cosmetic) stroker,
    // several times cheaper than a wide pen with hundreds of links on screen; only a
    // selected link or a close zoom gets the wider pen.
    QPen pen(color, 1);
    if (selected || lod >= 1.5) {
        pen = QPen(color, selected ? 2.5 : 1.5, Qt::SolidLine, Qt::RoundCap);
    } else {
        pen.setCosmetic(true);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
}

} // namespace bbd
