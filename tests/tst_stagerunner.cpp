// StageRunner: the sweep runs at start and on its timer with the clock it is given, says what
// it did in one sentence, signals outbox work, and tells a stage that cannot start only once.
#include "app/scenarios/StageRunner.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestStageRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void startRunsAtOnceAndOnTheTimer();
    void failureIsToldOnce();

private:
    qint64 exec(const QString &sql, const QVariantList &values = {});
    int outboxCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    qint64 m_employee = 0;
    qint64 m_stage = 0;
};

qint64 TestStageRunner::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, values)) {
        qWarning("%s", qPrintable(query.lastQuery()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

int TestStageRunner::outboxCount()
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT count(*) FROM outbox")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

void TestStageRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("stage-runner"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    const QString now = sql::nowUtc();
    m_employee = exec(QStringLiteral("INSERT INTO employees (first_name, last_name, email, "
                                     "updated_at) VALUES ('Alina', 'Sokolova', "
                                     "'alina@example.com', ?)"),
                      {now});
    const qint64 scenario = exec(
        QStringLiteral("INSERT INTO scenarios (name, updated_at) VALUES ('Office', ?)"), {now});
    m_stage = exec(QStringLiteral("INSERT INTO scenario_stages (scenario_id, title, actions) "
                                  "VALUES (?, 'Read the handbook', ?)"),
                   {scenario, QStringLiteral("[{\"on\": \"start\", \"type\": \"document\", "
                                             "\"url\": \"https://wiki.example.com/h\"}]")});
    const qint64 assignment =
        exec(QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, start_date, "
                            "created_at, updated_at) VALUES (?, ?, '2026-03-02', ?, ?)"),
             {m_employee, scenario, now, now});
    QVERIFY(exec(QStringLiteral("INSERT INTO assignment_stages (assignment_id, stage_id, "
                                "due_date) VALUES (?, ?, '2026-03-04')"),
                 {assignment, m_stage}) > 0);
}

void TestStageRunner::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStageRunner::startRunsAtOnceAndOnTheTimer()
{
    StageRunner runner(m_db->connection(), *m_settings);
    QDateTime now(QDate(2026, 3, 3), QTime(9, 0));
    runner.setClock([&now] { return now; });
    runner.setInterval(20);
    QSignalSpy queued(&runner, &StageRunner::workQueued);
    QSignalSpy changed(&runner, &StageRunner::stagesChanged);
    QSignalSpy message(&runner, &StageRunner::message);
    runner.start();
    // The day before: nothing to do, nothing said.
    QCOMPARE(queued.count(), 0);
    QCOMPARE(message.count(), 0);
    now = now.addDays(1);
    QTRY_COMPARE(queued.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(outboxCount(), 1);
    QVERIFY2(message.constLast().at(0).toString().contains(QLatin1String("1 onboarding stage")),
             qPrintable(message.constLast().at(0).toString()));
    // Later turns of the timer find the stage started already.
    QTest::qWait(100);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(outboxCount(), 1);
}

void TestStageRunner::failureIsToldOnce()
{
    exec(QStringLiteral("UPDATE employees SET email = NULL WHERE id = ?"), {m_employee});
    StageRunner runner(m_db->connection(), *m_settings);
    runner.setClock([] { return QDateTime(QDate(2026, 3, 5), QTime(9, 0)); });
    QSignalSpy message(&runner, &StageRunner::message);
    QCOMPARE(runner.runNow().failed.size(), 1);
    QCOMPARE(message.count(), 1);
    QVERIFY2(message.at(0).at(0).toString().contains(QLatin1String("could not start")),
             qPrintable(message.at(0).at(0).toString()));
    QCOMPARE(runner.runNow().failed.size(), 1);
    QCOMPARE(message.count(), 1);
    // Once the e-mail is there, the next sweep starts the stage.
    exec(QStringLiteral("UPDATE employees SET email = 'alina@example.com' WHERE id = ?"),
         {m_employee});
    const StageActions::Sweep sweep = runner.runNow();
    QCOMPARE(sweep.started.size(), 1);
    QCOMPARE(outboxCount(), 1);
}

QTEST_GUILESS_MAIN(TestStageRunner)
#include "tst_stagerunner.moc"
