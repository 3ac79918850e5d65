#include "app/integrations/StageActions.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db.connection());
    if (query.exec(sql)) {
        while (query.next()) {
            values << query.value(0).toString();
        }
    }
    return values;
}

QByteArray demoJson()
{
    QFile file(DemoData::resourcePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char *const kDataTables[] = {
    "employees",        "vacancies",         "pipeline_stages",   "candidates",
    "candidate_events", "message_templates", "scenarios",         "scenario_stages",
    "scenario_links",   "assignments",       "assignment_stages", "kb_articles",
    "contacts",         "channels",          "channel_contacts",  "app_meta"};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEverything();
    void quantities_data();
    void quantities();
    void candidatesSpreadOverStages();
    void phonesComeInMessyFormats();
    void seedFactsArePresent();
    void scenariosFollowSeedStages();
    void secondLoadWritesNothing();
    void brokenDocumentLeavesDatabaseEmpty_data();
    void brokenDocumentLeavesDatabaseEmpty();

private:
    QTemporaryDir m_dir;
    Database m_db;
    PhoneNumbers m_phones;
    DemoLoadResult m_result;
};

void TestDemoData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    QVERIFY(!DemoData::isLoaded(m_db));
    m_result = DemoData::load(m_db, m_phones);
}

void TestDemoData::loadsEverything()
{
    QVERIFY2(m_result.ok, qPrintable(m_result.error));
    QVERIFY(!m_result.alreadyLoaded);
    QVERIFY(DemoData::isLoaded(m_db));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates")), m_result.candidates);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vacancies")), m_result.vacancies);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM kb_articles")), m_result.articles);
    QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA foreign_key_check")), -1); // no violations
}

void TestDemoData::quantities_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("vacancies") << "SELECT count(*) FROM vacancies" << 3;
    QTest::newRow("candidates") << "SELECT count(*) FROM candidates" << 60;
    QTest::newRow("scenarios") << "SELECT count(*) FROM scenarios" << 3;
    QTest::newRow("articles") << "SELECT count(*) FROM kb_articles" << 10;
    QTest::newRow("contacts") << "SELECT count(*) FROM contacts" << 3;
    QTest::newRow("channel kinds") << "SELECT count(DISTINCT kind) FROM channels" << 5;
    QTest::newRow("templates") << "SELECT count(*) FROM message_templates" << 3;
    QTest::newRow("assignments") << "SELECT count(*) FROM assignments" << 1;
    QTest::newRow("stages per scenario")
        << "SELECT min(n) FROM (SELECT count(*) AS n FROM scenario_stages GROUP BY scenario_id)"
        << 3;
    QTest::newRow("articles with body")
        << "SELECT count(*) FROM kb_articles WHERE length(body) > 600" << 10;
}

void TestDemoData::quantities()
{
    QFETCH(QString, sql);
    QFETCH(int, atLeast);
    const int actual = scalar(m_db, sql);
    QVERIFY2(actual >= atLeast, qPrintable(QStringLiteral("%1 < %2").arg(actual).arg(atLeast)));
}

void TestDemoData::candidatesSpreadOverStages()
{
    // Every open vacancy has candidates in at least three of its stages, one of them final.
    const QStringList perVacancy = column(
        m_db, QStringLiteral("SELECT count(DISTINCT c.stage_id) FROM vacancies v JOIN candidates "
                             "c ON c.vacancy_id = v.id WHERE v.status = 'open' GROUP BY v.id"));
    QVERIFY(perVacancy.size() >= 3);
    for (const QString &stages : perVacancy) {
        QVERIFY2(stages.toInt() >= 3, qPrintable(stages));
    }
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates c JOIN pipeline_stages "
                                        "s ON s.id = c.stage_id WHERE s.kind = 'hired'")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates c JOIN pipeline_stages "
                                        "s ON s.id = c.stage_id WHERE s.kind = 'rejected'")) > 0);
    // Each candidate sits on a stage of its own vacancy.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates c JOIN pipeline_stages "
                                         "s ON s.id = c.stage_id WHERE s.vacancy_id <> "
                                         "c.vacancy_id")),
             0);
    // Days in stage never exceed days since the response.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates WHERE stage_entered_at "
                                         "< applied_at")),
             0);
}

