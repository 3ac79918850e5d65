#include "app/integrations/HhResponsesImporter.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

using sql::nullIfEmpty;
using sql::nullIfZero;

void HhPullReport::add(const HhPullLine &line)
{
    switch (line.outcome) {
    case HhPullLine::Outcome::Imported:
        ++imported;
        break;
    case HhPullLine::Outcome::Duplicate:
        ++duplicates;
        break;
    case HhPullLine::Outcome::Rejected:
        ++rejected;
        break;
    }
    lines.append(line);
}

QString HhPullReport::summary() const
{
    QString text = tr("hh.ru responses: imported: %1, duplicates: %2, rejected: %3, pulled "
                      "before: %4.")
                       .arg(imported)
                       .arg(duplicates)
                       .arg(rejected)
                       .arg(alreadyPulled);
    if (!error.isEmpty()) {
        text += u' ' +
                tr("The pull stopped: %1 The pages before it are in; pull again to get the rest.")
                    .arg(error);
    }
    return text;
}

HhResponsesImporter::HhResponsesImporter(QSqlDatabase db, const PhoneNumbers &phones)
    : m_db(std::move(db))
    , m_phones(phones)
{}

bool HhResponsesImporter::prepare(QString *error)
{
    QString text;
    if (!m_index.load(m_db, &text)) {
        *error = tr("Cannot read the candidates: %1").arg(text);
        return false;
    }
    return true;
}

QSet<QString> HhResponsesImporter::alreadyPulled(const QStringList &responseIds,
                                                 QString *error) const
{
    QSet<QString> known;
    QSqlQuery query(m_db);
    for (const QString &id : responseIds) {
        if (!sql::run(query, QStringLiteral("SELECT 1 FROM hh_responses WHERE response_id = ?"),
                      {id})) {
            *error = query.lastError().text();
            return {};
        }
        if (query.next()) {
            known.insert(id);
        }
    }
    return known;
}

HhResponse HhResponsesImporter::read(const QJsonObject &negotiation, const QJsonObject &fullResume,
                                     const QString &hhVacancyId) const
{
    HhResponse response;
    response.responseId = negotiation.value(u"id").toString();
    response.hhVacancyId = hhVacancyId;
    // hh.ru writes "2026-02-02T10:00:00+0300"; Qt reads the offset without a colon too.
    response.createdAt =
        QDateTime::fromString(negotiation.value(u"created_at").toString(), Qt::ISODate);
    const QJsonObject shortResume = negotiation.value(u"resume").toObject();
    // The full resume has everything the short one has, and the contacts.
    const QJsonObject resume = fullResume.isEmpty() ? shortResume : fullResume;
    response.resumeId = resume.value(u"id").toString();
    response.resumeTitle = resume.value(u"title").toString().simplified();
    response.resumeLink = resume.value(u"alternate_url").toString();
    if (resume.isEmpty()) {
        response.reject = tr("The applicant deleted the resume or closed it to employers.");
        return response;
    }
    response.fullName =
        QStringList{resume.value(u"last_name").toString(), resume.value(u"first_name").toString(),
                    resume.value(u"middle_name").toString()}
            .join(u' ')
            .simplified();
    if (response.fullName.isEmpty()) {
        response.reject = tr("The resume shows no name.");
        return response;
    }
    QStringList warnings;
    QList<PhoneEntry> phones;
    QStringList emails;
    for (const QJsonValue &value : resume.value(u"contact").toArray()) {
        const QJsonObject contact = value.toObject();
        const QString type = contact.value(u"type").toObject().value(u"id").toString();
        const bool preferred = contact.value(u"preferred").toBool();
        if (type == u"email") {
            const QString raw = contact.value(u"value").toString();
            const QString email = CandidateRepository::normalizeEmail(raw);
            if (!CandidateRepository::isValidEmail(email)) {
                response.reject = tr("\"%1\" is not an e-mail address.").arg(raw);
                return response;
            }
            if (!emails.contains(email)) {
                preferred ? emails.prepend(email) : emails.append(email);
            }
            continue;
        }
        if (type != u"cell" && type != u"home" && type != u"work") {
            continue; // messengers, sites: not the ATS's contacts
        }
        const QJsonObject number = contact.value(u"value").toObject();
        QString raw = number.value(u"formatted").toString().trimmed();
        if (raw.isEmpty()) {
            raw = QStringLiteral("+") + number.value(u"country").toString() +
                  number.value(u"city").toString() + number.value(u"number").toString();
        }
        const QString e164 = m_phones.toE164(raw);
        if (e164.isEmpty()) {
            warnings << tr("Phone \"%1\" is kept as written: %2")
                            .arg(raw, PhoneNumbers::problemText(m_phones.parse(raw).problem));
        }
        const PhoneEntry entry{raw, e164};
        if (!phones.contains(entry)) {
            preferred ? phones.prepend(entry) : phones.append(entry);
        }
    }
    response.phones = phones;
    response.emails = emails;
    response.warning = warnings.join(u' ');
    return response;
}

