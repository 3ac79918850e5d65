// What each platform resource's record is in its local table: the columns and how each is read
// from the record (kinds, enumerations, fallbacks, references resolved through remote_id,
// computed values such as a candidate's E.164 phone and search text), and the rows of other
// tables a record carries (a vacancy's stages, a candidate's contacts, an assignment's stages,
// a channel's contacts). PlatformResources.cpp applies them.
#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/PlatformRecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace bbd::platform {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(u' ');
}

QString tableOf(const QString &resource)
{
    return resource;
}

QVariant textOrNull(const QJsonValue &value)
{
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool plausibleE164(const QString &text)
{
    if (text.size() < 8 || text.size() > 16 || !text.startsWith(u'+')) {
        return false;
    }
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

QVariant columnValue(Apply &apply, const Column &column, const QJsonObject &record, bool *failed)
{
    if (column.compute) {
        return column.compute(apply, record);
    }
    const QJsonValue value = record.value(column.field);
    if (!column.refResource.isEmpty()) {
        const qint64 id = apply.resolve(column.refResource, value.toString(), column.ref);
        *failed = id < 0;
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    if (value.isNull() || value.isUndefined()) {
        return column.fallback;
    }
    switch (column.kind) {
    case Kind::Text:
        return value.isString() ? QVariant(value.toString()) : column.fallback;
    case Kind::Int:
        return value.isDouble() ? QVariant(value.toInteger()) : column.fallback;
    case Kind::Real:
        return value.isDouble() ? QVariant(value.toDouble()) : column.fallback;
    case Kind::Bool:
        return value.isBool() ? QVariant(value.toBool() ? 1 : 0) : column.fallback;
    case Kind::Json:
        return value.isArray() || value.isObject() ? QVariant(jsonText(value)) : column.fallback;
    case Kind::Enum:
        return column.values.contains(value.toString()) ? QVariant(value.toString())
                                                        : column.fallback;
    }
    return column.fallback;
}

namespace {

Column text(const char *name, QVariant fallback = QVariant(QMetaType(QMetaType::QString)))
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Text, fallback};
}

Column integer(const char *name, QVariant fallback)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Int, fallback};
}

Column real(const char *name, QVariant fallback)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Real, fallback};
}

Column boolean(const char *name)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Bool, 0};
}

Column json(const char *name, const char *fallback)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Json,
            QString::fromLatin1(fallback)};
}

Column enumeration(const char *name, const char *values, QVariant fallback)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), Kind::Enum, fallback,
            words(values)};
}

Column ref(const char *name, const char *resource, Ref mode)
{
    Column column{QString::fromLatin1(name), QString::fromLatin1(name)};
    column.refResource = QString::fromLatin1(resource);
    column.ref = mode;
    return column;
}

