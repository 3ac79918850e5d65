#include "app/integrations/StageActions.h"

#include "app/integrations/GraphConnector.h"
#include "app/integrations/Integrations.h"
#include "app/integrations/JiraConnector.h"
#include "app/integrations/SlackConnector.h"
#include "app/integrations/ZoomConnector.h"
#include "app/settings/Settings.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace bbd {
namespace {

const QString kStageEntity = QStringLiteral("assignment_stage");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{([a-z_]+)\})"));
    return pattern;
}

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

struct StageActions::Context
{
    qint64 id = 0;
    QString status;
    QString stageTitle;
    QString stageDescription;
    int stageMinutes = 0;
    QString employeeEmail;
    QString managerEmail;
    QStringList hires; // e-mails of the employees with an active assignment on the scenario
    QList<StageAction> actions;
    QHash<QString, QString> values;
};

StageActions::StageActions(QSqlDatabase db, const Settings &settings)
    : m_db(std::move(db))
    , m_settings(settings)
{}

QStringList StageActions::placeholders()
{
    return {QStringLiteral("employee"), QStringLiteral("first_name"), QStringLiteral("stage"),
            QStringLiteral("scenario"), QStringLiteral("department"), QStringLiteral("manager"),
            QStringLiteral("due_date")};
}

namespace {

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

} // namespace

bool StageActions::parseActions(const QString &json, QList<StageAction> *actions, QString *problem)
{
    actions->clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (json.trimmed().isEmpty()) {
        return true;
    }
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        *problem = tr("The stage's actions are not a JSON array.");
        return false;
    }
    static const QStringList types{QStringLiteral("jira"),   QStringLiteral("slack"),
                                   QStringLiteral("graph"),  QStringLiteral("zoom"),
                                   QStringLiteral("survey"), QStringLiteral("document")};
    const QJsonArray list = document.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        StageAction action{object.value(u"on").toString(), object.value(u"type").toString(),
                           object};
        if (!types.contains(action.type)) {
            *problem = tr("Action %1 has the unknown type “%2” (known: %3).")
                           .arg(i + 1)
                           .arg(action.type, types.join(QStringLiteral(", ")));
            return false;
        }
        if (action.on != u"complete" && action.on != u"start") {
            *problem = tr("Action %1 must say \"on\": \"complete\" or \"start\".").arg(i + 1);
            return false;
        }
        if (action.on == u"start" && action.type == u"jira") {
            *problem = tr("Action %1: a Jira task is created when a stage is done, not when it "
                          "starts.")
                           .arg(i + 1);
            return false;
        }
        if ((action.type == u"survey" || action.type == u"document") &&
            !isWebAddress(object.value(u"url").toString())) {
            *problem = tr("Action %1 needs the address (\"url\") of the %2.")
                           .arg(i + 1)
                           .arg(action.type == u"survey" ? tr("survey") : tr("document"));
            return false;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto names = placeholderPattern().globalMatch(it.value().toString());
            while (names.hasNext()) {
                const QString name = names.next().captured(1);
                if (!placeholders().contains(name)) {
                    *problem = tr("Action %1 uses {%2}, which is not a placeholder (known: "
                                  "{%3}).")
                                   .arg(i + 1)
                                   .arg(name, placeholders().join(QStringLiteral("}, {")));
                    return false;
                }
            }
        }
        actions->append(action);
    }
    return true;
}

bool StageActions::isConfigured(const QString &service) const
{
    return Integrations::isConfigured(m_settings, service);
}

bool StageActions::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void StageActions::noteService(const QString &service)
{
    if (!Integrations::isConfigured(m_settings, service)) {
        const QString notice = tr("%1 is not configured: the request waits in the outbox until "
                                  "its address is set in Settings.")
                                   .arg(Integrations::displayName(service));
        if (!m_notices.contains(notice)) {
            m_notices.append(notice);
        }
    }
}

