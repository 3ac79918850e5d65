// Assigning a scenario to employees: stage dates in working days from each start date (weekends,
// month and year ends), weekly and biweekly stages as one row per occurrence, the reasons an
// employee is skipped, an invalid scenario refused, and one transaction for the whole call.
#include "app/scenarios/ScenarioAssigner.h"
#include "app/scenarios/ScenarioStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "models/ScenarioDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using Unit = ScenarioStage::TimingUnit;
using Recurrence = ScenarioStage::Recurrence;

namespace {

StageData makeStage(qint64 key, const QString &title, Unit unit, int offset,
                    Recurrence recurrence = Recurrence::None)
{
    StageData stage;
    stage.key = key;
    stage.title = title;
    stage.kind = QStringLiteral("task");
    stage.timingUnit = unit;
    stage.timingOffset = offset;
    stage.recurrence = recurrence;
    stage.ownerRole = ScenarioStage::OwnerRole::Manager;
    return stage;
}

} // namespace

class TestScenarioAssigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void datesSkipWeekends_data();
    void datesSkipWeekends();
    void recurringStagesRepeatUpToTheHorizon_data();
    void recurringStagesRepeatUpToTheHorizon();
    void skipsWithReasons();
    void listsEmployees();
    void refusesAnInvalidScenario();
    void refusesTemplatesAndUnknownScenarios();
    void jiraProjectFromSettings();
    void nothingIsWrittenOnFailure();

private:
    qint64 exec(const QString &sql, const QVariantList &values = {});
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 employee(const QString &first, const QString &last, const QVariant &start);
    qint64 scenario(const QList<StageData> &stages, const QString &name = "Onboarding");
    QList<QDate> dueDates(qint64 employeeId, const QString &stageTitle);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScenarioAssigner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("scenario-assigner"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestScenarioAssigner::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestScenarioAssigner::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestScenarioAssigner::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 TestScenarioAssigner::employee(const QString &first, const QString &last,
                                      const QVariant &start)
{
    return exec(QStringLiteral("INSERT INTO employees (first_name, last_name, department, "
                               "start_date, updated_at) VALUES (?, ?, 'Sales', ?, "
                               "'2026-01-01T00:00:00Z')"),
                {first, last, start});
}

qint64 TestScenarioAssigner::scenario(const QList<StageData> &stages, const QString &name)
{
    ScenarioDocument document;
    document.reset(0, 1, name, QString(), stages, {});
    ScenarioStore store(m_db->connection());
    if (!store.save(&document)) {
        qWarning("%s", qPrintable(store.lastError()));
        return 0;
    }
    return document.scenarioId();
}

QList<QDate> TestScenarioAssigner::dueDates(qint64 employeeId, const QString &stageTitle)
{
    QList<QDate> dates;
    QSqlQuery query(m_db->connection());
    if (sql::run(query, QStringLiteral(R"sql(
SELECT ast.due_date FROM assignment_stages ast
  JOIN assignments a ON a.id = ast.assignment_id
  JOIN scenario_stages st ON st.id = ast.stage_id
 WHERE a.employee_id = ? AND st.title = ? ORDER BY ast.due_date)sql"),
                 {employeeId, stageTitle})) {
        while (query.next()) {
            dates.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
        }
    }
    return dates;
}

void TestScenarioAssigner::datesSkipWeekends_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QDate>("due");

    const int day = int(Unit::Day);
    const int week = int(Unit::Week);
    const int month = int(Unit::Month);
    QTest::newRow("first day") << QDate(2026, 1, 30) << day << 1 << QDate(2026, 1, 30);
    QTest::newRow("Friday + 1 is Monday") << QDate(2026, 1, 30) << day << 2 << QDate(2026, 2, 2);
    QTest::newRow("Saturday start moves to Monday")
        << QDate(2026, 1, 31) << day << 1 << QDate(2026, 2, 2);
    QTest::newRow("Sunday start, day 3") << QDate(2026, 2, 1) << day << 3 << QDate(2026, 2, 4);
    QTest::newRow("April into May") << QDate(2026, 4, 30) << day << 3 << QDate(2026, 5, 4);
    QTest::newRow("week 2 across February's end")
        << QDate(2026, 2, 25) << week << 2 << QDate(2026, 3, 4);
    QTest::newRow("month 2 is working day 22")
        << QDate(2026, 6, 1) << month << 2 << QDate(2026, 6, 30);
    QTest::newRow("year end") << QDate(2026, 12, 30) << day << 4 << QDate(2027, 1, 4);
    QTest::newRow("leap day") << QDate(2028, 2, 25) << day << 3 << QDate(2028, 2, 29);
    QTest::newRow("week 3 over two weekends")
        << QDate(2026, 3, 6) << week << 3 << QDate(2026, 3, 20);
}

