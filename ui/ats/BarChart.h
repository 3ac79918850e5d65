#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace bbd {

// One horizontal bar of a BarChart.
struct ChartBar
{
    QString label;
    int value = 0;
    QString detail;     // shown after the count, e.g. "64 %"
    int highlight = -1; // part of the bar drawn in full colour (the hired of a source); -1: all
    bool apart = false; // out of the sequence (the rejection column of a funnel): drawn below a
                        // rule in a muted colour
};

// Horizontal bars painted with the palette's colours: a label column, the bar, the count and
// its detail. Used for the hiring funnel and the figures by source; small aggregates only.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QList<ChartBar> &bars);
    const QList<ChartBar> &bars() const { return m_bars; }
    // Shown instead of the bars when there are none.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int contentHeight() const;

    QList<ChartBar> m_bars;
    QString m_emptyText;
};

} // namespace bbd
