// StageActions on a real database: completing a stage queues what its actions JSON asks for
// (Jira, Slack, Graph) in the same transaction; a bad document or a missing value changes
// nothing; Zoom meetings invite the scenario's hires and their join link lands on the stage.
#include "app/integrations/Integrations.h"
#include "app/integrations/StageActions.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

namespace {

struct Queued
{
    QString service;
    QString path;
    QJsonObject body;
    QString entityType;
    qint64 entityId = 0;
};

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestStageActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void completeQueuesActions_data();
    void completeQueuesActions();
    void completeTwiceIsRefused();
    void badActionsChangeNothing_data();
    void badActionsChangeNothing();
    void notConfiguredStillQueues();
    void scheduleMeetingInvitesHires();
    void scheduleMeetingDuration_data();
    void scheduleMeetingDuration();
    void recordMeetingSavesJoinUrl();
    void startQueuesStartActions_data();
    void startQueuesStartActions();
    void sweepStartsDueStages_data();
    void sweepStartsDueStages();
    void sweepBooksMeetingsAhead();
    void sweepCompletesAutomaticStages_data();
    void sweepCompletesAutomaticStages();
    void sweepKeepsGoingPastABadStage();

private:
    qint64 exec(const QString &sql, const QVariantList &values = {});
    QList<Queued> outbox() const;
    QString stageStatus(qint64 id) const;
    QString stageResult(qint64 id) const;
    void setActions(const QString &json);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    qint64 m_stage = 0;   // scenario stage "Study corporate documents"
    qint64 m_current = 0; // Alina's assignment stage of it
};

qint64 TestStageActions::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values)) {
        qWarning("%s", qPrintable(query.lastQuery()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

void TestStageActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("stage-actions"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    const QString now = sql::nowUtc();
    const QString employee =
        QStringLiteral("INSERT INTO employees (first_name, last_name, email, department, "
                       "manager_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 oleg = exec(employee, {QStringLiteral("Oleg"), QStringLiteral("Ivanov"),
                                        QStringLiteral("o.ivanov@example.com"),
                                        QStringLiteral("People Operations"), QVariant(), now});
    const qint64 alina = exec(employee, {QStringLiteral("Alina"), QStringLiteral("Sokolova"),
                                         QStringLiteral("alina@example.com"),
                                         QStringLiteral("People Operations"), oleg, now});
    const qint64 pavel =
        exec(employee, {QStringLiteral("Pavel"), QStringLiteral("Orlov"),
                        QStringLiteral("pavel@example.com"), QStringLiteral("Sales"), oleg, now});
    const qint64 gone = exec(employee, {QStringLiteral("Ivan"), QStringLiteral("Done"),
                                        QStringLiteral("ivan@example.com"), QString(), oleg, now});
    const qint64 scenario =
        exec(QStringLiteral("INSERT INTO scenarios (name, updated_at) VALUES (?, ?)"),
             {QStringLiteral("Office onboarding"), now});
    const QString stage = QStringLiteral(
        "INSERT INTO scenario_stages (scenario_id, title, description, duration_minutes, "
        "actions) VALUES (?, ?, ?, ?, ?)");
    m_stage = exec(stage, {scenario, QStringLiteral("Study corporate documents"),
                           QStringLiteral("Policies and the handbook"), 0, QStringLiteral("[]")});
    const QString assignment =
        QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, start_date, status, "
                       "created_at, updated_at) VALUES (?, ?, '2026-03-02', ?, ?, ?)");
    const qint64 a1 = exec(assignment, {alina, scenario, QStringLiteral("active"), now, now});
    exec(assignment, {pavel, scenario, QStringLiteral("active"), now, now});
    exec(assignment, {gone, scenario, QStringLiteral("completed"), now, now});
    m_current = exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                    "due_date) VALUES (?, ?, '2026-03-04')"),
                     {a1, m_stage});
    QVERIFY(m_current > 0);
}

