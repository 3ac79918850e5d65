#pragma once

#include "models/Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bbd {

class Database;
class PhoneNumbers;

// Where a card was before a move, so that the move can be undone exactly.
struct StageMove
{
    qint64 candidateId = 0;
    qint64 fromVacancyId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QString fromEnteredAt; // ISO text as stored
    double fromRank = 0;
    QString fromRejectionReason;
    qint64 eventId = 0; // the timeline entry the move wrote
};

// An existing candidate that a new or edited one may be the same person as.
struct DuplicateMatch
{
    enum class Reason {
        Phone,           // same E.164 number: certainly the same person
        Email,           // same normalised address: certainly the same person
        NameAndPhoneTail // same name and the same last 4 digits: likely, the user decides
    };

    qint64 candidateId = 0;
    QString fullName;
    QString vacancyTitle;
    QString stageName;
    Reason reason = Reason::Phone;
    QString matchedValue;

    bool isExact() const { return reason != Reason::NameAndPhoneTail; }
};

// Reads and writes candidates: the card, the board's moves, the timeline, duplicates.
// Each public write is one transaction that also writes its timeline event, so an edit and
// its history never part. Failures return false/nullopt/0 with lastError() set for the user.
class CandidateRepository
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidateRepository)

public:
    CandidateRepository(const Database &db, const PhoneNumbers &phones);

    QString lastError() const { return m_lastError; }

    std::optional<CandidateRecord> load(qint64 id) const;

    // The record as it will be stored: phones re-parsed (what was typed is kept), e-mails
    // trimmed and lower-cased, blank entries and repeated tags dropped, name simplified.
    CandidateRecord normalized(CandidateRecord record) const;
    // Reasons the record cannot be saved (empty when it can).
    QStringList problems(const CandidateRecord &record) const;
    // Things worth a look that do not stop saving (an unrecognised phone number).
    QStringList warnings(const CandidateRecord &record) const;

    // Stores a new candidate (normalised) with a "created" timeline entry; returns its id.
    qint64 create(const CandidateRecord &record, const QString &eventText = {});
    // Stores the card's edits. `record.version` must be the version that was loaded: an edit
    // made meanwhile elsewhere is reported, never overwritten.
    bool update(const CandidateRecord &record);

    // Moves cards to a stage (of any vacancy), each with a timeline entry, all in one
    // transaction. A card already there is left alone. `rejectionReason` is stored when the
    // stage is a "rejected" one. The card goes on top of its new column.
    std::optional<QList<StageMove>> moveToStage(const QList<qint64> &ids, qint64 toStageId,
                                                const QString &rejectionReason = {});
    // Puts each card back where it was and removes the timeline entries the moves wrote.
    bool undoMoves(const QList<StageMove> &moves);

    // Order inside a column: smaller ranks are higher. placeBetween() gives the card a rank
    // between two neighbours (0 for "none" at that end) and returns its previous rank.
    std::optional<double> placeBetween(qint64 id, qint64 aboveId, qint64 belowId);
    bool setRank(qint64 id, double rank);

    // Soft delete and its undo; deleted candidates leave every list and the board.
    bool setDeleted(const QList<qint64> &ids, bool deleted);

    // Bulk tagging. addTag() returns the ids that did not have the tag yet (the ones an undo
    // must take it from again); removeTag() takes it from exactly those.
    std::optional<QList<qint64>> addTag(const QList<qint64> &ids, const QString &tag);
    bool removeTag(const QList<qint64> &ids, const QString &tag);

    qint64 addNote(qint64 id, const QString &text);
    // Newest first.
    QList<CandidateEvent> timeline(qint64 id) const;

    // Live candidates other than `record.id` that share a phone or an e-mail with it, then
    // those with the same name and phone tail. Exact matches come first.
    QList<DuplicateMatch> findDuplicates(const CandidateRecord &record, int limit = 20) const;

    enum class StoreResult { Stored, ChangedMeanwhile, Failed };
    // Writes every field and the extra contacts of a normalised `record` over the stored row,
    // provided it is still at `record.version`; inside the caller's transaction, no timeline
    // entry. A null `rank` keeps the card's place in its column.
    StoreResult storeFields(const CandidateRecord &record, const QDateTime &entered,
                            const QVariant &rank);

    static QString normalizeEmail(const QString &email);
    static bool isValidEmail(const QString &email);
    // Rank of a card that enters a column at `entered`: newer arrivals sort on top.
    static double rankFor(const QDateTime &entered);

private:
    bool fail(const QString &message) const;
    // The platform's copy follows (an outbox row in the caller's transaction).
    bool pushChange(qint64 id, const QStringList &fields);
    bool writeContacts(const CandidateRecord &record);
    bool readContacts(CandidateRecord &record) const;

    QString m_connectionName;
    const PhoneNumbers &m_phones;
    mutable QString m_lastError;
};

} // namespace bbd