bool StageActions::loadContext(qint64 assignmentStageId, Context *context)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral(R"sql(
SELECT ast.status, ast.due_date, s.title, s.description, s.duration_minutes, s.actions,
       sc.id, sc.name, e.first_name, e.last_name, e.email, e.department,
       m.first_name, m.last_name, m.email
  FROM assignment_stages ast
  JOIN scenario_stages s ON s.id = ast.stage_id
  JOIN assignments a ON a.id = ast.assignment_id
  JOIN scenarios sc ON sc.id = a.scenario_id
  JOIN employees e ON e.id = a.employee_id
  LEFT JOIN employees m ON m.id = e.manager_id AND m.deleted = 0
 WHERE ast.id = ?)sql"),
                  {assignmentStageId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("This onboarding stage no longer exists."));
    }
    context->id = assignmentStageId;
    context->status = query.value(0).toString();
    context->stageTitle = query.value(2).toString();
    context->stageDescription = query.value(3).toString();
    context->stageMinutes = query.value(4).toInt();
    QString problem;
    if (!parseActions(query.value(5).toString(), &context->actions, &problem)) {
        return fail(tr("Stage “%1”: %2").arg(context->stageTitle, problem));
    }
    const qint64 scenarioId = query.value(6).toLongLong();
    const QString employee =
        QString(query.value(8).toString() + u' ' + query.value(9).toString()).trimmed();
    const QString manager =
        QString(query.value(12).toString() + u' ' + query.value(13).toString()).trimmed();
    context->employeeEmail = query.value(10).toString();
    context->managerEmail = query.value(14).toString();
    context->values = {
        {QStringLiteral("employee"), employee},
        {QStringLiteral("first_name"), query.value(8).toString()},
        {QStringLiteral("stage"), context->stageTitle},
        {QStringLiteral("scenario"), query.value(7).toString()},
        {QStringLiteral("department"), query.value(11).toString()},
        {QStringLiteral("manager"), manager},
        {QStringLiteral("due_date"), query.value(1).toString()},
    };

    QSqlQuery hires(m_db);
    if (!sql::run(hires, QStringLiteral(R"sql(
SELECT DISTINCT e.email FROM assignments a JOIN employees e ON e.id = a.employee_id
 WHERE a.scenario_id = ? AND a.status = 'active' AND e.deleted = 0
   AND e.email IS NOT NULL AND e.email <> '' ORDER BY e.email)sql"),
                  {scenarioId})) {
        return fail(hires.lastError().text());
    }
    while (hires.next()) {
        context->hires.append(hires.value(0).toString());
    }
    return true;
}

