// The request bodies the four connectors put into the outbox, compared as exact JSON with
// what the vendors document (Jira Cloud v3, Zoom v2, Microsoft Graph v1.0, Slack webhooks).
#include "app/integrations/GraphConnector.h"
#include "app/integrations/JiraConnector.h"
#include "app/integrations/SlackConnector.h"
#include "app/integrations/ZoomConnector.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace bbd;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad expected JSON: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

QJsonObject bodyOf(const OutboxItem &item)
{
    return QJsonDocument::fromJson(item.body).object();
}

} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jira_data();
    void jira();
    void zoom();
    void zoomDuration_data();
    void zoomDuration();
    void zoomProblems();
    void graph_data();
    void graph();
    void slack();
    void slackWebhookPath_data();
    void slackWebhookPath();
};

void TestConnectors::jira_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("seed 002 example")
        << QStringLiteral("Alina Sokolova finished “Study corporate documents”.\n\nPlease check.")
        << QStringLiteral("5b10a2844c20165700ede21g")
        << parse(R"({"fields":{"project":{"key":"ONB"},"issuetype":{"name":"Task"},
            "summary":"Alina Sokolova finished “Study corporate documents”",
            "description":{"type":"doc","version":1,"content":[
              {"type":"paragraph","content":[{"type":"text",
                "text":"Alina Sokolova finished “Study corporate documents”."}]},
              {"type":"paragraph","content":[{"type":"text","text":"Please check."}]}]},
            "assignee":{"accountId":"5b10a2844c20165700ede21g"}}})");
    QTest::newRow("line break, no assignee")
        << QStringLiteral("first line\nsecond line") << QString()
        << parse(R"({"fields":{"project":{"key":"ONB"},"issuetype":{"name":"Task"},
            "summary":"Alina Sokolova finished “Study corporate documents”",
            "description":{"type":"doc","version":1,"content":[
              {"type":"paragraph","content":[{"type":"text","text":"first line"},
                {"type":"hardBreak"},{"type":"text","text":"second line"}]}]}}})");
    QTest::newRow("no description")
        << QString() << QString() << parse(R"({"fields":{"project":{"key":"ONB"},
            "issuetype":{"name":"Task"},
            "summary":"Alina Sokolova finished “Study corporate documents”"}})");
}

void TestConnectors::jira()
{
    QFETCH(QString, description);
    QFETCH(QString, assignee);
    QFETCH(QJsonObject, expected);
    JiraIssue issue;
    issue.projectKey = QStringLiteral("ONB");
    issue.summary = QStringLiteral("Alina Sokolova finished\n“Study corporate documents”");
    issue.description = description;
    issue.assigneeAccountId = assignee;
    const OutboxItem item = issue.outboxItem(QStringLiteral("assignment_stage"), 7);
    QCOMPARE(item.service, QStringLiteral("jira"));
    QCOMPARE(item.method, QStringLiteral("POST"));
    QCOMPARE(item.path, QStringLiteral("/rest/api/3/issue"));
    QCOMPARE(item.entityType, QStringLiteral("assignment_stage"));
    QCOMPARE(item.entityId, 7);
    QCOMPARE(bodyOf(item), expected);
}

void TestConnectors::zoom()
{
    ZoomMeeting meeting;
    meeting.topic = QStringLiteral("Meet the team: Alina Sokolova");
    meeting.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone(3 * 3600));
    meeting.durationMinutes = 45;
    meeting.agenda = QStringLiteral("Who is who, where to ask.");
    meeting.invitees = {QStringLiteral("alina@example.com"), QStringLiteral("oleg@example.com")};
    const OutboxItem item = meeting.outboxItem(QStringLiteral("assignment_stage"), 3);
    QCOMPARE(item.service, QStringLiteral("zoom"));
    QCOMPARE(item.path, QStringLiteral("/users/me/meetings"));
    QVERIFY(meeting.note().isEmpty());
    QCOMPARE(bodyOf(item), parse(R"({"topic":"Meet the team: Alina Sokolova","type":2,
        "start_time":"2026-03-02T07:00:00Z","duration":45,"timezone":"UTC",
        "agenda":"Who is who, where to ask.",
        "settings":{"auto_recording":"cloud","meeting_invitees":[
          {"email":"alina@example.com"},{"email":"oleg@example.com"}]}})"));
}

