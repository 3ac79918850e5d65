// Scenario templates: the built-in ones (seed 001) pass the validator and say what they
// promise; the user's own are saved from a selection with the links among it, listed after
// the built-ins by name, and come back as the same stages.
#include "app/scenarios/ScenarioJson.h"
#include "app/scenarios/ScenarioTemplates.h"
#include "app/scenarios/ScenarioValidator.h"
#include "app/scenarios/WorkingDays.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "models/ScenarioDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

namespace {

StageData makeStage(qint64 key, const QString &title, QPointF position)
{
    StageData stage;
    stage.key = key;
    stage.title = title;
    stage.ownerRole = ScenarioStage::OwnerRole::Mentor;
    stage.position = position;
    return stage;
}

int workingDayFor(const StageData &stage)
{
    return workingDayOfStage(timingUnitKey(stage.timingUnit), stage.timingOffset);
}

QStringList actionTypes(const StageData &stage, const QString &on)
{
    QStringList types;
    for (const QJsonValue &action : stage.actions) {
        if (action.toObject().value(u"on").toString() == on) {
            types.append(action.toObject().value(u"type").toString());
        }
    }
    return types;
}

} // namespace

class TestScenarioTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void builtInsValidate_data();
    void builtInsValidate();
    void builtInsFollowTheSeed();
    void saveSelectionAsTemplate();
    void listsBuiltInsThenTheUsersByName();
    void refusesBadRequests();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScenarioTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScenarioTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("scenario-templates"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestScenarioTemplates::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestScenarioTemplates::builtInsValidate_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : ScenarioTemplates::builtInKeys()) {
        QTest::newRow(qPrintable(key)) << key;
    }
}

void TestScenarioTemplates::builtInsValidate()
{
    QFETCH(QString, key);
    ScenarioTemplates templates(m_db->connection());
    ScenarioTemplate templ;
    for (const ScenarioTemplate &t : templates.list()) {
        if (t.key == key) {
            templ = t;
        }
    }
    QVERIFY(templ.builtIn);
    ScenarioContents contents;
    QVERIFY(templates.instantiate(templ, &contents));
    QCOMPARE(int(contents.stages.size()), templ.stageCount);
    QVERIFY(!contents.name.isEmpty() && !contents.description.isEmpty());
    ScenarioDocument document;
    contents.resetDocument(&document);

    // With the Jira project set (Sync > Integrations), nothing to fix and nothing to warn.
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                              QStringLiteral("ONB"));
    QStringList found;
    for (const ScenarioProblem &problem : ScenarioValidator::validate(document, &settings)) {
        found << problem.message;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // Without it, the Jira task is the only thing that asks for the project, by design.
    for (const ScenarioProblem &problem : ScenarioValidator::validate(document, nullptr)) {
        QCOMPARE(problem.rule, QStringLiteral("jira_project"));
    }
    // A template survives the file format unchanged.
    ScenarioContents read;
    QString error;
    QVERIFY2(ScenarioJson::read(ScenarioJson::write(contents), &read, &error), qPrintable(error));
    QCOMPARE(read.stages, contents.stages);
}

void TestScenarioTemplates::builtInsFollowTheSeed()
{
    ScenarioContents team;
    QVERIFY(ScenarioTemplates::builtIn(QStringLiteral("meet_the_team"), &team));
    QCOMPARE(team.stages.size(), 1);
    const StageData &meet = team.stages.first();
    QCOMPARE(meet.timingUnit, ScenarioStage::TimingUnit::Week);
    QCOMPARE(meet.timingOffset, 1);
    QCOMPARE(meet.durationMinutes, 45);
    QVERIFY(meet.participants.contains(u"manager"_qs));
    QCOMPARE(actionTypes(meet, QStringLiteral("start")), QStringList{QStringLiteral("zoom")});

    ScenarioContents oneOnOne;
    QVERIFY(ScenarioTemplates::builtIn(QStringLiteral("weekly_one_on_one"), &oneOnOne));
    QCOMPARE(oneOnOne.stages.first().recurrence, ScenarioStage::Recurrence::Weekly);
    QCOMPARE(oneOnOne.stages.first().durationMinutes, 30);

    ScenarioContents training;
    QVERIFY(ScenarioTemplates::builtIn(QStringLiteral("product_training"), &training));
    QVERIFY(workingDayFor(training.stages.first()) <= 21); // within the first month

    ScenarioContents full;
    QVERIFY(ScenarioTemplates::builtIn(QStringLiteral("first_three_months"), &full));
    QCOMPARE(full.stages.size(), 4);
    int surveys = 0;
    int jira = 0;
    for (const StageData &stage : std::as_const(full.stages)) {
        const QStringList done = actionTypes(stage, QStringLiteral("complete"));
        surveys += done.count(u"survey"_qs);
        jira += done.count(u"jira"_qs);
        if (stage.recurrence == ScenarioStage::Recurrence::None) {
            QVERIFY2(done.contains(u"survey"_qs), qPrintable(stage.title));
        }
    }
    QCOMPARE(surveys, 3);
    QCOMPARE(jira, 1);
    QCOMPARE(actionTypes(full.stages.last(), QStringLiteral("complete")).last(),
             QStringLiteral("jira"));
    QVERIFY(!ScenarioTemplates::builtIn(QStringLiteral("nope"), &full));
}