bool StageActions::enqueue(const Context &context, const StageAction &action)
{
    const QJsonObject &f = action.fields;
    const auto text = [&](const char *name, const QString &fallback) {
        const QString value = f.value(QLatin1String(name)).toString();
        return fill(value.isEmpty() ? fallback : value, context.values);
    };
    OutboxItem item;
    if (action.type == u"jira") {
        JiraIssue issue;
        issue.projectKey = f.value(u"project").toString();
        if (issue.projectKey.isEmpty()) {
            issue.projectKey =
                m_settings.serviceOption(QStringLiteral("jira"), QStringLiteral("project"));
        }
        if (issue.projectKey.isEmpty()) {
            return fail(tr("Stage “%1” creates a Jira task but names no project: add "
                           "\"project\" to the action or set the Jira project in Settings.")
                            .arg(context.stageTitle));
        }
        issue.issueType = f.value(u"issue_type").toString(QStringLiteral("Task"));
        issue.summary = text("summary", tr("{employee} finished “{stage}”"));
        issue.description =
            text("description", context.values.value(QStringLiteral("manager")).isEmpty()
                                    ? tr("{employee} finished the onboarding stage “{stage}” "
                                         "of “{scenario}”.\n\nPlease check that it is done.")
                                    : tr("{employee} finished the onboarding stage “{stage}” "
                                         "of “{scenario}”.\n\n{manager}, as head of {department}, "
                                         "please check that it is done."));
        issue.assigneeAccountId = f.value(u"assignee_account_id").toString();
        item = issue.outboxItem(kStageEntity, context.id);
    } else if (action.type == u"slack") {
        SlackMessage message;
        message.text = text("text", tr("{employee} finished “{stage}”."));
        item = message.outboxItem(kStageEntity, context.id);
    } else if (action.type == u"graph") {
        GraphMail mail;
        const QString to = f.value(u"to").toString(QStringLiteral("employee"));
        if (to == u"employee") {
            mail.to = {context.employeeEmail};
        } else if (to == u"manager") {
            mail.to = {context.managerEmail};
        } else {
            for (const QString &address : to.split(u',')) {
                mail.to.append(address.trimmed());
            }
        }
        mail.to.removeAll(QString());
        if (mail.to.isEmpty()) {
            return fail(
                tr("Stage “%1” sends an e-mail to the %2, who has no e-mail address.")
                    .arg(context.stageTitle, to == u"manager" ? tr("manager") : tr("employee")));
        }
        mail.subject = text("subject", tr("Onboarding: “{stage}” finished"));
        mail.body = text("body", tr("{employee} finished the onboarding stage “{stage}”."));
        item = mail.outboxItem(kStageEntity, context.id);
    } else if (action.type == u"survey" || action.type == u"document") {
        // Both send the hire a link: by e-mail unless the action says Slack.
        const bool survey = action.type == u"survey";
        const QString url = f.value(u"url").toString();
        const QString title = f.value(u"title").toString();
        if (f.value(u"via").toString() == u"slack") {
            SlackMessage message;
            message.text = text("text", survey ? tr("{first_name}, how did “{stage}” go? Please "
                                                    "tell us: %1")
                                                     .arg(url)
                                               : tr("{first_name}, please read %1: %2")
                                                     .arg(title.isEmpty() ? url : title, url));
            item = message.outboxItem(kStageEntity, context.id);
        } else {
            GraphMail mail;
            mail.to = {context.employeeEmail};
            mail.to.removeAll(QString());
            if (mail.to.isEmpty()) {
                return fail(tr("Stage “%1” sends the employee a link, but the employee has no "
                               "e-mail address.")
                                .arg(context.stageTitle));
            }
            mail.subject =
                text("subject", survey ? tr("How did “{stage}” go?") : tr("To read for “{stage}”"));
            mail.body =
                text("body", survey ? tr("Hello {first_name},\n\nplease take a few "
                                         "minutes to tell us how “{stage}” went:\n%1")
                                          .arg(url)
                                    : tr("Hello {first_name},\n\nplease read %1 for "
                                         "the stage “{stage}”:\n%2")
                                          .arg(title.isEmpty() ? tr("this document") : title, url));
            item = mail.outboxItem(kStageEntity, context.id);
        }
    } else {
        return fail(
            tr("Stage “%1”: a Zoom meeting is scheduled, not completed.").arg(context.stageTitle));
    }
    QString error;
    const qint64 id = enqueueOutbox(m_db, item, &error);
    if (id == 0) {
        return fail(error);
    }
    m_queued.append(id);
    noteService(item.service);
    return true;
}

