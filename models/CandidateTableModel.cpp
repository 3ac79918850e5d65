#include "models/CandidateTableModel.h"

#include <QColor>
#include <QLocale>

namespace bbd {

QStringList CandidateTableModel::columnTitles() const
{
    return {tr("Name"),  tr("Phone"),  tr("Email"),  tr("Vacancy"),
            tr("Stage"), tr("Source"), tr("Rating"), tr("Applied")};
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
