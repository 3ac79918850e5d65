#include "models/ProgressSummaryModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bbd {

QStringList ProgressSummaryModel::columnTitles() const
{
    return {tr("Name"), tr("Progress"), tr("Overdue"), tr("Next due")};
}

int ProgressSummaryModel::percent(const ProgressSummary &summary)
{
    return summary.total > 0 ? summary.done * 100 / summary.total : 0;
}

QVariant ProgressSummaryModel::cellData(const ProgressSummary &summary, int column, int role) const
{
    switch (role) {
    case IdRole:
        return summary.id;
    case PercentRole:
        return percent(summary);
    case OverdueCountRole:
        return summary.overdue;
    case Qt::ToolTipRole:
        if (column == Name) {
            return summary.detail;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Overdue && summary.overdue > 0) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Name:
        return summary.name;
    case Progress:
        return tr("%1 of %2 done").arg(summary.done).arg(summary.total);
    case Overdue:
        return summary.overdue > 0 ? QVariant(summary.overdue) : QVariant();
    case NextDue:
        return summary.nextDue.isValid()
                   ? QLocale().toString(summary.nextDue, QLocale::ShortFormat)
                   : (summary.total > 0 && summary.done == summary.total ? tr("All done")
                                                                         : QString());
    }
    return {};
}

} // namespace bbd