bool StageActions::completeStage(qint64 assignmentStageId)
{
    m_queued.clear();
    m_notices.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    Context context;
    if (!loadContext(assignmentStageId, &context)) {
        return false;
    }
    if (context.status == u"done") {
        return fail(tr("“%1” is done already.").arg(context.stageTitle));
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("UPDATE assignment_stages SET status = 'done', done_at = ? "
                                 "WHERE id = ? AND status <> 'done'"),
                  {sql::nowUtc(), assignmentStageId})) {
        return fail(query.lastError().text());
    }
    for (const StageAction &action : std::as_const(context.actions)) {
        if (action.on == u"complete" && !enqueue(context, action)) {
            m_queued.clear();
            m_notices.clear();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_queued.clear();
        return fail(m_db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool StageActions::startStage(qint64 assignmentStageId)
{
    m_queued.clear();
    m_notices.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    Context context;
    if (!loadContext(assignmentStageId, &context)) {
        return false;
    }
    if (context.status != u"pending") {
        return fail(tr("“%1” has started already.").arg(context.stageTitle));
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("UPDATE assignment_stages SET status = 'in_progress', "
                                 "result = NULL WHERE id = ? AND status = 'pending'"),
                  {assignmentStageId})) {
        return fail(query.lastError().text());
    }
    for (const StageAction &action : std::as_const(context.actions)) {
        // A meeting is booked ahead of the day (runDueStages), not on it.
        if (action.on == u"start" && action.type != u"zoom" && !enqueue(context, action)) {
            m_queued.clear();
            m_notices.clear();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_queued.clear();
        return fail(m_db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

StageActions::Sweep StageActions::runDueStages(const QDate &today, int meetingLeadDays,
                                               const QTime &meetingTime)
{
    Sweep sweep;
    const auto noteFailure = [&](qint64 id) {
        sweep.failed.insert(id, m_lastError);
        // Kept on the stage, so the progress view can say why it has not started.
        QSqlQuery note(m_db);
        sql::run(note, QStringLiteral("UPDATE assignment_stages SET result = ? WHERE id = ?"),
                 {m_lastError, id});
    };
    const auto collect = [&] {
        sweep.outboxRows += m_queued;
        for (const QString &notice : std::as_const(m_notices)) {
            if (!sweep.notices.contains(notice)) {
                sweep.notices.append(notice);
            }
        }
    };

    QList<qint64> due;
    QList<std::pair<qint64, QDate>> needMeeting;
    {
        QSqlQuery query(m_db);
        if (!sql::run(query, QStringLiteral(R"sql(
SELECT ast.id, ast.due_date, ast.due_date <= ?,
       EXISTS (SELECT 1 FROM json_each(s.actions)
                WHERE json_extract(value, '$.on') = 'start'
                  AND json_extract(value, '$.type') = 'zoom')
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.service = 'zoom'
                          AND o.entity_type = 'assignment_stage' AND o.entity_id = ast.id)
       AND ast.meeting_url IS NULL
  FROM assignment_stages ast
  JOIN assignments a ON a.id = ast.assignment_id
  JOIN scenario_stages s ON s.id = ast.stage_id
 WHERE a.status = 'active' AND ast.status = 'pending' AND ast.due_date <= ?
   AND json_valid(s.actions)
 ORDER BY ast.due_date, ast.id)sql"),
                      {today.toString(Qt::ISODate),
                       today.addDays(std::max(0, meetingLeadDays)).toString(Qt::ISODate)})) {
            sweep.failed.insert(0, query.lastError().text());
            return sweep;
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QDate date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            // A day already gone gets no meeting booked after the fact; HR may still book one.
            if (query.value(3).toBool() && date >= today) {
                needMeeting.append({id, date});
            }
            if (query.value(2).toBool()) {
                due.append(id);
            }
        }
    }
    for (const auto &[id, date] : std::as_const(needMeeting)) {
        const QDateTime start(date, meetingTime);
        if (scheduleMeeting(id, start) != 0) {
            sweep.meetings.append(id);
            collect();
        } else {
            noteFailure(id);
        }
    }
    for (const qint64 id : std::as_const(due)) {
        if (startStage(id)) {
            sweep.started.append(id);
            collect();
        } else {
            noteFailure(id);
        }
    }
    // Stages that complete by themselves do so once their day is over, not on it: the hire
    // has the day to read the document or answer the survey.
    QList<qint64> over;
    {
        QSqlQuery query(m_db);
        if (!sql::run(query, QStringLiteral(R"sql(
SELECT ast.id
  FROM assignment_stages ast
  JOIN assignments a ON a.id = ast.assignment_id
  JOIN scenario_stages s ON s.id = ast.stage_id
 WHERE a.status = 'active' AND ast.status = 'in_progress' AND s.auto_complete = 1
   AND ast.due_date < ?
 ORDER BY ast.due_date, ast.id)sql"),
                      {today.toString(Qt::ISODate)})) {
            sweep.failed.insert(0, query.lastError().text());
        }
        while (query.next()) {
            over.append(query.value(0).toLongLong());
        }
    }
    for (const qint64 id : std::as_const(over)) {
        if (completeStage(id)) {
            sweep.completed.append(id);
            collect();
        } else {
            noteFailure(id);
        }
    }
    m_queued = sweep.outboxRows;
    m_notices = sweep.notices;
    return sweep;
}

qint64 StageActions::scheduleMeeting(qint64 assignmentStageId, const QDateTime &start,
                                     int durationMinutes)
{
    m_queued.clear();
    m_notices.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(m_db.lastError().text());
        return 0;
    }
    Context context;
    if (!loadContext(assignmentStageId, &context)) {
        return 0;
    }
    QJsonObject fields;
    for (const StageAction &action : std::as_const(context.actions)) {
        if (action.on == u"start" && action.type == u"zoom") {
            fields = action.fields;
            break;
        }
    }
    ZoomMeeting meeting;
    const QString topic = fields.value(u"topic").toString();
    meeting.topic =
        fill(topic.isEmpty() ? QStringLiteral("{stage}: {employee}") : topic, context.values);
    const QString agenda = fields.value(u"agenda").toString();
    meeting.agenda = agenda.isEmpty() ? context.stageDescription : fill(agenda, context.values);
    meeting.start = start;
    int minutes = durationMinutes;
    if (minutes <= 0) {
        minutes = fields.value(u"duration").toInt(context.stageMinutes);
    }
    meeting.durationMinutes = minutes > 0 ? minutes : ZoomMeeting::MinMinutes;
    meeting.invitees = context.hires;
    // People added by role or address come on top of the hires.
    for (const QJsonValue &participant : fields.value(u"participants").toArray()) {
        const QString who = participant.toString().trimmed();
        const QString email = who == u"manager"    ? context.managerEmail
                              : who.contains(u'@') ? who
                                                   : QString();
        if (!email.isEmpty() && !meeting.invitees.contains(email)) {
            meeting.invitees.append(email);
        }
    }
    if (const QString problem = meeting.problem(); !problem.isEmpty()) {
        fail(problem);
        return 0;
    }
    QString error;
    const qint64 id = enqueueOutbox(m_db, meeting.outboxItem(kStageEntity, context.id), &error);
    if (id == 0) {
        fail(error);
        return 0;
    }
    if (!transaction.commit()) {
        fail(m_db.lastError().text());
        return 0;
    }
    m_queued = {id};
    if (const QString note = meeting.note(); !note.isEmpty()) {
        m_notices.append(note);
    }
    noteService(QStringLiteral("zoom"));
    m_lastError.clear();
    return id;
}

qint64 StageActions::recordMeeting(QSqlDatabase db, qint64 outboxId, const QJsonObject &meeting,
                                   QString *error)
{
    const QString joinUrl = meeting.value(u"join_url").toString();
    if (joinUrl.isEmpty()) {
        *error = tr("Zoom created the meeting but sent no link to join it.");
        return 0;
    }
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return 0;
    }
    if (!sql::run(query,
                  QStringLiteral("SELECT entity_id FROM outbox WHERE id = ? AND service = 'zoom' "
                                 "AND entity_type = ?"),
                  {outboxId, kStageEntity})) {
        *error = query.lastError().text();
        return 0;
    }
    if (!query.next()) {
        *error = tr("The meeting belongs to no onboarding stage.");
        return 0;
    }
    const qint64 stageId = query.value(0).toLongLong();
    if (!sql::run(query,
                  QStringLiteral("UPDATE assignment_stages SET meeting_url = ? WHERE id = ?"),
                  {joinUrl, stageId}) ||
        !transaction.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        return 0;
    }
    return stageId;
}

} // namespace bbd
