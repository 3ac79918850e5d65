#include "app/ats/MergeService.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::run;

QString isoTime(const QDateTime &time)
{
    return sql::isoUtc(time);
}

// The columns a merge can change and its undo puts back; version and updated_at move on
// instead, so that a card opened elsewhere sees that something happened.
const QStringList &restoredColumns()
{
    static const QStringList list{
        QStringLiteral("vacancy_id"),
        QStringLiteral("stage_id"),
        QStringLiteral("full_name"),
        QStringLiteral("email"),
        QStringLiteral("email_normalized"),
        QStringLiteral("phone_e164"),
        QStringLiteral("phone_raw"),
        QStringLiteral("source"),
        QStringLiteral("rating"),
        QStringLiteral("tags"),
        QStringLiteral("consent"),
        QStringLiteral("consent_at"),
        QStringLiteral("notes"),
        QStringLiteral("rejection_reason"),
        QStringLiteral("applied_at"),
        QStringLiteral("stage_entered_at"),
        QStringLiteral("board_rank"),
        QStringLiteral("search_extra"),
        QStringLiteral("merged_into_id"),
        QStringLiteral("deleted"),
    };
    return list;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<qint64> idList(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &value : array) {
        ids << value.toInteger();
    }
    return ids;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return array;
}

// What undo needs of one candidate: its row and its extra contacts as stored.
struct Snapshot
{
    QJsonObject row;
    QJsonArray contacts;
    QJsonArray attachments; // ids that moved away from this candidate
    QJsonObject afterRow;   // the row as the merge left it
    QJsonArray afterContacts;
};

QJsonObject toJson(const Snapshot &snapshot)
{
    return {{QStringLiteral("row"), snapshot.row},
            {QStringLiteral("contacts"), snapshot.contacts},
            {QStringLiteral("moved_attachments"), snapshot.attachments},
            {QStringLiteral("after_row"), snapshot.afterRow},
            {QStringLiteral("after_contacts"), snapshot.afterContacts}};
}

Snapshot snapshotFromJson(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    return {object.value(u"row").toObject(), object.value(u"contacts").toArray(),
            object.value(u"moved_attachments").toArray(), object.value(u"after_row").toObject(),
            object.value(u"after_contacts").toArray()};
}

// Whether the card is still as the merge left it. The board order is left out: dragging the
// card within its column is no work that undo would lose.
bool unchangedSince(const Snapshot &merged, const Snapshot &now)
{
    for (const QString &column : restoredColumns()) {
        if (column != u"board_rank" && merged.afterRow.value(column) != now.row.value(column)) {
            return false;
        }
    }
    return merged.afterContacts == now.contacts;
}

} // namespace

MergeService::MergeService(const Database &db, const PhoneNumbers &phones)
    : m_db(db)
    , m_phones(phones)
{}

bool MergeService::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

