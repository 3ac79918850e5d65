#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bbd {

class Settings;

// What a scenario stage asks the integrations to do, read from scenario_stages.actions, a JSON
// array of objects:
//
//   {"on": "complete", "type": "jira", "project": "ONB", "issue_type": "Task",
//    "summary": "{employee} finished “{stage}”", "description": "…",
//    "assignee_account_id": "5b10a2844c20165700ede21g"}
//   {"on": "complete", "type": "slack", "text": "{employee} finished “{stage}”"}
//   {"on": "complete", "type": "graph", "to": "manager", "subject": "…", "body": "…"}
//   {"on": "start", "type": "zoom", "topic": "…", "agenda": "…", "duration": 45,
//    "participants": ["manager", "mentor@example.com"]}
//   {"on": "complete", "type": "survey", "url": "https://…", "via": "email"}
//   {"on": "start", "type": "document", "title": "Security policy", "url": "https://…"}
//
// "on" is "complete" (queued by completeStage) or "start" (every type but "jira"; a "zoom"
// action's fields are the defaults of scheduleMeeting, the others go out when the stage's day
// comes). Every field but "on" and "type" may be left out:
//  - jira: project falls back to the Jira setting "project", issue_type to "Task"; the
//    summary and description to a sentence naming the employee, the stage and the department
//    head (the employee's manager), who is the one to check the stage (seed 002);
//  - slack: text; the channel is the one the webhook was made for (#new-hires);
//  - graph: "to" is "employee", "manager" or e-mail addresses separated by commas;
//  - zoom: topic, agenda (default: the stage's description), duration in minutes (default:
//    the stage's duration, then 30), brought into 30..60; the scenario's hires are invited,
//    and "participants" adds the hire's manager ("manager") or people by e-mail address;
//  - survey, document: a link (http or https "url", required) sent to the hire by e-mail
//    (Graph) or, with "via": "slack", to the Slack channel; "title" names the document,
//    "subject", "body" and "text" replace the default wording.
// Texts may use {employee}, {first_name}, {stage}, {scenario}, {department}, {manager},
// {due_date}.
struct StageAction
{
    QString on;   // "complete" or "start"
    QString type; // "jira", "slack", "graph", "zoom"
    QJsonObject fields;
};

// Completes onboarding stages and schedules their meetings on the local database: the stage's
// change and the outbox rows that carry it to Jira, Slack, Graph or Zoom are one transaction.
// Work for a service that is not configured is queued all the same (notices() says so).
class StageActions
{
    Q_DECLARE_TR_FUNCTIONS(bbd::StageActions)

public:
    StageActions(QSqlDatabase db, const Settings &settings);

    static QStringList placeholders();
    // Reads an actions document; false with `problem` (for the scenario editor and the user)
    // when it is not the shape above.
    static bool parseActions(const QString &json, QList<StageAction> *actions, QString *problem);

    // Marks the assignment stage done and queues its "complete" actions. False with
    // lastError() when the stage is unknown or done already, or an action cannot be built;
    // then nothing is changed.
    bool completeStage(qint64 assignmentStageId);
    // Starts one pending stage whose day has come: status in_progress and, in the same
    // transaction, its "start" actions other than Zoom queued (documents, surveys, messages).
    // False with lastError() when the stage is not pending or an action cannot be built; then
    // nothing is changed.
    bool startStage(qint64 assignmentStageId);

    // What a sweep did: stages started, meetings scheduled, and the stages it could not start
    // (with why), so the caller can tell the user once.
    struct Sweep
    {
        QList<qint64> started;
        QList<qint64> completed; // stages that complete by themselves, their day over
        QList<qint64> meetings;
        QList<qint64> outboxRows;
        QHash<qint64, QString> failed; // assignment stage id -> reason
        QStringList notices;
    };
    // The stages of active assignments run themselves: every pending stage due on or before
    // `today` is started (startStage), and a stage with a "start" Zoom action gets its meeting
    // queued `meetingLeadDays` days before its due date, at `meetingTime` local time on that
    // date, unless a meeting was queued for it already. A started stage that completes by
    // itself (scenario_stages.auto_complete) is completed (completeStage) once its due date is
    // before `today`. Each stage is its own transaction, so
    // one that cannot start (an employee without an e-mail) does not hold the others back.
    Sweep runDueStages(const QDate &today, int meetingLeadDays = 2,
                       const QTime &meetingTime = QTime(10, 0));

    // Queues a Zoom meeting for the assignment stage with the scenario's hires as invitees.
    // `durationMinutes` 0 takes the stage's "start" zoom action, then the stage's duration.
    // Returns the outbox row id, or 0 with lastError().
    qint64 scheduleMeeting(qint64 assignmentStageId, const QDateTime &start,
                           int durationMinutes = 0);

    // After a Zoom row was delivered (OutboxDispatcher::itemSent): stores the meeting's
    // join_url on the assignment stage of the row, in one transaction. Returns the assignment
    // stage id, or 0 with `error` set (not a Zoom row of a stage, or no join_url).
    static qint64 recordMeeting(QSqlDatabase db, qint64 outboxId, const QJsonObject &meeting,
                                QString *error);

    // Whether `service` has its address in Settings (Integrations::isConfigured); work for it
    // is queued either way.
    bool isConfigured(const QString &service) const;

    // Outbox rows the last call wrote, in order.
    QList<qint64> queued() const { return m_queued; }
    // What the user should know about the last call although it succeeded (a service not
    // configured yet, a meeting length brought into range).
    QStringList notices() const { return m_notices; }
    QString lastError() const { return m_lastError; }

private:
    struct Context;
    bool loadContext(qint64 assignmentStageId, Context *context);
    bool enqueue(const Context &context, const StageAction &action);
    bool fail(const QString &message);
    void noteService(const QString &service);

    QSqlDatabase m_db;
    const Settings &m_settings;
    QList<qint64> m_queued;
    QStringList m_notices;
    QString m_lastError;
};

} // namespace bbd
