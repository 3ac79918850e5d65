#include "ui/ats/BoardCommands.h"

#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QSqlError>

namespace bbd {
namespace {

QString cardsLabel(const QList<qint64> &ids, const QString &label)
{
    return ids.size() == 1 && !label.isEmpty()
               ? label
               : QCoreApplication::translate("bbd::BoardCommand", "%n candidates", nullptr,
                                             int(ids.size()));
}

QList<qint64> unique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

BoardCommand::BoardCommand(BoardCommandHost &host, QList<qint64> ids, QList<qint64> stageIds)
    : m_host(host)
    , m_ids(std::move(ids))
    , m_stageIds(unique(std::move(stageIds)))
{}

void BoardCommand::finish(bool ok, const QString &error)
{
    if (!ok) {
        if (!m_done) {
            setObsolete(true);
        }
        m_host.boardCommandFailed(error);
    } else {
        m_done = true;
    }
    // Shown as the database has it, whether the write went through or not.
    m_host.boardColumnsChanged(m_stageIds, ok ? m_ids : QList<qint64>());
}

bool BoardCommand::place(const BoardPlacement &placement, QList<double> *previous)
{
    CandidateRepository &repository = m_host.boardRepository();
    Transaction transaction(m_host.boardDatabase().connection());
    qint64 above = placement.aboveId;
    QList<double> ranks;
    for (const qint64 id : std::as_const(m_ids)) {
        const std::optional<double> before = repository.placeBetween(id, above, placement.belowId);
        if (!before) {
            return false;
        }
        ranks << *before;
        above = id; // the next card goes right under this one
    }
    if (!transaction.commit()) {
        return false;
    }
    *previous = ranks;
    return true;
}

MoveCandidatesCommand::MoveCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids,
                                             const QList<qint64> &fromStageIds, qint64 toStageId,
                                             const QString &toStageName, bool toHired,
                                             const QString &label, const QString &rejectionReason,
                                             const BoardPlacement &placement)
    : BoardCommand(host, ids, QList<qint64>(fromStageIds) << toStageId)
    , m_toStageId(toStageId)
    , m_toHired(toHired)
    , m_rejectionReason(rejectionReason)
    , m_placement(placement)
{
    setText(tr("Move %1 to %2").arg(cardsLabel(ids, label), toStageName));
}

void MoveCandidatesCommand::redo()
{
    CandidateRepository &repository = m_host.boardRepository();
    const std::optional<QList<StageMove>> moves =
        repository.moveToStage(m_ids, m_toStageId, m_rejectionReason);
    if (!moves) {
        finish(false, repository.lastError());
        return;
    }
    m_moves = *moves;
    QString placementError;
    if (m_placement.requested && !m_moves.isEmpty()) {
        // The move has put the cards on top; a failed placement leaves them there, which is
        // still a valid board, so the move stands and the user hears why the order differs.
        QList<double> unused;
        if (!place(m_placement, &unused)) {
            placementError = repository.lastError();
        }
    }
    const bool first = !m_done;
    finish(true, {});
    if (!placementError.isEmpty()) {
        m_host.boardCommandFailed(placementError);
    }
    if (first && m_toHired && !m_moves.isEmpty()) {
        QList<qint64> hired;
        for (const StageMove &move : std::as_const(m_moves)) {
            hired << move.candidateId;
        }
        m_host.boardCandidatesHired(hired);
    }
}

void MoveCandidatesCommand::undo()
{
    CandidateRepository &repository = m_host.boardRepository();
    const bool ok = repository.undoMoves(m_moves);
    finish(ok, repository.lastError());
}

ReorderCandidatesCommand::ReorderCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids,
                                                   qint64 stageId, const QString &label,
                                                   const BoardPlacement &placement)
    : BoardCommand(host, ids, {stageId})
    , m_placement(placement)
{
    setText(tr("Reorder %1").arg(cardsLabel(ids, label)));
}

void ReorderCandidatesCommand::redo()
{
    QList<double> previous;
    const bool ok = place(m_placement, &previous);
    if (ok && !m_done) {
        m_previousRanks = previous;
    }
    finish(ok, m_host.boardRepository().lastError());
}

void ReorderCandidatesCommand::undo()
{
    CandidateRepository &repository = m_host.boardRepository();
    Transaction transaction(m_host.boardDatabase().connection());
    bool ok = true;
    for (qsizetype i = m_ids.size() - 1; ok && i >= 0; --i) {
        ok = repository.setRank(m_ids.at(i), m_previousRanks.value(i));
    }
    QString error = repository.lastError();
    if (ok && !transaction.commit()) {
        ok = false;
        error = m_host.boardDatabase().connection().lastError().text();
    }
    finish(ok, error);
}

DeleteCandidatesCommand::DeleteCandidatesCommand(BoardCommandHost &host, const QList<qint64> &ids,
                                                 const QList<qint64> &stageIds,
                                                 const QString &label)
    : BoardCommand(host, ids, stageIds)
{
    setText(tr("Delete %1").arg(cardsLabel(ids, label)));
}

void DeleteCandidatesCommand::redo()
{
    CandidateRepository &repository = m_host.boardRepository();
    const bool ok = repository.setDeleted(m_ids, true);
    finish(ok, repository.lastError());
}

void DeleteCandidatesCommand::undo()
{
    CandidateRepository &repository = m_host.boardRepository();
    const bool ok = repository.setDeleted(m_ids, false);
    finish(ok, repository.lastError());
}

} // namespace bbd
