#include "app/sync/PlatformResources.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/SyncEngine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

namespace bbd {

namespace {

enum class Kind { Text, Int, Real, Bool, Json, Enum };

enum class Ref { None, Optional, Required, Loose };
// Loose: an optional reference that may name something outside the platform (the HR system's
// manager id of POST /users), stored empty when unknown and not waited for.

struct Apply;

struct Column
{
    QString column;
    QString field;
    Kind kind = Kind::Text;
    QVariant fallback = {};  // when the field is absent or null (NOT NULL columns)
    QStringList values = {}; // Enum: the allowed values; anything else is the fallback
    QString refResource = {};
    Ref ref = Ref::None;
    std::function<QVariant(Apply &, const QJsonObject &)> compute = {};
};

struct Spec
{
    QString resource;
    QString table;
    QString entity;
    bool hasDeleted = true;
    bool hasLocalVersion = true;
    bool hasUpdatedAt = true;
    bool hasCreatedAt = false;
    QList<Column> columns;
    // Rows of other tables the record carries (a vacancy's stages, a candidate's contacts).
    std::function<bool(Apply &, qint64 id, const QJsonObject &, bool inserted)> children = {};
    std::function<void(Apply &, const QJsonObject &)> prepare = {};
    // Removes the row for a tombstone where the table has no `deleted`; false = keep it.
    std::function<bool(Apply &, qint64 id)> canDelete = {};
    // Built once from the columns.
    QString insertSql = {};
    QString updateSql = {};
    QString lookupSql = {};
    // Their prepared statements, found once (the map lookup of a long SQL text per record
    // showed in profiles).
    mutable QSqlQuery *insertQuery = nullptr;
    mutable QSqlQuery *updateQuery = nullptr;
    mutable QSqlQuery *lookupQuery = nullptr;
};

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

} // namespace

struct PlatformResources::Impl
{
    QSqlDatabase db;
    const PhoneNumbers &phones;
    QList<Spec> specs;
    std::map<QString, std::unique_ptr<QSqlQuery>> queries; // prepared once, reused for every
                                                           // record of every page
    QHash<QString, QHash<QString, qint64>> refCache;       // per resource: remote id -> local id
    Counts counts;
    QString error;
    // The bulk path (beginBulk): its table, and whether a row that was there before it began
    // was changed or removed, which the full-text triggers it dropped did not see.
    QString bulkTable;
    std::unique_ptr<BulkLoad> bulkLoad;
    bool bulkOldRowsChanged = false;
    PlatformResources::BulkTimings bulkTimings;

    Impl(QSqlDatabase database, const PhoneNumbers &numbers)
        : db(std::move(database))
        , phones(numbers)
    {}

    QSqlQuery *query(const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            auto prepared = std::make_unique<QSqlQuery>(db);
            if (!prepared->prepare(sql)) {
                error = prepared->lastError().text();
                return nullptr;
            }
            it = queries.emplace(sql, std::move(prepared)).first;
        }
        return it->second.get();
    }

    bool exec(const QString &sql, const QVariantList &values, QSqlQuery **out = nullptr)
    {
        return exec(query(sql), values, out);
    }

    // `cached` is the statement's slot, filled on first use.
    bool exec(QSqlQuery *&cached, const QString &sql, const QVariantList &values,
              QSqlQuery **out = nullptr)
    {
        if (!cached) {
            cached = query(sql);
        }
        return exec(cached, values, out);
    }

    bool exec(QSqlQuery *q, const QVariantList &values, QSqlQuery **out)
    {
        if (!q) {
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            q->bindValue(int(i), values.at(i));
        }
        if (!q->exec()) {
            error = q->lastError().text();
            return false;
        }
        if (out) {
            *out = q;
        } else {
            q->finish();
        }
        return true;
    }

    // Called before a row of `table` is updated or deleted.
    void touching(const QString &table, qint64 id)
    {
        if (bulkLoad && table == bulkTable && id < bulkLoad->firstNewId()) {
            bulkOldRowsChanged = true;
        }
    }

    const Spec *spec(const QString &resource) const
    {
        for (const Spec &entry : specs) {
            if (entry.resource == resource) {
                return &entry;
            }
        }
        return nullptr;
    }
};

namespace {

// The state of one record being applied: its reference misses, scratch values.
struct Apply
{
    explicit Apply(PlatformResources::Impl &impl)
        : d(impl)
    {}

