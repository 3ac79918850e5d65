#pragma once

#include <QGraphicsView>

#include <array>

class QAction;

namespace bbd {

class ScenarioScene;

// The scrollable, zoomable window onto a ScenarioScene, with the canvas's actions (edit,
// zoom, snap) for the editor's menu and toolbar. Ctrl+wheel zooms around the cursor; the
// middle button, or Space held with the left button, pans; dragging on empty canvas selects
// with a rubber band.
class ScenarioView : public QGraphicsView
{
    Q_OBJECT

public:
    enum Action {
        Cut,
        Copy,
        Paste,
        Delete,
        SelectAll,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        FitToView,
        SnapToGrid
    };
    Q_ENUM(Action)

    static constexpr qreal minimumZoom = 0.1;
    static constexpr qreal maximumZoom = 4.0;

    explicit ScenarioView(ScenarioScene *scene, QWidget *parent = nullptr);

    ScenarioScene *scenarioScene() const { return m_scene; }
    // The actions have shortcuts that work while the focus is in the view; their enabled
    // states follow the selection and the clipboard.
    QAction *action(Action which) const { return m_actions.at(which); }

    // Selects the stage and brings it into the middle (zooming in when the cards are too
    // small to read).
    void centerOnStage(qint64 key);
    // Whole: the whole scenario on screen, at most at 100% (View > Fit Scenario). Readable
    // (a scenario being opened): the same, but not below readableZoom; a scenario too wide
    // for that shows from where it starts, and the minimap shows the rest.
    enum class Fit { Readable, Whole };
    static constexpr qreal readableZoom = 0.75;
    void fitToView(Fit fit = Fit::Readable);
    qreal zoom() const;
    // Zooms (clamped to minimumZoom..maximumZoom) keeping the middle of the view in place.
    void setZoom(qreal zoom);
    // The part of the scene on screen.
    QRectF visibleSceneRect() const;

signals:
    void zoomChanged(qreal zoom);
    // Scrolled, zoomed or resized: the minimap's frame moves.
    void visibleAreaChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void createActions();
    void updateActions();
    void zoomAround(qreal zoom, QPointF viewPos);
    void stopPanning();

    ScenarioScene *m_scene;
    std::array<QAction *, SnapToGrid + 1> m_actions{};
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    bool m_wasEmpty = true;
    // After "fit" the scenario stays fitted as the view is resized, until the user zooms or
    // scrolls it themselves.
    bool m_fitPending = false;
    Fit m_fit = Fit::Readable;
};

} // namespace bbd