void TestScenarioAssigner::datesSkipWeekends()
{
    QFETCH(QDate, start);
    QFETCH(int, unit);
    QFETCH(int, offset);
    QFETCH(QDate, due);
    const qint64 id = scenario({makeStage(1, QStringLiteral("Stage"), Unit(unit), offset)});
    const qint64 person =
        employee(QStringLiteral("Anna"), QStringLiteral("Orlova"), start.toString(Qt::ISODate));
    ScenarioAssigner assigner(m_db->connection());
    const ScenarioAssigner::AssignResult result = assigner.assign(id, {person});
    QVERIFY2(assigner.lastError().isEmpty(), qPrintable(assigner.lastError()));
    QCOMPARE(result.assigned, 1);
    QCOMPARE(dueDates(person, QStringLiteral("Stage")), QList<QDate>{due});
    QCOMPARE(scalar(QStringLiteral("SELECT start_date = ? FROM assignments WHERE employee_id = ?"),
                    {start.toString(Qt::ISODate), person}),
             1);
}

void TestScenarioAssigner::recurringStagesRepeatUpToTheHorizon_data()
{
    QTest::addColumn<int>("recurrence");
    QTest::addColumn<int>("lastMonth"); // a one-off stage in this month; 0 for none
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("step");

    // Start Monday 2 March 2026; the weekly stage is in week 2, from Monday 9 March.
    // Twelve weeks after the start: Monday 25 May.
    QTest::newRow("weekly, twelve weeks")
        << int(Recurrence::Weekly) << 0 << QDate(2026, 3, 9) << QDate(2026, 5, 25) << 7;
    QTest::newRow("biweekly, twelve weeks")
        << int(Recurrence::Biweekly) << 0 << QDate(2026, 3, 9) << QDate(2026, 5, 18) << 14;
    // Month 5 is working day 85: Friday 26 June.
    QTest::newRow("weekly, up to a later one-off stage")
        << int(Recurrence::Weekly) << 5 << QDate(2026, 3, 9) << QDate(2026, 6, 22) << 7;
    // Month 2 (working day 22, 31 March) is sooner than twelve weeks: those count.
    QTest::newRow("weekly, at least twelve weeks")
        << int(Recurrence::Weekly) << 2 << QDate(2026, 3, 9) << QDate(2026, 5, 25) << 7;
}

void TestScenarioAssigner::recurringStagesRepeatUpToTheHorizon()
{
    QFETCH(int, recurrence);
    QFETCH(int, lastMonth);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, step);
    QList<StageData> stages{
        makeStage(1, QStringLiteral("Check-in"), Unit::Week, 2, Recurrence(recurrence)),
        makeStage(2, QStringLiteral("Welcome"), Unit::Day, 1)};
    if (lastMonth > 0) {
        stages.append(makeStage(3, QStringLiteral("Review"), Unit::Month, lastMonth));
    }
    const qint64 id = scenario(stages);
    const qint64 person = employee(QStringLiteral("Boris"), QStringLiteral("Lee"), "2026-03-02");
    ScenarioAssigner assigner(m_db->connection());
    QCOMPARE(assigner.assign(id, {person}).assigned, 1);
    QList<QDate> expected;
    for (QDate d = first; d <= last; d = d.addDays(step)) {
        expected.append(d);
    }
    const QList<QDate> dated = dueDates(person, QStringLiteral("Check-in"));
    QCOMPARE(dated, expected);
    for (const QDate &d : dated) {
        QCOMPARE(d.dayOfWeek(), 1);
    }
    QCOMPARE(dueDates(person, QStringLiteral("Welcome")), QList<QDate>{QDate(2026, 3, 2)});
}