qint64 HhResponsesImporter::firstStage(qint64 vacancyId, QString *error) const
{
    if (vacancyId == 0) {
        return 0;
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT id FROM pipeline_stages WHERE vacancy_id = ? ORDER BY "
                                 "position, id LIMIT 1"),
                  {vacancyId})) {
        *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool HhResponsesImporter::applyPage(const QList<HhResponse> &responses, qint64 vacancyId,
                                    const QDateTime &now, HhPullReport *report, QString *error)
{
    const qint64 stageId = firstStage(vacancyId, error);
    if (stageId < 0) {
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    const auto failed = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        m_index.rollback();
        return false;
    };
    const QString nowText = sql::isoUtc(now);
    QList<HhPullLine> lines;
    QSqlQuery query(m_db);
    for (const HhResponse &response : responses) {
        HhPullLine line{response.responseId, response.hhVacancyId, HhPullLine::Outcome::Rejected, 0,
                        response.reject};
        if (!response.reject.isEmpty()) {
            lines.append(line);
            continue; // not remembered: a resume opened again later is taken then
        }
        if (const DuplicateIndex::Match match = m_index.find(response.phones, response.emails);
            match.found()) {
            line.outcome = HhPullLine::Outcome::Duplicate;
            line.candidateId = match.candidateId;
            line.note = match.reason == DuplicateIndex::Reason::Phone
                            ? tr("Same phone %1").arg(match.value)
                            : tr("Same e-mail %1").arg(match.value);
        } else {
            const PhoneEntry mainPhone = response.phones.value(0);
            const QString mainEmail = response.emails.value(0);
            const QString applied =
                response.createdAt.isValid() ? sql::isoUtc(response.createdAt) : nowText;
            if (!sql::run(query, QStringLiteral(R"sql(
INSERT INTO candidates (vacancy_id, stage_id, full_name, email, email_normalized, phone_e164,
                        phone_raw, source, rating, tags, consent, applied_at, stage_entered_at,
                        board_rank, search_extra, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '[]', 'not_asked', ?, ?, ?, ?, ?, ?))sql"),
                          {nullIfZero(vacancyId), nullIfZero(stageId), response.fullName,
                           nullIfEmpty(mainEmail), nullIfEmpty(mainEmail),
                           nullIfEmpty(mainPhone.e164), nullIfEmpty(mainPhone.raw), source(),
                           applied, nowText, CandidateRepository::rankFor(now),
                           candidateSearchExtra(response.phones, response.emails.mid(1)), nowText,
                           nowText})) {
                return failed(query);
            }
            const qint64 id = query.lastInsertId().toLongLong();
            for (int i = 1; i < response.phones.size(); ++i) {
                const PhoneEntry &phone = response.phones.at(i);
                if (!sql::run(query,
                              QStringLiteral("INSERT INTO candidate_contacts (candidate_id, "
                                             "kind, position, raw, normalized) VALUES (?, "
                                             "'phone', ?, ?, ?)"),
                              {id, i, phone.raw, nullIfEmpty(phone.e164)})) {
                    return failed(query);
                }
            }
            for (int i = 1; i < response.emails.size(); ++i) {
                if (!sql::run(query,
                              QStringLiteral("INSERT INTO candidate_contacts (candidate_id, "
                                             "kind, position, raw, normalized) VALUES (?, "
                                             "'email', ?, ?, ?)"),
                              {id, i, response.emails.at(i), response.emails.at(i)})) {
                    return failed(query);
                }
            }
            const QJsonObject payload{{QStringLiteral("source"), source()},
                                      {QStringLiteral("hh_response_id"), response.responseId},
                                      {QStringLiteral("hh_resume_id"), response.resumeId},
                                      {QStringLiteral("hh_vacancy_id"), response.hhVacancyId},
                                      {QStringLiteral("resume_url"), response.resumeLink}};
            const QString text =
                response.resumeTitle.isEmpty()
                    ? tr("Responded on hh.ru (response %1)").arg(response.responseId)
                    : tr("Responded on hh.ru with the resume \"%1\" (response %2)")
                          .arg(response.resumeTitle, response.responseId);
            if (!sql::run(
                    query,
                    QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, "
                                   "to_stage_id, text, payload) VALUES (?, 'import', ?, ?, "
                                   "?, ?)"),
                    {id, nowText, nullIfZero(stageId), text,
                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})) {
                return failed(query);
            }
            m_index.add(id, response.phones, response.emails);
            line.outcome = HhPullLine::Outcome::Imported;
            line.candidateId = id;
            line.note = response.warning;
        }
        // OR IGNORE: the same response twice on one page (the list shifted while it was read)
        // is settled once.
        if (!sql::run(query,
                      QStringLiteral("INSERT OR IGNORE INTO hh_responses (response_id, "
                                     "resume_id, hh_vacancy_id, candidate_id, outcome, "
                                     "pulled_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {response.responseId, nullIfEmpty(response.resumeId), response.hhVacancyId,
                       line.candidateId,
                       line.outcome == HhPullLine::Outcome::Imported ? QStringLiteral("imported")
                                                                     : QStringLiteral("duplicate"),
                       nowText})) {
            return failed(query);
        }
        lines.append(line);
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        m_index.rollback();
        return false;
    }
    m_index.commit();
    for (const HhPullLine &line : std::as_const(lines)) {
        report->add(line);
    }
    ++report->pagesApplied;
    return true;
}

} // namespace bbd
