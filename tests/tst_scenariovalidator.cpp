// The scenario rules of issue 5, one row per rule and case: each rule finds what it must (on
// the right stage, with the right severity) and stays quiet on the scenario next to it that
// is right.
#include "app/scenarios/ScenarioJson.h"
#include "app/scenarios/ScenarioValidator.h"
#include "app/settings/Settings.h"
#include "models/ScenarioDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace bbd;

namespace {

QJsonObject action(const char *on, const char *type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("on"), QLatin1String(on));
    fields.insert(QStringLiteral("type"), QLatin1String(type));
    return fields;
}

StageData makeStage(qint64 key, const QString &title, const QString &kind,
                    ScenarioStage::TimingUnit unit, int offset, int minutes = 0)
{
    StageData stage;
    stage.key = key;
    stage.title = title;
    stage.kind = kind;
    stage.timingUnit = unit;
    stage.timingOffset = offset;
    stage.durationMinutes = minutes;
    stage.ownerRole = ScenarioStage::OwnerRole::HrManager;
    return stage;
}

// Welcome (day 1) → Meet the team (day 2, Zoom 45 min) → Review (day 10, 30 min): no problems.
ScenarioContents valid()
{
    using Unit = ScenarioStage::TimingUnit;
    ScenarioContents contents;
    contents.name = QStringLiteral("First week");
    StageData welcome =
        makeStage(1, QStringLiteral("Welcome"), QStringLiteral("task"), Unit::Day, 1);
    welcome.actions = {action("start", "slack", {{QStringLiteral("text"), "Hi {first_name}"}})};
    StageData meet =
        makeStage(2, QStringLiteral("Meet the team"), QStringLiteral("meeting"), Unit::Day, 2, 45);
    meet.ownerRole = ScenarioStage::OwnerRole::Manager;
    meet.actions = {action("start", "zoom", {{QStringLiteral("duration"), 45}})};
    StageData review =
        makeStage(3, QStringLiteral("Review"), QStringLiteral("meeting"), Unit::Day, 10, 30);
    contents.stages = {welcome, meet, review};
    contents.links = {{1, 2}, {2, 3}};
    return contents;
}

struct Case
{
    std::function<void(ScenarioContents *)> change;
    std::optional<QString> jiraProject = std::nullopt; // nullopt: no Settings at all
};

StageData &titled(ScenarioContents *c, const QString &title)
{
    for (StageData &stage : c->stages) {
        if (stage.title == title) {
            return stage;
        }
    }
    qFatal("no stage %s", qPrintable(title));
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestScenarioValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validScenarioHasNoProblems();
    void rules_data();
    void rules();
    void messagesNameTheStage();
    void untitledStagesAreNamedByKind();
    void scenarioProblemsComeFirst();
    void errorsAndWarnings();
    void longChainHasNoStackTrouble();

private:
    QTemporaryDir m_dir;
};

