#include "ui/ScenariosArea.h"

#include "app/storage/PageSources.h"
#include "models/ScenarioListModel.h"
#include "models/StageTableModel.h"
#include "ui/ViewHelpers.h"
#include "ui/scenarios/ProgressPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {

ScenariosArea::ScenariosArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_scenarios(new ScenarioListModel(this))
    , m_stages(new StageTableModel(this))
{
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(ui::makeHeading(tr("Onboarding scenarios")));
    m_emptyHint = ui::makeEmptyHint(
        tr("No onboarding scenarios yet. Scenarios describe a new hire's first weeks: "
           "meetings, training, documents and the tasks each stage starts."));
    listLayout->addWidget(m_emptyHint);
    m_scenarioView = new QTableView;
    m_scenarioView->setObjectName(QStringLiteral("scenarioList"));
    ui::configureTableView(m_scenarioView);
    m_scenarioView->setModel(m_scenarios);
    listLayout->addWidget(m_scenarioView, 1);

    auto *stagePane = new QWidget;
    auto *stageLayout = new QVBoxLayout(stagePane);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    m_title = ui::makeHeading(QString());
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageView = new QTableView;
    m_stageView->setObjectName(QStringLiteral("stageTable"));
    ui::configureTableView(m_stageView);
    m_stageView->setModel(m_stages);
    stageLayout->addWidget(m_title);
    stageLayout->addWidget(m_description);
    stageLayout->addWidget(m_stageView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(listPane);
    splitter->addWidget(stagePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 760});
    m_progress = new ProgressPane(m_context);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("scenarioTabs"));
    tabs->addTab(splitter, tr("Scenarios"));
    tabs->addTab(m_progress, tr("New hires' progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    connect(m_scenarioView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenariosArea::showScenario);
    reload();
}

void ScenariosArea::reload()
{
    if (m_progress) {
        m_progress->reload();
    }
    m_scenarios->setSource(sources::scenarios(*m_context.database));
    ui::fitColumns(m_scenarioView, ScenarioListModel::Name);
    updateEmptyState();
    if (m_scenarios->rowCount() > 0) {
        m_scenarioView->setCurrentIndex(m_scenarios->index(0, 0));
    } else {
        showScenario({});
    }
}

void ScenariosArea::showScenario(const QModelIndex &current)
{
    const Scenario *scenario = current.isValid() ? m_scenarios->rowAt(current.row()) : nullptr;
    m_title->setText(scenario ? scenario->name : QString());
    m_description->setText(scenario ? scenario->description : QString());
    m_description->setVisible(scenario && !scenario->description.isEmpty());
    m_stages->setSource(scenario ? sources::scenarioStages(*m_context.database, scenario->id)
                                 : nullptr);
    ui::fitColumns(m_stageView, StageTableModel::Title, 360);
}

void ScenariosArea::updateEmptyState()
{
    const bool empty = m_scenarios->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_scenarioView->setVisible(!empty);
}

} // namespace bbd
