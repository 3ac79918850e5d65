#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bbd {

// One row of a candidate list or one card of the board: what is shown, not the whole record.
struct Candidate
{
    qint64 id = 0;
    qint64 vacancyId = 0;
    QString vacancyTitle;
    qint64 stageId = 0;
    QString stageName;
    QString fullName;
    QString email;
    QString phoneE164;    // empty when the number could not be parsed
    QString phoneRaw;     // exactly as it was typed or imported
    QString phoneDisplay; // national format, or phoneRaw when the number is invalid
    QString source;
    int rating = 0;
    QStringList tags;
    QDateTime appliedAt;
    QDateTime stageEnteredAt;
    double boardRank = 0; // order inside a board column, smallest first
};

// A phone as typed and as understood; `e164` is empty when the number is not valid, and the
// typed text is then kept so that nothing the user entered is ever dropped.
struct PhoneEntry
{
    QString raw;
    QString e164;

    bool isValid() const { return !e164.isEmpty(); }
    friend bool operator==(const PhoneEntry &, const PhoneEntry &) = default;
};

enum class Consent { NotAsked, Asked, Given, Refused };

// The whole candidate, as the card edits it.
struct CandidateRecord
{
    qint64 id = 0;
    qint64 vacancyId = 0;
    qint64 stageId = 0;
    QString fullName;
    QList<PhoneEntry> phones; // the first one is the main number
    QStringList emails;       // the first one is the main address; stored lower-cased
    QString source;
    int rating = 0;
    QStringList tags;
    Consent consent = Consent::NotAsked;
    QDateTime consentAt;
    QString notes;
    QString rejectionReason;
    QDateTime appliedAt;
    QDateTime stageEnteredAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    bool deleted = false;
    qint64 mergedIntoId = 0;

    friend bool operator==(const CandidateRecord &, const CandidateRecord &) = default;
};

// One entry of a candidate's timeline.
struct CandidateEvent
{
    enum class Kind { Created, StageMove, Note, Message, Import, Merge, Edit, Attachment };

    qint64 id = 0;
    qint64 candidateId = 0;
    Kind kind = Kind::Note;
    QDateTime at;
    QString author;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QString fromStageName;
    QString toStageName;
    QString text;
    QString payload; // JSON, kind-specific
};

QString consentKey(Consent consent);
Consent consentFromKey(const QString &key);
QString candidateEventKindKey(CandidateEvent::Kind kind);
CandidateEvent::Kind candidateEventKindFromKey(const QString &key);

} // namespace bbd