Column computed(const char *name, std::function<QVariant(Apply &, const QJsonObject &)> compute)
{
    Column column{QString::fromLatin1(name), QString()};
    column.compute = std::move(compute);
    return column;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// The main phone of a person record: E.164 through PhoneNumbers when the server's is missing.
Column phoneE164()
{
    return computed("phone_e164", [](Apply &apply, const QJsonObject &record) {
        const QString e164 = apply.normalizedPhone(record.value(u"phone_raw").toString(),
                                                   record.value(u"phone_e164").toString());
        return e164.isEmpty() ? nullText() : QVariant(e164);
    });
}

Column phoneRaw()
{
    return computed("phone_raw", [](Apply &, const QJsonObject &record) {
        const QString raw = record.value(u"phone_raw").toString();
        return !raw.isEmpty() ? QVariant(raw) : textOrNull(record.value(u"phone_e164"));
    });
}

bool replaceVacancyStages(Apply &apply, qint64 vacancyId, const QJsonObject &record, bool)
{
    PlatformResources::Impl &d = apply.d;
    QSet<QString> kept;
    const QJsonArray stages = record.value(u"stages").toArray();
    for (const QJsonValue &value : stages) {
        const QJsonObject stage = value.toObject();
        const QString remoteId = stage.value(u"id").toString();
        if (remoteId.isEmpty()) {
            continue; // the server gives every stage an id; one without is not addressable
        }
        kept.insert(remoteId);
        const QString kind = stage.value(u"kind").toString();
        const QVariantList values{
            vacancyId,
            stage.value(u"position").toInt(),
            stage.value(u"name").toString(),
            words("normal hired rejected").contains(kind) ? kind : QStringLiteral("normal"),
            stage.value(u"stuck_after_days").toInt() > 0
                ? QVariant(stage.value(u"stuck_after_days").toInt())
                : QVariant(QMetaType(QMetaType::Int)),
            stage.value(u"folded").toBool() ? 1 : 0,
            record.value(u"version").toInt(),
            remoteId};
        SqliteStatement *q = nullptr;
        if (!d.exec(QStringLiteral("UPDATE pipeline_stages SET vacancy_id = ?, position = ?, "
                                   "name = ?, kind = ?, stuck_after_days = ?, folded = ?, "
                                   "remote_version = ? WHERE remote_id = ?"),
                    values, &q)) {
            return false;
        }
        const int changed = q->numRowsAffected();
        q->finish();
        if (changed == 0 &&
            !d.exec(QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name, "
                                   "kind, stuck_after_days, folded, remote_version, remote_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    values)) {
            return false;
        }
    }
    // Stages the server dropped go; local ones never sent (no remote_id) stay.
    SqliteStatement *q = nullptr;
    if (!d.exec(QStringLiteral("SELECT id, remote_id FROM pipeline_stages WHERE vacancy_id = ? "
                               "AND remote_id IS NOT NULL"),
                {vacancyId}, &q)) {
        return false;
    }
    QList<qint64> gone;
    while (q->next()) {
        if (!kept.contains(q->value(1).toString())) {
            gone.append(q->value(0).toLongLong());
        }
    }
    q->finish();
    for (const qint64 id : gone) {
        if (!d.exec(QStringLiteral("DELETE FROM pipeline_stages WHERE id = ?"), {id})) {
            return false;
        }
    }
    d.refCache.remove(QStringLiteral("pipeline_stages"));
    return true;
}

void prepareCandidate(Apply &apply, const QJsonObject &record)
{
    apply.allPhones.clear();
    apply.extraEmails.clear();
    apply.contactRows.clear();
    apply.contactNormalized.clear();
    const QString raw = record.value(u"phone_raw").toString();
    const QString given = record.value(u"phone_e164").toString();
    apply.mainPhone = {raw.isEmpty() ? given : raw, apply.normalizedPhone(raw, given)};
    if (!apply.mainPhone.raw.isEmpty()) {
        apply.allPhones.append(apply.mainPhone);
    }
    for (const QJsonValue &value : record.value(u"contacts").toArray()) {
        const QJsonObject contact = value.toObject();
        const QString kind = contact.value(u"kind").toString();
        const QString contactRaw = contact.value(u"raw").toString().trimmed();
        if (contactRaw.isEmpty() || (kind != u"phone" && kind != u"email")) {
            continue;
        }
        QString normalized;
        if (kind == u"phone") {
            normalized = apply.normalizedPhone(contactRaw, contact.value(u"normalized").toString());
            apply.allPhones.append({contactRaw, normalized});
        } else {
            normalized = CandidateRepository::normalizeEmail(contactRaw);
            apply.extraEmails.append(normalized);
        }
        apply.contactRows.append({kind, contactRaw});
        apply.contactNormalized.append(normalized);
    }
}

bool replaceCandidateContacts(Apply &apply, qint64 id, const QJsonObject &, bool inserted)
{
    PlatformResources::Impl &d = apply.d;
    if (!inserted &&
        !d.exec(QStringLiteral("DELETE FROM candidate_contacts WHERE candidate_id = ?"), {id})) {
        return false;
    }
    int phones = 0;
    int emails = 0;
    for (qsizetype i = 0; i < apply.contactRows.size(); ++i) {
        const bool phone = apply.contactRows.at(i).first == u"phone";
        if (!d.exec(QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, "
                                   "position, raw, normalized) VALUES (?, ?, ?, ?, ?)"),
                    {id, apply.contactRows.at(i).first, phone ? ++phones : ++emails,
                     apply.contactRows.at(i).second,
                     sql::nullIfEmpty(apply.contactNormalized.at(i))})) {
            return false;
        }
    }
    return true;
}

bool replaceAssignmentStages(Apply &apply, qint64 id, const QJsonObject &record, bool inserted)
{
    PlatformResources::Impl &d = apply.d;
    if (!inserted &&
        !d.exec(QStringLiteral("DELETE FROM assignment_stages WHERE assignment_id = ?"), {id})) {
        return false;
    }
    for (const QJsonValue &value : record.value(u"stages").toArray()) {
        const QJsonObject stage = value.toObject();
        const qint64 stageId = apply.resolve(QStringLiteral("scenario_stages"),
                                             stage.value(u"stage_id").toString(), Ref::Optional);
        if (stageId < 0) {
            return false;
        }
        if (stageId == 0 || stage.value(u"due_date").toString().isEmpty()) {
            continue; // waited for: the record is parked and applied again
        }
        const QString status = stage.value(u"status").toString();
        if (!d.exec(QStringLiteral("INSERT OR IGNORE INTO assignment_stages (assignment_id, "
                                   "stage_id, due_date, status, done_at, meeting_url, result) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, stageId, stage.value(u"due_date").toString(),
                     words("pending in_progress done skipped").contains(status)
                         ? status
                         : QStringLiteral("pending"),
                     textOrNull(stage.value(u"done_at")), textOrNull(stage.value(u"meeting_url")),
                     textOrNull(stage.value(u"result"))})) {
            return false;
        }
    }
    return true;
}

bool replaceChannelContacts(Apply &apply, qint64 id, const QJsonObject &record, bool inserted)
{
    PlatformResources::Impl &d = apply.d;
    if (!inserted &&
        !d.exec(QStringLiteral("DELETE FROM channel_contacts WHERE channel_id = ?"), {id})) {
        return false;
    }
    for (const QJsonValue &value : record.value(u"contact_ids").toArray()) {
        const qint64 contactId =
            apply.resolve(QStringLiteral("contacts"), value.toString(), Ref::Optional);
        if (contactId < 0) {
            return false;
        }
        if (contactId > 0 &&
            !d.exec(QStringLiteral("INSERT OR IGNORE INTO channel_contacts (channel_id, "
                                   "contact_id) VALUES (?, ?)"),
                    {id, contactId})) {
            return false;
        }
    }
    return true;
}

// A fallback contact's further phones and e-mails (schema 18). A record without the field
// comes from a platform that does not know it yet: what is stored stays.
bool replaceContactPoints(Apply &apply, qint64 id, const QJsonObject &record, bool inserted)
{
    if (!record.contains(u"contacts")) {
        return true;
    }
    PlatformResources::Impl &d = apply.d;
    if (!inserted &&
        !d.exec(QStringLiteral("DELETE FROM contact_points WHERE contact_id = ?"), {id})) {
        return false;
    }
    int phones = 0;
    int emails = 0;
    for (const QJsonValue &value : record.value(u"contacts").toArray()) {
        const QJsonObject point = value.toObject();
        const QString kind = point.value(u"kind").toString();
        const QString raw = point.value(u"raw").toString().trimmed();
        if (raw.isEmpty() || (kind != u"phone" && kind != u"email")) {
            continue;
        }
        const bool phone = kind == u"phone";
        if (!d.exec(QStringLiteral("INSERT INTO contact_points (contact_id, kind, position, raw, "
                                   "normalized) VALUES (?, ?, ?, ?, ?)"),
                    {id, kind, phone ? ++phones : ++emails, raw,
                     sql::nullIfEmpty(
                         phone ? apply.normalizedPhone(raw, point.value(u"normalized").toString())
                               : raw.toLower())})) {
            return false;
        }
    }
    return true;
}

} // namespace

