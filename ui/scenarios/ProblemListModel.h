#pragma once

#include "app/scenarios/ScenarioValidator.h"

#include <QAbstractTableModel>

namespace bbd {

class ScenarioDocument;

// The validator's findings as rows of the editor's Problems list: errors first, then
// warnings, each naming its stage. StageKeyRole gives the stage to jump to (0: the scenario).
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Stage, Problem, ColumnCount };
    enum Role { StageKeyRole = Qt::UserRole + 1, IsErrorRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QList<ScenarioProblem> &problems, const ScenarioDocument &document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ScenarioProblem problem;
        QString stageTitle;
    };
    QList<Row> m_rows;
};

} // namespace bbd
