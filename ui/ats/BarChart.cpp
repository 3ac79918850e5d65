#include "ui/ats/BarChart.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bbd {
namespace {

constexpr int kMargin = 8;
constexpr int kGap = 8;

QString valueText(const ChartBar &bar)
{
    return bar.detail.isEmpty() ? QString::number(bar.value)
                                : QString(QString::number(bar.value) + u"  " + bar.detail);
}

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void BarChart::setBars(const QList<ChartBar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int BarChart::contentHeight() const
{
    if (m_bars.isEmpty()) {
        return 3 * rowHeight();
    }
    const bool anyApart =
        std::any_of(m_bars.cbegin(), m_bars.cend(), [](const ChartBar &bar) { return bar.apart; });
    return 2 * kMargin + int(m_bars.size()) * rowHeight() + (anyApart ? rowHeight() / 2 : 0);
}

QSize BarChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, contentHeight()};
}

QSize BarChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, contentHeight()};
}

void BarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    int labelWidth = 0;
    int valueWidth = 0;
    int maxValue = 0;
    for (const ChartBar &bar : m_bars) {
        // A pixel of slack: elidedText() elides text that fills its width exactly.
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label) + 2);
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(valueText(bar)));
        maxValue = std::max(maxValue, bar.value);
    }
    // Labels never take more than two fifths: the bars are what the chart is for.
    labelWidth = std::min(labelWidth, area.width() * 2 / 5);
    const int barLeft = area.left() + labelWidth + kGap;
    const int barRoom = std::max(1, area.right() - barLeft - kGap - valueWidth);

    const QColor accent = pal.color(QPalette::Highlight);
    QColor light = accent;
    light.setAlphaF(0.35f);
    const QColor muted = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);

    const int row = rowHeight();
    int y = area.top();
    bool ruled = false;
    for (const ChartBar &bar : m_bars) {
        if (bar.apart && !ruled) {
            // A rule sets the out-of-sequence bars apart from the funnel proper.
            ruled = true;
            const int ruleY = y + row / 4;
            QPen pen(muted, 1, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(area.left(), ruleY, area.right(), ruleY);
            y += row / 2;
        }
        const QRect labelRect(area.left(), y, labelWidth, row);
        painter.setPen(text);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));

        const int barHeight = row - 8;
        const int length =
            maxValue > 0 ? std::max(bar.value > 0 ? 2 : 0, barRoom * bar.value / maxValue) : 0;
        const QRectF barRect(barLeft, y + (row - barHeight) / 2.0, length, barHeight);
        if (length > 0) {
            QPainterPath path;
            path.addRoundedRect(barRect, 2, 2);
            if (bar.apart) {
                painter.fillPath(path, muted);
            } else if (bar.highlight >= 0) {
                painter.fillPath(path, light);
                const int strong = bar.value > 0 ? barRoom * bar.highlight / maxValue : 0;
                if (strong > 0) {
                    QPainterPath part;
                    part.addRoundedRect(QRectF(barRect.topLeft(), QSizeF(strong, barHeight)), 2, 2);
                    painter.fillPath(part, accent);
                }
            } else {
                painter.fillPath(path, accent);
            }
        }
        painter.setPen(text);
        painter.drawText(QRect(barLeft + length + kGap, y, valueWidth + kGap, row),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(bar));
        y += row;
    }
}

} // namespace bbd
