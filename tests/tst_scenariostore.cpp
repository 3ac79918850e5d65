// ScenarioStore on a migrated database: a new scenario is inserted, one nobody follows is
// updated in place, one that assignments reference becomes a new revision beside the old one,
// running assignments move to it keeping what was done, and an assigned scenario cannot be
// deleted. Also schema step 7, which the revisions need.
#include "app/ats/HiringService.h"
#include "app/scenarios/ScenarioStore.h"
#include "app/scenarios/ScenarioTemplates.h"
#include "app/storage/Database.h"
#include "app/storage/PageSources.h"
#include "app/storage/SqlHelpers.h"
#include "models/ScenarioCommands.h"
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

namespace {

StageData makeStage(qint64 key, const QString &title, ScenarioStage::TimingUnit unit, int offset,
                    QPointF position = {})
{
    StageData stage;
    stage.key = key;
    stage.title = title;
    stage.kind = QStringLiteral("task");
    stage.timingUnit = unit;
    stage.timingOffset = offset;
    stage.ownerRole = ScenarioStage::OwnerRole::HrManager;
    stage.position = position;
    return stage;
}

// Two documents hold the same scenario when everything but the session keys is equal.
void compareDocuments(const ScenarioDocument &a, const ScenarioDocument &b)
{
    QCOMPARE(a.name(), b.name());
    QCOMPARE(a.description(), b.description());
    QCOMPARE(a.stages().size(), b.stages().size());
    QHash<qint64, qint64> keyInB; // by dbId
    for (const StageData &stage : b.stages()) {
        keyInB.insert(stage.dbId, stage.key);
    }
    for (const StageData &stage : a.stages()) {
        QVERIFY(stage.dbId != 0);
        const StageData *other = b.stage(keyInB.value(stage.dbId));
        QVERIFY2(other, qPrintable(stage.title));
        StageData expected = stage;
        expected.key = other->key;
        QVERIFY2(*other == expected, qPrintable(stage.title));
    }
    QSet<QPair<qint64, qint64>> linksA;
    QSet<QPair<qint64, qint64>> linksB;
    for (const StageLink &link : a.links()) {
        linksA.insert({a.stage(link.from)->dbId, a.stage(link.to)->dbId});
    }
    for (const StageLink &link : b.links()) {
        linksB.insert({b.stage(link.from)->dbId, b.stage(link.to)->dbId});
    }
    QCOMPARE(linksA, linksB);
}

} // namespace

class TestScenarioStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void migrationSevenApplied();
    void saveNewThenLoad();
    void loadRefusesUnknownAndDeleted();
    void updateInPlaceWhenNobodyFollows();
    void aStageCopiedWithItsIdIsANewStage();
    void newRevisionWhenAssigned_data();
    void newRevisionWhenAssigned();
    void staleRevisionIsNotSaved();
    void moveKeepsDoneStagesAndDatesNewOnes();
    void moveFollowsStagesThroughRevisions();
    void moveRefusesUnrelatedRevisions();
    void moveIsOneTransaction();
    void removeRefusedWhileAssigned();
    void removeTakesEarlierRevisions();
    void templatesAreNeverListed();

private:
    qint64 exec(const QString &sql, const QVariantList &values = {});
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 employee(const QString &name, const QString &start = QStringLiteral("2026-01-30"));
    qint64 assign(qint64 employeeId, qint64 scenarioId, const QString &status = "active",
                  const QString &start = QStringLiteral("2026-01-30"));
    qint64 savedScenario(ScenarioDocument *document);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScenarioStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("scenario-store"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
}

void TestScenarioStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestScenarioStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestScenarioStore::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 TestScenarioStore::employee(const QString &name, const QString &start)
{
    return exec(QStringLiteral("INSERT INTO employees (first_name, last_name, start_date, "
                               "updated_at) VALUES (?, 'Test', ?, '2026-01-01T00:00:00Z')"),
                {name, start});
}

qint64 TestScenarioStore::assign(qint64 employeeId, qint64 scenarioId, const QString &status,
                                 const QString &start)
{
    return exec(QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, start_date, "
                               "status, created_at, updated_at) VALUES (?, ?, ?, ?, "
                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                {employeeId, scenarioId, start, status});
}