    PlatformResources::Impl &d;
    QString waitingFor; // resource of the first reference not resolved
    QString waitingId;
    bool missingRequired = false;
    // candidates: computed once per record, read by several columns
    PhoneEntry mainPhone;
    QList<PhoneEntry> allPhones;
    QStringList extraEmails;
    QList<std::pair<QString, QString>> contactRows; // kind, raw + normalized below
    QStringList contactNormalized;

    // Local id of `remoteId` in `resource`, 0 when not here (recorded as what the record
    // waits for unless `ref` is Loose).
    qint64 resolve(const QString &resource, const QString &remoteId, Ref ref)
    {
        if (remoteId.isEmpty()) {
            return 0;
        }
        QHash<QString, qint64> &cache = d.refCache[resource];
        if (const auto it = cache.constFind(remoteId); it != cache.cend()) {
            return it.value();
        }
        QSqlQuery *q = nullptr;
        if (!d.exec(QStringLiteral("SELECT id FROM %1 WHERE remote_id = ?").arg(tableOf(resource)),
                    {remoteId}, &q)) {
            return -1;
        }
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (id > 0) {
            cache.insert(remoteId, id);
        } else if (ref != Ref::Loose) {
            if (waitingFor.isEmpty()) {
                waitingFor = resource;
                waitingId = remoteId;
            }
            missingRequired = missingRequired || ref == Ref::Required;
        }
        return id;
    }

    QString normalizedPhone(const QString &raw, const QString &given) const
    {
        if (plausibleE164(given)) {
            return given; // the platform keeps phones in E.164 already: no 14 µs parse
        }
        return raw.isEmpty() ? QString() : d.phones.toE164(raw);
    }
};

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
        QSqlQuery *q = nullptr;
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
    QSqlQuery *q = nullptr;
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
             QSqlQuery *q = nullptr;
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

} // namespace

PlatformResources::PlatformResources(QSqlDatabase db, const PhoneNumbers &phones)
    : d(std::make_unique<Impl>(std::move(db), phones))
{
    d->specs = buildSpecs();
    for (Spec &spec : d->specs) {
        QStringList names;
        for (const Column &column : spec.columns) {
            names.append(column.column);
        }
        QString assignments =
            names.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?, remote_version = ?");
        if (spec.hasUpdatedAt) {
            assignments += QStringLiteral(", updated_at = ?");
        }
        if (spec.hasLocalVersion) {
            assignments += QStringLiteral(", version = version + 1");
        }
        if (spec.hasDeleted) {
            assignments += QStringLiteral(", deleted = 0");
        }
        spec.updateSql =
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, assignments);
        spec.lookupSql =
            QStringLiteral("SELECT id, remote_version FROM %1 WHERE remote_id = ?").arg(spec.table);
        names << QStringLiteral("remote_version");
        if (spec.hasUpdatedAt) {
            names << QStringLiteral("updated_at");
        }
        if (spec.hasCreatedAt) {
            names << QStringLiteral("created_at");
        }
        names << QStringLiteral("remote_id");
        spec.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                             .arg(spec.table, names.join(QStringLiteral(", ")),
                                  QStringLiteral(", ?").repeated(names.size() - 1));
    }
}

PlatformResources::~PlatformResources() = default;

QStringList PlatformResources::resourceNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Spec &spec : buildSpecs()) {
            list.append(spec.resource);
        }
        return list;
    }();
    return names;
}

QString PlatformResources::entityType(const QString &resource)
{
    for (const Spec &spec : buildSpecs()) {
        if (spec.resource == resource) {
            return spec.entity;
        }
    }
    return {};
}

PlatformResources::Counts PlatformResources::counts() const
{
    return d->counts;
}

void PlatformResources::resetCounts()
{
    d->counts = {};
}

int PlatformResources::parkedCount() const
{
    QSqlQuery query(d->db);
    return sql::run(query, QStringLiteral("SELECT count(*) FROM sync_parked")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

ResourcePuller::ApplyPage PlatformResources::applier(const QString &resource)
{
    return [this, resource](const QJsonArray &items, QString *error) {
        return applyPage(resource, items, error);
    };
}

namespace {

// The external-content full-text index kept in step with a table by triggers, if any.
QString fullTextOf(const QString &table)
{
    if (table == u"candidates") {
        return QStringLiteral("candidates_fts");
    }
    if (table == u"kb_articles") {
        return QStringLiteral("kb_fts");
    }
    return {};
}

} // namespace

bool PlatformResources::beginBulk(const QString &resource, QString *error)
{
    const Spec *spec = d->spec(resource);
    if (!spec) {
        *error = tr("Unknown resource %1.").arg(resource);
        return false;
    }
    abandonBulk();
    d->bulkTable = spec->table;
    QSqlQuery *q = nullptr;
    // Bounded: counting a million rows just to learn "many" would cost more than it tells.
    if (!d->exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?)").arg(spec->table),
                 {MaxRowsForBulkLoad}, &q)) {
        *error = d->error;
        return false;
    }
    const bool small = q->next() && q->value(0).toInt() < MaxRowsForBulkLoad;
    q->finish();
    if (!small) {
        return true;
    }
    d->bulkLoad = std::make_unique<BulkLoad>(d->db, spec->table, fullTextOf(spec->table));
    if (!d->bulkLoad->begin(error)) {
        d->bulkLoad.reset();
        return false;
    }
    d->bulkTimings.droppedIndexes = true;
    return true;
}