void TestScenarioAssigner::skipsWithReasons()
{
    const qint64 id = scenario({makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1)});
    const qint64 fresh = employee(QStringLiteral("Vera"), QStringLiteral("Fresh"), "2026-03-02");
    const qint64 noDate = employee(QStringLiteral("Gleb"), QStringLiteral("Nodate"), QVariant());
    const qint64 onIt = employee(QStringLiteral("Dina"), QStringLiteral("Onit"), "2026-02-02");
    const qint64 gone = employee(QStringLiteral("Egor"), QStringLiteral("Gone"), "2026-03-02");
    exec(QStringLiteral("UPDATE employees SET deleted = 1 WHERE id = ?"), {gone});
    ScenarioAssigner assigner(m_db->connection());
    QCOMPARE(assigner.assign(id, {onIt}).assigned, 1);
    // A new revision: someone on the previous one is on this scenario already.
    ScenarioDocument document;
    ScenarioStore store(m_db->connection());
    QVERIFY(store.load(id, &document));
    document.setProperties(QStringLiteral("Onboarding"), QStringLiteral("v2"));
    QVERIFY(store.save(&document));
    QVERIFY(store.savedNewRevision());

    const ScenarioAssigner::AssignResult result =
        assigner.assign(document.scenarioId(), {fresh, noDate, onIt, gone, fresh});
    QVERIFY2(assigner.lastError().isEmpty(), qPrintable(assigner.lastError()));
    QCOMPARE(result.assigned, 1);
    QCOMPARE(result.skipped, (QStringList{QStringLiteral("Gleb Nodate: no start date yet"),
                                          QStringLiteral("Dina Onit: already follows “Onboarding”"),
                                          QStringLiteral("#%1: no such employee").arg(gone)}));
    QVERIFY2(result.summary().contains(u"Gleb Nodate: no start date yet"),
             qPrintable(result.summary()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE employee_id = ?"), {fresh}),
        1);
    // A finished onboarding is no reason to skip.
    exec(QStringLiteral("UPDATE assignments SET status = 'completed' WHERE employee_id = ?"),
         {onIt});
    QCOMPARE(assigner.assign(document.scenarioId(), {onIt}).assigned, 1);
}

void TestScenarioAssigner::listsEmployees()
{
    const qint64 id = scenario({makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1)});
    const qint64 other = scenario({makeStage(1, QStringLiteral("Tour"), Unit::Day, 1)}, "Sales");
    const qint64 zara = employee(QStringLiteral("Zara"), QStringLiteral("Ali"), "2026-03-02");
    const qint64 anna = employee(QStringLiteral("anna"), QStringLiteral("Berg"), QVariant());
    const qint64 gone = employee(QStringLiteral("Bob"), QStringLiteral("Gone"), "2026-03-02");
    exec(QStringLiteral("UPDATE employees SET deleted = 1 WHERE id = ?"), {gone});
    ScenarioAssigner assigner(m_db->connection());
    QCOMPARE(assigner.assign(id, {zara}).assigned, 1);
    QCOMPARE(assigner.assign(other, {anna}).assigned, 0); // no start date
    exec(QStringLiteral("UPDATE employees SET start_date = '2026-03-09' WHERE id = ?"), {anna});
    QCOMPARE(assigner.assign(other, {anna}).assigned, 1);

    const QList<ScenarioAssigner::AssignableEmployee> list = assigner.employees(id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, anna);
    QCOMPARE(list.at(0).name, QStringLiteral("anna Berg"));
    QCOMPARE(list.at(0).department, QStringLiteral("Sales"));
    QCOMPARE(list.at(0).startDate, QDate(2026, 3, 9));
    QCOMPARE(list.at(0).currentScenario, QStringLiteral("Sales"));
    QVERIFY(!list.at(0).alreadyOnThisScenario);
    QCOMPARE(list.at(1).id, zara);
    QCOMPARE(list.at(1).currentScenario, QStringLiteral("Onboarding"));
    QVERIFY(list.at(1).alreadyOnThisScenario);
}

