#pragma once

#include "models/ScenarioDocument.h"

#include <QColor>
#include <QIcon>
#include <QListWidget>
#include <QPainterPath>
#include <QPointer>

namespace bbd {

class ScenarioView;

// The kinds of stage the canvas can add, with their icons: drag one onto the canvas to add a
// stage there, or double-click (Enter) to add it in the middle of what the canvas shows. Also
// the one place that says how a kind looks (name, colour, pictogram) and what a new stage of
// that kind starts with, so the canvas, a drop and a double-click agree.
class StagePalette : public QListWidget
{
    Q_OBJECT

public:
    explicit StagePalette(QWidget *parent = nullptr);

    // The canvas that activated entries add stages to; it accepts this palette's drags.
    void attach(ScenarioView *view);
    ScenarioView *view() const;

    // The drag's MIME type: its data is the kind key in UTF-8 ("meeting").
    static QString mimeType();

    static QString kindName(const QString &kind);
    static QString kindHint(const QString &kind);
    static QColor kindColor(const QString &kind);
    // A white pictogram of the kind, centred on (0, 0) and about 12 units across, for stroking.
    static const QPainterPath &kindGlyph(const QString &kind);
    static QIcon kindIcon(const QString &kind);
    // What a new stage of the kind starts with; key and position are the caller's.
    static StageData newStage(const QString &kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    void activate(QListWidgetItem *item);

    QPointer<ScenarioView> m_view;
};

} // namespace bbd
