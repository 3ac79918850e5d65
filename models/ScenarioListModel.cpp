#include "models/ScenarioListModel.h"

namespace bbd {

QStringList ScenarioListModel::columnTitles() const
{
    return {tr("Scenario"), tr("Stages"), tr("Assigned")};
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