void TestConnectors::zoomDuration_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("sent");
    QTest::newRow("too short") << 15 << 30;
    QTest::newRow("lower bound") << 30 << 30;
    QTest::newRow("inside") << 50 << 50;
    QTest::newRow("upper bound") << 60 << 60;
    QTest::newRow("too long") << 90 << 60;
}

void TestConnectors::zoomDuration()
{
    QFETCH(int, asked);
    QFETCH(int, sent);
    ZoomMeeting meeting;
    meeting.topic = QStringLiteral("t");
    meeting.start = QDateTime::currentDateTimeUtc();
    meeting.durationMinutes = asked;
    QCOMPARE(meeting.json().value(u"duration").toInt(), sent);
    // The user is told whenever the length sent is not the one asked for.
    QCOMPARE(meeting.note().isEmpty(), asked == sent);
    if (asked != sent) {
        QVERIFY(meeting.note().contains(QString::number(sent)));
    }
}

void TestConnectors::zoomProblems()
{
    ZoomMeeting meeting;
    QVERIFY(!meeting.problem().isEmpty());
    meeting.topic = QStringLiteral("Onboarding");
    QVERIFY(!meeting.problem().isEmpty()); // no start
    meeting.start = QDateTime::currentDateTimeUtc();
    QVERIFY(meeting.problem().isEmpty());
    // No invitees: the settings carry no empty list.
    QVERIFY(!meeting.json().value(u"settings").toObject().contains(u"meeting_invitees"));
}

void TestConnectors::graph_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("text") << false << QStringList()
                          << parse(R"({"message":{"subject":"Welcome","body":{
            "contentType":"text","content":"Hello, Alina!"},
            "toRecipients":[{"emailAddress":{"address":"alina@example.com"}}]},
            "saveToSentItems":true})");
    QTest::newRow("html with cc") << true << QStringList{QStringLiteral("hr@example.com")}
                                  << parse(R"({"message":{"subject":"Welcome","body":{
            "contentType":"html","content":"Hello, Alina!"},
            "toRecipients":[{"emailAddress":{"address":"alina@example.com"}}],
            "ccRecipients":[{"emailAddress":{"address":"hr@example.com"}}]},
            "saveToSentItems":true})");
}

void TestConnectors::graph()
{
    QFETCH(bool, html);
    QFETCH(QStringList, cc);
    QFETCH(QJsonObject, expected);
    GraphMail mail;
    mail.subject = QStringLiteral("Welcome");
    mail.body = QStringLiteral("Hello, Alina!");
    mail.html = html;
    mail.to = {QStringLiteral("alina@example.com")};
    mail.cc = cc;
    const OutboxItem item = mail.outboxItem(QStringLiteral("candidate"), 12);
    QCOMPARE(item.service, QStringLiteral("graph"));
    QCOMPARE(item.path, QStringLiteral("/me/sendMail"));
    QCOMPARE(bodyOf(item), expected);
}

void TestConnectors::slack()
{
    SlackMessage message;
    message.text = QStringLiteral("Alina Sokolova finished “Study corporate documents”.");
    const OutboxItem plain = message.outboxItem(QStringLiteral("assignment_stage"), 1);
    QCOMPARE(plain.service, QStringLiteral("slack"));
    // Never the webhook's address: that is the secret, substituted when sending.
    QCOMPARE(plain.path, QStringLiteral("/slack/webhook"));
    QCOMPARE(bodyOf(plain),
             parse(R"({"text":"Alina Sokolova finished “Study corporate documents”."})"));
    message.blocks = QJsonArray{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("section")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                             {QStringLiteral("text"), QStringLiteral("*Done*")}}}}};
    QCOMPARE(bodyOf(message.outboxItem({}, 0)),
             parse(R"({"text":"Alina Sokolova finished “Study corporate documents”.",
                 "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*Done*"}}]})"));
}

void TestConnectors::slackWebhookPath_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("path");
    QTest::newRow("path") << QStringLiteral("/services/T000/B000/XXXX")
                          << QStringLiteral("/services/T000/B000/XXXX");
    QTest::newRow("whole URL") << QStringLiteral(" https://hooks.slack.com/services/T1/B2/x3 ")
                               << QStringLiteral("/services/T1/B2/x3");
    QTest::newRow("nothing") << QString() << QString();
    QTest::newRow("not an address") << QStringLiteral("xoxb-123") << QString();
}

void TestConnectors::slackWebhookPath()
{
    QFETCH(QString, secret);
    QFETCH(QString, path);
    QCOMPARE(SlackMessage::webhookPath(secret), path);
}

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