// Welcome (day 1) → Documents (day 3) → Training (week 2).
qint64 TestScenarioStore::savedScenario(ScenarioDocument *document)
{
    using Unit = ScenarioStage::TimingUnit;
    StageData welcome = makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1, {0, 0});
    welcome.participants = {QStringLiteral("hr_manager"), QStringLiteral("Олег")};
    welcome.actions = {QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                                   {QStringLiteral("type"), QStringLiteral("slack")}}};
    welcome.description = QStringLiteral("Accounts and mail");
    StageData documents = makeStage(2, QStringLiteral("Documents"), Unit::Day, 3, {250.5, -40});
    documents.ownerRole.reset();
    StageData training = makeStage(3, QStringLiteral("Training"), Unit::Week, 2, {500, 0});
    training.recurrence = ScenarioStage::Recurrence::Biweekly;
    training.durationMinutes = 45;
    training.autoComplete = true;
    document->reset(0, 1, QStringLiteral("First month"), QStringLiteral("The basics"),
                    {welcome, documents, training}, {{1, 2}, {2, 3}});
    ScenarioStore store(m_db->connection());
    if (!store.save(document)) {
        qWarning("%s", qPrintable(store.lastError()));
        return 0;
    }
    return document->scenarioId();
}

void TestScenarioStore::migrationSevenApplied()
{
    QVERIFY(Database::schemaVersion() >= 7);
    QCOMPARE(userVersion(m_db->connection()), Database::schemaVersion());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_list(scenario_stages)")));
    bool found = false;
    while (query.next()) {
        if (query.value(u"from"_qs).toString() == u"origin_stage_id") {
            found = true;
            QCOMPARE(query.value(u"table"_qs).toString(), QStringLiteral("scenario_stages"));
            QCOMPARE(query.value(u"on_delete"_qs).toString(), QStringLiteral("SET NULL"));
        }
    }
    QVERIFY(found);
    // The reference is live: deleting the original clears it.
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    const qint64 a = document.stages().at(0).dbId;
    const qint64 b = document.stages().at(1).dbId;
    exec(QStringLiteral("UPDATE scenario_stages SET origin_stage_id = ? WHERE id = ?"), {a, b});
    exec(QStringLiteral("DELETE FROM scenario_links WHERE scenario_id = ?"), {id});
    exec(QStringLiteral("DELETE FROM scenario_stages WHERE id = ?"), {a});
    QCOMPARE(
        scalar(QStringLiteral("SELECT origin_stage_id IS NULL FROM scenario_stages WHERE id = ?"),
               {b}),
        1);
}

void TestScenarioStore::saveNewThenLoad()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    QVERIFY(id > 0);
    QCOMPARE(document.revision(), 1);
    QVERIFY(!document.isModified());
    for (const StageData &stage : document.stages()) {
        QVERIFY(stage.dbId > 0);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE scenario_id = ? "
                                   "AND origin_stage_id IS NULL"),
                    {id}),
             3);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM scenario_links WHERE scenario_id = ?"), {id}),
        2);
    QCOMPARE(scalar(QStringLiteral("SELECT owner_role IS NULL FROM scenario_stages WHERE id = ?"),
                    {document.stages().at(1).dbId}),
             1);

    ScenarioDocument loaded;
    ScenarioStore store(m_db->connection());
    QVERIFY2(store.load(id, &loaded), qPrintable(store.lastError()));
    QCOMPARE(loaded.scenarioId(), id);
    QCOMPARE(loaded.revision(), 1);
    QVERIFY(!loaded.isModified());
    compareDocuments(document, loaded);
    QCOMPARE(loaded.stages().at(1).position, QPointF(250.5, -40));
    // New keys: the editor may add stages with takeNewKey() right away.
    QVERIFY(loaded.takeNewKey() > loaded.stages().size() - 1);
}