void TestScenarioTemplates::saveSelectionAsTemplate()
{
    ScenarioDocument document;
    document.reset(3, 1, QStringLiteral("Source"), QStringLiteral("desc"),
                   {makeStage(1, QStringLiteral("A"), {500, 300}),
                    makeStage(2, QStringLiteral("B"), {800, 260}),
                    makeStage(3, QStringLiteral("C"), {100, 100})},
                   {{1, 2}, {2, 3}, {3, 1}});
    ScenarioTemplates templates(m_db->connection());
    const qint64 id = templates.saveAsTemplate(document, {2, 1}, QStringLiteral("  Pair "));
    QVERIFY2(id > 0, qPrintable(templates.lastError()));

    ScenarioTemplate saved;
    for (const ScenarioTemplate &t : templates.list()) {
        if (t.id == id) {
            saved = t;
        }
    }
    QCOMPARE(saved.name, QStringLiteral("Pair"));
    QCOMPARE(saved.stageCount, 2);
    QVERIFY(!saved.builtIn);
    ScenarioContents contents;
    QVERIFY2(templates.instantiate(saved, &contents), qPrintable(templates.lastError()));
    QCOMPARE(contents.stages.size(), 2);
    QCOMPARE(contents.stages.at(0).title, QStringLiteral("A"));
    QCOMPARE(contents.stages.at(0).position, QPointF(0, 40)); // moved to the origin
    QCOMPARE(contents.stages.at(1).position, QPointF(300, 0));
    QCOMPARE(contents.stages.at(0).dbId, 0);
    QCOMPARE(contents.stages.at(0).ownerRole, ScenarioStage::OwnerRole::Mentor);
    QCOMPARE(contents.links,
             (QList<StageLink>{{contents.stages.at(0).key, contents.stages.at(1).key}}));

    // Inserted into a document, the stages get keys of their own there.
    const ScenarioContents added = contents.rekeyedFor(&document);
    QCOMPARE(added.stages.at(0).key, 4);
    QCOMPARE(added.links, (QList<StageLink>{{4, 5}}));

    // The whole scenario keeps its description.
    const qint64 whole = templates.saveAsTemplate(document, {}, QStringLiteral("All"));
    QVERIFY(whole > 0);
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT description, is_template, (SELECT count(*) FROM "
                                    "scenario_links WHERE scenario_id = s.id) FROM scenarios s "
                                    "WHERE id = ?"),
                     {whole}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("desc"));
    QCOMPARE(query.value(1).toInt(), 1);
    QCOMPARE(query.value(2).toInt(), 3);
}

void TestScenarioTemplates::listsBuiltInsThenTheUsersByName()
{
    ScenarioDocument document;
    document.reset(0, 1, QStringLiteral("S"), QString(), {makeStage(1, QStringLiteral("A"), {})},
                   {});
    ScenarioTemplates templates(m_db->connection());
    const qint64 zeta = templates.saveAsTemplate(document, {}, QStringLiteral("zeta"));
    const qint64 alpha = templates.saveAsTemplate(document, {}, QStringLiteral("Alpha"));
    const qint64 gone = templates.saveAsTemplate(document, {}, QStringLiteral("Beta"));
    QSqlQuery query(m_db->connection());
    QVERIFY(
        sql::run(query, QStringLiteral("UPDATE scenarios SET deleted = 1 WHERE id = ?"), {gone}));
    const QList<ScenarioTemplate> list = templates.list();
    const int builtIns = int(ScenarioTemplates::builtInKeys().size());
    QCOMPARE(list.size(), builtIns + 2);
    for (int i = 0; i < builtIns; ++i) {
        QVERIFY(list.at(i).builtIn);
        QCOMPARE(list.at(i).id, 0);
    }
    QCOMPARE(list.at(builtIns).id, alpha);
    QCOMPARE(list.at(builtIns + 1).id, zeta);
    QCOMPARE(list.at(builtIns + 1).key, QStringLiteral("user:%1").arg(zeta));
}

void TestScenarioTemplates::refusesBadRequests()
{
    ScenarioDocument document;
    document.reset(0, 1, QStringLiteral("S"), QString(), {makeStage(1, QStringLiteral("A"), {})},
                   {});
    ScenarioTemplates templates(m_db->connection());
    QCOMPARE(templates.saveAsTemplate(document, {}, QStringLiteral("  ")), 0);
    QVERIFY(!templates.lastError().isEmpty());
    QCOMPARE(templates.saveAsTemplate(document, {9}, QStringLiteral("X")), 0);
    QVERIFY(!templates.lastError().isEmpty());
    ScenarioDocument empty;
    QCOMPARE(templates.saveAsTemplate(empty, {}, QStringLiteral("X")), 0);
    ScenarioTemplate missing;
    missing.id = 4711;
    missing.name = QStringLiteral("Missing");
    ScenarioContents contents;
    QVERIFY(!templates.instantiate(missing, &contents));
    QVERIFY(templates.lastError().contains(u"Missing"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM scenarios")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestScenarioTemplates)
#include "tst_scenariotemplates.moc"
