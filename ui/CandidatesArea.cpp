#include "ui/CandidatesArea.h"

#include "app/ats/CandidateListLoader.h"
#include "app/ats/CandidateListSource.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/CandidateSearch.h"
#include "app/ats/HiringService.h"
#include "app/ats/MessageService.h"
#include "app/ats/VacancyRepository.h"
#include "app/storage/Database.h"
#include "app/storage/PageSources.h"
#include "models/CandidateTableModel.h"
#include "models/VacancyListModel.h"
#include "ui/ViewHelpers.h"
#include "ui/ats/AnalyticsView.h"
#include "ui/ats/BoardView.h"
#include "ui/ats/CandidateDialog.h"
#include "ui/ats/ExportDialog.h"
#include "ui/ats/FilterBar.h"
#include "ui/ats/HireDialog.h"
#include "ui/ats/ImportDialog.h"
#include "ui/ats/MessageDialog.h"
#include "ui/ats/PipelineDialog.h"
#include "ui/ats/RetentionDialog.h"
#include "ui/ats/TemplatesDialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace bbd {
namespace {

// Above this many cards a bulk delete asks the user to type the number, so that a slip of
// the selection cannot remove a whole pipeline.
constexpr int kTypedConfirmationAbove = 30;

// Bulk tagging from the list or the board, undone by taking the tag from exactly the cards
// that did not have it.
class TagCommand final : public QUndoCommand
{
public:
    TagCommand(CandidateRepository &repository, QList<qint64> ids, QString tag,
               std::function<void(const QString &)> done)
        : m_repository(repository)
        , m_ids(std::move(ids))
        , m_tag(std::move(tag))
        , m_done(std::move(done))
    {
        setText(CandidatesArea::tr("Tag %n candidate(s) \"%1\"", nullptr, int(m_ids.size()))
                    .arg(m_tag));
    }

    void redo() override
    {
        const auto tagged = m_repository.addTag(m_ids, m_tag);
        if (!tagged) {
            setObsolete(true);
            m_done(m_repository.lastError());
            return;
        }
        m_tagged = *tagged;
        m_done({});
    }

    void undo() override
    {
        m_done(m_repository.removeTag(m_tagged, m_tag) ? QString() : m_repository.lastError());
    }

private:
    CandidateRepository &m_repository;
    QList<qint64> m_ids;
    QList<qint64> m_tagged;
    QString m_tag;
    std::function<void(const QString &)> m_done;
};

// Bulk soft delete from the list; the board has its own command that also restores the
// cards' places in their columns.
class DeleteCommand final : public QUndoCommand
{
public:
    DeleteCommand(CandidateRepository &repository, QList<qint64> ids,
                  std::function<void(const QString &)> done)
        : m_repository(repository)
        , m_ids(std::move(ids))
        , m_done(std::move(done))
    {
        setText(CandidatesArea::tr("Delete %n candidate(s)", nullptr, int(m_ids.size())));
    }

    void redo() override
    {
        const bool ok = m_repository.setDeleted(m_ids, true);
        if (!ok) {
            setObsolete(true);
        }
        m_done(ok ? QString() : m_repository.lastError());
    }