void TestStageActions::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStageActions::setActions(const QString &json)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("UPDATE scenario_stages SET actions = ? WHERE id = ?"),
                     {json, m_stage}));
}

QList<Queued> TestStageActions::outbox() const
{
    QList<Queued> list;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral(
            "SELECT service, path, body, entity_type, entity_id FROM outbox ORDER BY id"))) {
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QJsonDocument::fromJson(query.value(2).toByteArray()).object(),
                     query.value(3).toString(), query.value(4).toLongLong()});
    }
    return list;
}

QString TestStageActions::stageStatus(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT status FROM assignment_stages WHERE id = ?"),
                    {id}) &&
                   query.next()
               ? query.value(0).toString()
               : QString();
}

QString TestStageActions::stageResult(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT result FROM assignment_stages WHERE id = ?"),
                    {id}) &&
                   query.next()
               ? query.value(0).toString()
               : QStringLiteral("?");
}

void TestStageActions::completeQueuesActions_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QList<QJsonObject>>("bodies");
    QTest::newRow("none") << QStringLiteral("[]") << QStringList() << QList<QJsonObject>();
    QTest::newRow("seed 002: Jira task for the department head")
        << QStringLiteral(R"([{"on":"complete","type":"jira","project":"ONB",
              "summary":"{employee} finished “{stage}”","assignee_account_id":"acc-oleg"}])")
        << QStringList{QStringLiteral("jira")}
        << QList<QJsonObject>{parse(R"({"fields":{"project":{"key":"ONB"},
              "issuetype":{"name":"Task"},
              "summary":"Alina Sokolova finished “Study corporate documents”",
              "description":{"type":"doc","version":1,"content":[
                {"type":"paragraph","content":[{"type":"text","text":
                  "Alina Sokolova finished the onboarding stage “Study corporate documents” of “Office onboarding”."}]},
                {"type":"paragraph","content":[{"type":"text","text":
                  "Oleg Ivanov, as head of People Operations, please check that it is done."}]}]},
              "assignee":{"accountId":"acc-oleg"}}})")};
    QTest::newRow("all three, start ignored")
        << QStringLiteral(R"([
              {"on":"start","type":"zoom","topic":"Kick-off"},
              {"on":"complete","type":"slack","text":"{first_name} is through “{stage}” 🎉"},
              {"on":"complete","type":"graph","to":"manager","subject":"{employee}: {stage}",
               "body":"Due {due_date}."},
              {"on":"complete","type":"jira","project":"HR","issue_type":"Story",
               "summary":"Check {employee}","description":"In {department}."}])")
        << QStringList{QStringLiteral("slack"), QStringLiteral("graph"), QStringLiteral("jira")}
        << QList<QJsonObject>{
               parse(R"({"text":"Alina is through “Study corporate documents” 🎉"})"),
               parse(R"({"message":{"subject":"Alina Sokolova: Study corporate documents",
                 "body":{"contentType":"text","content":"Due 2026-03-04."},
                 "toRecipients":[{"emailAddress":{"address":"o.ivanov@example.com"}}]},
                 "saveToSentItems":true})"),
               parse(R"({"fields":{"project":{"key":"HR"},"issuetype":{"name":"Story"},
                 "summary":"Check Alina Sokolova","description":{"type":"doc","version":1,
                 "content":[{"type":"paragraph","content":[{"type":"text",
                 "text":"In People Operations."}]}]}}})")};
    QTest::newRow("feedback survey by e-mail")
        << QStringLiteral(R"([{"on":"complete","type":"survey",
              "url":"https://forms.example.com/onboarding?stage=docs"}])")
        << QStringList{QStringLiteral("graph")} << QList<QJsonObject>{parse(R"({"message":{
              "subject":"How did “Study corporate documents” go?",
              "body":{"contentType":"text","content":"Hello Alina,\n\nplease take a few minutes to tell us how “Study corporate documents” went:\nhttps://forms.example.com/onboarding?stage=docs"},
              "toRecipients":[{"emailAddress":{"address":"alina@example.com"}}]},
              "saveToSentItems":true})")};
    QTest::newRow("survey and document by Slack, document on start ignored")
        << QStringLiteral(R"([{"on":"start","type":"document","title":"Handbook",
              "url":"https://wiki.example.com/handbook"},
             {"on":"complete","type":"document","title":"Handbook","via":"slack",
              "url":"https://wiki.example.com/handbook"},
             {"on":"complete","type":"survey","via":"slack","url":"https://f.example.com/1"}])")
        << QStringList{QStringLiteral("slack"), QStringLiteral("slack")}
        << QList<QJsonObject>{
               parse(
                   R"({"text":"Alina, please read Handbook: https://wiki.example.com/handbook"})"),
               parse(
                   R"({"text":"Alina, how did “Study corporate documents” go? Please tell us: https://f.example.com/1"})")};
}

void TestStageActions::completeQueuesActions()
{
    QFETCH(QString, actions);
    QFETCH(QStringList, services);
    QFETCH(QList<QJsonObject>, bodies);
    setActions(actions);
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY2(stageActions.completeStage(m_current), qPrintable(stageActions.lastError()));
    QCOMPARE(stageStatus(m_current), QStringLiteral("done"));
    const QList<Queued> rows = outbox();
    QCOMPARE(rows.size(), services.size());
    QCOMPARE(stageActions.queued().size(), services.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].service, services[i]);
        QCOMPARE(rows[i].entityType, QStringLiteral("assignment_stage"));
        QCOMPARE(rows[i].entityId, m_current);
        QCOMPARE(rows[i].body, bodies[i]);
    }
}