bool PlatformResources::finishBulk(QString *error)
{
    if (!d->bulkLoad) {
        d->bulkTable.clear();
        return true;
    }
    const bool rebuild = d->bulkOldRowsChanged;
    if (!d->bulkLoad->finish(error, rebuild)) {
        return false;
    }
    d->bulkTimings.indexesMs = d->bulkLoad->timings().indexesMs;
    d->bulkTimings.ftsMs = d->bulkLoad->timings().ftsMs;
    d->bulkTimings.rebuiltFullText = rebuild;
    d->bulkLoad.reset();
    d->bulkTable.clear();
    d->bulkOldRowsChanged = false;
    return true;
}

void PlatformResources::abandonBulk()
{
    d->bulkLoad.reset();
    d->bulkTable.clear();
    d->bulkOldRowsChanged = false;
    d->bulkTimings = {};
}

PlatformResources::BulkTimings PlatformResources::bulkTimings() const
{
    return d->bulkTimings;
}

namespace {

// One record of a page; `force` re-applies a parked record at the version it has here.
bool applyRecord(PlatformResources::Impl &d, const Spec &spec, const QJsonObject &record,
                 bool force, bool checkPending, PlatformResources::Counts &counts)
{
    const QString remoteId = record.value(u"id").toString();
    const int version = record.value(u"version").toInt();
    Apply apply(d);

    const auto park = [&](const QString &reason) {
        ++counts.parked;
        return d.exec(
            QStringLiteral("INSERT INTO sync_parked (resource, remote_id, record, waiting_for, "
                           "waiting_id, reason, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(resource, remote_id) DO UPDATE SET record = "
                           "excluded.record, waiting_for = excluded.waiting_for, waiting_id = "
                           "excluded.waiting_id, reason = excluded.reason, parked_at = "
                           "excluded.parked_at"),
            {spec.resource, remoteId,
             QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
             sql::nullIfEmpty(apply.waitingFor), sql::nullIfEmpty(apply.waitingId), reason,
             sql::nowUtc()});
    };

    QSqlQuery *q = nullptr;
    if (!d.exec(spec.lookupQuery, spec.lookupSql, {remoteId}, &q)) {
        return false;
    }
    const bool known = q->next();
    const qint64 localId = known ? q->value(0).toLongLong() : 0;
    const int localVersion = known ? q->value(1).toInt() : 0;
    q->finish();

    if (known && (force ? version < localVersion : version <= localVersion)) {
        ++counts.unchanged;
        return true;
    }
    if (known && checkPending) {
        // A local edit not delivered yet wins until it is pushed (and meets this version there
        // as a 412).
        const QString collection = u"/api/v1/" + spec.resource;
        const QString alias =
            spec.resource == u"employees" ? QStringLiteral("/api/v1/users") : collection;
        if (!d.exec(QStringLiteral("SELECT 1 FROM outbox WHERE service = 'platform' AND "
                                   "entity_type = ? AND entity_id = ? AND status <> 'sent' AND "
                                   "(path = ? OR path LIKE ? OR path = ? OR path LIKE ?) "
                                   "LIMIT 1"),
                    {spec.entity, localId, collection, QString(collection + u"/%"), alias,
                     QString(alias + u"/%")},
                    &q)) {
            return false;
        }
        const bool pending = q->next();
        q->finish();
        if (pending) {
            ++counts.keptLocal;
            return true;
        }
    }

    const QString updatedAt = record.value(u"updated_at").toString().isEmpty()
                                  ? sql::nowUtc()
                                  : record.value(u"updated_at").toString();
    if (record.value(u"deleted").toBool()) {
        if (!known) {
            ++counts.unchanged; // a record this client never saw
            return true;
        }
        ++counts.deleted;
        d.refCache[spec.resource].remove(remoteId);
        d.touching(spec.table, localId);
        if (spec.hasDeleted) {
            return d.exec(QStringLiteral("UPDATE %1 SET deleted = 1, remote_version = ?, "
                                         "version = version + 1, updated_at = ? WHERE id = ?")
                              .arg(spec.table),
                          {version, updatedAt, localId});
        }
        if (spec.canDelete && !spec.canDelete(apply, localId)) {
            return d.error.isEmpty(); // kept on purpose, or the check failed
        }
        return d.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.table), {localId});
    }

    if (spec.prepare) {
        spec.prepare(apply, record);
    }
    QVariantList values;
    values.reserve(spec.columns.size() + 5);
    for (const Column &column : spec.columns) {
        bool failed = false;
        values.append(columnValue(apply, column, record, &failed));
        if (failed) {
            return false;
        }
    }
    const QString waitingReason = QStringLiteral("waiting for %1 %2");
    if (apply.missingRequired) {
        return park(waitingReason.arg(apply.waitingFor, apply.waitingId));
    }
    values.append(version);
    if (spec.hasUpdatedAt) {
        values.append(updatedAt);
    }
    qint64 id = localId;
    if (known) {
        values.append(localId);
        d.touching(spec.table, localId);
        if (!d.exec(spec.updateQuery, spec.updateSql, values)) {
            return false;
        }
        ++counts.updated;
    } else {
        if (spec.hasCreatedAt) {
            const QString created = record.value(u"created_at").toString();
            values.append(created.isEmpty() ? updatedAt : created);
        }
        values.append(remoteId);
        QSqlQuery *insert = nullptr;
        if (!d.exec(spec.insertQuery, spec.insertSql, values, &insert)) {
            return false;
        }
        id = insert->lastInsertId().toLongLong();
        insert->finish();
        ++counts.inserted;
    }
    if (spec.children && !spec.children(apply, id, record, !known)) {
        return false;
    }
    if (!apply.waitingFor.isEmpty()) {
        // Stored with the reference empty; applied again when what it points at comes.
        return park(waitingReason.arg(apply.waitingFor, apply.waitingId));
    }
    return true;
}

} // namespace

