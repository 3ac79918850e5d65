#include "app/ats/CandidateRepository.h"

#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/PlatformPush.h"
#include "models/Vacancy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::nullIfZero;
using sql::run;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QVariant &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        tags << value.toString();
    }
    return tags;
}

QString lastFourDigits(const QString &e164)
{
    return e164.size() > 4 ? e164.right(4) : QString();
}

} // namespace

CandidateRepository::CandidateRepository(const Database &db, const PhoneNumbers &phones)
    : m_connectionName(db.connectionName())
    , m_phones(phones)
{}

bool CandidateRepository::pushChange(qint64 id, const QStringList &fields)
{
    QString error;
    return platformpush::candidateChanged(QSqlDatabase::database(m_connectionName, false), id,
                                          fields, &error) ||
           fail(error);
}

bool CandidateRepository::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString CandidateRepository::normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool CandidateRepository::isValidEmail(const QString &email)
{
    // Deliberately loose: one @, something before it, a dot in the domain, no blanks. The
    // mail server is the real judge; this only catches typing slips.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    return pattern.match(email).hasMatch();
}

double CandidateRepository::rankFor(const QDateTime &entered)
{
    return -double(entered.toSecsSinceEpoch());
}

CandidateRecord CandidateRepository::normalized(CandidateRecord record) const
{
    record.fullName = record.fullName.simplified();
    QList<PhoneEntry> phones;
    for (const PhoneEntry &phone : std::as_const(record.phones)) {
        const QString raw = phone.raw.trimmed();
        if (raw.isEmpty()) {
            continue;
        }
        phones.append({raw, m_phones.toE164(raw)});
    }
    record.phones = phones;
    QStringList emails;
    for (const QString &email : std::as_const(record.emails)) {
        const QString normalizedEmail = normalizeEmail(email);
        if (!normalizedEmail.isEmpty() && !emails.contains(normalizedEmail)) {
            emails << normalizedEmail;
        }
    }
    record.emails = emails;
    QStringList tags;
    for (const QString &tag : std::as_const(record.tags)) {
        const QString simplified = tag.simplified();
        if (!simplified.isEmpty() && !tags.contains(simplified, Qt::CaseInsensitive)) {
            tags << simplified;
        }
    }
    record.tags = tags;
    record.source = record.source.simplified();
    record.notes = record.notes.trimmed();
    return record;
}

QStringList CandidateRepository::problems(const CandidateRecord &record) const
{
    QStringList list;
    if (record.fullName.simplified().isEmpty()) {
        list << tr("The name is empty.");
    }
    for (const QString &email : record.emails) {
        const QString normalizedEmail = normalizeEmail(email);
        if (!normalizedEmail.isEmpty() && !isValidEmail(normalizedEmail)) {
            list << tr("\"%1\" is not an e-mail address.").arg(email.trimmed());
        }
    }
    if (record.rating < 0 || record.rating > 5) {
        list << tr("The rating must be between 0 and 5.");
    }
    if (record.stageId != 0) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!run(query, QStringLiteral("SELECT vacancy_id FROM pipeline_stages WHERE id = ?"),
                 {record.stageId}) ||
            !query.next()) {
            list << tr("The chosen stage no longer exists.");
        } else if (query.value(0).toLongLong() != record.vacancyId) {
            list << tr("The chosen stage belongs to another vacancy.");
        }
    }
    if (record.consent != Consent::NotAsked && !record.consentAt.isValid()) {
        list << tr("Give the date of the consent decision.");
    }
    return list;
}

QStringList CandidateRepository::warnings(const CandidateRecord &record) const
{
    QStringList list;
    for (const PhoneEntry &phone : record.phones) {
        if (phone.raw.trimmed().isEmpty()) {
            continue;
        }
        const PhoneNumber parsed = m_phones.parse(phone.raw);
        if (!parsed.isValid()) {
            list << tr("%1: %2 It is kept as typed.")
                        .arg(phone.raw.trimmed(), PhoneNumbers::problemText(parsed.problem));
        }
    }
    return list;
}