void TestStageActions::completeTwiceIsRefused()
{
    setActions(QStringLiteral(R"([{"on":"complete","type":"slack"}])"));
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY(stageActions.completeStage(m_current));
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().first().body.value(u"text").toString(),
             QStringLiteral("Alina Sokolova finished “Study corporate documents”."));
    QVERIFY(!stageActions.completeStage(m_current));
    QVERIFY(stageActions.lastError().contains(QStringLiteral("done already")));
    QCOMPARE(outbox().size(), 1);
    QVERIFY(!stageActions.completeStage(987654));
    QVERIFY(!stageActions.lastError().isEmpty());
}

void TestStageActions::badActionsChangeNothing_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QStringLiteral("[{") << QStringLiteral("JSON array");
    QTest::newRow("object") << QStringLiteral(R"({"on":"complete"})")
                            << QStringLiteral("JSON array");
    QTest::newRow("unknown type") << QStringLiteral(R"([{"on":"complete","type":"teams"}])")
                                  << QStringLiteral("teams");
    QTest::newRow("no on") << QStringLiteral(R"([{"type":"slack"}])") << QStringLiteral("\"on\"");
    QTest::newRow("jira on start") << QStringLiteral(R"([{"on":"start","type":"jira"}])")
                                   << QStringLiteral("not when it starts");
    QTest::newRow("survey without address")
        << QStringLiteral(R"([{"on":"complete","type":"survey"}])") << QStringLiteral("survey");
    QTest::newRow("document with a relative address")
        << QStringLiteral(R"([{"on":"start","type":"document","url":"handbook.pdf"}])")
        << QStringLiteral("document");
    QTest::newRow("unknown placeholder")
        << QStringLiteral(R"([{"on":"complete","type":"slack","text":"{salary}"}])")
        << QStringLiteral("{salary}");
    // The second action fails after the first was written: the first goes too.
    QTest::newRow("jira without project")
        << QStringLiteral(R"([{"on":"complete","type":"slack"},{"on":"complete","type":"jira"}])")
        << QStringLiteral("project");
    QTest::newRow("mail to nobody")
        << QStringLiteral(R"([{"on":"complete","type":"graph","to":" , "}])")
        << QStringLiteral("no e-mail address");
}

