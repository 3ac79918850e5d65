#include "ui/scenarios/ProblemListModel.h"

#include "models/ScenarioDocument.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace bbd {

void ProblemListModel::setProblems(const QList<ScenarioProblem> &problems,
                                   const ScenarioDocument &document)
{
    beginResetModel();
    m_rows.clear();
    for (const ScenarioProblem &problem : problems) {
        const StageData *stage = document.stage(problem.stageKey);
        m_rows.append({problem, stage ? ScenarioValidator::stageName(*stage)
                                      : tr("Whole scenario")});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.problem.isError() && !b.problem.isError();
    });
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Stage ? row.stageTitle : row.problem.message;
    case Qt::ToolTipRole:
        return row.problem.message;
    case Qt::DecorationRole:
        if (index.column() == Stage) {
            return QApplication::style()->standardIcon(row.problem.isError()
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case StageKeyRole:
        return row.problem.stageKey;
    case IsErrorRole:
        return row.problem.isError();
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Stage ? tr("Stage") : tr("Problem");
}

} // namespace bbd