std::optional<CandidateRecord> CandidateRepository::load(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral(R"sql(
SELECT id, vacancy_id, stage_id, full_name, email, phone_raw, phone_e164, source, rating, tags,
       consent, consent_at, notes, rejection_reason, applied_at, stage_entered_at, created_at,
       updated_at, version, deleted, merged_into_id
  FROM candidates WHERE id = ?)sql"),
             {id})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("The candidate no longer exists."));
        return std::nullopt;
    }
    CandidateRecord record;
    record.id = query.value(0).toLongLong();
    record.vacancyId = query.value(1).toLongLong();
    record.stageId = query.value(2).toLongLong();
    record.fullName = query.value(3).toString();
    if (!query.value(4).toString().isEmpty()) {
        record.emails << query.value(4).toString();
    }
    if (!query.value(5).toString().isEmpty()) {
        record.phones << PhoneEntry{query.value(5).toString(), query.value(6).toString()};
    }
    record.source = query.value(7).toString();
    record.rating = query.value(8).toInt();
    record.tags = tagsFromJson(query.value(9));
    record.consent = consentFromKey(query.value(10).toString());
    record.consentAt = fromIso(query.value(11));
    record.notes = query.value(12).toString();
    record.rejectionReason = query.value(13).toString();
    record.appliedAt = fromIso(query.value(14));
    record.stageEnteredAt = fromIso(query.value(15));
    record.createdAt = fromIso(query.value(16));
    record.updatedAt = fromIso(query.value(17));
    record.version = query.value(18).toInt();
    record.deleted = query.value(19).toBool();
    record.mergedIntoId = query.value(20).toLongLong();
    if (!readContacts(record)) {
        return std::nullopt;
    }
    m_lastError.clear();
    return record;
}

bool CandidateRepository::readContacts(CandidateRecord &record) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT kind, raw, normalized FROM candidate_contacts "
                            "WHERE candidate_id = ? ORDER BY kind, position"),
             {record.id})) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        if (query.value(0).toString() == u"phone") {
            record.phones << PhoneEntry{query.value(1).toString(), query.value(2).toString()};
        } else {
            record.emails << query.value(1).toString();
        }
    }
    return true;
}

CandidateRepository::StoreResult CandidateRepository::storeFields(const CandidateRecord &record,
                                                                  const QDateTime &entered,
                                                                  const QVariant &rank)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const PhoneEntry mainPhone = record.phones.value(0);
    const QString mainEmail = record.emails.value(0);
    if (!run(query, QStringLiteral(R"sql(
UPDATE candidates
   SET vacancy_id = ?, stage_id = ?, full_name = ?, email = ?, email_normalized = ?,
       phone_e164 = ?, phone_raw = ?, source = ?, rating = ?, tags = ?, consent = ?,
       consent_at = ?, notes = ?, rejection_reason = ?, applied_at = ?, stage_entered_at = ?,
       board_rank = coalesce(?, board_rank), search_extra = ?, version = version + 1,
       updated_at = ?
 WHERE id = ? AND version = ?)sql"),
             {nullIfZero(record.vacancyId),
              nullIfZero(record.stageId),
              record.fullName,
              nullIfEmpty(mainEmail),
              nullIfEmpty(mainEmail),
              nullIfEmpty(mainPhone.e164),
              nullIfEmpty(mainPhone.raw),
              nullIfEmpty(record.source),
              record.rating,
              tagsJson(record.tags),
              consentKey(record.consent),
              nullIfEmpty(isoTime(record.consentAt)),
              nullIfEmpty(record.notes),
              nullIfEmpty(record.rejectionReason),
              nullIfEmpty(isoTime(record.appliedAt)),
              nullIfEmpty(isoTime(entered)),
              rank,
              candidateSearchExtra(record.phones, record.emails.mid(1)),
              isoTime(QDateTime::currentDateTimeUtc()),
              record.id,
              record.version})) {
        fail(query.lastError().text());
        return StoreResult::Failed;
    }
    if (query.numRowsAffected() != 1) {
        return StoreResult::ChangedMeanwhile;
    }
    if (!writeContacts(record) || !pushChange(record.id, platformpush::candidateFields())) {
        return StoreResult::Failed;
    }
    return StoreResult::Stored;
}

