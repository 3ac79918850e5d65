#include "app/ats/BoardColumnSource.h"
#include "app/ats/StuckCounter.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

class TestStuckCounter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsInTheBackground_data();
    void countsInTheBackground();
    void newerStartDropsOlderResults();
    void badConditionReportsError();

private:
    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("stuck-counter")};
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
};

void TestStuckCounter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("stuck.sqlite"))).ok());
    VacancyRepository vacancies(m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Support");
    m_vacancyId = vacancies.create(vacancy);
    m_stages = vacancies.stages(m_vacancyId);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO candidates (vacancy_id, stage_id, full_name, rating, stage_entered_at, "
        "deleted, created_at, updated_at) VALUES (?, ?, 'x', ?, ?, ?, '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')")));
    // Column 0: one card per day in the stage, 0..29 days; every 10th deleted.
    // Column 1: 5 cards of 3 days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 0; day < 30; ++day) {
        for (const QVariant &value : QVariantList{
                 m_vacancyId, m_stages.at(0).id, day % 6,
                 now.addDays(-day).addSecs(-60).toString(Qt::ISODate), day % 10 == 9 ? 1 : 0}) {
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    for (int i = 0; i < 5; ++i) {
        for (const QVariant &value :
             QVariantList{m_vacancyId, m_stages.at(1).id, 0,
                          now.addDays(-3).addSecs(-60).toString(Qt::ISODate), 0}) {
            query.addBindValue(value);
        }
        QVERIFY(query.exec());
    }
}

void TestStuckCounter::countsInTheBackground_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("expectedFirst");
    QTest::addColumn<int>("expectedSecond");
    // Days 7..29 minus the deleted 9, 19, 29: 20 cards.
    QTest::newRow("7 days") << 7 << QString() << 20 << 0;
    QTest::newRow("3 days") << 3 << QString() << 24 << 5;
    // Rating 5: days 5, 11, 17, 23 (29 is deleted).
    QTest::newRow("1 day, rating 5 only") << 1 << QStringLiteral("c.rating = 5") << 4 << 0;
}

void TestStuckCounter::countsInTheBackground()
{
    QFETCH(int, days);
    QFETCH(QString, condition);
    QFETCH(int, expectedFirst);
    QFETCH(int, expectedSecond);
    StuckCounter counter(m_db);
    QSignalSpy counted(&counter, &StuckCounter::counted);
    counter.start(m_vacancyId, {{m_stages.at(0).id, days}, {m_stages.at(1).id, days}}, condition,
                  {});
    QTRY_COMPARE(counted.size(), 2);
    QCOMPARE(counted.at(0).at(0).toLongLong(), m_stages.at(0).id);
    QCOMPARE(counted.at(0).at(1).toInt(), expectedFirst);
    QCOMPARE(counted.at(1).at(0).toLongLong(), m_stages.at(1).id);
    QCOMPARE(counted.at(1).at(1).toInt(), expectedSecond);
    // The same figure as the column source gives on the GUI thread.
    const PhoneNumbers phones;
    const BoardColumnSource source(m_db, phones, m_vacancyId, m_stages.at(0).id, condition, {});
    QCOMPARE(source.countEnteredBefore(QDateTime::currentDateTimeUtc().addDays(-days)),
             expectedFirst);
}

void TestStuckCounter::newerStartDropsOlderResults()
{
    StuckCounter counter(m_db);
    QSignalSpy counted(&counter, &StuckCounter::counted);
    counter.start(m_vacancyId, {{m_stages.at(0).id, 1}}, {}, {});
    counter.start(m_vacancyId, {{m_stages.at(1).id, 1}}, {}, {});
    counter.waitForIdle();
    QTRY_VERIFY(!counted.isEmpty());
    QTest::qWait(50);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toLongLong(), m_stages.at(1).id);
    QCOMPARE(counted.at(0).at(1).toInt(), 5);
    counter.start(m_vacancyId, {{m_stages.at(0).id, 1}}, {}, {});
    counter.cancel();
    counter.waitForIdle();
    QTest::qWait(50);
    QCOMPARE(counted.size(), 1);
}

void TestStuckCounter::badConditionReportsError()
{
    StuckCounter counter(m_db);
    QSignalSpy counted(&counter, &StuckCounter::counted);
    counter.start(m_vacancyId, {{m_stages.at(0).id, 1}}, QStringLiteral("c.nonsense = 1"), {});
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(1).toInt(), -1);
    QVERIFY(!counted.at(0).at(2).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestStuckCounter)
#include "tst_stuckcounter.moc"