    void undo() override
    {
        m_done(m_repository.setDeleted(m_ids, false) ? QString() : m_repository.lastError());
    }

private:
    CandidateRepository &m_repository;
    QList<qint64> m_ids;
    std::function<void(const QString &)> m_done;
};

QToolButton *toolButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CandidatesArea::CandidatesArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_repository(std::make_unique<CandidateRepository>(*context.database, *context.phones))
    , m_vacancyRepository(std::make_unique<VacancyRepository>(*context.database))
    , m_messages(std::make_unique<MessageService>(*context.database, *context.settings))
    , m_hiring(std::make_unique<HiringService>(*context.database))
    , m_vacancies(new VacancyListModel(this))
    , m_candidates(new CandidateTableModel(this))
    , m_listLoader(new CandidateListLoader(*context.database, *context.phones, this))
    , m_searchingDelay(new QTimer(this))
{
    // --- vacancies -------------------------------------------------------------------
    auto *vacancyPane = new QWidget;
    auto *vacancyLayout = new QVBoxLayout(vacancyPane);
    vacancyLayout->setContentsMargins(0, 0, 0, 0);
    auto *vacancyHeader = new QHBoxLayout;
    vacancyHeader->addWidget(ui::makeHeading(tr("Vacancies")), 1);
    m_allButton = new QToolButton;
    m_allButton->setObjectName(QStringLiteral("allVacanciesButton"));
    m_allButton->setText(tr("All candidates"));
    m_allButton->setToolTip(tr("Show the candidates of every vacancy"));
    m_allButton->setAutoRaise(true);
    vacancyHeader->addWidget(m_allButton);
    vacancyLayout->addLayout(vacancyHeader);
    m_vacancyView = new QTableView;
    m_vacancyView->setObjectName(QStringLiteral("vacancyList"));
    ui::configureTableView(m_vacancyView);
    m_vacancyView->setModel(m_vacancies);
    vacancyLayout->addWidget(m_vacancyView, 1);

    // --- candidates ------------------------------------------------------------------
    m_filterBar = new FilterBar(*context.database);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    m_caption = ui::makeHeading(QString());
    m_caption->setObjectName(QStringLiteral("candidateCaption"));
    // The caption gives way first when the window is narrow; the buttons keep their text.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setMinimumWidth(80);
    m_boardButton = new QToolButton;
    m_boardButton->setObjectName(QStringLiteral("boardButton"));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setCheckable(true);
    m_boardButton->setToolTip(tr("Kanban board of the chosen vacancy (Ctrl+B)"));
    m_listButton = new QToolButton;
    m_listButton->setObjectName(QStringLiteral("listButton"));
    m_listButton->setText(tr("List"));
    m_listButton->setCheckable(true);
    m_listButton->setToolTip(tr("Sortable list of candidates (Ctrl+L)"));

    buildActions();

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_caption, 1);
    // The everyday actions as buttons; the rest (tag, reject, import…) under More and in the
    // Candidates menu, so the row fits a narrow window.
    for (QAction *action : {m_newAction, m_messageAction, m_deleteAction}) {
        actionRow->addWidget(toolButton(action));
    }
    auto *more = new QToolButton;
    more->setObjectName(QStringLiteral("moreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    auto *moreMenu = new QMenu(more);
    for (QAction *action : std::as_const(m_menuActions)) {
        if (!QList<QAction *>{m_newAction, m_messageAction, m_deleteAction, m_openAction}.contains(
                action)) {
            moreMenu->addAction(action);
        }
    }
    more->setMenu(moreMenu);
    actionRow->addWidget(more);
    actionRow->addSpacing(12);
    actionRow->addWidget(m_boardButton);
    actionRow->addWidget(m_listButton);

    m_board = new BoardView(context);
    m_candidateView = new QTableView;
    m_candidateView->setObjectName(QStringLiteral("candidateTable"));
    ui::configureTableView(m_candidateView);
    m_candidateView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidateView->setModel(m_candidates);
    // No sort indicator at first: the default order (newest first) is the fast one.
    m_candidateView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_candidateView->setSortingEnabled(true);
    // Delete in the list; the board handles the key itself (it also restores card places).
    auto *deleteKey = new QAction(m_candidateView);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &CandidatesArea::deleteSelected);
    m_candidateView->addAction(deleteKey);
    m_noMatchHint =
        tr("No candidates match. Clear the search or the filters, add a candidate (Ctrl+N) or "
           "import a CSV file from a job board (Ctrl+I).");
    m_emptyHint = ui::makeEmptyHint(m_noMatchHint);
    m_emptyHint->setObjectName(QStringLiteral("candidatesEmptyHint"));
    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_emptyHint);
    listLayout->addWidget(m_candidateView, 1);
    m_views = new QStackedWidget;
    m_views->addWidget(m_board);
    m_views->addWidget(listPage);