namespace {

// Reads a candidate's row and contacts into a snapshot; false with the query's error set.
// NULL stays null in the snapshot: an empty text would not restore to what was there.
QJsonValue jsonValue(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

bool takeSnapshot(QSqlQuery &query, qint64 id, Snapshot *snapshot)
{
    if (!run(query, QStringLiteral("SELECT * FROM candidates WHERE id = ?"), {id}) ||
        !query.next()) {
        return false;
    }
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        snapshot->row.insert(record.fieldName(i), jsonValue(query.value(i)));
    }
    if (!run(query,
             QStringLiteral("SELECT kind, position, raw, normalized FROM candidate_contacts "
                            "WHERE candidate_id = ? ORDER BY id"),
             {id})) {
        return false;
    }
    while (query.next()) {
        snapshot->contacts.append(QJsonObject{
            {QStringLiteral("kind"), query.value(0).toString()},
            {QStringLiteral("position"), query.value(1).toInt()},
            {QStringLiteral("raw"), query.value(2).toString()},
            {QStringLiteral("normalized"), jsonValue(query.value(3))},
        });
    }
    return true;
}

QList<qint64> idsOf(QSqlQuery &query, const QString &sql, qint64 candidateId, bool *ok)
{
    QList<qint64> ids;
    *ok = run(query, sql, {candidateId});
    while (*ok && query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

bool insertContact(QSqlQuery &query, qint64 candidateId, const QString &kind, int position,
                   const QString &raw, const QVariant &normalized)
{
    return run(query,
               QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, position, raw, "
                              "normalized) VALUES (?, ?, ?, ?, ?)"),
               {candidateId, kind, position, raw, normalized});
}

} // namespace

qint64 MergeService::merge(qint64 survivorId, qint64 mergedId, const CandidateRecord &chosen,
                           const QString &author)
{
    if (survivorId == mergedId) {
        fail(tr("A candidate cannot be merged with itself."));
        return 0;
    }
    CandidateRepository repository(m_db, m_phones);
    const std::optional<CandidateRecord> survivor = repository.load(survivorId);
    const std::optional<CandidateRecord> merged = repository.load(mergedId);
    if (!survivor || !merged) {
        fail(tr("One of the two candidates no longer exists; nothing was merged."));
        return 0;
    }
    for (const CandidateRecord *record : {&*survivor, &*merged}) {
        if (record->mergedIntoId != 0) {
            fail(tr("%1 has already been merged into another card; nothing was merged.")
                     .arg(record->fullName));
            return 0;
        }
        if (record->deleted) {
            fail(tr("%1 has been deleted; nothing was merged.").arg(record->fullName));
            return 0;
        }
    }
    CandidateRecord record = repository.normalized(chosen);
    record.id = survivorId;
    if (const QStringList list = repository.problems(record); !list.isEmpty()) {
        fail(list.join(u' '));
        return 0;
    }

    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const auto sqlFailed = [this, &query] {
        fail(query.lastError().text());
        return qint64(0);
    };
    Snapshot survivorBefore;
    Snapshot mergedBefore;
    if (!takeSnapshot(query, survivorId, &survivorBefore) ||
        !takeSnapshot(query, mergedId, &mergedBefore)) {
        return sqlFailed();
    }
    bool ok = false;
    const QList<qint64> events = idsOf(
        query, QStringLiteral("SELECT id FROM candidate_events WHERE candidate_id = ? ORDER BY id"),
        mergedId, &ok);
    if (!ok) {
        return sqlFailed();
    }
    const QList<qint64> attachments =
        idsOf(query,
              QStringLiteral("SELECT id FROM candidate_attachments WHERE candidate_id = ? "
                             "ORDER BY id"),
              mergedId, &ok);
    if (!ok) {
        return sqlFailed();
    }
    mergedBefore.attachments = idArray(attachments);

    // The card keeps its place on the board when the stage chosen is one of the two it had.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariant rank(QMetaType(QMetaType::Double));
    QDateTime entered = survivor->stageEnteredAt;
    if (record.stageId != survivor->stageId) {
        if (record.stageId == merged->stageId && record.vacancyId == merged->vacancyId) {
            entered = merged->stageEnteredAt;
            rank = mergedBefore.row.value(u"board_rank").toDouble();
        } else {
            entered = now;
            rank = CandidateRepository::rankFor(now);
        }
    }
    QDateTime applied = record.appliedAt;
    if (!applied.isValid()) {
        // The earlier response is when the person first reached us.
        applied = survivor->appliedAt;
        if (merged->appliedAt.isValid() && (!applied.isValid() || merged->appliedAt < applied)) {
            applied = merged->appliedAt;
        }
    }
    const auto changedMeanwhile = [this] {
        fail(tr("One of the candidates was changed while the merge was prepared; nothing was "
                "merged. Open the merge again to see the current values."));
        return qint64(0);
    };
    CandidateRecord stored = record;
    stored.id = survivorId;
    stored.version = survivor->version;
    stored.appliedAt = applied;
    switch (repository.storeFields(stored, entered, rank)) {
    case CandidateRepository::StoreResult::Stored:
        break;
    case CandidateRepository::StoreResult::ChangedMeanwhile:
        return changedMeanwhile();
    case CandidateRepository::StoreResult::Failed:
        fail(repository.lastError());
        return 0;
    }
    if (!run(query,
             QStringLiteral("UPDATE candidates SET merged_into_id = ?, version = version + 1, "
                            "updated_at = ? WHERE id = ? AND version = ?"),
             {survivorId, isoTime(now), mergedId, merged->version})) {
        return sqlFailed();
    }
    if (query.numRowsAffected() != 1) {
        return changedMeanwhile();
    }
    if (!run(query,
             QStringLiteral("UPDATE candidate_events SET candidate_id = ? "
                            "WHERE candidate_id = ?"),
             {survivorId, mergedId}) ||
        !run(query,
             QStringLiteral("UPDATE candidate_attachments SET candidate_id = ? "
                            "WHERE candidate_id = ?"),
             {survivorId, mergedId})) {
        return sqlFailed();
    }
    Snapshot survivorAfter;
    Snapshot mergedAfter;
    if (!takeSnapshot(query, survivorId, &survivorAfter) ||
        !takeSnapshot(query, mergedId, &mergedAfter)) {
        return sqlFailed();
    }
    survivorBefore.afterRow = survivorAfter.row;
    survivorBefore.afterContacts = survivorAfter.contacts;
    mergedBefore.afterRow = mergedAfter.row;
    mergedBefore.afterContacts = mergedAfter.contacts;
    if (!run(query, QStringLiteral(R"sql(
INSERT INTO candidate_merges (survivor_id, merged_id, at, author, survivor_before, merged_before,
                              moved_events)
VALUES (?, ?, ?, ?, ?, ?, ?))sql"),
             {survivorId, mergedId, isoTime(now), nullIfEmpty(author),
              compactJson(toJson(survivorBefore)), compactJson(toJson(mergedBefore)),
              QString::fromUtf8(QJsonDocument(idArray(events)).toJson(QJsonDocument::Compact))})) {
        return sqlFailed();
    }
    const qint64 mergeId = query.lastInsertId().toLongLong();
    const QJsonObject payload{{QStringLiteral("merge_id"), mergeId},
                              {QStringLiteral("merged_id"), mergedId}};
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, author, text, "
                            "payload) VALUES (?, 'merge', ?, ?, ?, ?)"),
             {survivorId, isoTime(now), nullIfEmpty(author),
              tr("Merged with %1 (card #%2)").arg(merged->fullName).arg(mergedId),
              compactJson(payload)})) {
        return sqlFailed();
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return mergeId;
}

