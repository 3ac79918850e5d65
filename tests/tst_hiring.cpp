#include "app/ats/CandidateRepository.h"
#include "app/ats/HiringAnalytics.h"
#include "app/ats/HiringService.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/scenarios/WorkingDays.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

// The hired flow (employee + platform user + scenario), the hiring figures and the retention
// review, on one small vacancy whose history the test writes itself.
class TestHiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workingDays_data();
    void workingDays();
    void draftIsPrefilled();
    void hireWritesEmployeeOutboxAndAssignment();
    void hireRefusesBadDrafts_data();
    void hireRefusesBadDrafts();
    void funnelCountsHowFarPeopleGot();
    void sourcesAndTimeToHire();
    void retentionListsAndAnonymises();

private:
    qint64 add(const QString &name, const QString &source, int stageIndex, int appliedDaysAgo);
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("hiring")};
    std::unique_ptr<CandidateRepository> m_repo;
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
    qint64 m_hiredCandidate = 0;
};

void TestHiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("h.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_repo = std::make_unique<CandidateRepository>(m_db, m_phones);
    VacancyRepository vacancies(m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Тестировщик");
    vacancy.department = QStringLiteral("Качество");
    m_vacancyId = vacancies.create(vacancy);
    m_stages =
        vacancies.stages(m_vacancyId); // response, screening, interview, offer, hired, rejected
}

qint64 TestHiring::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestHiring::add(const QString &name, const QString &source, int stageIndex,
                       int appliedDaysAgo)
{
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = m_stages.at(0).id;
    record.fullName = name;
    record.source = source;
    record.emails = {QStringLiteral("%1@example.ru").arg(name.size() * 7919 + appliedDaysAgo)};
    record.appliedAt = QDateTime::currentDateTimeUtc().addDays(-appliedDaysAgo);
    const qint64 id = m_repo->create(record);
    // Walk the card through the stages, as a recruiter would.
    for (int i = 1; i <= stageIndex; ++i) {
        if (i == 5 && stageIndex == 5) {
            break;
        }
        m_repo->moveToStage({id}, m_stages.at(i).id, QStringLiteral("reason"));
    }
    return id;
}

void TestHiring::workingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QDate>("due");

    // 2026-11-23 is a Monday.
    QTest::newRow("day 1 is the start") << QDate(2026, 11, 23) << "day" << 1 << QDate(2026, 11, 23);
    QTest::newRow("day 5 is Friday") << QDate(2026, 11, 23) << "day" << 5 << QDate(2026, 11, 27);
    QTest::newRow("day 6 skips the weekend")
        << QDate(2026, 11, 23) << "day" << 6 << QDate(2026, 11, 30);
    QTest::newRow("Saturday start moves to Monday")
        << QDate(2026, 11, 28) << "day" << 1 << QDate(2026, 11, 30);
    QTest::newRow("week 2") << QDate(2026, 11, 23) << "week" << 2 << QDate(2026, 11, 30);
    QTest::newRow("month 2 across the month end")
        << QDate(2026, 11, 23) << "month" << 2 << QDate(2026, 12, 22);
    QTest::newRow("across the year end") << QDate(2026, 12, 31) << "day" << 2 << QDate(2027, 1, 1);
}

void TestHiring::workingDays()
{
    QFETCH(QDate, start);
    QFETCH(QString, unit);
    QFETCH(int, offset);
    QFETCH(QDate, due);
    QCOMPARE(addWorkingDays(start, workingDayOfStage(unit, offset)), due);
}

void TestHiring::draftIsPrefilled()
{
    m_hiredCandidate =
        add(QStringLiteral("Орлова Дарья Сергеевна"), QStringLiteral("hh.ru"), 4, 30);
    HiringService hiring(m_db);
    const EmployeeDraft draft = hiring.draftFor(m_hiredCandidate);
    QCOMPARE(draft.lastName, QStringLiteral("Орлова"));
    QCOMPARE(draft.firstName, QStringLiteral("Дарья"));
    QCOMPARE(draft.jobTitle, QStringLiteral("Тестировщик"));
    QCOMPARE(draft.department, QStringLiteral("Качество"));
    QCOMPARE(draft.startDate.dayOfWeek(), 1);
    QVERIFY(draft.startDate > QDate::currentDate());
}