QList<Spec> buildSpecs()
{
    QList<Spec> specs;
    specs.append({QStringLiteral("employees"),
                  QStringLiteral("employees"),
                  QStringLiteral("employee"),
                  true,
                  true,
                  true,
                  false,
                  {text("first_name", QString()), text("last_name", QString()), text("email"),
                   phoneE164(), phoneRaw(), text("job_title"), text("department"),
                   ref("manager_id", "employees", Ref::Loose), text("start_date"),
                   ref("candidate_id", "candidates", Ref::Optional)}});
    specs.append({QStringLiteral("vacancies"),
                  QStringLiteral("vacancies"),
                  QStringLiteral("vacancy"),
                  true,
                  true,
                  true,
                  false,
                  {text("title", QString()), text("department"),
                   enumeration("status", "draft open paused closed", QStringLiteral("open")),
                   text("description"), text("opened_at"), text("closed_at")},
                  replaceVacancyStages});
    Spec candidates{
        QStringLiteral("candidates"),
        QStringLiteral("candidates"),
        QStringLiteral("candidate"),
        true,
        true,
        true,
        true,
        {ref("vacancy_id", "vacancies", Ref::Optional),
         ref("stage_id", "pipeline_stages", Ref::Optional),
         text("full_name", QString()),
         text("email"),
         computed("email_normalized",
                  [](Apply &, const QJsonObject &record) {
                      const QString email = record.value(u"email").toString();
                      return email.isEmpty() ? nullText()
                                             : QVariant(CandidateRepository::normalizeEmail(email));
                  }),
         computed("phone_e164",
                  [](Apply &apply, const QJsonObject &) {
                      return sql::nullIfEmpty(apply.mainPhone.e164);
                  }),
         computed("phone_raw",
                  [](Apply &apply, const QJsonObject &) {
                      return sql::nullIfEmpty(apply.mainPhone.raw);
                  }),
         text("source"),
         computed("rating",
                  [](Apply &, const QJsonObject &record) {
                      return std::clamp(record.value(u"rating").toInt(), 0, 5);
                  }),
         json("tags", "[]"),
         enumeration("consent", "not_asked asked given refused", QStringLiteral("not_asked")),
         text("consent_at"),
         text("notes"),
         text("applied_at"),
         text("stage_entered_at"),
         computed("board_rank",
                  [](Apply &, const QJsonObject &record) {
                      const QJsonValue rank = record.value(u"board_rank");
                      if (rank.isDouble()) {
                          return QVariant(rank.toDouble());
                      }
                      QDateTime entered = QDateTime::fromString(
                          record.value(u"stage_entered_at").toString(), Qt::ISODate);
                      if (!entered.isValid()) {
                          entered = QDateTime::currentDateTimeUtc();
                      }
                      return QVariant(CandidateRepository::rankFor(entered));
                  }),
         computed("search_extra",
                  [](Apply &apply, const QJsonObject &) {
                      return QVariant(candidateSearchExtra(apply.allPhones, apply.extraEmails));
                  }),
         ref("merged_into_id", "candidates", Ref::Optional),
         text("rejection_reason"),
         text("anonymized_at")},
        replaceCandidateContacts,
        prepareCandidate};
    specs.append(candidates);
    specs.append(
        {QStringLiteral("candidate_events"),
         QStringLiteral("candidate_events"),
         QStringLiteral("candidate_event"),
         false,
         false,
         false,
         false,
         {ref("candidate_id", "candidates", Ref::Required),
          enumeration("kind",
                      "created stage_move note message import merge edit "
                      "attachment",
                      QStringLiteral("note")),
          text("at", sql::nowUtc()), text("author"),
          ref("from_stage_id", "pipeline_stages", Ref::Loose),
          ref("to_stage_id", "pipeline_stages", Ref::Loose), text("text"), json("payload", "")}});
    specs.last().columns.last().fallback = nullText();
    specs.append(
        {QStringLiteral("message_templates"),
         QStringLiteral("message_templates"),
         QStringLiteral("message_template"),
         true,
         true,
         true,
         false,
         {text("name", QString()), enumeration("channel", "email sms", QStringLiteral("email")),
          text("subject"), text("body", QString()), text("signature")}});
    specs.append(
        {QStringLiteral("scenarios"),
         QStringLiteral("scenarios"),
         QStringLiteral("scenario"),
         true,
         true,
         true,
         false,
         {text("name", QString()), text("description"), integer("revision", 1),
          ref("previous_revision_id", "scenarios", Ref::Optional), boolean("is_template")}});
    specs.append(
        {QStringLiteral("scenario_stages"),
         QStringLiteral("scenario_stages"),
         QStringLiteral("scenario_stage"),
         false,
         false,
         false,
         false,
         {ref("scenario_id", "scenarios", Ref::Required), text("title", QString()),
          enumeration("kind", "meeting training one_on_one document task survey custom",
                      QStringLiteral("custom")),
          enumeration("timing_unit", "day week month", QStringLiteral("day")),
          integer("timing_offset", 1),
          enumeration("recurrence", "none weekly biweekly", QStringLiteral("none")),
          integer("duration_minutes", 0),
          enumeration("owner_role", "hr_manager manager mentor new_hire", nullText()),
          json("participants", "[]"), text("description"), json("actions", "[]"),
          real("pos_x", 0.0), real("pos_y", 0.0)},
         {},
         {},
         // A stage a running assignment still points at stays (assignment_stages RESTRICT).
         [](Apply &apply, qint64 id) {
             SqliteStatement *q = nullptr;
             if (!apply.d.exec(
                     QStringLiteral("SELECT 1 FROM assignment_stages WHERE stage_id = ? LIMIT 1"),
                     {id}, &q)) {
                 return false;
             }
             const bool used = q->next();
             q->finish();
             return !used;
         }});
    specs.append({QStringLiteral("scenario_links"),
                  QStringLiteral("scenario_links"),
                  QStringLiteral("scenario_link"),
                  false,
                  false,
                  false,
                  false,
                  {ref("scenario_id", "scenarios", Ref::Required),
                   ref("from_stage_id", "scenario_stages", Ref::Required),
                   ref("to_stage_id", "scenario_stages", Ref::Required)}});
    specs.append({QStringLiteral("assignments"),
                  QStringLiteral("assignments"),
                  QStringLiteral("assignment"),
                  false,
                  true,
                  true,
                  true,
                  {ref("employee_id", "employees", Ref::Required),
                   ref("scenario_id", "scenarios", Ref::Required), text("start_date", QString()),
                   enumeration("status", "active completed cancelled", QStringLiteral("active"))},
                  replaceAssignmentStages});
    specs.append({QStringLiteral("kb_articles"),
                  QStringLiteral("kb_articles"),
                  QStringLiteral("kb_article"),
                  true,
                  true,
                  true,
                  false,
                  {text("title", QString()), text("body", QString()), json("tags", "[]"),
                   text("department"), text("author"), text("language", QStringLiteral("ru"))}});
    specs.append(
        {QStringLiteral("contacts"),
         QStringLiteral("contacts"),
         QStringLiteral("contact"),
         true,
         true,
         true,
         false,
         {text("full_name", QString()), text("role"), text("email"), phoneE164(), phoneRaw(),
          text("slack_handle"), integer("escalation_order", 0), text("notes")}});
    specs.last().children = replaceContactPoints;
    specs.append(
        {QStringLiteral("channels"),
         QStringLiteral("channels"),
         QStringLiteral("channel"),
         true,
         true,
         true,
         false,
         {enumeration("kind", "email slack phone meeting chatbot", QStringLiteral("email")),
          text("name", QString()), text("address"), text("purpose"), text("when_to_use"),
          boolean("confidential_allowed"), integer("priority", 0)},
         replaceChannelContacts});
    return specs;
}

// The collection paths of a resource's writes ("/api/v1/users" creates employees too).
bool pathOfResource(const QString &path, const QString &resource)
{
    const auto matches = [&path](const QString &collection) {
        return path == collection ||
               (path.startsWith(collection) && path.at(collection.size()) == u'/');
    };
    return matches(QStringLiteral("/api/v1/") + resource) ||
           (resource == u"employees" && matches(QStringLiteral("/api/v1/users")));
}

} // namespace bbd::platform