bool CandidateRepository::writeContacts(const CandidateRecord &record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("DELETE FROM candidate_contacts WHERE candidate_id = ?"),
             {record.id})) {
        return fail(query.lastError().text());
    }
    const QString insert = QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, "
                                          "position, raw, normalized) VALUES (?, ?, ?, ?, ?)");
    for (int i = 1; i < record.phones.size(); ++i) {
        const PhoneEntry &phone = record.phones.at(i);
        if (!run(query, insert,
                 {record.id, QStringLiteral("phone"), i, phone.raw, nullIfEmpty(phone.e164)})) {
            return fail(query.lastError().text());
        }
    }
    for (int i = 1; i < record.emails.size(); ++i) {
        if (!run(query, insert,
                 {record.id, QStringLiteral("email"), i, record.emails.at(i),
                  record.emails.at(i)})) {
            return fail(query.lastError().text());
        }
    }
    return true;
}

qint64 CandidateRepository::create(const CandidateRecord &input, const QString &eventText)
{
    CandidateRecord record = normalized(input);
    if (const QStringList list = problems(record); !list.isEmpty()) {
        fail(list.join(u' '));
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.appliedAt.isValid()) {
        record.appliedAt = now;
    }
    if (!record.stageEnteredAt.isValid()) {
        record.stageEnteredAt = now;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const PhoneEntry mainPhone = record.phones.value(0);
    const QString mainEmail = record.emails.value(0);
    if (!run(query, QStringLiteral(R"sql(
INSERT INTO candidates (vacancy_id, stage_id, full_name, email, email_normalized, phone_e164,
                        phone_raw, source, rating, tags, consent, consent_at, notes,
                        rejection_reason, applied_at, stage_entered_at, board_rank, search_extra,
                        created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql"),
             {nullIfZero(record.vacancyId),
              nullIfZero(record.stageId),
              record.fullName,
              nullIfEmpty(mainEmail),
              nullIfEmpty(mainEmail),
              nullIfEmpty(mainPhone.e164),
              nullIfEmpty(mainPhone.raw),
              nullIfEmpty(record.source),
              record.rating,
              tagsJson(record.tags),
              consentKey(record.consent),
              nullIfEmpty(isoTime(record.consentAt)),
              nullIfEmpty(record.notes),
              nullIfEmpty(record.rejectionReason),
              isoTime(record.appliedAt),
              isoTime(record.stageEnteredAt),
              rankFor(record.stageEnteredAt),
              candidateSearchExtra(record.phones, record.emails.mid(1)),
              isoTime(now),
              isoTime(now)})) {
        fail(query.lastError().text());
        return 0;
    }
    record.id = query.lastInsertId().toLongLong();
    if (!writeContacts(record)) {
        return 0;
    }
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, to_stage_id, "
                            "text) VALUES (?, 'created', ?, ?, ?)"),
             {record.id, isoTime(now), nullIfZero(record.stageId),
              eventText.isEmpty() ? tr("Added by hand") : eventText})) {
        fail(query.lastError().text());
        return 0;
    }
    if (QString error; !platformpush::candidateCreated(db, record.id, &error)) {
        fail(error);
        return 0;
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return record.id;
}

bool CandidateRepository::update(const CandidateRecord &input)
{
    CandidateRecord record = normalized(input);
    if (const QStringList list = problems(record); !list.isEmpty()) {
        return fail(list.join(u' '));
    }
    const std::optional<CandidateRecord> stored = load(record.id);
    if (!stored) {
        return false;
    }
    if (stored->version != record.version) {
        return fail(tr("Someone changed this candidate after you opened the card. Reopen the "
                       "card to see their changes; your edits were not saved."));
    }
    // The timeline says which fields changed, in words a recruiter reads.
    QStringList changed;
    const auto note = [&changed](bool differs, const QString &field) {
        if (differs) {
            changed << field;
        }
    };
    note(stored->fullName != record.fullName, tr("name"));
    note(stored->phones != record.phones, tr("phones"));
    note(stored->emails != record.emails, tr("e-mails"));
    note(stored->source != record.source, tr("source"));
    note(stored->rating != record.rating, tr("rating"));
    note(stored->tags != record.tags, tr("tags"));
    note(stored->consent != record.consent || stored->consentAt != record.consentAt, tr("consent"));
    note(stored->notes != record.notes, tr("notes"));
    note(stored->vacancyId != record.vacancyId, tr("vacancy"));
    note(stored->appliedAt != record.appliedAt, tr("response date"));
    const bool stageChanged = stored->stageId != record.stageId;
    if (changed.isEmpty() && !stageChanged && stored->rejectionReason == record.rejectionReason) {
        m_lastError.clear();
        return true;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime entered = stageChanged ? now : stored->stageEnteredAt;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    switch (storeFields(record, entered,
                        stageChanged ? QVariant(rankFor(entered))
                                     : QVariant(QMetaType(QMetaType::Double)))) {
    case StoreResult::Stored:
        break;
    case StoreResult::ChangedMeanwhile:
        return fail(tr("Someone changed this candidate after you opened the card. Reopen the "
                       "card to see their changes; your edits were not saved."));
    case StoreResult::Failed:
        return false;
    }

    if (!changed.isEmpty() &&
        !run(
            query,
            QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                           "VALUES (?, 'edit', ?, ?)"),
            {record.id, isoTime(now), tr("Changed: %1").arg(changed.join(QStringLiteral(", ")))})) {
        return fail(query.lastError().text());
    }
    if (stageChanged &&
        !run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, from_stage_id, "
                            "to_stage_id, text) VALUES (?, 'stage_move', ?, ?, ?, ?)"),
             {record.id, isoTime(now), nullIfZero(stored->stageId), nullIfZero(record.stageId),
              nullIfEmpty(record.rejectionReason)})) {
        return fail(query.lastError().text());
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

std::optional<QList<StageMove>> CandidateRepository::moveToStage(const QList<qint64> &ids,
                                                                 qint64 toStageId,
                                                                 const QString &rejectionReason)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT vacancy_id, kind FROM pipeline_stages WHERE id = ?"),
             {toStageId}) ||
        !query.next()) {
        fail(query.lastError().isValid() ? query.lastError().text()
                                         : tr("The stage no longer exists."));
        return std::nullopt;
    }
    const qint64 toVacancyId = query.value(0).toLongLong();
    const bool rejected =
        pipelineStageKindFromKey(query.value(1).toString()) == PipelineStage::Kind::Rejected;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(db);
    QList<StageMove> moves;
    for (const qint64 id : ids) {
        if (!run(query,
                 QStringLiteral("SELECT vacancy_id, stage_id, stage_entered_at, board_rank, "
                                "rejection_reason FROM candidates WHERE id = ? AND deleted = 0"),
                 {id})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        if (!query.next()) {
            fail(tr("One of the candidates no longer exists; nothing was moved."));
            return std::nullopt;
        }
        StageMove move;
        move.candidateId = id;
        move.fromVacancyId = query.value(0).toLongLong();
        move.fromStageId = query.value(1).toLongLong();
        move.toStageId = toStageId;
        move.fromEnteredAt = query.value(2).toString();
        move.fromRank = query.value(3).toDouble();
        move.fromRejectionReason = query.value(4).toString();
        if (move.fromStageId == toStageId) {
            continue;
        }
        const QString reason = rejected ? rejectionReason.trimmed() : QString();
        if (!run(query, QStringLiteral(R"sql(
UPDATE candidates
   SET vacancy_id = ?, stage_id = ?, stage_entered_at = ?, board_rank = ?,
       rejection_reason = ?, version = version + 1, updated_at = ?
 WHERE id = ?)sql"),
                 {toVacancyId, toStageId, isoTime(now), rankFor(now), nullIfEmpty(reason),
                  isoTime(now), id}) ||
            !run(
                query,
                QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, "
                               "from_stage_id, to_stage_id, text) "
                               "VALUES (?, 'stage_move', ?, ?, ?, ?)"),
                {id, isoTime(now), nullIfZero(move.fromStageId), toStageId, nullIfEmpty(reason)})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        move.eventId = query.lastInsertId().toLongLong();
        if (!pushChange(id, platformpush::candidateMoveFields())) {
            return std::nullopt;
        }
        moves.append(move);
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return std::nullopt;
    }
    m_lastError.clear();
    return moves;
}

