#pragma once

#include "models/Candidate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bbd {

class Database;
class PhoneNumbers;

// One entry of the merge history of a candidate.
struct CandidateMerge
{
    qint64 id = 0;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString survivorName; // as the cards are named now
    QString mergedName;
    QDateTime at;
    QString author;
    QDateTime undoneAt; // invalid while the merge stands

    bool isUndone() const { return undoneAt.isValid(); }
};

// Merges two cards of the same person into one, and undoes such a merge exactly.
//
// The survivor takes the values the user chose field by field; the other card is kept, hidden
// (merged_into_id), with its own values, and its timeline and attachments move to the survivor.
// Both rows as they were and the list of what moved are stored in candidate_merges, so that
// undoMerge() can put everything back. Nothing here runs unless the user asked for it.
class MergeService
{
    Q_DECLARE_TR_FUNCTIONS(bbd::MergeService)

public:
    MergeService(const Database &db, const PhoneNumbers &phones);

    QString lastError() const { return m_lastError; }

    // Merges `mergedId` into `survivorId`, writing `chosen` (normalised; its id and version are
    // ignored) onto the survivor, all in one transaction. Returns the merge id, or 0 with
    // lastError() set.
    qint64 merge(qint64 survivorId, qint64 mergedId, const CandidateRecord &chosen,
                 const QString &author = {});
    // Restores both candidates (fields, contacts, timelines, attachments) as they were before
    // the merge; their versions move on so that cards open elsewhere notice. Refused when the
    // survivor was edited or merged again since, as undoing would discard that work.
    bool undoMerge(qint64 mergeId);
    // Merges in which the candidate took part, either side, newest first.
    QList<CandidateMerge> history(qint64 candidateId) const;

private:
    bool fail(const QString &message) const;

    const Database &m_db;
    const PhoneNumbers &m_phones;
    mutable QString m_lastError;
};

} // namespace bbd
