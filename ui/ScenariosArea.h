#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace bbd {

class ScenarioListModel;
class StageTableModel;

// Onboarding scenarios and the stages of the one selected.
class ScenariosArea : public QWidget
{
    Q_OBJECT

public:
    explicit ScenariosArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    ScenarioListModel *scenarioModel() const { return m_scenarios; }
    StageTableModel *stageModel() const { return m_stages; }

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
};

} // namespace bbd