    auto *candidatePane = new QWidget;
    auto *candidateLayout = new QVBoxLayout(candidatePane);
    candidateLayout->setContentsMargins(0, 0, 0, 0);
    candidateLayout->addWidget(m_filterBar);
    candidateLayout->addLayout(actionRow);
    candidateLayout->addWidget(m_views, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(vacancyPane);
    splitter->addWidget(candidatePane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({300, 980});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Selection, not the current index, picks the vacancy: a view gives itself a current
    // index when it gains focus, which must not narrow the list behind the user's back.
    connect(m_vacancyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatesArea::vacancySelectionChanged);
    connect(m_allButton, &QToolButton::clicked, this, [this] { selectVacancyInList(0); });
    connect(m_filterBar, &FilterBar::filterChanged, this, &CandidatesArea::applyFilter);
    connect(m_filterBar, &FilterBar::errorOccurred, this, &CandidatesArea::reportError);
    connect(m_boardButton, &QToolButton::clicked, this, &CandidatesArea::showBoard);
    connect(m_listButton, &QToolButton::clicked, this, &CandidatesArea::showList);
    connect(m_board, &BoardView::openCandidate, this, &CandidatesArea::openCandidate);
    connect(m_board, &BoardView::candidateHired, this, &CandidatesArea::offerHiring);
    connect(m_board, &BoardView::selectionChanged, this, &CandidatesArea::updateActions);
    connect(m_candidateView, &QTableView::activated, this, &CandidatesArea::openSelectedCandidate);
    connect(m_candidateView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatesArea::updateActions);
    // The list's pages and the caption's count come from the loader's thread.
    m_candidates->setPageSize(CandidateListSource::DefaultPageSize);
    connect(m_listLoader, &CandidateListLoader::pageReady, m_candidates,
            &CandidateTableModel::deliverPage);
    connect(m_listLoader, &CandidateListLoader::counted, this,
            [this](const CappedCount &count) { showCount(CandidateSearch::countCaption(count)); });
    // An answer within a moment just replaces the rows; a slower one greys them first, so
    // rows of the previous query never pass for the current one's.
    m_searchingDelay->setSingleShot(true);
    m_searchingDelay->setInterval(SearchingDelayMs);
    connect(m_searchingDelay, &QTimer::timeout, this, &CandidatesArea::updateSearchingLook);
    connect(m_candidates, &PagedTableModelBase::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_searchingDelay->start();
        } else {
            m_searchingDelay->stop();
            // The rows come in after the query, off the GUI thread: the columns are fitted to
            // the first rows there are, once, so that a width the user set stays while they
            // type.
            if (!m_candidateColumnsFitted && m_candidates->rowCount() > 0) {
                ui::fitColumns(m_candidateView, -1, 280);
                m_candidateColumnsFitted = true;
            }
        }
        updateSearchingLook();
    });
    // Pages arriving while the list scrolls change only the empty state; the count is taken
    // once per filter (refreshCandidates()), as it reads the index.
    connect(m_candidates, &QAbstractItemModel::modelReset, this, &CandidatesArea::updateEmptyState);
    connect(m_candidates, &QAbstractItemModel::rowsInserted, this,
            &CandidatesArea::updateEmptyState);
    // Any change on the board (a move, an undo) changes the list and the vacancy counts.
    connect(m_board->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!isBoardShown()) {
            refreshCandidates();
        }
    });
    reload();
}

CandidatesArea::~CandidatesArea() = default;

QUndoStack *CandidatesArea::undoStack() const
{
    return m_board->undoStack();
}

