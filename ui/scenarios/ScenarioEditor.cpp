#include "ui/scenarios/ScenarioEditor.h"

#include "app/scenarios/ScenarioStore.h"
#include "app/storage/Database.h"
#include "models/ScenarioCommands.h"
#include "models/ScenarioDocument.h"
#include "ui/SplitterPaneAction.h"
#include "ui/scenarios/AssignDialog.h"
#include "ui/scenarios/ProblemListModel.h"
#include "ui/scenarios/ScenarioMinimap.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/StageInspector.h"
#include "ui/scenarios/StagePalette.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bbd {
ScenarioEditor::ScenarioEditor(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_document(new ScenarioDocument(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_scene = new ScenarioScene(m_document, m_undoStack, this);
    m_view = new ScenarioView(m_scene);
    m_view->setObjectName(QStringLiteral("scenarioView"));
    m_minimap = new ScenarioMinimap(m_view);
    m_minimap->setObjectName(QStringLiteral("scenarioMinimap"));
    m_palette = new StagePalette;
    m_palette->setObjectName(QStringLiteral("stagePalette"));
    m_palette->attach(m_view);
    m_inspector = new StageInspector(context.settings);
    m_inspector->setDocument(m_document, m_undoStack);

    m_problemModel = new ProblemListModel(this);
    m_problemView = new QTreeView;
    m_problemView->setObjectName(QStringLiteral("problemList"));
    m_problemView->setModel(m_problemModel);
    m_problemView->setRootIsDecorated(false);
    m_problemView->setUniformRowHeights(true);
    m_problemView->setWordWrap(true);
    m_problemView->header()->setStretchLastSection(true);
    m_problemView->setColumnWidth(ProblemListModel::Stage, 170);
    m_problemSummary = new QLabel;
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    createActions();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Stages")));
    leftLayout->addWidget(m_palette, 1);
    leftLayout->addWidget(new QLabel(tr("Overview")));
    leftLayout->addWidget(m_minimap);

    auto *problemPane = new QWidget;
    auto *problemLayout = new QVBoxLayout(problemPane);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemSummary);
    problemLayout->addWidget(m_problemView, 1);
    auto *right = new QTabWidget;
    right->setObjectName(QStringLiteral("editorSideTabs"));
    right->addTab(m_inspector, tr("Inspector"));
    right->addTab(problemPane, tr("Problems"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setCollapsible(1, false);
    splitter->setSizes({150, 800, 300});
    createPaneActions(splitter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &ScenarioEditor::validateNow);
    connect(m_document, &ScenarioDocument::contentsChanged, m_validateTimer,
            qOverload<>(&QTimer::start));
    connect(m_document, &ScenarioDocument::propertiesChanged, this, &ScenarioEditor::updateTitle);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    // Undoing back to the saved state makes the scenario unmodified again.
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ScenarioEditor::showSelection);
    connect(m_scene, &ScenarioScene::stageActivated, this, [this, right](qint64 key) {
        m_inspector->setStage(key);
        right->setCurrentWidget(m_inspector);
    });
    connect(m_scene, &ScenarioScene::problemOccurred, this,
            [this](const QString &text) { QMessageBox::warning(this, tr("Scenario"), text); });
    connect(m_problemView, &QTreeView::activated, this, &ScenarioEditor::jumpToProblem);
    connect(m_problemView, &QTreeView::clicked, this, &ScenarioEditor::jumpToProblem);

    newScenario();
}

ScenarioEditor::~ScenarioEditor()
{
    // The inspector and the scene listen to the document; let them go first.
    m_inspector->setDocument(nullptr, nullptr);
    // Child objects die in creation order and the document was made first: the scene must go
    // while the document it disconnects from is still alive.
    delete m_scene;
    m_scene = nullptr;
}

void ScenarioEditor::createActions()
{
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("scenarioToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto make = [this](const QString &name, const QString &text,
                             const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            // Only while the editor has the focus: other areas use the same keys.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        m_menuActions.append(action);
        return action;
    };
    const auto separator = [this] {
        m_menuActions.append(nullptr);
    };

    m_save = make(QStringLiteral("saveScenarioAction"), tr("&Save Scenario"), QKeySequence::Save);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_save, &QAction::triggered, this, &ScenarioEditor::save);
    m_revert = make(QStringLiteral("revertScenarioAction"), tr("&Revert to Saved"));
    connect(m_revert, &QAction::triggered, this, &ScenarioEditor::revert);
    separator();
    QAction *import = make(QStringLiteral("importScenarioAction"), tr("&Import from File…"));
    connect(import, &QAction::triggered, this, [this] { importJson(); });
    QAction *exportFile = make(QStringLiteral("exportScenarioAction"), tr("&Export to File…"));
    connect(exportFile, &QAction::triggered, this, [this] { exportJson(); });
    QAction *image = make(QStringLiteral("exportImageAction"), tr("Export as &Image…"));
    connect(image, &QAction::triggered, this, [this] { exportImage(); });
    QAction *pdf = make(QStringLiteral("exportPdfAction"), tr("Export as &PDF…"));
    connect(pdf, &QAction::triggered, this, [this] { exportPdf(); });
    QAction *printAction =
        make(QStringLiteral("printScenarioAction"), tr("P&rint…"), QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &ScenarioEditor::print);
    separator();
    QAction *insert = make(QStringLiteral("insertTemplateAction"), tr("Insert &Template"));
    m_templateMenu = new QMenu(this);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    insert->setMenu(m_templateMenu);
    connect(m_templateMenu, &QMenu::aboutToShow, this, &ScenarioEditor::fillTemplateMenu);
    m_stageTemplate =
        make(QStringLiteral("saveStagesTemplateAction"), tr("Save Selected Stages as Template…"));
    connect(m_stageTemplate, &QAction::triggered, this, [this] { saveAsTemplate(true); });
    QAction *scenarioTemplate =
        make(QStringLiteral("saveScenarioTemplateAction"), tr("Save Scenario as Template…"));
    connect(scenarioTemplate, &QAction::triggered, this, [this] { saveAsTemplate(false); });
    separator();
    m_assign = make(QStringLiteral("assignScenarioAction"), tr("&Assign to New Hires…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_assign, &QAction::triggered, this, &ScenarioEditor::assign);
    separator();
    for (auto which : {ScenarioView::Cut, ScenarioView::Copy, ScenarioView::Paste,
                       ScenarioView::Delete, ScenarioView::SelectAll}) {
        m_menuActions.append(m_view->action(which));
    }
    separator();
    for (auto which : {ScenarioView::ZoomIn, ScenarioView::ZoomOut, ScenarioView::ZoomReset,
                       ScenarioView::FitToView, ScenarioView::SnapToGrid}) {
        m_menuActions.append(m_view->action(which));
    }

    m_toolBar->addAction(m_save);
    m_toolBar->addAction(m_assign);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_view->action(ScenarioView::ZoomIn));
    m_toolBar->addAction(m_view->action(ScenarioView::ZoomOut));
    m_toolBar->addAction(m_view->action(ScenarioView::FitToView));
}

void ScenarioEditor::createPaneActions(QSplitter *splitter)
{
    // On a laptop screen the side panes leave the canvas too little room; these give it back.
    m_paletteToggle = new SplitterPaneAction(splitter, 0, tr("Show Stage &Palette"), this);
    m_paletteToggle->setObjectName(QStringLiteral("togglePaletteAction"));
    m_paletteToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_inspectorToggle = new SplitterPaneAction(splitter, 2, tr("Show &Inspector"), this);
    m_inspectorToggle->setObjectName(QStringLiteral("toggleInspectorAction"));
    m_inspectorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    for (SplitterPaneAction *toggle : {m_paletteToggle, m_inspectorToggle}) {
        toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(toggle);
        toggle->persist(m_context.settings, QStringLiteral("scenarioEditor"));
        m_paneActions.append(toggle);
    }
}

void ScenarioEditor::updateTitle()
{
    QString name = m_document->name().trimmed();
    if (name.isEmpty()) {
        name = tr("Untitled scenario");
    }
    QString title = m_document->scenarioId() == 0
                        ? tr("%1 (not saved yet)").arg(name)
                        : tr("%1 — revision %2").arg(name).arg(m_document->revision());
    if (m_document->isModified()) {
        title += u'*';
    }
    m_title->setText(title);
}

void ScenarioEditor::updateActions()
{
    m_save->setEnabled(m_document->isModified() || m_document->scenarioId() == 0);
    m_revert->setEnabled(m_document->isModified() && m_document->scenarioId() != 0);
    m_assign->setEnabled(!ScenarioValidator::hasErrors(m_problems));
    m_stageTemplate->setEnabled(!m_scene->selectedStageKeys().isEmpty());
}

void ScenarioEditor::showSelection()
{
    const QList<qint64> keys = m_scene->selectedStageKeys();
    m_inspector->setStage(keys.size() == 1 ? keys.first() : 0);
    QStringList errors;
    QStringList warnings;
    if (keys.size() == 1) {
        errors = m_scene->errorsOf(keys.first());
        warnings = m_scene->warningsOf(keys.first());
    }
    m_inspector->setProblems(errors, warnings);
    updateActions();
}

void ScenarioEditor::validateNow()
{
    m_validateTimer->stop();
    m_problems = ScenarioValidator::validate(*m_document, m_context.settings);
    QHash<qint64, QStringList> errors;
    QHash<qint64, QStringList> warnings;
    int errorCount = 0;
    for (const ScenarioProblem &problem : std::as_const(m_problems)) {
        if (problem.isError()) {
            ++errorCount;
            errors[problem.stageKey].append(problem.message);
        } else {
            warnings[problem.stageKey].append(problem.message);
        }
    }
    m_scene->setProblems(errors, warnings);
    m_problemModel->setProblems(m_problems, *m_document);
    const int warningCount = int(m_problems.size()) - errorCount;
    if (m_problems.isEmpty()) {
        m_problemSummary->setText(tr("No problems: the scenario can be assigned."));
    } else if (errorCount == 0) {
        m_problemSummary->setText(
            tr("%n warning(s); the scenario can still be assigned.", nullptr, warningCount));
    } else {
        m_problemSummary->setText(tr("%1 and %2: fix the errors before assigning it.")
                                      .arg(tr("%n error(s)", nullptr, errorCount),
                                           tr("%n warning(s)", nullptr, warningCount)));
    }
    showSelection();
}

void ScenarioEditor::jumpToProblem(const QModelIndex &index)
{
    const qint64 key = index.data(ProblemListModel::StageKeyRole).toLongLong();
    if (key != 0 && m_document->stage(key)) {
        m_view->centerOnStage(key);
        m_view->setFocus();
    }
}

bool ScenarioEditor::open(qint64 scenarioId)
{
    ScenarioStore store(m_context.database->connection());
    if (!store.load(scenarioId, m_document)) {
        emit message(store.lastError());
        return false;
    }
    m_undoStack->clear();
    m_undoStack->setClean();
    m_document->setModified(false);
    updateTitle();
    validateNow();
    m_view->fitToView();
    return true;
}

void ScenarioEditor::newScenario()
{
    m_document->reset(0, 1, tr("New scenario"), QString(), {}, {});
    m_undoStack->clear();
    m_undoStack->setClean();
    updateTitle();
    validateNow();
}

bool ScenarioEditor::maybeSave()
{
    if (!m_document->isModified()) {
        return true;
    }
    const auto choice = QMessageBox::question(
        this, tr("Unsaved Scenario"),
        tr("“%1” has changes that are not saved. Save them?").arg(m_document->name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Save) {
        return save();
    }
    return choice == QMessageBox::Discard;
}

bool ScenarioEditor::save()
{
    if (m_document->name().trimmed().isEmpty()) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Scenario"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty()) {
            return false;
        }
        m_undoStack->push(
            new EditScenarioCommand(m_document, name.trimmed(), m_document->description()));
    }
    const qint64 previousId = m_document->scenarioId();
    ScenarioStore store(m_context.database->connection());
    if (!store.save(m_document)) {
        QMessageBox::warning(this, tr("Save Scenario"),
                             tr("The scenario was not saved: %1").arg(store.lastError()));
        return false;
    }
    m_undoStack->setClean();
    updateTitle();
    updateActions();
    emit saved(m_document->scenarioId());
    if (store.savedNewRevision()) {
        offerToMoveAssignments(previousId, m_document->scenarioId());
    } else {
        emit message(tr("Scenario “%1” saved.").arg(m_document->name()));
    }
    return true;
}

void ScenarioEditor::offerToMoveAssignments(qint64 previousId, qint64 newId)
{
    QMessageBox box(QMessageBox::Information, tr("New Revision"),
                    tr("“%1” is being followed by new hires, so your changes were saved as "
                       "revision %2. Their onboarding goes on with the previous revision.")
                        .arg(m_document->name())
                        .arg(m_document->revision()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("newRevisionBox"));
    box.setInformativeText(tr("Move them to the new revision? Stages they finished stay "
                              "finished; new stages get dates from their start dates."));
    QPushButton *move = box.addButton(tr("Move Them"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep the Previous Revision"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != move) {
        emit message(tr("Saved as revision %1.").arg(m_document->revision()));
        return;
    }
    ScenarioStore store(m_context.database->connection());
    if (!store.moveAssignments(previousId, newId)) {
        QMessageBox::warning(this, tr("New Revision"),
                             tr("The assignments were not moved: %1").arg(store.lastError()));
        return;
    }
    emit message(store.lastMove().summary());
}

void ScenarioEditor::revert()
{
    if (m_document->scenarioId() == 0 || !m_document->isModified()) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Revert to Saved"),
            tr("Drop the changes to “%1” made since it was saved?").arg(m_document->name())) ==
        QMessageBox::Yes) {
        open(m_document->scenarioId());
    }
}

void ScenarioEditor::assign()
{
    validateNow();
    if (ScenarioValidator::hasErrors(m_problems)) {
        QMessageBox::warning(this, tr("Assign Scenario"),
                             tr("This scenario cannot be assigned until these are fixed:\n\n%1")
                                 .arg(ScenarioValidator::errorMessages(m_problems).join(u'\n')));
        return;
    }
    if (m_document->isModified() || m_document->scenarioId() == 0) {
        if (QMessageBox::question(this, tr("Assign Scenario"),
                                  tr("The scenario must be saved before it is assigned. Save "
                                     "it now?")) != QMessageBox::Yes ||
            !save()) {
            return;
        }
    }
    AssignDialog dialog(m_context, m_document->scenarioId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(dialog.resultText());
        emit assigned();
    }
}

} // namespace bbd