void TestScenarioValidator::validScenarioHasNoProblems()
{
    ScenarioDocument document;
    valid().resetDocument(&document);
    const QList<ScenarioProblem> problems = ScenarioValidator::validate(document, nullptr);
    QStringList found;
    for (const ScenarioProblem &p : problems) {
        found << p.message;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestScenarioValidator::rules_data()
{
    using Unit = ScenarioStage::TimingUnit;
    QTest::addColumn<Case>("testCase");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("flagged"); // stage titles; "" = the whole scenario
    QTest::addColumn<bool>("warning");

    const QStringList none;
    QTest::newRow("no stages") << Case{[](ScenarioContents *c) {
        c->stages.clear();
        c->links.clear();
    }} << "no_stages" << QStringList{QString()}
                               << false;
    QTest::newRow("stages: one is enough") << Case{[](ScenarioContents *c) {
        c->stages.resize(1);
        c->links.clear();
    }} << "no_stages" << none << false;

    QTest::newRow("no title") << Case{[](ScenarioContents *c) {
        titled(c, "Review").title = " ";
    }} << "no_title" << QStringList{QStringLiteral("Stage (meeting)")}
                              << false;
    QTest::newRow("title") << Case{[](ScenarioContents *) {
    }} << "no_title" << none
                           << false;

    QTest::newRow("no owner") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").ownerRole.reset();
    }} << "no_owner" << QStringList{QStringLiteral("Welcome")}
                              << false;
    QTest::newRow("owner: the new hire counts") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").ownerRole = ScenarioStage::OwnerRole::NewHire;
    }} << "no_owner" << none << false;

    QTest::newRow("cycle of three") << Case{[](ScenarioContents *c) {
        titled(c, "Review").timingOffset = 2;
        titled(c, "Welcome").timingOffset = 2;
        c->links.append({3, 1});
    }} << "cycle"
                                    << QStringList{QStringLiteral("Welcome"),
                                                   QStringLiteral("Meet the team"),
                                                   QStringLiteral("Review")}
                                    << false;
    QTest::newRow("cycle: a diamond is no loop") << Case{[](ScenarioContents *c) {
        c->links.append({1, 3});
    }} << "cycle" << none << false;
    QTest::newRow("cycle of two, not the stage after it") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").timingOffset = 2;
        c->links.append({2, 1});
    }} << "cycle" << QStringList{QStringLiteral("Welcome"), QStringLiteral("Meet the team")}
                                                          << false;

    QTest::newRow("unreachable after a loop, directly or not") << Case{[](ScenarioContents *c) {
        StageData after = makeStage(4, QStringLiteral("After"), QStringLiteral("task"),
                                    ScenarioStage::TimingUnit::Day, 12);
        c->stages.append(after);
        c->links.append({3, 4});
        titled(c, "Welcome").timingOffset = 2;
        c->links.append({2, 1});
    }} << "unreachable" << QStringList{QStringLiteral("Review"), QStringLiteral("After")}
                                                               << false;
    QTest::newRow("unreachable: stages before a loop can start") << Case{[](ScenarioContents *c) {
        titled(c, "Review").timingOffset = 2;
        c->links.append({3, 2});
    }} << "unreachable" << none << false;

    QTest::newRow("zoom action too long") << Case{[](ScenarioContents *c) {
        titled(c, "Meet the team").actions = {
            action("start", "zoom", {{QStringLiteral("duration"), 90}})};
    }} << "meeting_duration" << QStringList{QStringLiteral("Meet the team")}
                                          << true;
    QTest::newRow("zoom action takes the stage's short duration") << Case{[](ScenarioContents *c) {
        titled(c, "Meet the team").actions = {action("start", "zoom")};
        titled(c, "Meet the team").durationMinutes = 20;
    }} << "meeting_duration" << QStringList{QStringLiteral("Meet the team")}
                                                                  << true;
    QTest::newRow("zoom on a task stage too") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {
            action("start", "zoom", {{QStringLiteral("duration"), 15}})};
    }} << "meeting_duration" << QStringList{QStringLiteral("Welcome")}
                                              << true;
    QTest::newRow("zoom action without any duration is booked at 30")
        << Case{[](ScenarioContents *c) {
               titled(c, "Meet the team").actions = {action("start", "zoom")};
               titled(c, "Meet the team").durationMinutes = 0;
           }}
        << "meeting_duration" << none << true;
    QTest::newRow("meeting kind too long") << Case{[](ScenarioContents *c) {
        titled(c, "Review").durationMinutes = 75;
    }} << "meeting_duration" << QStringList{QStringLiteral("Review")}
                                           << true;
    QTest::newRow("meeting kind at 60 and 30 minutes") << Case{[](ScenarioContents *c) {
        titled(c, "Review").durationMinutes = 60;
        titled(c, "Meet the team").actions = {};
        titled(c, "Meet the team").durationMinutes = 30;
    }} << "meeting_duration" << none << true;
    QTest::newRow("meeting kind without duration, a long task") << Case{[](ScenarioContents *c) {
        titled(c, "Review").durationMinutes = 0;
        titled(c, "Welcome").durationMinutes = 240;
    }} << "meeting_duration" << none << true;

    const QJsonObject jira = action("complete", "jira");
    QTest::newRow("jira without project, no settings") << Case{[jira](ScenarioContents *c) {
        titled(c, "Review").actions = {jira};
    }} << "jira_project" << QStringList{QStringLiteral("Review")}
                                                       << false;
    QTest::newRow("jira without project, none in settings")
        << Case{[jira](ScenarioContents *c) { titled(c, "Review").actions = {jira}; }, QString()}
        << "jira_project" << QStringList{QStringLiteral("Review")} << false;
    QTest::newRow("jira with its project") << Case{[](ScenarioContents *c) {
        titled(c, "Review").actions = {
            action("complete", "jira", {{QStringLiteral("project"), "ONB"}})};
    }} << "jira_project" << none << false;
    QTest::newRow("jira project from settings")
        << Case{[jira](ScenarioContents *c) { titled(c, "Review").actions = {jira}; },
                QStringLiteral("HR")}
        << "jira_project" << none << false;

    QTest::newRow("before a dependency: days") << Case{[](ScenarioContents *c) {
        titled(c, "Meet the team").timingOffset = 1;
    }} << "timing_before_dependency" << none << false;
    QTest::newRow("before a dependency: a week after a month") << Case{[](ScenarioContents *c) {
        titled(c, "Meet the team").timingUnit = Unit::Month;
        titled(c, "Meet the team").timingOffset = 2; // working day 22
        titled(c, "Review").timingUnit = Unit::Week;
        titled(c, "Review").timingOffset = 3; // working day 11
    }} << "timing_before_dependency" << QStringList{QStringLiteral("Review")}
                                                               << false;
    QTest::newRow("before a dependency: day 1 after day 2") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").timingOffset = 3;
    }} << "timing_before_dependency" << QStringList{QStringLiteral("Meet the team")}
                                                            << false;

    QTest::newRow("survey without address") << Case{[](ScenarioContents *c) {
        titled(c, "Review").actions = {action("complete", "survey")};
    }} << "action_url" << QStringList{QStringLiteral("Review")}
                                            << false;
    QTest::newRow("document with an ftp address") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {
            action("start", "document", {{QStringLiteral("url"), "ftp://files/rules.pdf"}})};
    }} << "action_url" << QStringList{QStringLiteral("Welcome")}
                                                  << false;
    QTest::newRow("survey and document with web addresses") << Case{[](ScenarioContents *c) {
        titled(c, "Review").actions = {
            action("complete", "survey",
                   {{QStringLiteral("url"), "https://butterboard.online/feedback"}})};
        titled(c, "Welcome").actions = {
            action("start", "document", {{QStringLiteral("url"), "http://intra/rules"}})};
    }} << "action_url" << none << false;

    QTest::newRow("unknown action type") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {action("start", "fax")};
    }} << "action_invalid" << QStringList{QStringLiteral("Welcome")}
                                         << false;
    QTest::newRow("jira when a stage starts") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {
            action("start", "jira", {{QStringLiteral("project"), "ONB"}})};
    }} << "action_invalid" << QStringList{QStringLiteral("Welcome")}
                                              << false;
    QTest::newRow("action at no moment") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {action("later", "slack")};
    }} << "action_invalid" << QStringList{QStringLiteral("Welcome")}
                                         << false;
    QTest::newRow("unknown placeholder") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {
            action("start", "slack", {{QStringLiteral("text"), "Hi {nickname}"}})};
    }} << "action_invalid" << QStringList{QStringLiteral("Welcome")}
                                         << false;
    QTest::newRow("known placeholders") << Case{[](ScenarioContents *c) {
        titled(c, "Welcome").actions = {
            action("complete", "graph",
                   {{QStringLiteral("to"), "manager"},
                    {QStringLiteral("body"), "{employee} of {department} is due {due_date}"}})};
    }} << "action_invalid" << none << false;
}

