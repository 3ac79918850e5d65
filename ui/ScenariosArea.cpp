#include "ui/ScenariosArea.h"

#include "app/scenarios/ScenarioJson.h"
#include "app/scenarios/ScenarioStore.h"
#include "app/scenarios/ScenarioTemplates.h"
#include "app/storage/Database.h"
#include "app/storage/PageSources.h"
#include "models/ScenarioDocument.h"
#include "models/ScenarioListModel.h"
#include "ui/SplitterPaneAction.h"
#include "ui/ViewHelpers.h"
#include "ui/scenarios/EmployeesPane.h"
#include "ui/scenarios/ProgressPane.h"
#include "ui/scenarios/ScenarioEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bbd {

ScenariosArea::ScenariosArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_scenarios(new ScenarioListModel(this))
{
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(ui::makeHeading(tr("Onboarding scenarios")));
    m_emptyHint = ui::makeEmptyHint(
        tr("No onboarding scenarios yet. Scenarios describe a new hire's first weeks: "
           "meetings, training, documents and the tasks each stage starts. Start one with "
           "New, from a template or from scratch."));
    listLayout->addWidget(m_emptyHint);
    m_scenarioView = new QTableView;
    m_scenarioView->setObjectName(QStringLiteral("scenarioList"));
    ui::configureTableView(m_scenarioView);
    m_scenarioView->setModel(m_scenarios);
    listLayout->addWidget(m_scenarioView, 1);

    m_newButton = new QPushButton(tr("&New"));
    m_newButton->setObjectName(QStringLiteral("newScenarioButton"));
    m_newMenu = new QMenu(m_newButton);
    m_newMenu->setObjectName(QStringLiteral("newScenarioMenu"));
    m_newButton->setMenu(m_newMenu);
    connect(m_newMenu, &QMenu::aboutToShow, this, &ScenariosArea::fillNewMenu);
    auto *importButton = new QPushButton(tr("&Import…"));
    importButton->setObjectName(QStringLiteral("importScenarioButton"));
    m_deleteButton = new QPushButton(tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteScenarioButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    listLayout->addLayout(buttons);

    m_editor = new ScenarioEditor(m_context);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({200, 1200});
    auto *listToggle = new SplitterPaneAction(splitter, 0, tr("Show Scenario &List"), this);
    listToggle->setObjectName(QStringLiteral("toggleScenarioListAction"));
    listToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    listToggle->persist(m_context.settings, QStringLiteral("scenarios"));
    m_paneActions.append(listToggle);
    QList<SplitterPaneAction *> sidePanes{listToggle};
    for (SplitterPaneAction *toggle : m_editor->paneActions()) {
        m_paneActions.append(toggle);
        sidePanes.append(toggle);
    }
    auto *canvasOnly = new QAction(tr("&Canvas Only"), this);
    canvasOnly->setObjectName(QStringLiteral("canvasOnlyAction"));
    canvasOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    // One key for "more room to draw" and back: hides every side pane, or shows them all
    // again when they are already hidden.
    connect(canvasOnly, &QAction::triggered, this, [sidePanes] {
        const bool anyVisible = std::any_of(sidePanes.begin(), sidePanes.end(),
                                            [](auto *pane) { return pane->paneVisible(); });
        for (SplitterPaneAction *pane : sidePanes) {
            pane->setPaneVisible(!anyVisible);
        }
    });
    m_paneActions.append(canvasOnly);
    for (QAction *action : std::as_const(m_paneActions)) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_progress = new ProgressPane(m_context);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->addTab(splitter, tr("Scenarios"));
    m_employees = new EmployeesPane(m_context);
    m_tabs->addTab(m_employees, tr("Employees"));
    m_tabs->addTab(m_progress, tr("New hires' progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_scenarioView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenariosArea::showScenario);
    connect(importButton, &QPushButton::clicked, m_editor, [this] {
        if (m_editor->importJson()) {
            m_scenarioView->clearSelection();
        }
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &ScenariosArea::removeScenario);
    connect(m_editor, &ScenarioEditor::saved, this, [this](qint64 id) {
        m_scenarios->setSource(sources::scenarios(*m_context.database));
        updateEmptyState();
        selectScenario(id);
        m_progress->reload();
    });
    connect(m_editor, &ScenarioEditor::message, this, &ScenariosArea::message);
    connect(m_editor, &ScenarioEditor::assigned, m_progress, &ProgressPane::reload);
    connect(m_editor, &ScenarioEditor::assigned, m_employees, &EmployeesPane::reload);
    connect(m_employees, &EmployeesPane::assigned, m_progress, &ProgressPane::reload);
    connect(m_employees, &EmployeesPane::assigned, this, [this] {
        // The Assigned column of the list counts them.
        const qint64 open = m_editor->document()->scenarioId();
        m_scenarios->setSource(sources::scenarios(*m_context.database));
        updateEmptyState();
        selectScenario(open);
    });
    connect(m_employees, &EmployeesPane::message, this, &ScenariosArea::message);
    reload();
}

void ScenariosArea::reload()
{
    if (m_progress) {
        m_progress->reload();
    }
    if (m_employees) {
        m_employees->reload();
    }
    // An open editor with unsaved work keeps it; the list around it is read again.
    const qint64 open = m_editor->document()->scenarioId();
    m_scenarios->setSource(sources::scenarios(*m_context.database));
    ui::fitColumns(m_scenarioView, ScenarioListModel::Name);
    updateEmptyState();
    if (m_editor->document()->isModified()) {
        selectScenario(open);
        return;
    }
    if (open != 0) {
        selectScenario(open);
    }
    if (!m_scenarioView->currentIndex().isValid() && m_scenarios->rowCount() > 0) {
        m_scenarioView->setCurrentIndex(m_scenarios->index(0, 0));
    }
}

bool ScenariosArea::maybeSave()
{
    return m_editor->maybeSave();
}

void ScenariosArea::selectScenario(qint64 id)
{
    const bool was = std::exchange(m_restoringSelection, true);
    while (m_scenarios->canFetchMore({})) {
        m_scenarios->fetchMore({});
    }
    for (int row = 0; row < m_scenarios->rowCount(); ++row) {
        if (m_scenarios->rowAt(row)->id == id) {
            m_scenarioView->setCurrentIndex(m_scenarios->index(row, 0));
            break;
        }
    }
    m_restoringSelection = was;
}

void ScenariosArea::showScenario(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection) {
        return;
    }
    const Scenario *scenario = current.isValid() ? m_scenarios->rowAt(current.row()) : nullptr;
    if (scenario && scenario->id == m_editor->document()->scenarioId()) {
        return;
    }
    if (!m_editor->maybeSave()) {
        // Stay on the scenario with the unsaved changes.
        const bool was = std::exchange(m_restoringSelection, true);
        m_scenarioView->setCurrentIndex(previous);
        m_restoringSelection = was;
        return;
    }
    if (scenario) {
        m_editor->open(scenario->id);
    }
    m_deleteButton->setEnabled(scenario != nullptr);
}

void ScenariosArea::fillNewMenu()
{
    m_newMenu->clear();
    QAction *empty = m_newMenu->addAction(tr("Empty Scenario"));
    empty->setObjectName(QStringLiteral("newEmptyScenario"));
    connect(empty, &QAction::triggered, this, &ScenariosArea::newScenario);
    m_newMenu->addSection(tr("From a template"));
    ScenarioTemplates templates(m_context.database->connection());
    const QList<ScenarioTemplate> list = templates.list();
    for (int i = 0; i < list.size(); ++i) {
        QAction *action = m_newMenu->addAction(
            tr("%1 (%n stage(s))", nullptr, list.at(i).stageCount).arg(list.at(i).name));
        action->setObjectName(QStringLiteral("newFromTemplate_%1").arg(i));
        action->setToolTip(list.at(i).description);
        connect(action, &QAction::triggered, this, [this, i] { newFromTemplate(i); });
    }
}

void ScenariosArea::newScenario()
{
    if (!m_editor->maybeSave()) {
        return;
    }
    m_editor->newScenario();
    const bool was = std::exchange(m_restoringSelection, true);
    m_scenarioView->setCurrentIndex({});
    m_scenarioView->clearSelection();
    m_restoringSelection = was;
    m_deleteButton->setEnabled(false);
}

void ScenariosArea::newFromTemplate(int index)
{
    ScenarioTemplates templates(m_context.database->connection());
    const QList<ScenarioTemplate> list = templates.list();
    ScenarioContents contents;
    if (index < 0 || index >= list.size() || !templates.instantiate(list.at(index), &contents)) {
        QMessageBox::warning(this, tr("New Scenario"),
                             tr("The template could not be read: %1").arg(templates.lastError()));
        return;
    }
    newScenario();
    if (m_editor->document()->scenarioId() != 0) {
        return; // the user kept the unsaved scenario
    }
    contents.resetDocument(m_editor->document());
    m_editor->document()->setModified(true);
    m_editor->validateNow();
    emit message(
        tr("New scenario from the template “%1”; save it to keep it.").arg(list.at(index).name));
}

void ScenariosArea::removeScenario()
{
    const QModelIndex current = m_scenarioView->currentIndex();
    const Scenario *scenario = current.isValid() ? m_scenarios->rowAt(current.row()) : nullptr;
    if (!scenario) {
        return;
    }
    const QString name = scenario->name;
    const qint64 id = scenario->id;
    if (QMessageBox::question(this, tr("Delete Scenario"),
                              tr("Delete the scenario “%1” with all its revisions? New hires "
                                 "who finished it keep their history.")
                                  .arg(name)) != QMessageBox::Yes) {
        return;
    }
    ScenarioStore store(m_context.database->connection());
    if (!store.remove(id)) {
        QMessageBox::warning(this, tr("Delete Scenario"), store.lastError());
        return;
    }
    m_editor->newScenario();
    reload();
    emit message(tr("Scenario “%1” deleted.").arg(name));
}

void ScenariosArea::updateEmptyState()
{
    const bool empty = m_scenarios->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_scenarioView->setVisible(!empty);
    m_deleteButton->setEnabled(!empty && m_scenarioView->currentIndex().isValid());
}

} // namespace bbd