void CandidatesArea::buildActions()
{
    const auto make = [this](const QString &text, const QString &objectName,
                             const QKeySequence &shortcut, void (CandidatesArea::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            // Only while the Candidates area is on screen: the other areas have their own
            // meaning for the same keys.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        m_menuActions << action;
        return action;
    };
    m_newAction = make(tr("&New candidate…"), QStringLiteral("newCandidateAction"),
                       QKeySequence::New, &CandidatesArea::newCandidate);
    m_openAction = make(tr("&Open card"), QStringLiteral("openCandidateAction"),
                        QKeySequence(Qt::CTRL | Qt::Key_O), &CandidatesArea::openSelectedCandidate);
    m_messageAction = make(tr("&Message…"), QStringLiteral("messageAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_M), &CandidatesArea::messageSelected);
    m_tagAction = make(tr("&Tag…"), QStringLiteral("tagAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                       &CandidatesArea::tagSelected);
    m_rejectAction =
        make(tr("&Reject…"), QStringLiteral("rejectAction"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &CandidatesArea::rejectSelected);
    m_deleteAction = make(tr("&Delete…"), QStringLiteral("deleteAction"), QKeySequence(),
                          &CandidatesArea::deleteSelected);
    m_deleteAction->setToolTip(tr("Delete the selected candidates (Delete; undo with Ctrl+Z)"));
    m_nextStageAction = new QAction(tr("Move to the &next stage"), this);
    m_nextStageAction->setObjectName(QStringLiteral("nextStageAction"));
    m_nextStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_nextStageAction, &QAction::triggered, this,
            [this] { m_board->moveSelectedToNextStage(); });
    m_previousStageAction = new QAction(tr("Move to the &previous stage"), this);
    m_previousStageAction->setObjectName(QStringLiteral("previousStageAction"));
    m_previousStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_previousStageAction, &QAction::triggered, this,
            [this] { m_board->moveSelectedToPreviousStage(); });
    // The board binds these keys itself while it has focus; here they are only listed.
    m_nextStageAction->setShortcutContext(Qt::WidgetShortcut);
    m_previousStageAction->setShortcutContext(Qt::WidgetShortcut);
    m_menuActions << m_nextStageAction << m_previousStageAction;

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator;
    make(tr("&Import CSV…"), QStringLiteral("importAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
         &CandidatesArea::importCsv);
    make(tr("&Export the view to CSV…"), QStringLiteral("exportAction"),
         QKeySequence(Qt::CTRL | Qt::Key_E), &CandidatesArea::exportCsv);
    make(tr("New &vacancy…"), QStringLiteral("newVacancyAction"), QKeySequence(),
         &CandidatesArea::newVacancy);
    m_editVacancyAction = make(tr("Vacancy and &pipeline…"), QStringLiteral("editVacancyAction"),
                               QKeySequence(), &CandidatesArea::editVacancy);
    make(tr("Hiring &analytics…"), QStringLiteral("analyticsAction"), QKeySequence(),
         &CandidatesArea::showAnalytics);
    make(tr("Message te&mplates…"), QStringLiteral("templatesAction"), QKeySequence(),
         &CandidatesArea::editTemplates);
    make(tr("Personal data &review…"), QStringLiteral("retentionAction"), QKeySequence(),
         &CandidatesArea::reviewRetention);

    auto *boardShortcut = new QAction(this);
    boardShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    boardShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(boardShortcut, &QAction::triggered, this, &CandidatesArea::showBoard);
    addAction(boardShortcut);
    auto *listShortcut = new QAction(this);
    listShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    listShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(listShortcut, &QAction::triggered, this, &CandidatesArea::showList);
    addAction(listShortcut);
}

void CandidatesArea::reload()
{
    m_vacancies->setSource(sources::vacancies(*m_context.database));
    // The department is in the tooltip; the title needs the room more.
    m_vacancyView->setColumnHidden(VacancyListModel::Department, true);
    ui::fitColumns(m_vacancyView, VacancyListModel::Title);
    m_filterBar->reloadChoices();
    const qint64 keep = m_vacancyId;
    m_vacancyId = -1; // force the views to load
    selectVacancyInList(keep);
    if (m_vacancyId == -1) {
        vacancySelectionChanged();
    }
}

void CandidatesArea::selectVacancyInList(qint64 vacancyId)
{
    QItemSelectionModel *selection = m_vacancyView->selectionModel();
    if (vacancyId == 0) {
        if (selection->hasSelection()) {
            selection->clearSelection(); // loads via selectionChanged
        } else {
            vacancySelectionChanged();
        }
        return;
    }
    for (int row = 0; row < m_vacancies->rowCount(); ++row) {
        if (m_vacancies->rowAt(row)->id == vacancyId) {
            selection->select(m_vacancies->index(row, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    vacancySelectionChanged();
}

void CandidatesArea::vacancySelectionChanged()
{
    const QModelIndexList rows = m_vacancyView->selectionModel()->selectedRows();
    const Vacancy *vacancy = rows.isEmpty() ? nullptr : m_vacancies->rowAt(rows.first().row());
    const qint64 id = vacancy ? vacancy->id : 0;
    const bool changed = id != m_vacancyId;
    m_vacancyId = id;
    m_vacancyTitle = vacancy ? vacancy->title : QString();
    m_allButton->setEnabled(vacancy != nullptr);
    m_editVacancyAction->setEnabled(vacancy != nullptr);
    if (changed) {
        m_board->setVacancy(m_vacancyId);
    }
    // The filter bar follows the list, and the list follows the bar (applyFilter()).
    CandidateFilter filter = m_filterBar->filter();
    if (filter.vacancyId != m_vacancyId) {
        filter.vacancyId = m_vacancyId;
        filter.stageId = 0;
        const QScopedValueRollback syncing(m_syncingVacancy, true);
        m_filterBar->setFilter(filter);
    }
    m_filter = m_filterBar->filter();
    if (m_vacancyId == 0) {
        showList(); // refreshes the list
        return;
    }
    if (changed) {
        // setVacancy() has just loaded the board; only the view switches.
        m_views->setCurrentWidget(m_board);
        m_boardButton->setChecked(true);
        m_listButton->setChecked(false);
    }
    refreshCandidates();
}

void CandidatesArea::applyFilter(const CandidateFilter &filter)
{
    m_filter = filter;
    if (!m_syncingVacancy && filter.vacancyId != m_vacancyId) {
        selectVacancyInList(filter.vacancyId); // reloads everything
        return;
    }
    refreshCandidates();
}

void CandidatesArea::refreshCandidates()
{
    // The board shows one vacancy already; leaving the vacancy out of its condition means
    // choosing another vacancy does not reload the columns a second time.
    CandidateFilter boardFilter = m_filter;
    boardFilter.vacancyId = 0;
    const SqlCondition condition = CandidateSearch::condition(boardFilter);
    m_board->setFilterCondition(condition.sql, condition.binds);
    // Off the GUI thread: a column sort over a million candidates or the count of a
    // one-letter prefix takes longer than the next keystroke.
    m_listLoader->setFilter(m_filter);
    if (m_candidates->asyncSource() != m_listLoader) {
        m_candidates->setAsyncSource(m_listLoader);
    } else {
        m_candidates->reload();
    }
    m_listLoader->requestCount();
    showCount(tr("Searching…"));
    m_candidateView->setColumnHidden(CandidateTableModel::Vacancy, m_vacancyId != 0);
    updateActions();
}

void CandidatesArea::showCount(const QString &found)
{
    m_caption->setText(m_vacancyId == 0 ? tr("All vacancies · %1").arg(found)
                                        : tr("%1 · %2").arg(m_vacancyTitle, found));
    updateEmptyState();
}

bool CandidatesArea::isSearching() const
{
    return m_candidates->isLoading();
}

void CandidatesArea::updateEmptyState()
{
    const bool empty = m_candidates->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_candidateView->setVisible(!empty);
    updateSearchingLook();
}

void CandidatesArea::updateSearchingLook()
{
    m_emptyHint->setText(isSearching() ? tr("Searching…") : m_noMatchHint);
    const bool searching = isSearching() && !m_searchingDelay->isActive();
    if (searching == m_candidateView->property("searching").toBool()) {
        return;
    }
    m_candidateView->setProperty("searching", searching);
    // Greyed like disabled text, but the view keeps its focus and selection.
    if (!searching) {
        m_candidateView->setPalette(QPalette()); // the window's again
        return;
    }
    QPalette palette = m_candidateView->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
    }
    m_candidateView->setPalette(palette);
}

bool CandidatesArea::isBoardShown() const
{
    return m_views->currentWidget() == m_board;
}

void CandidatesArea::showBoard()
{
    if (m_vacancyId == 0) {
        // A board is one vacancy's pipeline; the list shows them all.
        m_boardButton->setChecked(false);
        m_listButton->setChecked(true);
        m_caption->setToolTip(tr("Choose a vacancy on the left to see its board."));
        return;
    }
    m_views->setCurrentWidget(m_board);
    m_boardButton->setChecked(true);
    m_listButton->setChecked(false);
    m_board->reload();
    updateActions();
}

void CandidatesArea::showList()
{
    m_views->setCurrentIndex(1);
    m_boardButton->setChecked(false);
    m_listButton->setChecked(true);
    refreshCandidates();
}

QList<qint64> CandidatesArea::selectedCandidateIds() const
{
    if (isBoardShown()) {
        return m_board->selectedCandidateIds();
    }
    QList<qint64> ids;
    const QModelIndexList rows = m_candidateView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        ids << row.data(CandidateTableModel::IdRole).toLongLong();
    }
    return ids;
}

void CandidatesArea::updateActions()
{
    const int selected = int(selectedCandidateIds().size());
    m_openAction->setEnabled(selected == 1);
    m_messageAction->setEnabled(selected > 0);
    m_tagAction->setEnabled(selected > 0);
    m_deleteAction->setEnabled(selected > 0);
    m_rejectAction->setEnabled(selected > 0 && isBoardShown());
    m_nextStageAction->setEnabled(selected > 0 && isBoardShown());
    m_previousStageAction->setEnabled(selected > 0 && isBoardShown());
}

void CandidatesArea::reportError(const QString &message)
{
    QMessageBox::warning(this, tr("Candidates"), message);
}

void CandidatesArea::newCandidate()
{
    auto *dialog = new CandidateDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->newCandidate(m_vacancyId);
    connect(dialog, &CandidateDialog::candidateSaved, this, [this] { reload(); });
    connect(dialog, &CandidateDialog::candidateMerged, this, [this] { reload(); });
    dialog->open();
}

void CandidatesArea::openSelectedCandidate()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.size() == 1) {
        openCandidate(ids.first());
    }
}

void CandidatesArea::openCandidate(qint64 id)
{
    auto *dialog = new CandidateDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->openCandidate(id)) {
        reportError(m_repository->lastError().isEmpty() ? tr("The candidate cannot be opened.")
                                                        : m_repository->lastError());
        delete dialog;
        return;
    }
    connect(dialog, &CandidateDialog::candidateSaved, this, [this] { reload(); });
    connect(dialog, &CandidateDialog::candidateMerged, this, [this] { reload(); });
    connect(dialog, &CandidateDialog::mergeUndone, this, [this] { reload(); });
    dialog->open();
}

void CandidatesArea::messageSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty()) {
        return;
    }
    MessageDialog dialog(*m_messages, ids, this);
    dialog.exec();
}

void CandidatesArea::tagSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Tag candidates"), tr("Tag for %n candidate(s):", nullptr, int(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || tag.simplified().isEmpty()) {
        return;
    }
    undoStack()->push(
        new TagCommand(*m_repository, ids, tag.simplified(), [this](const QString &error) {
            if (!error.isEmpty()) {
                reportError(error);
            }
            m_board->reload();
            refreshCandidates();
        }));
}