void TestDemoData::phonesComeInMessyFormats()
{
    const QStringList raw = column(
        m_db, QStringLiteral("SELECT phone_raw FROM candidates WHERE phone_raw IS NOT NULL"));
    auto countMatching = [&raw](const char *pattern) {
        const QRegularExpression re(QString::fromLatin1(pattern));
        return std::count_if(raw.cbegin(), raw.cend(),
                             [&re](const QString &phone) { return re.match(phone).hasMatch(); });
    };
    QVERIFY(countMatching(R"(^8 \(\d{3}\) \d{3}-\d{2}-\d{2}$)") > 0); // 8 (916) 111-22-33
    QVERIFY(countMatching(R"(^\+7 \d{3} \d{7}$)") > 0);               // +7 916 1112233
    QVERIFY(countMatching(R"(^8\d{10}$)") > 0);                       // 89161112233
    QVERIFY(countMatching(R"(^\+(375|49|1)\b)") > 0);                 // foreign

    // Valid numbers are stored in E.164; the rest keep their text and no E.164.
    const QStringList e164 = column(
        m_db, QStringLiteral("SELECT phone_e164 FROM candidates WHERE phone_e164 IS NOT NULL"));
    QVERIFY(e164.size() >= 50);
    const QRegularExpression e164Pattern(QStringLiteral(R"(^\+[1-9]\d{6,14}$)"));
    for (const QString &number : e164) {
        QVERIFY2(e164Pattern.match(number).hasMatch(), qPrintable(number));
    }
    QVERIFY(m_result.invalidPhones >= 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates WHERE phone_raw IS NOT "
                                         "NULL AND phone_e164 IS NULL")),
             m_result.invalidPhones);
    // Likely duplicates exist for the dedupe features to find.
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT phone_e164 FROM candidates "
                                        "WHERE phone_e164 IS NOT NULL GROUP BY phone_e164 "
                                        "HAVING count(*) > 1)")) >= 1);
}

void TestDemoData::seedFactsArePresent()
{
    // Seed 000: the HR mailbox, the HR phone for critical questions, Slack and the booking link.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM channels WHERE kind = 'email' AND "
                                         "address = 'hr@butterboard.online'")),
             1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM channels WHERE kind = 'phone' AND "
                                         "address = '+74951234567'")),
             1);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM channels WHERE kind = 'slack' AND "
                                        "address LIKE '%new-hires%'")) == 1);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM channels WHERE kind = 'meeting' "
                                        "AND address LIKE '%asana%'")) == 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE phone_e164 = "
                                         "'+79161112233'")),
             1);
    // Slack is not for confidential matters; e-mail and phone come first in an outage.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT confidential_allowed FROM channels WHERE kind = "
                                         "'slack'")),
             0);
    const QStringList order =
        column(m_db, QStringLiteral("SELECT kind FROM channels ORDER BY priority, name LIMIT 2"));
    QCOMPARE(QSet<QString>(order.cbegin(), order.cend()),
             (QSet<QString>{QStringLiteral("email"), QStringLiteral("phone")}));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE phone_raw IS NOT "
                                         "NULL AND phone_e164 IS NULL")),
             0);
}

