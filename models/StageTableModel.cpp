#include "models/StageTableModel.h"

namespace bbd {

QStringList StageTableModel::columnTitles() const
{
    return {tr("Stage"), tr("When"), tr("Duration"), tr("Owner"), tr("Actions")};
}

QString StageTableModel::timingText(const ScenarioStage &stage)
{
    switch (stage.recurrence) {
    case ScenarioStage::Recurrence::Weekly:
        return tr("Every week from week %n", nullptr, stage.timingOffset);
    case ScenarioStage::Recurrence::Biweekly:
        return tr("Every two weeks from week %n", nullptr, stage.timingOffset);
    case ScenarioStage::Recurrence::None:
        break;
    }
    switch (stage.timingUnit) {
    case ScenarioStage::TimingUnit::Day:
        return tr("Day %n", nullptr, stage.timingOffset);
    case ScenarioStage::TimingUnit::Week:
        return tr("Week %n", nullptr, stage.timingOffset);
    case ScenarioStage::TimingUnit::Month:
        return tr("Month %n", nullptr, stage.timingOffset);
    }
    return {};
}

QString StageTableModel::ownerText(ScenarioStage::OwnerRole role)
{
    switch (role) {
    case ScenarioStage::OwnerRole::HrManager:
        return tr("HR manager");
    case ScenarioStage::OwnerRole::Manager:
        return tr("Manager");
    case ScenarioStage::OwnerRole::Mentor:
        return tr("Mentor");
    case ScenarioStage::OwnerRole::NewHire:
        return tr("New hire");
    }
    return {};
}

QVariant StageTableModel::cellData(const ScenarioStage &stage, int column, int role) const
{
    switch (role) {
    case IdRole:
        return stage.id;
    case Qt::ToolTipRole:
        return stage.description;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Title:
        return stage.title;
    case Timing:
        return timingText(stage);
    case Duration:
        return stage.durationMinutes > 0 ? tr("%n min", nullptr, stage.durationMinutes) : QString();
    case Owner:
        return ownerText(stage.ownerRole);
    case Actions:
        return stage.actionCount;
    }
    return {};
}

} // namespace bbd
