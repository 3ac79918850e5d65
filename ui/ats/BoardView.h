#pragma once

#include "app/ats/CandidateRepository.h"
#include "app/ats/VacancyRepository.h"
#include "ui/ats/BoardCommands.h"

#include <QVariantList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QScrollArea;
class QUndoStack;

namespace bbd {

struct AppContext;
class BoardColumnModel;
class BoardColumnWidget;
class Database;
class PhoneNumbers;
class StuckCounter;

// The kanban board of one vacancy: a horizontally scrolling row of columns, one per pipeline
// stage, each a list over a paged BoardColumnModel (a column of 20,000 cards costs a page).
//
// Cards move by drag and drop (between columns: stage; inside a column: order) or by keyboard
// (Ctrl+Shift+Right/Left or ']'/'[': next/previous stage; Delete; Enter opens the card). Every
// change is a command on undoStack(); a failed write is shown and the board shows what the
// database holds. Object names: "boardView"; per stage "column_<id>" (the list),
// "columnHeader_<id>" (header label), "columnFold_<id>" (fold button).
class BoardView : public QWidget, private BoardCommandHost
{
    Q_OBJECT

public:
    // `context.database` and `context.phones` must outlive the board.
    explicit BoardView(const AppContext &context, QWidget *parent = nullptr);
    ~BoardView() override;

    qint64 vacancyId() const { return m_vacancyId; }
    // Shows the board of a vacancy (0: none). Clears the undo history of the previous board.
    void setVacancy(qint64 vacancyId);
    // An SQL condition over alias `c` (the candidates row) with its bound values that every
    // column applies, e.g. a search; empty shows all live cards.
    void setFilterCondition(const QString &sql, const QVariantList &binds = {});
    // Reads the stages and the cards again.
    void reload();

    QList<qint64> selectedCandidateIds() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // The stages shown, left to right, and what each column shows.
    QList<qint64> stageIds() const;
    BoardColumnModel *columnModel(qint64 stageId) const;
    QListView *columnView(qint64 stageId) const;

    // Moves cards to a stage as the user would (asks for a rejection reason when the stage is
    // a "rejected" one), as one undoable command. `row` is where in the target column they go
    // (-1: on top of another column, at the end of the same one). Returns false when
    // nothing was moved (cancelled or failed; a failure has been shown).
    bool moveCandidates(const QList<qint64> &ids, qint64 fromStageId, qint64 toStageId,
                        int row = -1);

public slots:
    void moveSelectedToNextStage();
    void moveSelectedToPreviousStage();
    // Asks first, with the count.
    void deleteSelected();

signals:
    void selectionChanged();
    // Enter or double-click on a card.
    void openCandidate(qint64 id);
    // A card reached a "hired" stage by a move the user made (emitted after the move is stored).
    void candidateHired(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // BoardCommandHost
    const Database &boardDatabase() const override { return m_db; }
    CandidateRepository &boardRepository() override { return m_candidates; }
    void boardCommandFailed(const QString &message) override;
    void boardColumnsChanged(const QList<qint64> &stageIds,
                             const QList<qint64> &selectIds) override;
    void boardCandidatesHired(const QList<qint64> &ids) override;

    void rebuildColumns(const QList<PipelineStage> &stages);
    void loadColumn(BoardColumnWidget *column);
    void scheduleStuckCounts();
    void startStuckCounts();
    void onStuckCounted(qint64 stageId, int count, const QString &error);
    BoardColumnWidget *columnOf(qint64 stageId) const;
    BoardColumnWidget *columnOfView(const QObject *view) const;
    int indexOfColumn(const BoardColumnWidget *column) const;
    QList<qint64> selectedIdsIn(const BoardColumnWidget *column) const;
    BoardColumnWidget *selectionColumn() const;
    void moveSelectedBy(int step);
    void focusNeighbour(BoardColumnWidget *from, int step);
    void onDropRequested(qint64 toStageId, const QList<qint64> &ids, qint64 fromStageId, int row);
    void onColumnSelectionChanged(BoardColumnWidget *column);
    void onFoldRequested(BoardColumnWidget *column, bool folded);
    BoardPlacement placementAt(BoardColumnWidget *column, int row, const QList<qint64> &ids);
    QString labelFor(const QList<qint64> &ids, qint64 stageId) const;
    void selectIds(const QList<qint64> &ids);

    Database &m_db;
    const PhoneNumbers &m_phones;
    CandidateRepository m_candidates;
    VacancyRepository m_vacancies;
    QUndoStack *m_undoStack = nullptr;
    StuckCounter *m_stuckCounter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_row = nullptr;
    QHBoxLayout *m_rowLayout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<BoardColumnWidget *> m_columns;
    qint64 m_vacancyId = 0;
    QString m_filterSql;
    QVariantList m_filterBinds;
    bool m_syncingSelection = false;
    bool m_stuckPending = false;
};

} // namespace bbd