void TestDemoData::scenariosFollowSeedStages()
{
    // Seed 001: meetings of 30 to 60 minutes, Jira tasks on completion, feedback surveys.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM scenario_stages WHERE kind IN "
                                         "('meeting', 'one_on_one') AND duration_minutes NOT "
                                         "BETWEEN 30 AND 60")),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM scenario_stages WHERE recurrence = "
                                        "'weekly'")) >= 1);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM scenario_stages, "
                                        "json_each(scenario_stages.actions) a WHERE "
                                        "json_extract(a.value, '$.type') = 'jira'")) >= 1);
    // Every stage's actions are in the shape the stage runner reads.
    QSqlQuery actions(m_db.connection());
    QVERIFY(actions.exec(QStringLiteral("SELECT title, actions FROM scenario_stages")));
    int stages = 0;
    while (actions.next()) {
        QList<StageAction> parsed;
        QString problem;
        QVERIFY2(StageActions::parseActions(actions.value(1).toString(), &parsed, &problem),
                 qPrintable(actions.value(0).toString() + QStringLiteral(": ") + problem));
        ++stages;
    }
    QVERIFY(stages >= 10);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM scenario_stages, "
                                        "json_each(scenario_stages.actions) a WHERE "
                                        "json_extract(a.value, '$.type') = 'survey'")) >= 1);
    // Links stay within their scenario.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM scenario_links l JOIN "
                                         "scenario_stages f ON f.id = l.from_stage_id JOIN "
                                         "scenario_stages t ON t.id = l.to_stage_id WHERE "
                                         "f.scenario_id <> l.scenario_id OR t.scenario_id <> "
                                         "l.scenario_id")),
             0);
    // Assigned stages fall on working days.
    const QStringList due = column(m_db, QStringLiteral("SELECT due_date FROM assignment_stages"));
    QVERIFY(!due.isEmpty());
    for (const QString &date : due) {
        QVERIFY2(QDate::fromString(date, Qt::ISODate).dayOfWeek() <= 5, qPrintable(date));
    }
}

void TestDemoData::secondLoadWritesNothing()
{
    const int before = scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates"));
    const DemoLoadResult again = DemoData::load(m_db, m_phones);
    QVERIFY(again.ok);
    QVERIFY(again.alreadyLoaded);
    QCOMPARE(again.candidates, 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM candidates")), before);
}

void TestDemoData::brokenDocumentLeavesDatabaseEmpty_data()
{
    QTest::addColumn<QByteArray>("json");
    QJsonObject root = QJsonDocument::fromJson(demoJson()).object();
    QVERIFY(!root.isEmpty());

    QTest::newRow("not JSON") << QByteArray("{\"format\": \"butterdesk-demo\",");
    QJsonObject wrongFormat = root;
    wrongFormat.insert(QStringLiteral("version"), 99);
    QTest::newRow("newer format") << QJsonDocument(wrongFormat).toJson();

    // A candidate on a stage that does not exist, near the end of the document: everything
    // written before it must be rolled back.
    QJsonObject badStage = root;
    QJsonArray candidates = badStage.value(QStringLiteral("candidates")).toArray();
    QJsonObject last = candidates.last().toObject();
    last.insert(QStringLiteral("stage"), QStringLiteral("no such stage"));
    candidates.replace(candidates.size() - 1, last);
    badStage.insert(QStringLiteral("candidates"), candidates);
    QTest::newRow("unknown stage") << QJsonDocument(badStage).toJson();

    QJsonObject badChannel = root;
    QJsonArray channels = badChannel.value(QStringLiteral("channels")).toArray();
    QJsonObject channel = channels.last().toObject();
    channel.insert(QStringLiteral("kind"), QStringLiteral("pigeon"));
    channels.replace(channels.size() - 1, channel);
    badChannel.insert(QStringLiteral("channels"), channels);
    QTest::newRow("constraint violated last") << QJsonDocument(badChannel).toJson();
}

void TestDemoData::brokenDocumentLeavesDatabaseEmpty()
{
    QFETCH(QByteArray, json);
    Database db(QStringLiteral("broken"));
    QVERIFY(db.open(m_dir.filePath(
                        QStringLiteral("broken-%1.sqlite")
                            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))))
                .ok());
    const DemoLoadResult result = DemoData::loadJson(db, m_phones, json);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    for (const char *table : kDataTables) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 0);
    }
    QVERIFY(!DemoData::isLoaded(db));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
