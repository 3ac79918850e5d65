#pragma once

#include "app/AppContext.h"
#include "models/CandidateFilter.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace bbd {

class BoardView;
class CandidateListLoader;
class CandidateRepository;
class CandidateTableModel;
class FilterBar;
class HiringService;
class MessageService;
class VacancyListModel;
class VacancyRepository;

// The recruiter's workplace: vacancies on the left; on the right the search and filter bar
// over either the kanban board of the chosen vacancy or a sortable list of candidates, and
// the actions on them (card, messages, bulk moves and tags, import and export, hiring,
// analytics, templates, the retention review). Every change goes through the ATS services
// and can be undone from the Edit menu.
class CandidatesArea : public QWidget
{
    Q_OBJECT

public:
    explicit CandidatesArea(const AppContext &context, QWidget *parent = nullptr);
    ~CandidatesArea() override;

    void reload();
    VacancyListModel *vacancyModel() const { return m_vacancies; }
    CandidateTableModel *candidateModel() const { return m_candidates; }
    BoardView *board() const { return m_board; }
    FilterBar *filterBar() const { return m_filterBar; }
    QUndoStack *undoStack() const;
    // Reads the list and the caption's count off the GUI thread.
    CandidateListLoader *listLoader() const { return m_listLoader; }
    // The list shows the rows of an earlier query while the current one runs.
    bool isSearching() const;
    // The area's commands, for the main window's Candidates menu.
    QList<QAction *> menuActions() const { return m_menuActions; }

    bool isBoardShown() const;
    QList<qint64> selectedCandidateIds() const;

public slots:
    void showBoard();
    void showList();
    void newCandidate();
    void openSelectedCandidate();
    void openCandidate(qint64 id);
    void messageSelected();
    void tagSelected();
    void rejectSelected();
    void deleteSelected();
    void importCsv();
    void exportCsv();
    void newVacancy();
    void editVacancy();
    void showAnalytics();
    void editTemplates();
    void reviewRetention();
    void offerHiring(qint64 candidateId);

private:
    // How long an answer may take before the rows shown are greyed as the previous query's.
    static constexpr int SearchingDelayMs = 120;

    void buildActions();
    void applyFilter(const CandidateFilter &filter);
    void selectVacancyInList(qint64 vacancyId);
    void vacancySelectionChanged();
    void refreshCandidates();
    void showCount(const QString &found);
    void updateEmptyState();
    void updateSearchingLook();
    void updateActions();
    void reportError(const QString &message);

    AppContext m_context;
    std::unique_ptr<CandidateRepository> m_repository;
    std::unique_ptr<VacancyRepository> m_vacancyRepository;
    std::unique_ptr<MessageService> m_messages;
    std::unique_ptr<HiringService> m_hiring;
    VacancyListModel *m_vacancies = nullptr;
    CandidateTableModel *m_candidates = nullptr;
    CandidateListLoader *m_listLoader = nullptr;
    QTimer *m_searchingDelay = nullptr;
    QTableView *m_vacancyView = nullptr;
    QTableView *m_candidateView = nullptr;
    BoardView *m_board = nullptr;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_views = nullptr;
    QToolButton *m_allButton = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_listButton = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_emptyHint = nullptr;
    QString m_noMatchHint;
    QList<QAction *> m_menuActions;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_messageAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_nextStageAction = nullptr;
    QAction *m_previousStageAction = nullptr;
    QAction *m_editVacancyAction = nullptr;
    CandidateFilter m_filter;
    qint64 m_vacancyId = 0;
    QString m_vacancyTitle;
    bool m_syncingVacancy = false;
    bool m_candidateColumnsFitted = false;
};

} // namespace bbd