void CandidatesArea::rejectSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty() || !isBoardShown()) {
        return;
    }
    qint64 rejectedStage = 0;
    for (const PipelineStage &stage : m_vacancyRepository->stages(m_vacancyId)) {
        if (stage.kind == PipelineStage::Kind::Rejected) {
            rejectedStage = stage.id;
            break;
        }
    }
    if (rejectedStage == 0) {
        reportError(tr("This vacancy's pipeline has no \"rejected\" stage. Add one in Vacancy "
                       "and pipeline."));
        return;
    }
    const auto record = m_repository->load(ids.first());
    const qint64 fromStage = record ? record->stageId : 0;
    // The board asks for the reason and makes the move one undoable step.
    if (!m_board->moveCandidates(ids, fromStage, rejectedStage)) {
        return;
    }
    MessageDialog dialog(*m_messages, ids, this);
    for (const MessageTemplate &item : m_messages->templates()) {
        // The refusal template, by the word the demo and most teams use for it.
        if (item.name.contains(QStringLiteral("отказ"), Qt::CaseInsensitive) ||
            item.name.contains(QStringLiteral("reject"), Qt::CaseInsensitive)) {
            dialog.selectTemplate(item.name);
            break;
        }
    }
    dialog.exec();
}

void CandidatesArea::deleteSelected()
{
    const QList<qint64> ids = selectedCandidateIds();
    if (ids.isEmpty()) {
        return;
    }
    if (ids.size() > kTypedConfirmationAbove) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Delete candidates"),
            tr("You are about to delete %n candidates. Type the number to confirm:", nullptr,
               int(ids.size())),
            QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return;
        }
        if (typed.trimmed() != QString::number(ids.size())) {
            reportError(tr("The number typed does not match; nothing was deleted."));
            return;
        }
    } else if (isBoardShown()) {
        m_board->deleteSelected(); // asks itself
        return;
    } else if (QMessageBox::question(this, tr("Delete candidates"),
                                     tr("Delete %n candidate(s)? You can undo this with Ctrl+Z.",
                                        nullptr, int(ids.size()))) != QMessageBox::Yes) {
        return;
    }
    undoStack()->push(new DeleteCommand(*m_repository, ids, [this](const QString &error) {
        if (!error.isEmpty()) {
            reportError(error);
        }
        m_board->reload();
        refreshCandidates();
    }));
}