void TestScenarioStore::loadRefusesUnknownAndDeleted()
{
    ScenarioStore store(m_db->connection());
    ScenarioDocument document;
    QVERIFY(!store.load(4242, &document));
    QVERIFY2(store.lastError().contains(u"#4242"), qPrintable(store.lastError()));
    const qint64 id = savedScenario(&document);
    exec(QStringLiteral("UPDATE scenarios SET deleted = 1 WHERE id = ?"), {id});
    ScenarioDocument again;
    QVERIFY(!store.load(id, &again));
    QVERIFY(!store.lastError().isEmpty());
}

void TestScenarioStore::updateInPlaceWhenNobodyFollows()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    const qint64 documentsId = document.stages().at(1).dbId;
    const qint64 trainingId = document.stages().at(2).dbId;
    // A completed assignment of another scenario is no reason for a revision here.
    ScenarioDocument other;
    assign(employee(QStringLiteral("Anna")), savedScenario(&other), QStringLiteral("completed"));

    QUndoStack stack;
    StageData after = *document.stage(3);
    after.title = QStringLiteral("Product training");
    after.position = {600, 20};
    stack.push(new EditStageCommand(&document, *document.stage(3), after));
    stack.push(new RemoveItemsCommand(&document, {2}));
    const qint64 key = document.takeNewKey();
    stack.push(new AddStagesCommand(
        &document, {makeStage(key, QStringLiteral("Survey"), ScenarioStage::TimingUnit::Month, 1)},
        {{3, key}, {1, 3}}));
    stack.push(new EditScenarioCommand(&document, QStringLiteral("First month 2"), QString()));
    QVERIFY(document.isModified());

    ScenarioStore store(m_db->connection());
    QVERIFY2(store.save(&document), qPrintable(store.lastError()));
    QVERIFY(!store.savedNewRevision());
    QCOMPARE(document.scenarioId(), id);
    QCOMPARE(document.revision(), 1);
    QVERIFY(!document.isModified());
    QCOMPARE(document.stage(3)->dbId, trainingId); // updated, not replaced
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE id = ?"), {documentsId}),
        0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenarios")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM scenarios WHERE id = ?"), {id}), 1);

    ScenarioDocument loaded;
    QVERIFY(store.load(id, &loaded));
    compareDocuments(document, loaded);
    QCOMPARE(loaded.name(), QStringLiteral("First month 2"));
    QCOMPARE(loaded.description(), QString());
}

void TestScenarioStore::aStageCopiedWithItsIdIsANewStage()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    StageData copy = *document.stage(1);
    copy.key = document.takeNewKey();
    copy.title = QStringLiteral("Welcome, again");
    QUndoStack stack;
    stack.push(new AddStagesCommand(&document, {copy}, {{copy.key, 2}}));
    ScenarioStore store(m_db->connection());
    QVERIFY(store.save(&document));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE scenario_id = ?"), {id}),
        4);
    QVERIFY(document.stage(copy.key)->dbId != document.stage(1)->dbId);
    ScenarioDocument loaded;
    QVERIFY(store.load(id, &loaded));
    compareDocuments(document, loaded);
}

void TestScenarioStore::newRevisionWhenAssigned_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("active") << "active";
    QTest::newRow("completed") << "completed";
    QTest::newRow("cancelled") << "cancelled";
}