void TestStageActions::badActionsChangeNothing()
{
    QFETCH(QString, actions);
    QFETCH(QString, reason);
    setActions(actions);
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY(!stageActions.completeStage(m_current));
    QVERIFY2(stageActions.lastError().contains(reason), qPrintable(stageActions.lastError()));
    QVERIFY(stageActions.lastError().contains(QStringLiteral("Study corporate documents")));
    QCOMPARE(stageStatus(m_current), QStringLiteral("pending"));
    QCOMPARE(outbox().size(), 0);
    QVERIFY(stageActions.queued().isEmpty());
}

void TestStageActions::notConfiguredStillQueues()
{
    setActions(QStringLiteral(R"([{"on":"complete","type":"jira"},
                                  {"on":"complete","type":"slack"}])"));
    m_settings->setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                                 QStringLiteral("ONB"));
    m_settings->setServiceUrl(QStringLiteral("slack"),
                              QUrl(QStringLiteral("https://hooks.slack.com")));
    QVERIFY(!Integrations::isConfigured(*m_settings, QStringLiteral("jira")));
    QVERIFY(Integrations::isConfigured(*m_settings, QStringLiteral("slack")));
    QCOMPARE(Integrations::statusText(*m_settings, QStringLiteral("jira")),
             QStringLiteral("not configured"));
    QCOMPARE(Integrations::statusText(*m_settings, QStringLiteral("slack")),
             QStringLiteral("configured"));
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY(!stageActions.isConfigured(QStringLiteral("jira")));
    QVERIFY(stageActions.isConfigured(QStringLiteral("slack")));
    QVERIFY2(stageActions.completeStage(m_current), qPrintable(stageActions.lastError()));
    const QList<Queued> rows = outbox();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].body.value(u"fields").toObject().value(u"project").toObject().value(u"key"),
             QJsonValue(QStringLiteral("ONB")));
    QCOMPARE(stageActions.notices().size(), 1);
    QVERIFY(stageActions.notices().first().startsWith(QStringLiteral("Jira is not configured")));
}

void TestStageActions::scheduleMeetingInvitesHires()
{
    setActions(QStringLiteral(R"([{"on":"start","type":"zoom","topic":"Welcome, {employee}",
                                   "agenda":"Questions about {stage}","duration":45,
                                   "participants":["manager","buddy@example.com","mentor"]}])"));
    StageActions stageActions(m_db->connection(), *m_settings);
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const qint64 id = stageActions.scheduleMeeting(m_current, start);
    QVERIFY2(id > 0, qPrintable(stageActions.lastError()));
    QCOMPARE(stageActions.queued(), QList<qint64>{id});
    const QList<Queued> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].service, QStringLiteral("zoom"));
    QCOMPARE(rows[0].path, QStringLiteral("/users/me/meetings"));
    // The hires with an active assignment on the scenario are invited, then the people added
    // by role (the manager) or address; a role with no address here ("mentor") adds nobody.
    QCOMPARE(rows[0].body, parse(R"({"topic":"Welcome, Alina Sokolova","type":2,
        "start_time":"2026-03-02T09:30:00Z","duration":45,"timezone":"UTC",
        "agenda":"Questions about Study corporate documents",
        "settings":{"auto_recording":"cloud","meeting_invitees":[
          {"email":"alina@example.com"},{"email":"pavel@example.com"},
          {"email":"o.ivanov@example.com"},{"email":"buddy@example.com"}]}})"));
    // Scheduling leaves the stage as it was.
    QCOMPARE(stageStatus(m_current), QStringLiteral("pending"));
    QVERIFY(stageActions.scheduleMeeting(m_current, QDateTime()) == 0);
    QVERIFY(!stageActions.lastError().isEmpty());
}