void TestScenarioValidator::rules()
{
    QFETCH(Case, testCase);
    QFETCH(QString, rule);
    QFETCH(QStringList, flagged);
    QFETCH(bool, warning);

    ScenarioContents contents = valid();
    testCase.change(&contents);
    ScenarioDocument document;
    contents.resetDocument(&document);
    std::unique_ptr<Settings> settings;
    if (testCase.jiraProject) {
        settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentDataTag())));
        settings->setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                                   *testCase.jiraProject);
    }
    const QList<ScenarioProblem> problems = ScenarioValidator::validate(document, settings.get());
    QStringList found;
    QStringList all;
    for (const ScenarioProblem &problem : problems) {
        all << problem.rule + QStringLiteral(": ") + problem.message;
        if (problem.rule != rule) {
            continue;
        }
        QCOMPARE(problem.isError(), !warning);
        const StageData *stage = document.stage(problem.stageKey);
        found << (stage ? ScenarioValidator::stageName(*stage) : QString());
    }
    QVERIFY2(found == flagged, qPrintable(all.join(u'\n')));
}

void TestScenarioValidator::messagesNameTheStage()
{
    ScenarioContents contents = valid();
    titled(&contents, "Review").ownerRole.reset();
    titled(&contents, "Review").actions = {action("complete", "survey")};
    ScenarioDocument document;
    contents.resetDocument(&document);
    const QList<ScenarioProblem> problems = ScenarioValidator::validate(document, nullptr);
    QCOMPARE(problems.size(), 2);
    for (const ScenarioProblem &problem : problems) {
        QCOMPARE(problem.stageKey, 3);
        QVERIFY2(problem.message.contains(QStringLiteral("“Review”")), qPrintable(problem.message));
    }
}

