#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QTimer;

namespace bbd {

class ScenarioView;

// The overview beside the canvas: the whole scenario scaled down, with the part the view shows
// as a frame; click or drag in it to move the view there. The drawing is a picture made again
// at most every few tenths of a second after the scenario changes, so the frame follows
// scrolling and zooming without drawing the scenario again.
class ScenarioMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioMinimap(ScenarioView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {200, 130}; }
    QSize minimumSizeHint() const override { return {80, 60}; }

    // Where a point of this widget is on the scene; null before there is anything to show.
    QPointF mapToScene(QPointF widgetPos) const;
    // The view's visible area as drawn here, in widget coordinates.
    QRectF frameRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void moveViewTo(QPointF widgetPos);

    QPointer<ScenarioView> m_view;
    QTimer *m_timer = nullptr;
    QPixmap m_picture;
    QRectF m_source; // scene rectangle drawn
    QRectF m_target; // where, in this widget
    qreal m_scale = 0;
    bool m_stale = true;
};

} // namespace bbd
