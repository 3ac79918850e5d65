#include "ui/ats/CandidateCardDelegate.h"

#include "models/BoardColumnModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bbd {
namespace {

constexpr int kMargin = 4;  // around a card, so that cards stand apart in the column
constexpr int kPadding = 8; // inside a card
constexpr int kLineGap = 3;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(qMax(6.0, base.pointSizeF() * 0.85));
    return font;
}

const QColor kInvalidPhone(0xb0, 0x1c, 0x1c);
const QColor kStuck(0xc0, 0x39, 0x2b);
const QColor kStar(0xe6, 0xa1, 0x17);

} // namespace

CandidateCardDelegate::CandidateCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int CandidateCardDelegate::cardHeight(const QFont &font)
{
    const QFontMetrics normal(font);
    const QFontMetrics small(smallFont(font));
    // name, source + phone, tags, days
    return 2 * kMargin + 2 * kPadding + normal.height() + 3 * small.height() + 3 * kLineGap + 4;
}

QSize CandidateCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {qMax(120, option.rect.width()), cardHeight(option.font)};
}

void CandidateCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    QColor background = palette.color(QPalette::Base);
    if (selected) {
        background = palette.color(QPalette::Highlight);
        background.setAlpha(60);
        painter->fillPath(path, palette.color(QPalette::Base));
    }
    painter->fillPath(path, background);
    QPen border(selected || focused ? palette.color(QPalette::Highlight)
                                    : palette.color(QPalette::Mid));
    border.setWidthF(focused ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const QRect inner = card.toAlignedRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    int y = inner.top();

    // Line 1: name, rating stars on the right.
    const int rating = index.data(BoardColumnModel::RatingRole).toInt();
    QString stars;
    if (rating > 0) {
        stars = QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
    }
    const int starsWidth = stars.isEmpty() ? 0 : smallMetrics.horizontalAdvance(stars) + 6;
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = boldMetrics.elidedText(index.data(BoardColumnModel::NameRole).toString(),
                                                Qt::ElideRight, inner.width() - starsWidth);
    painter->drawText(QRect(inner.left(), y, inner.width() - starsWidth, boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!stars.isEmpty()) {
        painter->setFont(small);
        painter->setPen(kStar);
        painter->drawText(QRect(inner.right() - starsWidth, y, starsWidth, boldMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, stars);
    }
    y += boldMetrics.height() + kLineGap;

    // Line 2: source on the left, phone on the right.
    painter->setFont(small);
    const QString phone = index.data(BoardColumnModel::PhoneDisplayRole).toString();
    const bool phoneValid = index.data(BoardColumnModel::PhoneValidRole).toBool();
    const int phoneWidth = qMin(inner.width() * 2 / 3, smallMetrics.horizontalAdvance(phone) + 2);
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width() - phoneWidth - 6, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(BoardColumnModel::SourceRole).toString(),
                                              Qt::ElideRight, inner.width() - phoneWidth - 6));
    painter->setPen(phoneValid ? text : kInvalidPhone);
    painter->drawText(QRect(inner.right() - phoneWidth, y, phoneWidth, smallMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(phone, Qt::ElideMiddle, phoneWidth));
    y += smallMetrics.height() + kLineGap;

    // Line 3: tags as chips, as many as fit, then "+N".
    const QStringList tags = index.data(BoardColumnModel::TagsRole).toStringList();
    int x = inner.left();
    const int chipHeight = smallMetrics.height() + 2;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString more = QStringLiteral("+%1").arg(tags.size() - i);
        const int width = smallMetrics.horizontalAdvance(tags.at(i)) + 10;
        const int reserve = i + 1 < tags.size() ? smallMetrics.horizontalAdvance(more) + 6 : 0;
        if (x + width + reserve > inner.right()) {
            painter->setPen(muted);
            painter->drawText(QRect(x, y, inner.right() - x, chipHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, more);
            break;
        }
        const QRectF chip(x, y, width, chipHeight);
        QColor chipColor = palette.color(QPalette::Highlight);
        chipColor.setAlpha(35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipColor);
        painter->drawRoundedRect(chip, chipHeight / 2.0, chipHeight / 2.0);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, tags.at(i));
        x += width + 4;
    }
    y += chipHeight + kLineGap;

    // Line 4: days in the stage, and the stuck mark past the column's limit.
    const int days = index.data(BoardColumnModel::DaysInStageRole).toInt();
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width() / 2, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("%n day(s)", nullptr, days));
    if (index.data(BoardColumnModel::StuckRole).toBool()) {
        QFont stuckFont = small;
        stuckFont.setBold(true);
        painter->setFont(stuckFont);
        painter->setPen(kStuck);
        painter->drawText(QRect(inner.left() + inner.width() / 3, y, inner.width() * 2 / 3,
                                smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, tr("stuck %n day(s)", nullptr, days));
    }
    painter->restore();
}

} // namespace bbd
