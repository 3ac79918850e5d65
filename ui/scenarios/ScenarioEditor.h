#pragma once

#include "app/AppContext.h"
#include "app/scenarios/ScenarioValidator.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPainter;
class QRectF;
class QSplitter;
class QTimer;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace bbd {

class ProblemListModel;
class ScenarioDocument;
class ScenarioMinimap;
class ScenarioScene;
class ScenarioView;
class SplitterPaneAction;
class StageInspector;
class StagePalette;

// The visual scenario builder: the stage palette, the canvas with its overview, and beside
// them the inspector and the Problems list. Every edit goes on undoStack(); the document is
// saved explicitly (Ctrl+S), and the editor asks before it drops unsaved changes.
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(const AppContext &context, QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    ScenarioDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ScenarioScene *scene() const { return m_scene; }
    ScenarioView *view() const { return m_view; }
    StageInspector *inspector() const { return m_inspector; }
    ProblemListModel *problemModel() const { return m_problemModel; }
    const QList<ScenarioProblem> &problems() const { return m_problems; }
    // The actions of the "Scenario" menu, in order (null entries are separators).
    QList<QAction *> menuActions() const { return m_menuActions; }
    // Show/hide the palette and the inspector beside the canvas.
    QList<SplitterPaneAction *> paneActions() const { return m_paneActions; }

    // Opens a saved scenario; false with a message when it cannot be read. Does not ask
    // about unsaved changes: call maybeSave() first.
    bool open(qint64 scenarioId);
    // An empty, unsaved scenario.
    void newScenario();
    // True when there is nothing unsaved, or the user saved or discarded it; false when the
    // user cancelled (or the save failed).
    bool maybeSave();
    bool save();
    // Runs the validator now instead of after the short pause that batches edits.
    void validateNow();

    // File work, also reachable from menuActions(); `path` empty asks with a file dialog.
    bool exportJson(QString path = {});
    bool importJson(QString path = {});
    bool exportImage(QString path = {});
    bool exportPdf(QString path = {});

signals:
    // A save wrote the scenario (a new revision has a new id): the list should show it.
    void saved(qint64 scenarioId);
    void message(const QString &text);
    // Assignments were made: progress views should read again.
    void assigned();

private:
    void createActions();
    void createPaneActions(QSplitter *splitter);
    void updateTitle();
    void updateActions();
    void showSelection();
    void jumpToProblem(const QModelIndex &index);
    void print();
    void assign();
    void saveAsTemplate(bool selectionOnly);
    void fillTemplateMenu();
    void insertTemplate(int index);
    void revert();
    // The scenario's name over the diagram, for PDF and print.
    void renderPage(QPainter *painter, const QRectF &page);
    void offerToMoveAssignments(qint64 previousId, qint64 newId);

    AppContext m_context;
    ScenarioDocument *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ScenarioScene *m_scene = nullptr;
    ScenarioView *m_view = nullptr;
    ScenarioMinimap *m_minimap = nullptr;
    StagePalette *m_palette = nullptr;
    StageInspector *m_inspector = nullptr;
    ProblemListModel *m_problemModel = nullptr;
    QTreeView *m_problemView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_problemSummary = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_templateMenu = nullptr;
    QTimer *m_validateTimer = nullptr;
    QList<ScenarioProblem> m_problems;
    QList<QAction *> m_menuActions;
    QList<SplitterPaneAction *> m_paneActions;
    SplitterPaneAction *m_paletteToggle = nullptr;
    SplitterPaneAction *m_inspectorToggle = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_stageTemplate = nullptr;
};

} // namespace bbd