void TestScenarioStore::newRevisionWhenAssigned()
{
    QFETCH(QString, status);
    ScenarioDocument document;
    const qint64 oldId = savedScenario(&document);
    const qint64 assignment = assign(employee(QStringLiteral("Boris")), oldId, status);
    QList<qint64> oldStageIds;
    for (const StageData &stage : document.stages()) {
        oldStageIds.append(stage.dbId);
    }

    QUndoStack stack;
    StageData after = *document.stage(1);
    after.title = QStringLiteral("Welcome aboard");
    stack.push(new EditStageCommand(&document, *document.stage(1), after));
    stack.push(new RemoveItemsCommand(&document, {2}));
    const qint64 key = document.takeNewKey();
    stack.push(new AddStagesCommand(
        &document, {makeStage(key, QStringLiteral("Survey"), ScenarioStage::TimingUnit::Week, 3)},
        {{3, key}}));

    ScenarioStore store(m_db->connection());
    QVERIFY2(store.save(&document), qPrintable(store.lastError()));
    QVERIFY(store.savedNewRevision());
    const qint64 newId = document.scenarioId();
    QVERIFY(newId != oldId);
    QCOMPARE(document.revision(), 2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT previous_revision_id FROM scenarios WHERE id = ?"), {newId}),
        oldId);
    QCOMPARE(scalar(QStringLiteral("SELECT revision FROM scenarios WHERE id = ?"), {newId}), 2);

    // The old revision is as it was: its stages, titles and links, and the assignment on it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE scenario_id = ?"),
                    {oldId}),
             3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE id = ? AND "
                                   "title = 'Welcome'"),
                    {oldStageIds.at(0)}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenario_links WHERE scenario_id = ?"),
                    {oldId}),
             2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT scenario_id FROM assignments WHERE id = ?"), {assignment}),
        oldId);

    // The copies remember their originals; the new stage has none.
    QCOMPARE(document.stage(1)->dbId != oldStageIds.at(0), true);
    QCOMPARE(scalar(QStringLiteral("SELECT origin_stage_id FROM scenario_stages WHERE id = ?"),
                    {document.stage(1)->dbId}),
             oldStageIds.at(0));
    QCOMPARE(scalar(QStringLiteral("SELECT origin_stage_id FROM scenario_stages WHERE id = ?"),
                    {document.stage(3)->dbId}),
             oldStageIds.at(2));
    QCOMPARE(scalar(QStringLiteral("SELECT origin_stage_id IS NULL FROM scenario_stages WHERE "
                                   "id = ?"),
                    {document.stage(key)->dbId}),
             1);
    ScenarioDocument loaded;
    QVERIFY(store.load(newId, &loaded));
    compareDocuments(document, loaded);

    // Only the new revision is listed, for the Scenarios area and for hiring.
    auto listed = sources::scenarios(*m_db);
    QCOMPARE(listed->count(), 1);
    QCOMPARE(listed->fetch(0, 10).first().id, newId);
    const QList<PersonChoice> choices = HiringService(*m_db).scenarios();
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.first().id, newId);

    // Saving the new revision again, nobody on it yet: in place.
    stack.push(new EditScenarioCommand(&document, QStringLiteral("Renamed"), QString()));
    QVERIFY(store.save(&document));
    QVERIFY(!store.savedNewRevision());
    QCOMPARE(document.scenarioId(), newId);
}

void TestScenarioStore::staleRevisionIsNotSaved()
{
    ScenarioDocument document;
    const qint64 oldId = savedScenario(&document);
    assign(employee(QStringLiteral("Vera")), oldId);
    ScenarioDocument stale;
    ScenarioStore store(m_db->connection());
    QVERIFY(store.load(oldId, &stale));
    document.setProperties(QStringLiteral("Edited"), QString());
    QVERIFY(store.save(&document));
    QVERIFY(store.savedNewRevision());

    stale.setProperties(QStringLiteral("Edited elsewhere"), QString());
    QVERIFY(!store.save(&stale));
    QVERIFY2(store.lastError().contains(u"Revision 2"), qPrintable(store.lastError()));
    QCOMPARE(stale.scenarioId(), oldId);
    QVERIFY(stale.isModified());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenarios")), 2);
}