void TestStageActions::scheduleMeetingDuration_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<int>("stageMinutes");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("sent");
    QTest::addColumn<bool>("noticed");
    QTest::newRow("stage's length") << QStringLiteral("[]") << 40 << 0 << 40 << false;
    QTest::newRow("no length anywhere") << QStringLiteral("[]") << 0 << 0 << 30 << false;
    QTest::newRow("action's length clamped")
        << QStringLiteral(R"([{"on":"start","type":"zoom","duration":90}])") << 40 << 0 << 60
        << true;
    QTest::newRow("asked clamped") << QStringLiteral("[]") << 40 << 20 << 30 << true;
}

void TestStageActions::scheduleMeetingDuration()
{
    QFETCH(QString, actions);
    QFETCH(int, stageMinutes);
    QFETCH(int, asked);
    QFETCH(int, sent);
    QFETCH(bool, noticed);
    setActions(actions);
    exec(QStringLiteral("UPDATE scenario_stages SET duration_minutes = ? WHERE id = ?"),
         {stageMinutes, m_stage});
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY(stageActions.scheduleMeeting(m_current, QDateTime::currentDateTimeUtc(), asked) > 0);
    QCOMPARE(outbox().first().body.value(u"duration").toInt(), sent);
    // The meeting length note comes besides the "Zoom is not configured" one.
    const bool hasNote = std::any_of(
        stageActions.notices().cbegin(), stageActions.notices().cend(),
        [](const QString &notice) { return notice.contains(QStringLiteral("minutes instead")); });
    QCOMPARE(hasNote, noticed);
}

void TestStageActions::recordMeetingSavesJoinUrl()
{
    StageActions stageActions(m_db->connection(), *m_settings);
    const qint64 id = stageActions.scheduleMeeting(m_current, QDateTime::currentDateTimeUtc());
    QVERIFY(id > 0);
    QString error;
    QCOMPARE(StageActions::recordMeeting(m_db->connection(), id, {}, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(StageActions::recordMeeting(
                 m_db->connection(), id + 100,
                 {{QStringLiteral("join_url"), QStringLiteral("https://zoom.us/j/1")}}, &error),
             0);
    QCOMPARE(StageActions::recordMeeting(
                 m_db->connection(), id,
                 {{QStringLiteral("join_url"), QStringLiteral("https://zoom.us/j/85746065401")}},
                 &error),
             m_current);
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT meeting_url FROM assignment_stages WHERE id = ?"),
                     {m_current}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("https://zoom.us/j/85746065401"));
}

void TestStageActions::startQueuesStartActions_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QStringList>("services");
    QTest::newRow("nothing on start")
        << QStringLiteral(R"([{"on":"complete","type":"slack","text":"done"}])") << QStringList();
    QTest::newRow("document by e-mail, survey on Slack, complete left for later")
        << QStringLiteral(R"([
              {"on":"start","type":"document","title":"Handbook","url":"https://wiki.example.com/h"},
              {"on":"start","type":"survey","url":"https://forms.example.com/s","via":"slack"},
              {"on":"complete","type":"jira","project":"ONB"}])")
        << QStringList{QStringLiteral("graph"), QStringLiteral("slack")};
    // The meeting is booked ahead of the day by the sweep, never by the start itself.
    QTest::newRow("zoom is not started") << QStringLiteral(R"([{"on":"start","type":"zoom"},
              {"on":"start","type":"graph","to":"manager","subject":"{employee} starts {stage}"}])")
                                         << QStringList{QStringLiteral("graph")};
}

void TestStageActions::startQueuesStartActions()
{
    QFETCH(QString, actions);
    QFETCH(QStringList, services);
    setActions(actions);
    StageActions stageActions(m_db->connection(), *m_settings);
    QVERIFY2(stageActions.startStage(m_current), qPrintable(stageActions.lastError()));
    QCOMPARE(stageStatus(m_current), QStringLiteral("in_progress"));
    QStringList queued;
    for (const Queued &row : outbox()) {
        queued << row.service;
        QCOMPARE(row.entityType, QStringLiteral("assignment_stage"));
        QCOMPARE(row.entityId, m_current);
    }
    QCOMPARE(queued, services);
    QCOMPARE(stageActions.queued().size(), services.size());
    // Started once: a second start is refused and queues nothing more.
    QVERIFY(!stageActions.startStage(m_current));
    QCOMPARE(outbox().size(), services.size());
}

