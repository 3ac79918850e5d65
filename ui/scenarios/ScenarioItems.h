#pragma once

#include "models/ScenarioDocument.h"
#include "ui/scenarios/ScenarioScene.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QStaticText>
#include <QStringList>

// The items ScenarioScene draws: a stage's card (with its problem badge) and a link's arrow.
// Only the scene creates them; the geometry below is shared with it.
namespace bbd {

namespace scenariocard {
inline constexpr qreal Width = 220;
inline constexpr qreal Height = 84;
// The selection and link-drag colour.
inline const QColor Highlight(0x1a, 0x73, 0xe8);
// The item type of the problem badge on a card, a child of the card.
inline constexpr int BadgeType = QGraphicsItem::UserType + 3;
} // namespace scenariocard

// The curve of a link from a card's port to the next card's left edge, also used for the line
// drawn while a link is dragged.
QPainterPath linkCurve(QPointF start, QPointF end);

class BadgeItem;

// A stage's card. It holds only its key and what it draws, laid out once per change of the
// stage (refresh()), so painting does no text layout.
class StageItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    StageItem(ScenarioScene *scene, qint64 key);

    int type() const override { return Type; }
    qint64 key() const { return m_key; }
    const QStringList &texts() const { return m_texts; }

    // Room for the selection pen, the port on the right edge and the badge at the top right.
    QRectF boundingRect() const override;
    QPainterPath shape() const override;

    bool portContains(QPointF itemPos) const;
    QPointF portScenePos() const;
    QPointF inputScenePos() const;

    void setDropTarget(bool target);
    void refresh(const StageData &stage, const ScenarioScene::TextStyle &style);
    void setProblems(const QStringList &errors, const QStringList &warnings);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override;

private:
    // Elided and laid out when the card is first drawn readable after a change: opening a big
    // scenario in the overview lays out no text at all.
    void layOutText();

    ScenarioScene *m_scene;
    qint64 m_key;
    QColor m_color;
    QColor m_tint;
    const QPainterPath *m_glyph = nullptr;
    const ScenarioScene::TextStyle *m_style = nullptr;
    bool m_textLaidOut = false;
    QStaticText m_title;
    QStaticText m_when;
    QStaticText m_detail;
    QStringList m_texts;
    BadgeItem *m_badge = nullptr;
    bool m_portHovered = false;
    bool m_dropTarget = false;
};

// A link's arrow, from the port of one card to the left edge of the next. Its points are kept
// as a polyline (flattened once per move), so painting never flattens a curve.
class LinkItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const StageLink &link);

    int type() const override { return Type; }
    const StageLink &link() const { return m_link; }
    QRectF boundingRect() const override { return m_bounds; }

    void setEnds(QPointF start, QPointF end);
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    StageLink m_link;
    QPolygonF m_line;
    QPolygonF m_coarseLine; // every fourth point, for the overview
    QPolygonF m_arrow;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};

} // namespace bbd
