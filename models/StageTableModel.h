#pragma once

#include "models/PagedTableModel.h"
#include "models/Scenario.h"

namespace bbd {

class StageTableModel : public PagedTableModel<ScenarioStage>
{
    Q_OBJECT

public:
    enum Column { Title, Timing, Duration, Owner, Actions, ColumnCount };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

    static QString timingText(const ScenarioStage &stage);
    static QString ownerText(ScenarioStage::OwnerRole role);

protected:
    QVariant cellData(const ScenarioStage &stage, int column, int role) const override;
};

} // namespace bbd
