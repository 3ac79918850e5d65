#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace bbd {

class ProgressPane;
class ScenarioListModel;
class StageTableModel;

// Onboarding scenarios and the stages of the one selected, and beside them the new hires'
// progress through their assigned scenarios.
class ScenariosArea : public QWidget
{
    Q_OBJECT

public:
    explicit ScenariosArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    ScenarioListModel *scenarioModel() const { return m_scenarios; }
    StageTableModel *stageModel() const { return m_stages; }
    ProgressPane *progressPane() const { return m_progress; }

private:
    void showScenario(const QModelIndex &current);
    void updateEmptyState();

    AppContext m_context;
    ScenarioListModel *m_scenarios = nullptr;
    StageTableModel *m_stages = nullptr;
    QTableView *m_scenarioView = nullptr;
    QTableView *m_stageView = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    ProgressPane *m_progress = nullptr;
};

} // namespace bbd