void TestScenarioStore::moveKeepsDoneStagesAndDatesNewOnes()
{
    using Unit = ScenarioStage::TimingUnit;
    ScenarioDocument document;
    // Welcome (day 1), Documents (day 3), Call (day 4), Lunch (day 2), Tour (day 5).
    document.reset(0, 1, QStringLiteral("Week one"), QString(),
                   {makeStage(1, QStringLiteral("Welcome"), Unit::Day, 1),
                    makeStage(2, QStringLiteral("Documents"), Unit::Day, 3),
                    makeStage(3, QStringLiteral("Call"), Unit::Day, 4),
                    makeStage(4, QStringLiteral("Lunch"), Unit::Day, 2),
                    makeStage(5, QStringLiteral("Tour"), Unit::Day, 5)},
                   {});
    ScenarioStore store(m_db->connection());
    QVERIFY(store.save(&document));
    const qint64 oldId = document.scenarioId();
    QHash<QString, qint64> oldStage;
    for (const StageData &stage : document.stages()) {
        oldStage.insert(stage.title, stage.dbId);
    }
    // Started on Friday 30 January 2026.
    const qint64 active = assign(employee(QStringLiteral("Dina")), oldId);
    const qint64 finished =
        assign(employee(QStringLiteral("Egor")), oldId, QStringLiteral("completed"));
    const auto row = [&](qint64 assignment, const QString &stage, const QString &due,
                         const QString &status) {
        return exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                   "due_date, status) VALUES (?, ?, ?, ?)"),
                    {assignment, oldStage.value(stage), due, status});
    };
    const qint64 welcome = row(active, QStringLiteral("Welcome"), "2026-01-30", "done");
    exec(QStringLiteral("UPDATE assignment_stages SET done_at = '2026-01-30T15:00:00Z', "
                        "meeting_url = 'https://zoom.us/j/1', result = 'went well' WHERE id = ?"),
         {welcome});
    const qint64 documents = row(active, QStringLiteral("Documents"), "2026-02-03", "pending");
    const qint64 call = row(active, QStringLiteral("Call"), "2026-02-04", "pending");
    const qint64 lunch = row(active, QStringLiteral("Lunch"), "2026-02-02", "in_progress");
    const qint64 tour = row(active, QStringLiteral("Tour"), "2026-02-05", "pending");
    // The tour's meeting is booked already.
    exec(QStringLiteral("INSERT INTO outbox (service, method, path, entity_type, entity_id, "
                        "idempotency_key, created_at) VALUES ('zoom', 'POST', "
                        "'/v2/users/me/meetings', 'assignment_stage', ?, 'k1', "
                        "'2026-01-29T10:00:00Z')"),
         {tour});
    const qint64 finishedRow = row(finished, QStringLiteral("Call"), "2026-02-04", "pending");

    // Revision 2: Documents renamed and later, Call, Lunch and Tour gone, Review (day 5) and a
    // weekly Check-in (week 2) new.
    QUndoStack stack;
    StageData renamed = *document.stage(2);
    renamed.title = QStringLiteral("Policies");
    renamed.timingOffset = 4;
    stack.push(new EditStageCommand(&document, *document.stage(2), renamed));
    stack.push(new RemoveItemsCommand(&document, {3, 4, 5}));
    StageData checkIn = makeStage(document.takeNewKey(), QStringLiteral("Check-in"), Unit::Week, 2);
    checkIn.recurrence = ScenarioStage::Recurrence::Weekly;
    const StageData review =
        makeStage(document.takeNewKey(), QStringLiteral("Review"), Unit::Day, 5);
    stack.push(new AddStagesCommand(&document, {review, checkIn}));
    QVERIFY(store.save(&document));
    QVERIFY(store.savedNewRevision());
    const qint64 newId = document.scenarioId();

    // Moved on Monday 16 February: check-ins from then on, up to 12 weeks after the start
    // (Friday 24 April), since no one-off stage is later.
    QVERIFY2(store.moveAssignments(oldId, newId, QDate(2026, 2, 16)),
             qPrintable(store.lastError()));
    const ScenarioStore::AssignmentMove move = store.lastMove();
    QCOMPARE(move.assignments, 1);
    QCOMPARE(move.stagesKept, 2);          // Welcome, Documents
    QCOMPARE(move.stagesDropped, 1);       // Call
    QCOMPARE(move.stagesKeptAsHistory, 2); // Lunch (in progress), Tour (meeting booked)
    QList<QDate> checkIns;
    for (QDate d(2026, 2, 20); d <= QDate(2026, 4, 24); d = d.addDays(7)) {
        checkIns.append(d);
    }
    QCOMPARE(checkIns.size(), 10);
    QCOMPARE(move.stagesAdded, 1 + checkIns.size());
    QVERIFY2(move.summary().startsWith(u"1 new hire"), qPrintable(move.summary()));
    QVERIFY2(move.summary().contains(u": 2 stage"), qPrintable(move.summary()));

    QCOMPARE(scalar(QStringLiteral("SELECT scenario_id FROM assignments WHERE id = ?"), {active}),
             newId);
    QCOMPARE(scalar(QStringLiteral("SELECT scenario_id FROM assignments WHERE id = ?"), {finished}),
             oldId);
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT stage_id, status, done_at, meeting_url, result, "
                                    "due_date FROM assignment_stages WHERE id = ?"),
                     {welcome}) &&
            query.next());
    QCOMPARE(query.value(0).toLongLong(), document.stage(1)->dbId);
    QCOMPARE(query.value(1).toString(), QStringLiteral("done"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2026-01-30T15:00:00Z"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("https://zoom.us/j/1"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("went well"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("2026-01-30"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT stage_id FROM assignment_stages WHERE id = ?"), {documents}),
        document.stage(2)->dbId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignment_stages WHERE id = ?"), {call}),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM assignment_stages WHERE id = ?"), {lunch}),
             oldStage.value(QStringLiteral("Lunch")));
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM assignment_stages WHERE id = ?"), {tour}),
             oldStage.value(QStringLiteral("Tour")));
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM assignment_stages WHERE id = ?"),
                    {finishedRow}),
             oldStage.value(QStringLiteral("Call")));

    // Review: working day 5 from Friday 30 January is Thursday 5 February.
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT due_date, status FROM assignment_stages WHERE "
                                    "assignment_id = ? AND stage_id = ?"),
                     {active, document.stage(review.key)->dbId}) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-02-05"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("pending"));
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT due_date FROM assignment_stages WHERE assignment_id = "
                                    "? AND stage_id = ? ORDER BY due_date"),
                     {active, document.stage(checkIn.key)->dbId}));
    QList<QDate> dated;
    while (query.next()) {
        dated.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    }
    QCOMPARE(dated, checkIns);
}