bool MergeService::undoMerge(qint64 mergeId)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT survivor_id, merged_id, survivor_before, merged_before, "
                            "moved_events, undone_at FROM candidate_merges WHERE id = ?"),
             {mergeId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("This merge is not in the history any more."));
    }
    if (!query.value(5).isNull()) {
        return fail(tr("This merge has already been undone."));
    }
    const qint64 survivorId = query.value(0).toLongLong();
    const qint64 mergedId = query.value(1).toLongLong();
    const Snapshot survivorBefore = snapshotFromJson(query.value(2).toString());
    const Snapshot mergedBefore = snapshotFromJson(query.value(3).toString());
    const QList<qint64> events =
        idList(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array());

    // Merges are undone last first: a later one was composed from what this one produced.
    if (!run(query, QStringLiteral(R"sql(
SELECT count(*) FROM candidate_merges
 WHERE id > ? AND undone_at IS NULL
   AND (survivor_id IN (?, ?) OR merged_id IN (?, ?)))sql"),
             {mergeId, survivorId, mergedId, survivorId, mergedId}) ||
        !query.next()) {
        return fail(query.lastError().text());
    }
    if (query.value(0).toInt() > 0) {
        return fail(tr("A later merge involves these candidates; undo that merge first."));
    }
    // Undo restores the rows as they were, so it must not run over work done since: an edit,
    // a move or a later merge.
    for (const auto &[id, before] :
         {std::pair{survivorId, &survivorBefore}, std::pair{mergedId, &mergedBefore}}) {
        Snapshot current;
        if (!takeSnapshot(query, id, &current)) {
            return fail(query.lastError().isValid()
                            ? query.lastError().text()
                            : tr("One of the two candidates no longer exists; the merge cannot "
                                 "be undone."));
        }
        const QString name = current.row.value(u"full_name").toString();
        const qint64 into = current.row.value(u"merged_into_id").toInteger();
        if (id == survivorId && into != 0) {
            return fail(tr("%1 has been merged again since; undo that merge first.").arg(name));
        }
        if (!unchangedSince(*before, current)) {
            return fail(tr("%1 was changed after the merge; undoing it now would discard those "
                           "changes.")
                            .arg(name));
        }
    }

    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    Transaction transaction(db);
    QStringList assignments;
    for (const QString &column : restoredColumns()) {
        assignments << column + QStringLiteral(" = ?");
    }
    const QString restore = QStringLiteral("UPDATE candidates SET ") +
                            assignments.join(QStringLiteral(", ")) +
                            QStringLiteral(", version = version + 1, updated_at = ? WHERE id = ?");
    for (const auto &[id, before] :
         {std::pair{survivorId, &survivorBefore}, std::pair{mergedId, &mergedBefore}}) {
        QVariantList values;
        for (const QString &column : restoredColumns()) {
            const QJsonValue value = before->row.value(column);
            if (value.isNull() || value.isUndefined()) {
                values << QVariant();
            } else if (value.isDouble() && column != u"board_rank") {
                values << value.toInteger(); // JSON numbers come back as doubles
            } else {
                values << value.toVariant();
            }
        }
        values << now << id;
        if (!run(query, restore, values) ||
            !run(query, QStringLiteral("DELETE FROM candidate_contacts WHERE candidate_id = ?"),
                 {id})) {
            return fail(query.lastError().text());
        }
        for (const QJsonValue &value : before->contacts) {
            const QJsonObject contact = value.toObject();
            const QJsonValue normalized = contact.value(u"normalized");
            if (!insertContact(query, id, contact.value(u"kind").toString(),
                               contact.value(u"position").toInt(), contact.value(u"raw").toString(),
                               normalized.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(normalized.toString()))) {
                return fail(query.lastError().text());
            }
        }
    }
    for (const qint64 eventId : events) {
        if (!run(query, QStringLiteral("UPDATE candidate_events SET candidate_id = ? WHERE id = ?"),
                 {mergedId, eventId})) {
            return fail(query.lastError().text());
        }
    }
    for (const qint64 attachmentId : idList(mergedBefore.attachments)) {
        if (!run(query,
                 QStringLiteral("UPDATE candidate_attachments SET candidate_id = ? WHERE id = ?"),
                 {mergedId, attachmentId})) {
            return fail(query.lastError().text());
        }
    }
    if (!run(query,
             QStringLiteral("DELETE FROM candidate_events WHERE kind = 'merge' AND "
                            "json_extract(payload, '$.merge_id') = ?"),
             {mergeId}) ||
        !run(query, QStringLiteral("UPDATE candidate_merges SET undone_at = ? WHERE id = ?"),
             {now, mergeId})) {
        return fail(query.lastError().text());
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

QList<CandidateMerge> MergeService::history(qint64 candidateId) const
{
    QList<CandidateMerge> list;
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral(R"sql(
SELECT m.id, m.survivor_id, m.merged_id, s.full_name, d.full_name, m.at, m.author, m.undone_at
  FROM candidate_merges m
  JOIN candidates s ON s.id = m.survivor_id
  JOIN candidates d ON d.id = m.merged_id
 WHERE m.survivor_id = ? OR m.merged_id = ?
 ORDER BY m.id DESC)sql"),
             {candidateId, candidateId})) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        CandidateMerge merge;
        merge.id = query.value(0).toLongLong();
        merge.survivorId = query.value(1).toLongLong();
        merge.mergedId = query.value(2).toLongLong();
        merge.survivorName = query.value(3).toString();
        merge.mergedName = query.value(4).toString();
        merge.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        merge.author = query.value(6).toString();
        merge.undoneAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        list.append(merge);
    }
    m_lastError.clear();
    return list;
}

} // namespace bbd
