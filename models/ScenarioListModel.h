#pragma once

#include "models/PagedTableModel.h"
#include "models/Scenario.h"

namespace bbd {

class ScenarioListModel : public PagedTableModel<Scenario>
{
    Q_OBJECT

public:
    enum Column { Name, Stages, Assigned, ColumnCount };
    enum Role { DescriptionRole = FirstCustomRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const Scenario &scenario, int column, int role) const override;
};

} // namespace bbd
