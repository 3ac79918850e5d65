#include "ui/scenarios/ScenarioMinimap.h"

#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace bbd {
namespace {

const QColor Background(0xf6, 0xf7, 0xf9);
const QColor Border(0xda, 0xdc, 0xe0);
const QColor FrameColor(0x1a, 0x73, 0xe8);
// At most one new picture in this time, however fast the edits come.
constexpr int RefreshInterval = 150;

} // namespace

ScenarioMinimap::ScenarioMinimap(ScenarioView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_timer(new QTimer(this))
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole scenario: click or drag to move the canvas there."));
    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshInterval);
    connect(m_timer, &QTimer::timeout, this, &ScenarioMinimap::refresh);
    ScenarioDocument *document = view->scenarioScene()->document();
    connect(document, &ScenarioDocument::contentsChanged, this, &ScenarioMinimap::scheduleRefresh);
    connect(document, &ScenarioDocument::documentReset, this, &ScenarioMinimap::scheduleRefresh);
    connect(view, &ScenarioView::visibleAreaChanged, this, qOverload<>(&QWidget::update));
}

void ScenarioMinimap::scheduleRefresh()
{
    m_stale = true;
    if (isVisible() && !m_timer->isActive()) {
        m_timer->start();
    }
}

void ScenarioMinimap::refresh()
{
    m_timer->stop();
    m_stale = false;
    m_picture = QPixmap();
    m_source = QRectF();
    m_target = QRectF();
    m_scale = 0;
    if (!m_view) {
        update();
        return;
    }
    ScenarioScene *scene = m_view->scenarioScene();
    const QRectF contents = scene->contentsRect();
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (contents.isNull() || area.isEmpty()) {
        update();
        return;
    }
    m_source = contents.adjusted(-40, -40, 40, 40);
    m_scale = std::min(area.width() / m_source.width(), area.height() / m_source.height());
    m_target = QRectF(QPointF(0, 0), m_source.size() * m_scale);
    m_target.moveCenter(area.center());
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap((m_target.size() * ratio).toSize().expandedTo(QSize(1, 1)));
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(Qt::white);
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    // At this scale the cards draw themselves as plain rectangles: cheap even for hundreds.
    scene->render(&painter, QRectF(QPointF(0, 0), m_target.size()), m_source);
    painter.end();
    update();
}

QPointF ScenarioMinimap::mapToScene(QPointF widgetPos) const
{
    if (m_scale <= 0) {
        return {};
    }
    return m_source.topLeft() + (widgetPos - m_target.topLeft()) / m_scale;
}

QRectF ScenarioMinimap::frameRect() const
{
    if (m_scale <= 0 || !m_view) {
        return {};
    }
    const QRectF visible = m_view->visibleSceneRect();
    return QRectF(m_target.topLeft() + (visible.topLeft() - m_source.topLeft()) * m_scale,
                  visible.size() * m_scale);
}

void ScenarioMinimap::paintEvent(QPaintEvent *)
{
    if (m_stale && isVisible() && !m_timer->isActive()) {
        m_timer->start();
    }
    QPainter painter(this);
    painter.fillRect(rect(), Background);
    painter.setPen(Border);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_picture.isNull()) {
        return;
    }
    painter.drawPixmap(m_target.topLeft(), m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect().adjusted(1, 1, -1, -1));
    painter.setPen(QPen(FrameColor, 1.5));
    painter.setBrush(QColor(FrameColor.red(), FrameColor.green(), FrameColor.blue(), 28));
    painter.drawRect(frameRect());
}

void ScenarioMinimap::moveViewTo(QPointF widgetPos)
{
    if (m_view && m_scale > 0) {
        m_view->centerOn(mapToScene(widgetPos));
    }
}

void ScenarioMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        moveViewTo(event->position());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ScenarioMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        moveViewTo(event->position());
        event->accept();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void ScenarioMinimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRefresh();
}

void ScenarioMinimap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

} // namespace bbd
