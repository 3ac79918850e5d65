#include "app/storage/DemoData.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/scenarios/WorkingDays.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

const auto kMarkerKey = QStringLiteral("demo_loaded_at");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("[]");
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Runs the demo's inserts; the first failure stops everything and names the statement's row.
class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Runs one statement; returns the new row id of an INSERT, or 0 after a failure (then
    // error() says why). Once something has failed, nothing more is written.
    qint64 write(const QString &sql, const QVariantList &values, const QString &what)
    {
        if (!m_error.isEmpty()) {
            return 0;
        }
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            m_error = DemoData::tr("Cannot prepare the demo statement for %1: %2")
                          .arg(what, query.lastError().text());
            return 0;
        }
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            m_error = DemoData::tr("Cannot write %1: %2").arg(what, query.lastError().text());
            return 0;
        }
        return query.lastInsertId().toLongLong();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// Writes the sections of a demo document in order, remembering the ids each later section
// refers to by key. The first failure stops all further writes; the caller rolls back.
class DemoImport : public Writer
{
public:
    DemoImport(const QSqlDatabase &db, const PhoneNumbers &phones, const QDateTime &now,
               DemoLoadResult &result)
        : Writer(db)
        , m_phones(phones)
        , m_now(now)
        , m_today(now.toUTC().date())
        , m_nowText(isoTime(now))
        , m_result(result)
    {}

    void run(const QJsonObject &root)
    {
        employees(root.value(u"employees").toArray());
        vacancies(root.value(u"vacancies").toArray());
        candidates(root.value(u"candidates").toArray());
        templates(root.value(u"message_templates").toArray());
        scenarios(root.value(u"scenarios").toArray());
        assignments(root.value(u"assignments").toArray());
        articles(root.value(u"kb_articles").toArray());
        contacts(root.value(u"contacts").toArray());
        channels(root.value(u"channels").toArray());
        write(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?)"),
              {kMarkerKey, m_nowText}, DemoData::tr("the demo marker"));
    }