bool CandidateRepository::undoMoves(const QList<StageMove> &moves)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    // Backwards, so that moving one card twice unwinds to where it started.
    for (auto move = moves.crbegin(); move != moves.crend(); ++move) {
        if (!run(query, QStringLiteral(R"sql(
UPDATE candidates
   SET vacancy_id = ?, stage_id = ?, stage_entered_at = ?, board_rank = ?,
       rejection_reason = ?, version = version + 1, updated_at = ?
 WHERE id = ?)sql"),
                 {nullIfZero(move->fromVacancyId), nullIfZero(move->fromStageId),
                  nullIfEmpty(move->fromEnteredAt), move->fromRank,
                  nullIfEmpty(move->fromRejectionReason), now, move->candidateId}) ||
            !run(query, QStringLiteral("DELETE FROM candidate_events WHERE id = ?"),
                 {move->eventId})) {
            return fail(query.lastError().text());
        }
        if (!pushChange(move->candidateId, platformpush::candidateMoveFields())) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

std::optional<double> CandidateRepository::placeBetween(qint64 id, qint64 aboveId, qint64 belowId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // Plain values rather than std::optional<double>: GCC 12 warns about the latter here.
    const auto rankOf = [&query](qint64 candidateId, double *rank) {
        if (!run(query, QStringLiteral("SELECT board_rank FROM candidates WHERE id = ?"),
                 {candidateId}) ||
            !query.next()) {
            return false;
        }
        *rank = query.value(0).toDouble();
        return true;
    };
    double previous = 0;
    double above = 0;
    double below = 0;
    const bool hasAbove = aboveId != 0;
    const bool hasBelow = belowId != 0;
    if (!rankOf(id, &previous) || (hasAbove && !rankOf(aboveId, &above)) ||
        (hasBelow && !rankOf(belowId, &below))) {
        fail(tr("The card or its neighbours no longer exist."));
        return std::nullopt;
    }
    double rank = previous;
    if (hasAbove && hasBelow) {
        rank = (above + below) / 2;
        // Ranks are doubles, so halving leaves room for about fifty drops between the same
        // two cards; when it runs out the card takes its upper neighbour's rank (ties are
        // ordered by id), which keeps every rank valid.
        if (rank <= above || rank >= below) {
            rank = above;
        }
    } else if (hasAbove) {
        rank = above + 1;
    } else if (hasBelow) {
        rank = below - 1;
    }
    if (!setRank(id, rank)) {
        return std::nullopt;
    }
    return previous;
}

bool CandidateRepository::setRank(qint64 id, double rank)
{
    // A savepoint, not a Transaction: the board calls this inside its own transaction as well
    // as alone, and the rank and its outbox row must land together either way.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SAVEPOINT set_rank"))) {
        return fail(query.lastError().text());
    }
    if (!run(query, QStringLiteral("UPDATE candidates SET board_rank = ? WHERE id = ?"),
             {rank, id}) ||
        !pushChange(id, {QStringLiteral("board_rank")})) {
        const QString error = query.lastError().isValid() ? query.lastError().text() : lastError();
        run(query, QStringLiteral("ROLLBACK TO set_rank"));
        run(query, QStringLiteral("RELEASE set_rank"));
        return fail(error);
    }
    if (!run(query, QStringLiteral("RELEASE set_rank"))) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool CandidateRepository::setDeleted(const QList<qint64> &ids, bool deleted)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    for (const qint64 id : ids) {
        if (!run(query,
                 QStringLiteral("UPDATE candidates SET deleted = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ? AND deleted <> ?"),
                 {deleted ? 1 : 0, now, id, deleted ? 1 : 0})) {
            return fail(query.lastError().text());
        }
        QString error;
        if (query.numRowsAffected() == 1 &&
            !(deleted ? platformpush::candidateDeleted(db, id, &error)
                      : platformpush::candidateRestored(db, id, &error))) {
            return fail(error);
        }
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

std::optional<QList<qint64>> CandidateRepository::addTag(const QList<qint64> &ids,
                                                         const QString &tag)
{
    const QString clean = tag.simplified();
    if (clean.isEmpty()) {
        fail(tr("The tag is empty."));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QList<qint64> tagged;
    for (const qint64 id : ids) {
        if (!run(query, QStringLiteral("SELECT tags FROM candidates WHERE id = ?"), {id})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        if (!query.next()) {
            continue;
        }
        QStringList tags = tagsFromJson(query.value(0));
        if (tags.contains(clean, Qt::CaseInsensitive)) {
            continue;
        }
        tags << clean;
        if (!run(query,
                 QStringLiteral("UPDATE candidates SET tags = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ?"),
                 {tagsJson(tags), now, id}) ||
            !run(query,
                 QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                                "VALUES (?, 'edit', ?, ?)"),
                 {id, now, tr("Tag added: %1").arg(clean)})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        if (!pushChange(id, {QStringLiteral("tags")})) {
            return std::nullopt;
        }
        tagged << id;
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return std::nullopt;
    }
    m_lastError.clear();
    return tagged;
}

bool CandidateRepository::removeTag(const QList<qint64> &ids, const QString &tag)
{
    const QString clean = tag.simplified();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    for (const qint64 id : ids) {
        if (!run(query, QStringLiteral("SELECT tags FROM candidates WHERE id = ?"), {id})) {
            return fail(query.lastError().text());
        }
        if (!query.next()) {
            continue;
        }
        QStringList tags = tagsFromJson(query.value(0));
        if (tags.removeIf([&clean](const QString &t) {
                return t.compare(clean, Qt::CaseInsensitive) == 0;
            }) == 0) {
            continue;
        }
        if (!run(query,
                 QStringLiteral("UPDATE candidates SET tags = ?, version = version + 1, "
                                "updated_at = ? WHERE id = ?"),
                 {tagsJson(tags), now, id}) ||
            !run(query,
                 QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                                "VALUES (?, 'edit', ?, ?)"),
                 {id, now, tr("Tag removed: %1").arg(clean)})) {
            return fail(query.lastError().text());
        }
        if (!pushChange(id, {QStringLiteral("tags")})) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

qint64 CandidateRepository::addNote(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        fail(tr("The note is empty."));
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                            "VALUES (?, 'note', ?, ?)"),
             {id, isoTime(QDateTime::currentDateTimeUtc()), text.trimmed()})) {
        fail(query.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return query.lastInsertId().toLongLong();
}

QList<CandidateEvent> CandidateRepository::timeline(qint64 id) const
{
    QList<CandidateEvent> events;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral(R"sql(
SELECT e.id, e.candidate_id, e.kind, e.at, e.author, e.from_stage_id, e.to_stage_id,
       f.name, t.name, e.text, e.payload
  FROM candidate_events e
  LEFT JOIN pipeline_stages f ON f.id = e.from_stage_id
  LEFT JOIN pipeline_stages t ON t.id = e.to_stage_id
 WHERE e.candidate_id = ?
 ORDER BY e.at DESC, e.id DESC)sql"),
             {id})) {
        fail(query.lastError().text());
        return events;
    }
    while (query.next()) {
        CandidateEvent event;
        event.id = query.value(0).toLongLong();
        event.candidateId = query.value(1).toLongLong();
        event.kind = candidateEventKindFromKey(query.value(2).toString());
        event.at = fromIso(query.value(3));
        event.author = query.value(4).toString();
        event.fromStageId = query.value(5).toLongLong();
        event.toStageId = query.value(6).toLongLong();
        event.fromStageName = query.value(7).toString();
        event.toStageName = query.value(8).toString();
        event.text = query.value(9).toString();
        event.payload = query.value(10).toString();
        events.append(event);
    }
    m_lastError.clear();
    return events;
}

QList<DuplicateMatch> CandidateRepository::findDuplicates(const CandidateRecord &input,
                                                          int limit) const
{
    const CandidateRecord record = normalized(input);
    QList<DuplicateMatch> matches;
    QSet<qint64> seen{record.id};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto collect = [&](const QString &sql, const QVariantList &binds,
                             DuplicateMatch::Reason reason, const QString &value) {
        if (!run(query, sql, binds)) {
            fail(query.lastError().text());
            return;
        }
        while (query.next() && matches.size() < limit) {
            const qint64 id = query.value(0).toLongLong();
            if (seen.contains(id)) {
                continue;
            }
            seen.insert(id);
            matches.append({id, query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), reason, value});
        }
    };
    // Matches on the main columns and on the extra contacts, live candidates only.
    const QString select = QStringLiteral(R"sql(
SELECT c.id, c.full_name, v.title, s.name, c.search_extra
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE c.deleted = 0 AND c.merged_into_id IS NULL AND )sql");
    for (const PhoneEntry &phone : record.phones) {
        if (phone.isValid()) {
            collect(select + QStringLiteral("(c.phone_e164 = ? OR c.id IN (SELECT candidate_id "
                                            "FROM candidate_contacts WHERE kind = 'phone' AND "
                                            "normalized = ?)) ORDER BY c.id LIMIT ?"),
                    {phone.e164, phone.e164, limit}, DuplicateMatch::Reason::Phone, phone.e164);
        }
    }
    for (const QString &email : record.emails) {
        collect(select + QStringLiteral("(c.email_normalized = ? OR c.id IN (SELECT candidate_id "
                                        "FROM candidate_contacts WHERE kind = 'email' AND "
                                        "normalized = ?)) ORDER BY c.id LIMIT ?"),
                {email, email, limit}, DuplicateMatch::Reason::Email, email);
    }
    // Same name and the same last digits of a number: a new number or a typo in the old one.
    // The index holds the last four digits of every valid number as a token, so the lookup is
    // a full-text match. The index does not say which column matched, so the name is then
    // compared in full, case-insensitively (SQLite's NOCASE folds ASCII only, and these names
    // are mostly Cyrillic), and the tail must be one of the phone forms of search_extra.
    const QStringList nameWords = record.fullName.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const PhoneEntry &phone : record.phones) {
        const QString tail = lastFourDigits(phone.isValid() ? phone.e164 : QString());
        if (tail.isEmpty() || nameWords.isEmpty() || matches.size() >= limit) {
            continue;
        }
        QStringList terms;
        for (const QString &word : nameWords) {
            terms << QStringLiteral("\"%1\"").arg(QString(word).replace(u'"', u' '));
        }
        terms << QStringLiteral("\"%1\"").arg(tail);
        if (!run(query,
                 select + QStringLiteral("c.id IN (SELECT rowid FROM candidates_fts WHERE "
                                         "candidates_fts MATCH ?) ORDER BY c.id LIMIT ?"),
                 {terms.join(QStringLiteral(" AND ")), limit * 4})) {
            fail(query.lastError().text());
            continue;
        }
        while (query.next() && matches.size() < limit) {
            const qint64 id = query.value(0).toLongLong();
            if (seen.contains(id) ||
                query.value(1).toString().simplified().compare(record.fullName,
                                                               Qt::CaseInsensitive) != 0 ||
                !query.value(4).toString().split(u' ').contains(tail)) {
                continue;
            }
            seen.insert(id);
            matches.append({id, query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), DuplicateMatch::Reason::NameAndPhoneTail,
                            tail});
        }
    }
    return matches;
}

} // namespace bbd
