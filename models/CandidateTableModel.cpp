#include "models/CandidateTableModel.h"

#include <QColor>
#include <QLocale>

namespace bbd {

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Vacancy:
        return tr("Vacancy");
    case Stage:
        return tr("Stage");
    case Source:
        return tr("Source");
    case Rating:
        return tr("Rating");
    case Applied:
        return tr("Applied");
    }
    return {};
}

QVariant CandidateTableModel::cellData(const Candidate &candidate, int column, int role) const
{
    switch (role) {
    case IdRole:
        return candidate.id;
    case PhoneE164Role:
        return candidate.phoneE164;
    case PhoneValidRole:
        return candidate.phoneRaw.isEmpty() || !candidate.phoneE164.isEmpty();
    case Qt::ToolTipRole:
        if (column == Phone && !candidate.phoneRaw.isEmpty() && candidate.phoneE164.isEmpty()) {
            return tr("This number could not be recognised; it is kept as it was entered.");
        }
        return {};
    case Qt::ForegroundRole:
        // An unrecognised number stands out, so it gets fixed before anyone dials it.
        if (column == Phone && !candidate.phoneRaw.isEmpty() && candidate.phoneE164.isEmpty()) {
            return QColor(0xb0, 0x1c, 0x1c);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Name:
        return candidate.fullName;
    case Phone:
        return candidate.phoneDisplay;
    case Email:
        return candidate.email;
    case Vacancy:
        return candidate.vacancyTitle;
    case Stage:
        return candidate.stageName;
    case Source:
        return candidate.source;
    case Rating:
        return candidate.rating > 0 ? QString(candidate.rating, QChar(0x2605)) : QString();
    case Applied:
        return QLocale().toString(candidate.appliedAt.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

} // namespace bbd
