#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bbd {

class EmployeesPane;
class ProgressPane;
class ScenarioEditor;
class ScenarioListModel;

// Onboarding scenarios: the list, the visual editor of the one selected, the employees who can
// be put on a scenario, and the new hires' progress through their assigned scenarios.
class ScenariosArea : public QWidget
{
    Q_OBJECT

public:
    explicit ScenariosArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    ScenarioListModel *scenarioModel() const { return m_scenarios; }
    ScenarioEditor *editor() const { return m_editor; }
    ProgressPane *progressPane() const { return m_progress; }
    EmployeesPane *employeesPane() const { return m_employees; }
    // Show/hide the scenario list and the editor's side panes, and "canvas only" for all three.
    QList<QAction *> paneActions() const { return m_paneActions; }
    // False when the user keeps unsaved changes (the window must not close).
    bool maybeSave();

signals:
    void message(const QString &text);

private:
    void showScenario(const QModelIndex &current, const QModelIndex &previous);
    void selectScenario(qint64 id);
    void newScenario();
    void fillNewMenu();
    void newFromTemplate(int index);
    void removeScenario();
    void updateEmptyState();

    AppContext m_context;
    ScenarioListModel *m_scenarios = nullptr;
    QTableView *m_scenarioView = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_newButton = nullptr;
    QMenu *m_newMenu = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ScenarioEditor *m_editor = nullptr;
    ProgressPane *m_progress = nullptr;
    EmployeesPane *m_employees = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QAction *> m_paneActions;
    bool m_restoringSelection = false;
};

} // namespace bbd