void TestStageActions::sweepStartsDueStages_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("assignmentStatus");
    QTest::addColumn<QString>("expected");
    // The stage is due on 2026-03-04.
    QTest::newRow("the day before") << QDate(2026, 3, 3) << "active"
                                    << "pending";
    QTest::newRow("on the day") << QDate(2026, 3, 4) << "active"
                                << "in_progress";
    QTest::newRow("days later (app was closed)") << QDate(2026, 3, 9) << "active"
                                                 << "in_progress";
    QTest::newRow("assignment cancelled") << QDate(2026, 3, 9) << "cancelled"
                                          << "pending";
}

void TestStageActions::sweepStartsDueStages()
{
    QFETCH(QDate, today);
    QFETCH(QString, assignmentStatus);
    QFETCH(QString, expected);
    setActions(
        QStringLiteral(R"([{"on":"start","type":"document","url":"https://wiki.example.com/h"}])"));
    exec(QStringLiteral("UPDATE assignments SET status = ? WHERE id = (SELECT assignment_id FROM "
                        "assignment_stages WHERE id = ?)"),
         {assignmentStatus, m_current});
    StageActions stageActions(m_db->connection(), *m_settings);
    const StageActions::Sweep sweep = stageActions.runDueStages(today);
    QVERIFY(sweep.failed.isEmpty());
    QCOMPARE(stageStatus(m_current), expected);
    const bool started = expected == u"in_progress";
    QCOMPARE(sweep.started, started ? QList<qint64>{m_current} : QList<qint64>());
    QCOMPARE(outbox().size(), started ? 1 : 0);
    // A second sweep the same day finds nothing left to do.
    const StageActions::Sweep again = stageActions.runDueStages(today);
    QVERIFY(again.started.isEmpty() && again.outboxRows.isEmpty());
    QCOMPARE(outbox().size(), started ? 1 : 0);
}

void TestStageActions::sweepCompletesAutomaticStages_data()
{
    QTest::addColumn<bool>("automatic");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    // The stage is due on 2026-03-04.
    QTest::newRow("automatic, on its day") << true << QDate(2026, 3, 4) << "in_progress";
    QTest::newRow("automatic, the day after") << true << QDate(2026, 3, 5) << "done";
    QTest::newRow("automatic, a week later") << true << QDate(2026, 3, 11) << "done";
    QTest::newRow("manual, a week later") << false << QDate(2026, 3, 11) << "in_progress";
}

void TestStageActions::sweepCompletesAutomaticStages()
{
    QFETCH(bool, automatic);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    setActions(QStringLiteral(R"([{"on":"complete","type":"slack","text":"{employee} read it"}])"));
    exec(QStringLiteral("UPDATE scenario_stages SET auto_complete = ? WHERE id = ?"),
         {automatic ? 1 : 0, m_stage});
    StageActions stageActions(m_db->connection(), *m_settings);
    const StageActions::Sweep sweep = stageActions.runDueStages(today);
    QVERIFY2(sweep.failed.isEmpty(), qPrintable(sweep.failed.values().join(QStringLiteral("; "))));
    QCOMPARE(stageStatus(m_current), expected);
    const bool done = expected == u"done";
    QCOMPARE(sweep.completed, done ? QList<qint64>{m_current} : QList<qint64>());
    // Completing sends what "Mark Done" would: the stage's completion message.
    const QList<Queued> rows = outbox();
    QCOMPARE(rows.size(), done ? 1 : 0);
    if (done) {
        QCOMPARE(rows[0].service, QStringLiteral("slack"));
        QCOMPARE(rows[0].entityId, m_current);
    }
    // Done is done: the next sweep sends nothing twice.
    QVERIFY(stageActions.runDueStages(today).completed.isEmpty());
    QCOMPARE(outbox().size(), done ? 1 : 0);
    if (automatic && !done) {
        // Its day over, the stage that was only started completes.
        QCOMPARE(stageActions.runDueStages(today.addDays(1)).completed, QList<qint64>{m_current});
        QCOMPARE(stageStatus(m_current), QStringLiteral("done"));
    }
}

void TestStageActions::sweepBooksMeetingsAhead()
{
    setActions(QStringLiteral(R"([{"on":"start","type":"zoom","topic":"Meet {employee}",
                                   "duration":45}])"));
    StageActions stageActions(m_db->connection(), *m_settings);
    // Three days ahead: too early with a lead of two days.
    QVERIFY(stageActions.runDueStages(QDate(2026, 3, 1), 2).meetings.isEmpty());
    QCOMPARE(outbox().size(), 0);
    const StageActions::Sweep sweep = stageActions.runDueStages(QDate(2026, 3, 2), 2, QTime(11, 0));
    QCOMPARE(sweep.meetings, QList<qint64>{m_current});
    QCOMPARE(sweep.started, QList<qint64>());
    QList<Queued> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].service, QStringLiteral("zoom"));
    QCOMPARE(QDateTime::fromString(rows[0].body.value(u"start_time").toString(), Qt::ISODate),
             QDateTime(QDate(2026, 3, 4), QTime(11, 0)).toUTC());
    QCOMPARE(stageStatus(m_current), QStringLiteral("pending"));
    // On the day the stage starts; the meeting queued already is not booked twice.
    const StageActions::Sweep onTheDay = stageActions.runDueStages(QDate(2026, 3, 4), 2);
    QCOMPARE(onTheDay.started, QList<qint64>{m_current});
    QVERIFY(onTheDay.meetings.isEmpty());
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(stageStatus(m_current), QStringLiteral("in_progress"));
}