void TestScenarioStore::moveFollowsStagesThroughRevisions()
{
    using Unit = ScenarioStage::TimingUnit;
    ScenarioDocument document;
    document.reset(0, 1, QStringLiteral("Chain"), QString(),
                   {makeStage(1, QStringLiteral("One"), Unit::Day, 1),
                    makeStage(2, QStringLiteral("Two"), Unit::Day, 2)},
                   {{1, 2}});
    ScenarioStore store(m_db->connection());
    QVERIFY(store.save(&document));
    const qint64 rev1 = document.scenarioId();
    const qint64 oneOld = document.stage(1)->dbId;
    const qint64 first = assign(employee(QStringLiteral("Fedor")), rev1);
    const qint64 row =
        exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                            "due_date, status) VALUES (?, ?, '2026-01-30', 'done')"),
             {first, oneOld});
    document.setProperties(QStringLiteral("Chain 2"), QString());
    QVERIFY(store.save(&document));
    const qint64 rev2 = document.scenarioId();
    // Revision 2 is edited in place (nobody on it), then someone joins it and revision 3 comes.
    StageData renamed = *document.stage(1);
    renamed.title = QStringLiteral("One again");
    document.updateStage(renamed);
    QVERIFY(store.save(&document));
    QCOMPARE(document.scenarioId(), rev2);
    assign(employee(QStringLiteral("Galina")), rev2);
    document.setProperties(QStringLiteral("Chain 3"), QString());
    QVERIFY(store.save(&document));
    const qint64 rev3 = document.scenarioId();
    QCOMPARE(document.revision(), 3);

    QVERIFY2(store.moveAssignments(rev1, rev3, QDate(2026, 2, 2)), qPrintable(store.lastError()));
    QCOMPARE(store.lastMove().stagesKept, 1);
    QCOMPARE(store.lastMove().stagesAdded, 1); // "Two" had no row yet
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM assignment_stages WHERE id = ?"), {row}),
             document.stage(1)->dbId);
    QCOMPARE(scalar(QStringLiteral("SELECT scenario_id FROM assignments WHERE id = ?"), {first}),
             rev3);
}

