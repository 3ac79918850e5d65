#pragma once

#include <QStyledItemDelegate>

namespace bbd {

// Paints a board card from the roles of BoardColumnModel: the name in bold, the source board,
// the phone in display format (red when it could not be recognised), rating stars, tags as
// chips, days in the stage and the "stuck" mark. Every card has the same height, so the list
// can lay out 20,000 of them without measuring each (uniform item sizes).
class CandidateCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CandidateCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a card for a given font, so that views and tests agree on it.
    static int cardHeight(const QFont &font);
};

} // namespace bbd