bool PlatformResources::applyPage(const QString &resource, const QJsonArray &items, QString *error)
{
    const Spec *spec = d->spec(resource);
    if (!spec) {
        *error = tr("Unknown resource %1.").arg(resource);
        return false;
    }
    d->error.clear();
    d->refCache.clear();
    QSqlQuery *q = nullptr;
    // Most pages meet no undelivered edit and nothing parked: two look-ups per page, not per
    // record.
    if (!d->exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE service = "
                                "'platform' AND entity_type = ? AND status <> 'sent'), "
                                "EXISTS (SELECT 1 FROM sync_parked)"),
                 {spec->entity}, &q)) {
        *error = d->error;
        return false;
    }
    q->next();
    const bool checkPending = q->value(0).toBool();
    const bool anyParked = q->value(1).toBool();
    q->finish();

    QSet<QString> ids;
    for (const QJsonValue &value : items) {
        const QJsonObject record = value.toObject();
        const QString remoteId = record.value(u"id").toString();
        if (remoteId.isEmpty()) {
            *error = tr("The server sent a %1 record without an id.").arg(resource);
            return false;
        }
        if (anyParked) {
            // A newer state of a parked record replaces it (re-parked below if still waiting).
            if (!d->exec(QStringLiteral("DELETE FROM sync_parked WHERE resource = ? AND "
                                        "remote_id = ?"),
                         {resource, remoteId})) {
                *error = d->error;
                return false;
            }
            ids.insert(remoteId);
        }
        if (!applyRecord(*d, *spec, record, false, checkPending, d->counts)) {
            *error = d->error;
            return false;
        }
    }
    if (!anyParked) {
        return true;
    }
    // Parked records that waited for one of this page's records.
    if (!d->exec(QStringLiteral("SELECT resource, remote_id, record, waiting_id FROM "
                                "sync_parked WHERE waiting_for = ?"),
                 {resource}, &q)) {
        *error = d->error;
        return false;
    }
    struct Waiting
    {
        QString resource;
        QString remoteId;
        QJsonObject record;
    };
    QList<Waiting> ready;
    while (q->next()) {
        if (ids.contains(q->value(3).toString())) {
            ready.append({q->value(0).toString(), q->value(1).toString(),
                          QJsonDocument::fromJson(q->value(2).toByteArray()).object()});
        }
    }
    q->finish();
    for (const Waiting &waiting : ready) {
        const Spec *target = d->spec(waiting.resource);
        if (!d->exec(QStringLiteral("DELETE FROM sync_parked WHERE resource = ? AND "
                                    "remote_id = ?"),
                     {waiting.resource, waiting.remoteId})) {
            *error = d->error;
            return false;
        }
        if (target && !applyRecord(*d, *target, waiting.record, true, true, d->counts)) {
            *error = d->error;
            return false;
        }
    }
    return true;
}