void TestScenarioAssigner::refusesAnInvalidScenario()
{
    StageData ownerless = makeStage(2, QStringLiteral("Documents"), Unit::Day, 2);
    ownerless.ownerRole.reset();
    const qint64 id = scenario({makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1), ownerless});
    const qint64 person = employee(QStringLiteral("Igor"), QStringLiteral("Noor"), "2026-03-02");
    ScenarioAssigner assigner(m_db->connection());
    const ScenarioAssigner::AssignResult result = assigner.assign(id, {person});
    QCOMPARE(result.assigned, 0);
    QVERIFY(result.skipped.isEmpty());
    QVERIFY2(assigner.lastError().contains(u"“Documents” has no owner"),
             qPrintable(assigner.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments")), 0);

    const qint64 empty = scenario({}, QStringLiteral("Empty"));
    QCOMPARE(assigner.assign(empty, {person}).assigned, 0);
    QVERIFY2(assigner.lastError().contains(u"no stages"), qPrintable(assigner.lastError()));
}

void TestScenarioAssigner::refusesTemplatesAndUnknownScenarios()
{
    const qint64 id = scenario({makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1)});
    exec(QStringLiteral("UPDATE scenarios SET is_template = 1 WHERE id = ?"), {id});
    const qint64 person = employee(QStringLiteral("Kira"), QStringLiteral("Lund"), "2026-03-02");
    ScenarioAssigner assigner(m_db->connection());
    QCOMPARE(assigner.assign(id, {person}).assigned, 0);
    QVERIFY2(assigner.lastError().contains(u"template"), qPrintable(assigner.lastError()));
    QCOMPARE(assigner.assign(777, {person}).assigned, 0);
    QVERIFY2(assigner.lastError().contains(u"#777"), qPrintable(assigner.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments")), 0);
}

void TestScenarioAssigner::jiraProjectFromSettings()
{
    StageData last = makeStage(1, QStringLiteral("Done"), Unit::Week, 4);
    last.actions = {QJsonObject{{QStringLiteral("on"), QStringLiteral("complete")},
                                {QStringLiteral("type"), QStringLiteral("jira")}}};
    const qint64 id = scenario({last});
    const qint64 person = employee(QStringLiteral("Lev"), QStringLiteral("Moss"), "2026-03-02");
    ScenarioAssigner without(m_db->connection());
    QCOMPARE(without.assign(id, {person}).assigned, 0);
    QVERIFY2(without.lastError().contains(u"Jira"), qPrintable(without.lastError()));

    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                              QStringLiteral("ONB"));
    ScenarioAssigner with(m_db->connection(), &settings);
    QCOMPARE(with.assign(id, {person}).assigned, 1);
    QVERIFY(with.lastError().isEmpty());
}

void TestScenarioAssigner::nothingIsWrittenOnFailure()
{
    const qint64 id = scenario({makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1),
                                makeStage(2, QStringLiteral("Tour"), Unit::Day, 2)});
    const qint64 first = employee(QStringLiteral("Mark"), QStringLiteral("One"), "2026-03-02");
    const qint64 second = employee(QStringLiteral("Nina"), QStringLiteral("Two"), "2026-03-02");
    exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON assignment_stages WHEN "
                        "(SELECT employee_id FROM assignments WHERE id = new.assignment_id) = %1 "
                        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
             .arg(second));
    ScenarioAssigner assigner(m_db->connection());
    const ScenarioAssigner::AssignResult result = assigner.assign(id, {first, second});
    QCOMPARE(result.assigned, 0);
    QVERIFY2(assigner.lastError().contains(u"Nina Two") &&
                 assigner.lastError().contains(u"disk full"),
             qPrintable(assigner.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignment_stages")), 0);
    // And the connection is usable again afterwards.
    exec(QStringLiteral("DROP TRIGGER refuse"));
    QCOMPARE(assigner.assign(id, {first, second}).assigned, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignment_stages")), 4);
}

QTEST_GUILESS_MAIN(TestScenarioAssigner)
#include "tst_scenarioassigner.moc"