void TestStageActions::sweepKeepsGoingPastABadStage()
{
    // A second stage of the same assignment whose employee has no e-mail to send a link to.
    const qint64 assignment = exec(
        QStringLiteral(
            "INSERT INTO assignments (employee_id, scenario_id, start_date, status, created_at, "
            "updated_at) SELECT e.id, a.scenario_id, a.start_date, 'active', a.created_at, "
            "a.updated_at FROM employees e, assignments a WHERE e.first_name = 'Ivan' AND a.id = "
            "(SELECT assignment_id FROM assignment_stages WHERE id = ?)"),
        {m_current});
    exec(QStringLiteral("UPDATE employees SET email = NULL WHERE first_name = 'Ivan'"));
    const qint64 bad = exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, "
                                           "stage_id, due_date) VALUES (?, ?, '2026-03-03')"),
                            {assignment, m_stage});
    QVERIFY(bad > 0);
    setActions(
        QStringLiteral(R"([{"on":"start","type":"document","url":"https://wiki.example.com/h"}])"));
    StageActions stageActions(m_db->connection(), *m_settings);
    const StageActions::Sweep sweep = stageActions.runDueStages(QDate(2026, 3, 4));
    QCOMPARE(sweep.started, QList<qint64>{m_current});
    QCOMPARE(sweep.failed.keys(), QList<qint64>{bad});
    QVERIFY2(sweep.failed.value(bad).contains(QLatin1String("e-mail")),
             qPrintable(sweep.failed.value(bad)));
    // The bad stage waits, with the reason kept for the progress view; nothing of it was queued.
    QCOMPARE(stageStatus(bad), QStringLiteral("pending"));
    QCOMPARE(stageResult(bad), sweep.failed.value(bad));
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().at(0).entityId, m_current);
}

QTEST_GUILESS_MAIN(TestStageActions)
#include "tst_stageactions.moc"