void TestHiring::hireWritesEmployeeOutboxAndAssignment()
{
    HiringService hiring(m_db);
    EmployeeDraft draft = hiring.draftFor(m_hiredCandidate);
    const QList<PersonChoice> scenarios = hiring.scenarios();
    QVERIFY(!scenarios.isEmpty());
    draft.scenarioId = scenarios.first().id;
    draft.managerId = hiring.managers().first().id;
    const qint64 outboxBefore = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 employeeId = hiring.hire(draft);
    QVERIFY2(employeeId > 0, qPrintable(hiring.lastError()));
    QCOMPARE(hiring.employeeOf(m_hiredCandidate), employeeId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);

    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT service, method, path, body, entity_id FROM outbox "
                                      "ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("/api/v1/users"));
    QCOMPARE(query.value(4).toLongLong(), employeeId);
    const QJsonObject user = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    QCOMPARE(user.value(u"first_name").toString(), QStringLiteral("Дарья"));
    QCOMPARE(user.value(u"last_name").toString(), QStringLiteral("Орлова"));
    QCOMPARE(user.value(u"job_title").toString(), QStringLiteral("Тестировщик"));
    QVERIFY(user.contains(u"email"));

    const qint64 stages =
        scalar(QStringLiteral("SELECT count(*) FROM scenario_stages WHERE scenario_id = ?"),
               {draft.scenarioId});
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT s.stage_id) FROM assignment_stages s "
                                   "JOIN assignments a ON a.id = s.assignment_id WHERE "
                                   "a.employee_id = ?"),
                    {employeeId}),
             stages);
    // A one-off stage is dated once, a weekly one every week (ScenarioAssigner).
    QVERIFY(query.prepare(QStringLiteral("SELECT st.recurrence, count(*) FROM assignment_stages "
                                         "s JOIN scenario_stages st ON st.id = s.stage_id JOIN "
                                         "assignments a ON a.id = s.assignment_id WHERE "
                                         "a.employee_id = ? GROUP BY s.stage_id")));
    query.addBindValue(employeeId);
    QVERIFY(query.exec());
    while (query.next()) {
        if (query.value(0).toString() == u"none") {
            QCOMPARE(query.value(1).toInt(), 1);
        } else {
            QVERIFY(query.value(1).toInt() > 1);
        }
    }
    // No stage falls on a weekend.
    QVERIFY(query.exec(QStringLiteral("SELECT due_date FROM assignment_stages")));
    while (query.next()) {
        QVERIFY(QDate::fromString(query.value(0).toString(), Qt::ISODate).dayOfWeek() <= 5);
    }
    // A second hire of the same person is refused.
    QCOMPARE(hiring.hire(draft), 0);
    QVERIFY(hiring.lastError().contains(QStringLiteral("already")));
}

void TestHiring::hireRefusesBadDrafts_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("no first name") << "first";
    QTest::newRow("no last name") << "last";
    QTest::newRow("bad email") << "email";
    QTest::newRow("no job title") << "job";
    QTest::newRow("no start date") << "start";
}

