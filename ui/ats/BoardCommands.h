#pragma once

#include "app/ats/CandidateRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace bbd {

class Database;

// What the board's commands need from the board: the repository to write through, a place to
// report a failure, and a way to show the columns as the database now has them.
class BoardCommandHost
{
public:
    virtual ~BoardCommandHost() = default;
    virtual const Database &boardDatabase() const = 0;
    virtual CandidateRepository &boardRepository() = 0;
    virtual void boardCommandFailed(const QString &message) = 0;
    // The database changed these columns; `selectIds` are the cards to select afterwards.
    virtual void boardColumnsChanged(const QList<qint64> &stageIds,
                                     const QList<qint64> &selectIds) = 0;
    // Cards entered a "hired" stage by a move the user just made (not by a redo).
    virtual void boardCandidatesHired(const QList<qint64> &ids) = 0;
};

// Where dropped cards go inside their column: between two neighbours (0 for "none").
struct BoardPlacement
{
    bool requested = false; // false: leave the cards where the move put them (on top)
    qint64 aboveId = 0;
    qint64 belowId = 0;
};

// A command whose first redo() failed marks itself obsolete, so QUndoStack::push() drops it
// and the stack never holds a step that did not happen.
class BoardCommand : public QUndoCommand
{
public:
    BoardCommand(BoardCommandHost &host, QList<qint64> ids, QList<qint64> stageIds);

protected:
    // Places `ids` one under another between two cards, in one transaction; fills `previous`
    // with their ranks before, in the order of `ids`.
    bool place(const BoardPlacement &placement, QList<double> *previous);
    void finish(bool ok, const QString &error);

    BoardCommandHost &m_host;
    QList<qint64> m_ids;
    QList<qint64> m_stageIds; // the columns the command touches
    bool m_done = false;      // redo() has succeeded at least once
};

// Moves cards to another stage (optionally to a place inside its column).
class MoveCandidatesCommand final : public BoardCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::MoveCandidatesCommand)

public:
    // `label` names the cards in the undo text: the candidate's name for one card.
    MoveCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids,
                          const QList<qint64> &fromStageIds, qint64 toStageId,
                          const QString &toStageName, bool toHired, const QString &label,
                          const QString &rejectionReason = {},
                          const BoardPlacement &placement = {});

    void redo() override;
    void undo() override;

    const QList<StageMove> &moves() const { return m_moves; }

private:
    qint64 m_toStageId = 0;
    bool m_toHired = false;
    QString m_rejectionReason;
    BoardPlacement m_placement;
    QList<StageMove> m_moves;
};

// Changes the order of cards inside their column.
class ReorderCandidatesCommand final : public BoardCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ReorderCandidatesCommand)

public:
    ReorderCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids, qint64 stageId,
                             const QString &label, const BoardPlacement &placement);

    void redo() override;
    void undo() override;

private:
    BoardPlacement m_placement;
    QList<double> m_previousRanks;
};

// Soft-deletes cards (they leave the board; undo brings them back where they were).
class DeleteCandidatesCommand final : public BoardCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::DeleteCandidatesCommand)

public:
    DeleteCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids,
                            const QList<qint64> &stageIds, const QString &label);

    void redo() override;
    void undo() override;
};

} // namespace bbd
