#include "models/VacancyListModel.h"

namespace bbd {

QStringList VacancyListModel::columnTitles() const
{
    return {tr("Vacancy"), tr("Department"), tr("Status"), tr("Candidates")};
}

QString VacancyListModel::statusText(Vacancy::Status status)
{
    switch (status) {
    case Vacancy::Status::Draft:
        return tr("Draft");
    case Vacancy::Status::Open:
        return tr("Open");
    case Vacancy::Status::Paused:
        return tr("Paused");
    case Vacancy::Status::Closed:
        return tr("Closed");
    }
    return {};
}

QVariant VacancyListModel::cellData(const Vacancy &vacancy, int column, int role) const
{
    if (role == IdRole) {
        return vacancy.id;
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 — %2, %n candidate(s), %3 hired", nullptr, vacancy.candidateCount)
            .arg(vacancy.title, vacancy.department)
            .arg(vacancy.hiredCount);
    }
    if (role == Qt::TextAlignmentRole && column == Candidates) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Title:
        return vacancy.title;
    case Department:
        return vacancy.department;
    case Status:
        return statusText(vacancy.status);
    case Candidates:
        return vacancy.candidateCount;
    }
    return {};
}

} // namespace bbd