bool PlatformResources::afterSent(const OutboxDispatcher::SentRow &row, const QJsonObject &record,
                                  QString *error)
{
    const Spec *spec = nullptr;
    for (const Spec &entry : d->specs) {
        if (entry.entity == row.entityType && pathOfResource(row.path, entry.resource)) {
            spec = &entry;
            break;
        }
    }
    const QString remoteId = record.value(u"id").toString();
    const int version = record.value(u"version").toInt();
    if (!spec || row.entityId == 0 || remoteId.isEmpty() || version <= 0) {
        return true; // not a row of a synced record (a message, a chat) or no record answered
    }
    const auto failed = [this, error] {
        *error = d->error;
        return false;
    };
    if (row.method == "POST") {
        // A pull may have brought the record already (its POST was made, the answer lost, and
        // the pull ran before the retry): that copy gives way to the row that made it.
        if (!d->exec(
                QStringLiteral("DELETE FROM %1 WHERE remote_id = ? AND id <> ?").arg(spec->table),
                {remoteId, row.entityId}) ||
            !d->exec(QStringLiteral("UPDATE %1 SET remote_id = ?, remote_version = ? WHERE id = ?")
                         .arg(spec->table),
                     {remoteId, version, row.entityId})) {
            return failed();
        }
    } else if (!d->exec(QStringLiteral("UPDATE %1 SET remote_version = ? WHERE id = ? AND "
                                       "remote_version < ?")
                            .arg(spec->table),
                        {version, row.entityId, version})) {
        return failed();
    }
    // The entity's later rows were written before this answer: they learn the id and build on
    // this version.
    if (!d->exec(QStringLiteral("UPDATE outbox SET path = replace(path, '{remote_id}', ?), "
                                "if_match = CASE WHEN if_match IS NULL THEN NULL ELSE ? END "
                                "WHERE service = 'platform' AND entity_type = ? AND entity_id = "
                                "? AND id > ? AND status IN ('pending', 'failed', 'conflict') "
                                "AND (path LIKE ? OR path LIKE ?)"),
                 {remoteId, QString::number(version), row.entityType, row.entityId, row.id,
                  QString(u"/api/v1/" + spec->resource + u"/%"),
                  spec->resource == u"employees"
                      ? QStringLiteral("/api/v1/users/%")
                      : QString(u"/api/v1/" + spec->resource + u"/%")})) {
        return failed();
    }
    return true;
}

namespace {

class PlatformBulkWriter : public BulkWriter
{
public:
    PlatformBulkWriter(QSqlDatabase db, const PhoneNumbers &phones, QString resource)
        : m_resources(std::move(db), phones)
        , m_resource(std::move(resource))
    {}

    bool begin(QString *error) override { return m_resources.beginBulk(m_resource, error); }
    bool apply(const QJsonArray &items, QString *error) override
    {
        return m_resources.applyPage(m_resource, items, error);
    }
    bool finish(QString *error) override { return m_resources.finishBulk(error); }
    void abandon() override { m_resources.abandonBulk(); }
    qint64 indexesMs() const override { return m_resources.bulkTimings().indexesMs; }
    qint64 fullTextMs() const override { return m_resources.bulkTimings().ftsMs; }

private:
    PlatformResources m_resources;
    QString m_resource;
};

} // namespace

BulkWriterFactory platformBulkWriter(const QString &resource, const PhoneNumbers &phones)
{
    return [resource, &phones](QSqlDatabase db) -> std::unique_ptr<BulkWriter> {
        return std::make_unique<PlatformBulkWriter>(std::move(db), phones, resource);
    };
}

std::shared_ptr<PlatformResources> registerPlatformResources(SyncEngine &engine, QSqlDatabase db,
                                                             const PhoneNumbers &phones)
{
    auto resources = std::make_shared<PlatformResources>(std::move(db), phones);
    for (const QString &name : PlatformResources::resourceNames()) {
        engine.addResource(
            name,
            [resources, name](const QJsonArray &items, QString *error) {
                return resources->applyPage(name, items, error);
            },
            platformBulkWriter(name, phones));
    }
    engine.outbox().setAfterSent(
        [resources](const OutboxDispatcher::SentRow &row, const QJsonObject &record,
                    QString *error) { return resources->afterSent(row, record, error); });
    return resources;
}

} // namespace bbd