void CandidatesArea::importCsv()
{
    ImportDialog dialog(m_context, m_vacancyId, this);
    connect(&dialog, &ImportDialog::imported, this, [this] { reload(); });
    dialog.exec();
}

void CandidatesArea::exportCsv()
{
    ExportDialog dialog(m_context, CandidateSearch::condition(m_filter), m_candidates->rowCount(),
                        this);
    dialog.exec();
}

void CandidatesArea::newVacancy()
{
    PipelineDialog dialog(*m_vacancyRepository, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectVacancyInList(dialog.vacancyId());
    }
}

void CandidatesArea::editVacancy()
{
    if (m_vacancyId == 0) {
        return;
    }
    PipelineDialog dialog(*m_vacancyRepository, m_vacancyId, this);
    dialog.exec();
    // Column edits are written as they are made, so refresh even after Cancel.
    reload();
    m_board->reload();
}

void CandidatesArea::showAnalytics()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Hiring analytics"));
    dialog.resize(980, 680);
    auto *view = new AnalyticsView(m_context);
    if (m_vacancyId != 0) {
        view->setVacancy(m_vacancyId);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.exec();
}

void CandidatesArea::editTemplates()
{
    TemplatesDialog dialog(m_context, this);
    dialog.exec();
}

void CandidatesArea::reviewRetention()
{
    RetentionDialog dialog(m_context, this);
    connect(&dialog, &RetentionDialog::candidatesAnonymized, this, [this] { reload(); });
    dialog.exec();
}

void CandidatesArea::offerHiring(qint64 candidateId)
{
    if (m_hiring->employeeOf(candidateId) != 0) {
        return; // already an employee (moved out of "hired" and back)
    }
    HireDialog dialog(*m_hiring, candidateId, this);
    dialog.exec();
}

} // namespace bbd