void TestScenarioStore::moveRefusesUnrelatedRevisions()
{
    ScenarioDocument a;
    ScenarioDocument b;
    const qint64 idA = savedScenario(&a);
    const qint64 idB = savedScenario(&b);
    ScenarioStore store(m_db->connection());
    QVERIFY(!store.moveAssignments(idA, idB));
    QVERIFY2(store.lastError().contains(u"not a later revision"), qPrintable(store.lastError()));
    QVERIFY(!store.moveAssignments(idA, idA));
    QCOMPARE(store.lastMove().assignments, 0);
}

void TestScenarioStore::moveIsOneTransaction()
{
    ScenarioDocument document;
    const qint64 oldId = savedScenario(&document);
    const qint64 first = assign(employee(QStringLiteral("Igor")), oldId);
    const qint64 second = assign(employee(QStringLiteral("Yana")), oldId);
    for (qint64 assignment : {first, second}) {
        exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, due_date) "
                            "VALUES (?, ?, '2026-02-03')"),
             {assignment, document.stage(2)->dbId});
    }
    QUndoStack stack;
    stack.push(new RemoveItemsCommand(&document, {2}));
    ScenarioStore store(m_db->connection());
    QVERIFY(store.save(&document));
    // The second assignment cannot be moved: nothing of the first may move either.
    exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE OF scenario_id ON assignments "
                        "WHEN new.id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
             .arg(second));
    const qint64 rowsBefore = scalar(QStringLiteral("SELECT count(*) FROM assignment_stages"));
    QVERIFY(!store.moveAssignments(oldId, document.scenarioId()));
    QVERIFY2(store.lastError().contains(u"refused"), qPrintable(store.lastError()));
    QCOMPARE(store.lastMove().assignments, 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE scenario_id = ?"), {oldId}),
        2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignment_stages")), rowsBefore);
}

void TestScenarioStore::removeRefusedWhileAssigned()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    assign(employee(QStringLiteral("Kira")), id, QStringLiteral("completed"));
    ScenarioStore store(m_db->connection());
    QVERIFY(!store.remove(id));
    QVERIFY2(store.lastError().contains(u"cannot be deleted"), qPrintable(store.lastError()));
    QVERIFY(store.lastError().contains(u"“First month”"));
    QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM scenarios WHERE id = ?"), {id}), 0);

    // The newest revision has nobody, the one before has: still refused.
    document.setProperties(QStringLiteral("Edited"), QString());
    QVERIFY(store.save(&document));
    QVERIFY(!store.remove(document.scenarioId()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenarios WHERE deleted = 1")), 0);
}

void TestScenarioStore::removeTakesEarlierRevisions()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    ScenarioStore store(m_db->connection());
    // Revision 2 made by hand, as the sync could deliver it.
    const qint64 rev2 = exec(QStringLiteral("INSERT INTO scenarios (name, revision, "
                                            "previous_revision_id, updated_at) VALUES ('First "
                                            "month', 2, ?, '2026-01-01T00:00:00Z')"),
                             {id});
    auto listed = sources::scenarios(*m_db);
    QCOMPARE(listed->count(), 1);
    QVERIFY2(store.remove(rev2), qPrintable(store.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scenarios WHERE deleted = 1")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM scenarios WHERE id = ?"), {id}), 1);
    QCOMPARE(listed->count(), 0);
    ScenarioDocument gone;
    QVERIFY(!store.load(id, &gone));
    QVERIFY(!store.remove(id));
}

void TestScenarioStore::templatesAreNeverListed()
{
    ScenarioDocument document;
    const qint64 id = savedScenario(&document);
    ScenarioTemplates templates(m_db->connection());
    const qint64 templ = templates.saveAsTemplate(document, {}, QStringLiteral("Whole month"));
    QVERIFY2(templ > 0, qPrintable(templates.lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT is_template FROM scenarios WHERE id = ?"), {templ}), 1);
    auto listed = sources::scenarios(*m_db);
    QCOMPARE(listed->count(), 1);
    QCOMPARE(listed->fetch(0, 10).first().id, id);
    const QList<PersonChoice> choices = HiringService(*m_db).scenarios();
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.first().id, id);
}

QTEST_GUILESS_MAIN(TestScenarioStore)
#include "tst_scenariostore.moc"