void TestHiring::hireRefusesBadDrafts()
{
    QFETCH(QString, field);
    HiringService hiring(m_db);
    EmployeeDraft draft;
    draft.firstName = QStringLiteral("Иван");
    draft.lastName = QStringLiteral("Иванов");
    draft.email = QStringLiteral("ivanov@butterboard.online");
    draft.jobTitle = QStringLiteral("Инженер");
    draft.startDate = QDate(2026, 12, 1);
    if (field == u"first") {
        draft.firstName.clear();
    } else if (field == u"last") {
        draft.lastName = QStringLiteral("  ");
    } else if (field == u"email") {
        draft.email = QStringLiteral("ivanov@");
    } else if (field == u"job") {
        draft.jobTitle.clear();
    } else {
        draft.startDate = QDate();
    }
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM employees"));
    QCOMPARE(hiring.problems(draft).size(), 1);
    QCOMPARE(hiring.hire(draft), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM employees")), before);
}

void TestHiring::funnelCountsHowFarPeopleGot()
{
    // Besides the hired one (index 4): 3 responses, 2 at screening, 1 rejected after the
    // interview, 1 offer.
    add(QStringLiteral("А Один"), QStringLiteral("hh.ru"), 0, 3);
    add(QStringLiteral("Б Два"), QStringLiteral("hh.ru"), 0, 4);
    add(QStringLiteral("В Три"), QStringLiteral("SuperJob"), 0, 5);
    add(QStringLiteral("Г Четыре"), QStringLiteral("SuperJob"), 1, 6);
    add(QStringLiteral("Д Пять"), QStringLiteral("Referral"), 1, 7);
    const qint64 rejected = add(QStringLiteral("Е Шесть"), QStringLiteral("hh.ru"), 2, 8);
    QVERIFY(m_repo->moveToStage({rejected}, m_stages.at(5).id, QStringLiteral("Опыт")));
    add(QStringLiteral("Ж Семь"), QStringLiteral("Referral"), 3, 9);

    HiringAnalytics analytics(m_db);
    const QList<FunnelStep> funnel = analytics.funnel(m_vacancyId);
    QVERIFY2(analytics.lastError().isEmpty(), qPrintable(analytics.lastError()));
    QCOMPARE(funnel.size(), 6);
    const QList<int> reached{8, 5, 3, 2, 1, 1};
    const QList<int> current{3, 2, 0, 1, 1, 1};
    for (int i = 0; i < funnel.size(); ++i) {
        QCOMPARE(funnel.at(i).reached, reached.at(i));
        QCOMPARE(funnel.at(i).current, current.at(i));
    }
    QCOMPARE(funnel.at(4).conversion, 1.0 / 8);
    QVERIFY(funnel.at(0).averageDays >= 0);
}

void TestHiring::sourcesAndTimeToHire()
{
    HiringAnalytics analytics(m_db);
    const QList<SourceFigures> sources = analytics.bySource(m_vacancyId);
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.first().source, QStringLiteral("hh.ru"));
    QCOMPARE(sources.first().candidates, 4);
    QCOMPARE(sources.first().hired, 1);
    QCOMPARE(sources.first().rejected, 1);
    const TimeToHire time = analytics.timeToHire(m_vacancyId);
    QCOMPARE(time.hired, 1);
    QVERIFY(qAbs(time.averageDays - 30) < 0.1);
    QCOMPARE(time.medianDays, time.averageDays);
    // Over all vacancies the demo's hires count too.
    QVERIFY(analytics.timeToHire(0).hired > 1);
}

void TestHiring::retentionListsAndAnonymises()
{
    RetentionService retention(m_db);
    const qint64 old = add(QStringLiteral("Старая Анкета"), QStringLiteral("hh.ru"), 1, 900);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE candidates SET updated_at = '2023-01-01T00:00:00Z', "
                                 "notes = 'секрет', phone_raw = '8 916 000 00 00' WHERE id = ?"));
    query.addBindValue(old);
    QVERIFY(query.exec());
    QTemporaryDir files;
    QDir().mkpath(files.filePath(QStringLiteral("x")));
    QFile cv(files.filePath(QStringLiteral("x/cv.pdf")));
    QVERIFY(cv.open(QIODevice::WriteOnly));
    cv.write("cv");
    cv.close();
    query.prepare(QStringLiteral("INSERT INTO candidate_attachments (candidate_id, file_name, "
                                 "stored_path, added_at) VALUES (?, 'cv.pdf', 'x/cv.pdf', 'now')"));
    query.addBindValue(old);
    QVERIFY(query.exec());

    const QList<RetentionCandidate> due = retention.pastRetention(24);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, old);
    QVERIFY(retention.pastRetention(0).isEmpty());

    const qint64 stageBefore =
        scalar(QStringLiteral("SELECT stage_id FROM candidates WHERE id = ?"), {old});
    QCOMPARE(retention.anonymize({old}, files.path()), 1);
    const auto record = m_repo->load(old);
    QVERIFY(!record->fullName.contains(QStringLiteral("Старая")));
    QVERIFY(record->phones.isEmpty());
    QVERIFY(record->emails.isEmpty());
    QVERIFY(record->notes.isEmpty());
    QCOMPARE(record->stageId, stageBefore);
    QCOMPARE(record->source, QStringLiteral("hh.ru"));
    QVERIFY(!QFile::exists(files.filePath(QStringLiteral("x/cv.pdf"))));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidate_events WHERE candidate_id = ? "
                                   "AND text IS NOT NULL"),
                    {old}),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates_fts WHERE candidates_fts "
                                   "MATCH 'старая'")),
             0);
    QVERIFY(retention.pastRetention(24).isEmpty());
}

QTEST_GUILESS_MAIN(TestHiring)
#include "tst_hiring.moc"