private:
    QString daysAgo(const QJsonValue &days) const { return isoTime(m_now.addDays(-days.toInt())); }

    void employees(const QJsonArray &items)
    {
        // Two passes: a manager may come later in the file than the people reporting to them.
        for (const QJsonValue &value : items) {
            const QJsonObject e = value.toObject();
            const QString phone = e.value(u"phone").toString();
            const qint64 id = write(
                QStringLiteral("INSERT INTO employees (first_name, last_name, email, phone_e164, "
                               "phone_raw, job_title, department, start_date, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.value(u"first_name").toString(), e.value(u"last_name").toString(),
                 nullIfEmpty(e.value(u"email").toString()), nullIfEmpty(m_phones.toE164(phone)),
                 nullIfEmpty(phone), e.value(u"job_title").toString(),
                 e.value(u"department").toString(),
                 isoDate(m_today.addDays(e.value(u"start_in_days").toInt())), m_nowText},
                DemoData::tr("employee %1").arg(e.value(u"key").toString()));
            m_employeeIds.insert(e.value(u"key").toString(), id);
            ++m_result.employees;
        }
        for (const QJsonValue &value : items) {
            const QJsonObject e = value.toObject();
            const QString manager = e.value(u"manager").toString();
            if (manager.isEmpty()) {
                continue;
            }
            if (!m_employeeIds.contains(manager)) {
                fail(DemoData::tr("Employee %1 names an unknown manager %2.")
                         .arg(e.value(u"key").toString(), manager));
                break;
            }
            write(QStringLiteral("UPDATE employees SET manager_id = ? WHERE id = ?"),
                  {m_employeeIds.value(manager), m_employeeIds.value(e.value(u"key").toString())},
                  DemoData::tr("the manager of %1").arg(e.value(u"key").toString()));
        }
    }

    void vacancies(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject v = value.toObject();
            const QString key = v.value(u"key").toString();
            const qint64 id = write(
                QStringLiteral("INSERT INTO vacancies (title, department, status, description, "
                               "opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {v.value(u"title").toString(), v.value(u"department").toString(),
                 v.value(u"status").toString(), v.value(u"description").toString(),
                 isoDate(m_today.addDays(-v.value(u"opened_days_ago").toInt())), m_nowText},
                DemoData::tr("vacancy %1").arg(key));
            m_vacancyIds.insert(key, id);
            int position = 0;
            const QJsonArray stages = v.value(u"stages").toArray();
            for (const QJsonValue &stageValue : stages) {
                const QJsonObject s = stageValue.toObject();
                const QJsonValue stuck = s.value(u"stuck_after_days");
                const qint64 stageId = write(
                    QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name, kind, "
                                   "stuck_after_days) VALUES (?, ?, ?, ?, ?)"),
                    {id, position, s.value(u"name").toString(), s.value(u"kind").toString(),
                     stuck.isDouble() ? QVariant(stuck.toInt()) : QVariant()},
                    DemoData::tr("stage %1 of %2").arg(s.value(u"name").toString(), key));
                m_stagesByVacancy[key].insert(s.value(u"name").toString(), {stageId, position});
                ++position;
            }
            ++m_result.vacancies;
        }
    }

    void candidates(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject c = value.toObject();
            const QString vacancy = c.value(u"vacancy").toString();
            const QString stageName = c.value(u"stage").toString();
            const auto stage = m_stagesByVacancy.value(vacancy).value(stageName, {0, -1});
            if (!m_vacancyIds.contains(vacancy) || stage.first == 0) {
                fail(
                    DemoData::tr("Candidate %1 is placed on an unknown vacancy or stage (%2 / %3).")
                        .arg(c.value(u"full_name").toString(), vacancy, stageName));
                break;
            }
            // Surrounding blanks are an artefact of copying; letter case is kept as written.
            const QString email = c.value(u"email").toString().trimmed();
            const QString phone = c.value(u"phone").toString().trimmed();
            const QString e164 = m_phones.toE164(phone);
            if (!phone.isEmpty() && e164.isEmpty()) {
                ++m_result.invalidPhones;
            }
            const QString appliedAt = daysAgo(c.value(u"applied_days_ago"));
            const QString enteredAt = daysAgo(c.value(u"days_in_stage"));
            const qint64 id = write(
                QStringLiteral(
                    "INSERT INTO candidates (vacancy_id, stage_id, full_name, email, "
                    "email_normalized, phone_e164, phone_raw, source, rating, tags, notes, "
                    "applied_at, stage_entered_at, created_at, updated_at, board_rank, "
                    "search_extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {m_vacancyIds.value(vacancy), stage.first, c.value(u"full_name").toString(),
                 nullIfEmpty(email), nullIfEmpty(email.toLower()), nullIfEmpty(e164),
                 nullIfEmpty(phone), c.value(u"source").toString(), c.value(u"rating").toInt(),
                 jsonText(c.value(u"tags")), nullIfEmpty(c.value(u"notes").toString()), appliedAt,
                 enteredAt, appliedAt, m_nowText,
                 CandidateRepository::rankFor(QDateTime::fromString(enteredAt, Qt::ISODate)),
                 candidateSearchExtra(
                     phone.isEmpty() ? QList<PhoneEntry>{} : QList<PhoneEntry>{{phone, e164}}, {})},
                DemoData::tr("candidate %1").arg(c.value(u"full_name").toString()));
            write(QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text) "
                                 "VALUES (?, 'created', ?, ?)"),
                  {id, appliedAt,
                   DemoData::tr("New response, source: %1").arg(c.value(u"source").toString())},
                  DemoData::tr("timeline of %1").arg(c.value(u"full_name").toString()));
            if (stage.second > 0) {
                write(QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, "
                                     "to_stage_id) VALUES (?, 'stage_move', ?, ?)"),
                      {id, enteredAt, stage.first},
                      DemoData::tr("timeline of %1").arg(c.value(u"full_name").toString()));
            }
            ++m_result.candidates;
        }
    }

    void templates(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject t = value.toObject();
            write(QStringLiteral("INSERT INTO message_templates (name, channel, subject, body, "
                                 "signature, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {t.value(u"name").toString(), t.value(u"channel").toString(),
                   nullIfEmpty(t.value(u"subject").toString()), t.value(u"body").toString(),
                   t.value(u"signature").toString(), m_nowText},
                  DemoData::tr("template %1").arg(t.value(u"name").toString()));
            ++m_result.templates;
        }
    }

    void scenarios(const QJsonArray &items)
    {
        // Scenarios: stages, then the links between them.
        for (const QJsonValue &value : items) {
            const QJsonObject s = value.toObject();
            const QString key = s.value(u"key").toString();
            const qint64 scenarioId =
                write(QStringLiteral("INSERT INTO scenarios (name, description, updated_at) "
                                     "VALUES (?, ?, ?)"),
                      {s.value(u"name").toString(), s.value(u"description").toString(), m_nowText},
                      DemoData::tr("scenario %1").arg(key));
            m_scenarioIds.insert(key, scenarioId);
            QHash<QString, qint64> stageIds;
            const QJsonArray stages = s.value(u"stages").toArray();
            for (const QJsonValue &stageValue : stages) {
                const QJsonObject st = stageValue.toObject();
                const qint64 stageId = write(
                    QStringLiteral("INSERT INTO scenario_stages (scenario_id, title, kind, "
                                   "timing_unit, timing_offset, recurrence, duration_minutes, "
                                   "owner_role, participants, description, actions, pos_x, pos_y) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {scenarioId, st.value(u"title").toString(), st.value(u"kind").toString(),
                     st.value(u"timing_unit").toString(), st.value(u"timing_offset").toInt(),
                     st.value(u"recurrence").toString(), st.value(u"duration_minutes").toInt(),
                     st.value(u"owner_role").toString(), jsonText(st.value(u"participants")),
                     st.value(u"description").toString(), jsonText(st.value(u"actions")),
                     st.value(u"x").toDouble(), st.value(u"y").toDouble()},
                    DemoData::tr("stage %1 of scenario %2").arg(st.value(u"key").toString(), key));
                stageIds.insert(st.value(u"key").toString(), stageId);
                m_scenarioStageDays[key].append(
                    {stageId, workingDayOfStage(st.value(u"timing_unit").toString(),
                                                st.value(u"timing_offset").toInt())});
            }
            const QJsonArray links = s.value(u"links").toArray();
            for (const QJsonValue &linkValue : links) {
                const QJsonArray link = linkValue.toArray();
                const QString from = link.at(0).toString();
                const QString to = link.at(1).toString();
                if (!stageIds.contains(from) || !stageIds.contains(to)) {
                    fail(DemoData::tr("Scenario %1 links unknown stages %2 → %3.")
                             .arg(key, from, to));
                    break;
                }
                write(QStringLiteral("INSERT INTO scenario_links (scenario_id, from_stage_id, "
                                     "to_stage_id) VALUES (?, ?, ?)"),
                      {scenarioId, stageIds.value(from), stageIds.value(to)},
                      DemoData::tr("link %1 → %2 of scenario %3").arg(from, to, key));
            }
            ++m_result.scenarios;
        }
    }

    void assignments(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject a = value.toObject();
            const QString employee = a.value(u"employee").toString();
            const QString scenario = a.value(u"scenario").toString();
            if (!m_employeeIds.contains(employee) || !m_scenarioIds.contains(scenario)) {
                fail(DemoData::tr("An assignment names an unknown employee or scenario (%1 / %2).")
                         .arg(employee, scenario));
                break;
            }
            const QDate start = m_today.addDays(a.value(u"start_in_days").toInt());
            const qint64 assignmentId = write(
                QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, start_date, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                {m_employeeIds.value(employee), m_scenarioIds.value(scenario), isoDate(start),
                 m_nowText, m_nowText},
                DemoData::tr("assignment of %1").arg(employee));
            const auto stageDays = m_scenarioStageDays.value(scenario);
            for (const auto &[stageId, day] : stageDays) {
                const QDate due = addWorkingDays(start, day);
                // Stages whose day has passed are shown as done, so progress looks lived-in.
                const bool done = due < m_today;
                write(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                     "due_date, status, done_at) VALUES (?, ?, ?, ?, ?)"),
                      {assignmentId, stageId, isoDate(due),
                       done ? QStringLiteral("done") : QStringLiteral("pending"),
                       done ? QVariant(isoTime(due.startOfDay(Qt::UTC).addSecs(17 * 3600)))
                            : QVariant()},
                      DemoData::tr("assignment stage of %1").arg(employee));
            }
            ++m_result.assignments;
        }
    }

    void articles(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject a = value.toObject();
            write(QStringLiteral("INSERT INTO kb_articles (title, body, tags, department, author, "
                                 "language, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {a.value(u"title").toString(), a.value(u"body").toString(),
                   jsonText(a.value(u"tags")), a.value(u"department").toString(),
                   a.value(u"author").toString(),
                   a.value(u"language").toString(QStringLiteral("ru")),
                   daysAgo(a.value(u"updated_days_ago"))},
                  DemoData::tr("article %1").arg(a.value(u"title").toString()));
            ++m_result.articles;
        }
    }

    void contacts(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject c = value.toObject();
            const QString phone = c.value(u"phone").toString();
            const qint64 id = write(
                QStringLiteral(
                    "INSERT INTO contacts (full_name, role, email, phone_e164, phone_raw, "
                    "slack_handle, escalation_order, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.value(u"full_name").toString(), c.value(u"role").toString(),
                 nullIfEmpty(c.value(u"email").toString()), nullIfEmpty(m_phones.toE164(phone)),
                 nullIfEmpty(phone), nullIfEmpty(c.value(u"slack").toString()),
                 c.value(u"escalation_order").toInt(), m_nowText},
                DemoData::tr("contact %1").arg(c.value(u"full_name").toString()));
            m_contactIds.insert(c.value(u"key").toString(), id);
            ++m_result.contacts;
        }
    }

    void channels(const QJsonArray &items)
    {
        for (const QJsonValue &value : items) {
            const QJsonObject ch = value.toObject();
            QString address = ch.value(u"address").toString();
            if (ch.value(u"kind").toString() == QLatin1String("phone")) {
                const QString e164 = m_phones.toE164(address);
                address = e164.isEmpty() ? address : e164;
            }
            const qint64 id = write(
                QStringLiteral("INSERT INTO channels (kind, name, address, purpose, when_to_use, "
                               "confidential_allowed, priority, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {ch.value(u"kind").toString(), ch.value(u"name").toString(), address,
                 ch.value(u"purpose").toString(), ch.value(u"when_to_use").toString(),
                 ch.value(u"confidential_allowed").toBool() ? 1 : 0, ch.value(u"priority").toInt(),
                 m_nowText},
                DemoData::tr("channel %1").arg(ch.value(u"name").toString()));
            const QJsonArray responsible = ch.value(u"responsible").toArray();
            for (const QJsonValue &contact : responsible) {
                if (!m_contactIds.contains(contact.toString())) {
                    fail(DemoData::tr("Channel %1 names an unknown contact %2.")
                             .arg(ch.value(u"name").toString(), contact.toString()));
                    break;
                }
                write(QStringLiteral("INSERT INTO channel_contacts (channel_id, contact_id) "
                                     "VALUES (?, ?)"),
                      {id, m_contactIds.value(contact.toString())},
                      DemoData::tr("responsible contact of %1").arg(ch.value(u"name").toString()));
            }
            ++m_result.channels;
        }
    }

    const PhoneNumbers &m_phones;
    const QDateTime m_now;
    const QDate m_today;
    const QString m_nowText;
    DemoLoadResult &m_result;
    QHash<QString, qint64> m_employeeIds;
    QHash<QString, qint64> m_vacancyIds;
    QHash<QString, QHash<QString, QPair<qint64, int>>> m_stagesByVacancy; // name -> (id, position)
    QHash<QString, qint64> m_scenarioIds;
    QHash<QString, QList<QPair<qint64, int>>> m_scenarioStageDays; // scenario -> (stage, day)
    QHash<QString, qint64> m_contactIds;
};

} // namespace

