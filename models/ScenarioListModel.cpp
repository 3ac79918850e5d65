#include "models/ScenarioListModel.h"

namespace bbd {

int ScenarioListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Scenario");
    case Stages:
        return tr("Stages");
    case Assigned:
        return tr("Assigned");
    }
    return {};
}

QVariant ScenarioListModel::cellData(const Scenario &scenario, int column, int role) const
{
    switch (role) {
    case IdRole:
        return scenario.id;
    case DescriptionRole:
        return scenario.description;
    case Qt::ToolTipRole:
        return scenario.description;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Name:
        return scenario.name;
    case Stages:
        return scenario.stageCount;
    case Assigned:
        return scenario.activeAssignmentCount;
    }
    return {};
}

} // namespace bbd
