#include "app/scenarios/ScenarioTemplates.h"

#include "app/scenarios/ScenarioJson.h"
#include "app/scenarios/ScenarioStore.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "models/ScenarioDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace bbd {
namespace {

using Role = ScenarioStage::OwnerRole;
using Unit = ScenarioStage::TimingUnit;
using Recurrence = ScenarioStage::Recurrence;

// Seed 000: the onboarding feedback survey new hires fill in after each stage.
const QString kFeedbackSurvey = QStringLiteral("https://butterboard.online/feedback/onboarding");

QJsonObject zoom(const QString &topic, const QString &agenda, int minutes,
                 const QStringList &participants)
{
    return {{QStringLiteral("on"), QStringLiteral("start")},
            {QStringLiteral("type"), QStringLiteral("zoom")},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("agenda"), agenda},
            {QStringLiteral("duration"), minutes},
            {QStringLiteral("participants"), QJsonArray::fromStringList(participants)}};
}

QJsonObject survey()
{
    return {{QStringLiteral("on"), QStringLiteral("complete")},
            {QStringLiteral("type"), QStringLiteral("survey")},
            {QStringLiteral("url"), kFeedbackSurvey},
            {QStringLiteral("via"), QStringLiteral("email")},
            {QStringLiteral("subject"), ScenarioTemplates::tr("How did “{stage}” go?")}};
}

// The project is left to the Jira setting ("project"), so the template fits any company.
QJsonObject jiraTask()
{
    return {{QStringLiteral("on"), QStringLiteral("complete")},
            {QStringLiteral("type"), QStringLiteral("jira")},
            {QStringLiteral("issue_type"), QStringLiteral("Task")},
            {QStringLiteral("summary"),
             ScenarioTemplates::tr("{employee} finished the first three months")},
            {QStringLiteral("description"),
             ScenarioTemplates::tr("{employee} ({department}) has completed the onboarding "
                                   "scenario “{scenario}”. {manager}, please confirm the "
                                   "result of the probation period.")}};
}

StageData stage(qint64 key, const QString &title, const QString &kind, Unit unit, int offset,
                int minutes, Role owner, const QStringList &participants,
                const QString &description, const QJsonArray &actions, QPointF position,
                Recurrence recurrence = Recurrence::None)
{
    StageData s;
    s.key = key;
    s.title = title;
    s.kind = kind;
    s.timingUnit = unit;
    s.timingOffset = offset;
    s.recurrence = recurrence;
    s.durationMinutes = minutes;
    s.ownerRole = owner;
    s.participants = participants;
    s.description = description;
    s.actions = actions;
    s.position = position;
    return s;
}

StageData meetTheTeam(qint64 key, QPointF at, bool withSurvey)
{
    QJsonArray actions{zoom(ScenarioTemplates::tr("Meet the team: {employee}"),
                            ScenarioTemplates::tr("Introductions, who does what and whom to ask "
                                                  "about what, and your first questions."),
                            45, {QStringLiteral("manager")})};
    if (withSurvey) {
        actions.append(survey());
    }
    return stage(key, ScenarioTemplates::tr("Meet the team"), QStringLiteral("meeting"), Unit::Week,
                 1, 45, Role::Manager,
                 {QStringLiteral("manager"), ScenarioTemplates::tr("the team")},
                 ScenarioTemplates::tr("A video meeting in the first week with the manager and "
                                       "the key people of the team. The manager sends the "
                                       "agenda beforehand; the meeting is recorded."),
                 actions, at);
}

StageData productTraining(qint64 key, QPointF at, bool withSurvey)
{
    QJsonArray actions{zoom(ScenarioTemplates::tr("Product training: {employee}"),
                            ScenarioTemplates::tr("The key features shown live, then practical "
                                                  "exercises."),
                            60, {})};
    if (withSurvey) {
        actions.append(survey());
    }
    return stage(key, ScenarioTemplates::tr("Product training"), QStringLiteral("training"),
                 Unit::Week, 2, 60, Role::HrManager,
                 {ScenarioTemplates::tr("product trainer"), QStringLiteral("new_hire")},
                 ScenarioTemplates::tr("A video session with the product trainer in the first "
                                       "month: the key features, then practice. Add the link to "
                                       "the recording of an earlier session so the new hire can "
                                       "watch it again."),
                 actions, at);
}

StageData weeklyOneOnOne(qint64 key, QPointF at)
{
    return stage(key, ScenarioTemplates::tr("Weekly 1:1 with the manager"),
                 QStringLiteral("one_on_one"), Unit::Week, 2, 30, Role::Manager,
                 {QStringLiteral("manager"), QStringLiteral("new_hire")},
                 ScenarioTemplates::tr("Thirty minutes every week from the second week: wins, "
                                       "blockers, priorities for the next week, and feedback "
                                       "both ways. The new hire brings their own list."),
                 {zoom(ScenarioTemplates::tr("1:1: {employee} and {manager}"),
                       ScenarioTemplates::tr("Wins, blockers, priorities, feedback."), 30,
                       {QStringLiteral("manager")})},
                 at, Recurrence::Weekly);
}

StageData probationReview(qint64 key, QPointF at)
{
    return stage(
        key, ScenarioTemplates::tr("Probation review"), QStringLiteral("meeting"), Unit::Month, 3,
        60, Role::Manager,
        {QStringLiteral("manager"), QStringLiteral("hr_manager"), QStringLiteral("new_hire")},
        ScenarioTemplates::tr("In the third month the manager and the new hire look "
                              "back on the probation period and agree on a development "
                              "plan. When it is done, a Jira task asks the department "
                              "head to confirm the result."),
        {zoom(ScenarioTemplates::tr("Probation review: {employee}"),
              ScenarioTemplates::tr("The first three months, and the plan for the "
                                    "next quarter."),
              60, {QStringLiteral("manager")}),
         survey(), jiraTask()},
        at);
}

} // namespace

