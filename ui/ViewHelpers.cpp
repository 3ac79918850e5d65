#include "ui/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace bbd::ui {

void configureTableView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void fitColumns(QTableView *view, int stretchColumn, int maxWidth)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(stretchColumn < 0);
    view->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionResizeMode(column, column == stretchColumn ? QHeaderView::Stretch
                                                                     : QHeaderView::Interactive);
        if (column != stretchColumn && header->sectionSize(column) > maxWidth) {
            header->resizeSection(column, maxWidth);
        }
    }
}

QLabel *makeHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeEmptyHint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

} // namespace bbd::ui