QString DemoData::resourcePath()
{
    return QStringLiteral(":/bbd/demo/demo.json");
}

bool DemoData::isLoaded(const Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM app_meta WHERE key = ?"));
    query.addBindValue(kMarkerKey);
    return query.exec() && query.next();
}

DemoLoadResult DemoData::load(Database &db, const PhoneNumbers &phones, const QDateTime &now)
{
    DemoLoadResult result;
    if (!db.isOpen()) {
        result.error = tr("The database is not open.");
        return result;
    }
    if (isLoaded(db)) {
        result.ok = true;
        result.alreadyLoaded = true;
        return result;
    }

    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The demo data is missing from this build (%1).").arg(resourcePath());
        return result;
    }
    return loadJson(db, phones, file.readAll(), now);
}

DemoLoadResult DemoData::loadJson(Database &db, const PhoneNumbers &phones, const QByteArray &json,
                                  const QDateTime &now)
{
    DemoLoadResult result;
    if (!db.isOpen()) {
        result.error = tr("The database is not open.");
        return result;
    }
    if (isLoaded(db)) {
        result.ok = true;
        result.alreadyLoaded = true;
        return result;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(u"format").toString() != QLatin1String("butterdesk-demo") ||
        root.value(u"version").toInt() != 1) {
        result.error =
            tr("The demo data of this build cannot be read: %1")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : tr("unknown format"));
        return result;
    }

    Transaction transaction(db.connection());
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a transaction for the demo data.");
        return result;
    }
    DemoImport demo(db.connection(), phones, now, result);
    demo.run(root);
    if (demo.failed()) {
        result = DemoLoadResult{};
        result.error = demo.error();
        return result; // the transaction rolls back as it goes out of scope
    }
    if (!transaction.commit()) {
        result = DemoLoadResult{};
        result.error = tr("Cannot save the demo data: %1").arg(db.connection().lastError().text());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace bbd