void TestScenarioValidator::untitledStagesAreNamedByKind()
{
    StageData stage;
    stage.kind = QStringLiteral("one_on_one");
    QCOMPARE(ScenarioValidator::stageName(stage), QStringLiteral("Stage (one-on-one)"));
    stage.title = QStringLiteral("  Weekly   1:1 ");
    QCOMPARE(ScenarioValidator::stageName(stage), QStringLiteral("Weekly 1:1"));
}

void TestScenarioValidator::scenarioProblemsComeFirst()
{
    ScenarioContents contents = valid();
    titled(&contents, "Review").ownerRole.reset();
    titled(&contents, "Welcome").title.clear();
    ScenarioDocument document;
    contents.resetDocument(&document);
    const QList<ScenarioProblem> problems = ScenarioValidator::validate(document, nullptr);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).stageKey, 1); // document order
    QCOMPARE(problems.at(1).stageKey, 3);

    ScenarioDocument empty;
    const QList<ScenarioProblem> emptyProblems = ScenarioValidator::validate(empty, nullptr);
    QCOMPARE(emptyProblems.size(), 1);
    QCOMPARE(emptyProblems.first().stageKey, 0);
}

void TestScenarioValidator::errorsAndWarnings()
{
    ScenarioContents contents = valid();
    titled(&contents, "Review").durationMinutes = 90;
    ScenarioDocument document;
    contents.resetDocument(&document);
    QList<ScenarioProblem> problems = ScenarioValidator::validate(document, nullptr);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!ScenarioValidator::hasErrors(problems));
    QVERIFY(ScenarioValidator::errorMessages(problems).isEmpty());

    titled(&contents, "Welcome").ownerRole.reset();
    contents.resetDocument(&document);
    problems = ScenarioValidator::validate(document, nullptr);
    QVERIFY(ScenarioValidator::hasErrors(problems));
    QCOMPARE(ScenarioValidator::errorMessages(problems).size(), 1);
    QVERIFY(ScenarioValidator::errorMessages(problems).first().contains(u"Welcome"));
}

void TestScenarioValidator::longChainHasNoStackTrouble()
{
    // 20,000 stages in one chain closed into a loop.
    ScenarioContents contents;
    for (qint64 key = 1; key <= 20000; ++key) {
        contents.stages.append(makeStage(key, QString::number(key), QStringLiteral("task"),
                                         ScenarioStage::TimingUnit::Day, 1));
        if (key > 1) {
            contents.links.append({key - 1, key});
        }
    }
    contents.links.append({20000, 1});
    ScenarioDocument document;
    contents.resetDocument(&document);
    int cycles = 0;
    for (const ScenarioProblem &problem : ScenarioValidator::validate(document, nullptr)) {
        cycles += problem.rule == u"cycle" ? 1 : 0;
    }
    QCOMPARE(cycles, 20000);
}

QTEST_GUILESS_MAIN(TestScenarioValidator)
#include "tst_scenariovalidator.moc"