ScenarioTemplates::ScenarioTemplates(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList ScenarioTemplates::builtInKeys()
{
    return {QStringLiteral("meet_the_team"), QStringLiteral("product_training"),
            QStringLiteral("weekly_one_on_one"), QStringLiteral("first_three_months")};
}

bool ScenarioTemplates::builtIn(const QString &key, ScenarioContents *contents)
{
    ScenarioContents built;
    if (key == u"meet_the_team") {
        built.name = tr("Meet the team");
        built.description = tr("A 45-minute video meeting with the manager and the team in the "
                               "first week.");
        built.stages = {meetTheTeam(1, {0, 0}, false)};
    } else if (key == u"product_training") {
        built.name = tr("Product training");
        built.description = tr("A video session with the product trainer in the first month.");
        built.stages = {productTraining(1, {0, 0}, false)};
    } else if (key == u"weekly_one_on_one") {
        built.name = tr("Weekly 1:1 with the manager");
        built.description = tr("A 30-minute video call with the manager every week.");
        built.stages = {weeklyOneOnOne(1, {0, 0})};
    } else if (key == u"first_three_months") {
        built.name = tr("First three months");
        built.description =
            tr("Meet the team in the first week, product training in the first month and a "
               "weekly 1:1 with the manager, with a feedback survey after each stage (the 1:1 "
               "is feedback itself), and a probation review at the end that opens a Jira task "
               "for the department head.");
        built.stages = {meetTheTeam(1, {0, 0}, true), productTraining(2, {280, 0}, true),
                        weeklyOneOnOne(3, {280, 170}), probationReview(4, {560, 0})};
        built.links = {{1, 2}, {1, 3}, {2, 4}};
    } else {
        return false;
    }
    *contents = built;
    return true;
}

QList<ScenarioTemplate> ScenarioTemplates::list() const
{
    QList<ScenarioTemplate> templates;
    for (const QString &key : builtInKeys()) {
        ScenarioContents contents;
        builtIn(key, &contents);
        templates.append(
            {0, key, contents.name, contents.description, int(contents.stages.size()), true});
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(R"sql(
SELECT s.id, s.name, coalesce(s.description, ''),
       (SELECT count(*) FROM scenario_stages st WHERE st.scenario_id = s.id)
  FROM scenarios s
 WHERE s.is_template = 1 AND s.deleted = 0
 ORDER BY s.name COLLATE NOCASE, s.id)sql"))) {
        m_lastError = query.lastError().text();
        return templates;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        templates.append({id, QStringLiteral("user:%1").arg(id), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toInt(), false});
    }
    return templates;
}

bool ScenarioTemplates::instantiate(const ScenarioTemplate &templ, ScenarioContents *contents)
{
    m_lastError.clear();
    if (templ.builtIn) {
        if (!builtIn(templ.key, contents)) {
            m_lastError = tr("There is no built-in template “%1”.").arg(templ.key);
            return false;
        }
        return true;
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT 1 FROM scenarios WHERE id = ? AND is_template = 1 AND "
                                 "deleted = 0"),
                  {templ.id}) ||
        !query.next()) {
        m_lastError = tr("The template “%1” is no longer there.").arg(templ.name);
        return false;
    }
    ScenarioStore store(m_db);
    ScenarioContents read;
    if (!store.loadContents(templ.id, &read)) {
        m_lastError = store.lastError();
        return false;
    }
    for (StageData &stage : read.stages) {
        stage.dbId = 0;
    }
    *contents = read;
    return true;
}

qint64 ScenarioTemplates::saveAsTemplate(const ScenarioDocument &document,
                                         const QList<qint64> &stageKeys, const QString &name)
{
    m_lastError.clear();
    if (name.trimmed().isEmpty()) {
        m_lastError = tr("A template needs a name.");
        return 0;
    }
    const QSet<qint64> chosen(stageKeys.cbegin(), stageKeys.cend());
    for (qint64 key : chosen) {
        if (!document.stage(key)) {
            m_lastError = tr("A chosen stage is no longer in the scenario.");
            return 0;
        }
    }
    ScenarioContents contents;
    contents.name = name.trimmed();
    contents.description = chosen.isEmpty() ? document.description() : QString();
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    for (const StageData &stage : document.stages()) {
        if (chosen.isEmpty() || chosen.contains(stage.key)) {
            contents.stages.append(stage);
            left = std::min(left, stage.position.x());
            top = std::min(top, stage.position.y());
        }
    }
    if (contents.stages.isEmpty()) {
        m_lastError = tr("There are no stages to keep in a template.");
        return 0;
    }
    // Inserting a template puts it below what is on the canvas, so it starts at the origin.
    for (StageData &stage : contents.stages) {
        stage.position -= QPointF(left, top);
    }
    for (const StageLink &link : document.links()) {
        if (chosen.isEmpty() || (chosen.contains(link.from) && chosen.contains(link.to))) {
            contents.links.append(link);
        }
    }
    Transaction transaction(m_db);
    QString error;
    const qint64 id =
        transaction.isActive() ? ScenarioStore::insertScenario(m_db, contents, true, &error) : 0;
    if (id == 0 || !transaction.commit()) {
        m_lastError = id == 0 && !error.isEmpty() ? error : m_db.lastError().text();
        return 0;
    }
    return id;
}

} // namespace bbd
