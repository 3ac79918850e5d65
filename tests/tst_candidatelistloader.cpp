#include "app/ats/CandidateListLoader.h"
#include "app/ats/CandidateListSource.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "models/CandidateTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

QList<qint64> ids(const CandidateTableModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list << model.data(model.index(row, 0), PagedTableModelBase::IdRole).toLongLong();
    }
    return list;
}

// Every page of a model fed by a loader, waiting for each.
bool loadAll(CandidateTableModel &model)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
        } else if (model.isLoading() || model.isFetching()) {
            QTest::qWait(2);
        } else {
            return model.errorString().isEmpty();
        }
    }
    return false;
}

} // namespace

class TestCandidateListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithSynchronousSource_data();
    void agreesWithSynchronousSource();
    void latestQueryWins();
    void staleQueuedJobsAreSkipped();
    void countFollowsLatestFilter();
    void cancelledSourceStops();
    void walkGivesWayWhenMatchesBunchUp_data();
    void walkGivesWayWhenMatchesBunchUp();

private:
    // The ids in SQLite's own order, by a plain statement: what every plan must agree with.
    QList<qint64> expectedIds(const CandidateFilter &filter, int column, Qt::SortOrder order);
    void connectModel(CandidateListLoader &loader, CandidateTableModel &model);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("tst-candidatelistloader")};
};

void TestCandidateListLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("loader.sqlite"))).ok());
    const DemoLoadResult loaded = DemoData::load(m_db, m_phones);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.candidates > 50);
}

QList<qint64> TestCandidateListLoader::expectedIds(const CandidateFilter &filter, int column,
                                                   Qt::SortOrder order)
{
    static const QHash<int, QString> keys{
        {-1, u"c.id"_qs},
        {CandidateTableModel::Name, u"c.full_name COLLATE NOCASE"_qs},
        {CandidateTableModel::Phone, u"c.phone_e164"_qs},
        {CandidateTableModel::Email, u"c.email"_qs},
        {CandidateTableModel::Vacancy, u"v.title COLLATE NOCASE"_qs},
        {CandidateTableModel::Stage, u"s.position"_qs},
        {CandidateTableModel::Source, u"c.source COLLATE NOCASE"_qs},
        {CandidateTableModel::Rating, u"c.rating"_qs},
        {CandidateTableModel::Applied, u"c.applied_at"_qs},
    };
    const QString direction =
        column == -1 || order == Qt::DescendingOrder ? u" DESC"_qs : u" ASC"_qs;
    const SqlCondition where = CandidateSearch::condition(filter);
    QSqlQuery query(m_db.connection());
    query.prepare(QString(u"SELECT c.id FROM candidates c "
                          u"LEFT JOIN vacancies v ON v.id = c.vacancy_id "
                          u"LEFT JOIN pipeline_stages s ON s.id = c.stage_id WHERE " +
                          where.sql + u" ORDER BY " + keys.value(column) + direction + u", c.id" +
                          direction));
    for (const QVariant &value : where.binds) {
        query.addBindValue(value);
    }
    QList<qint64> list;
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return list;
    }
    while (query.next()) {
        list << query.value(0).toLongLong();
    }
    return list;
}

void TestCandidateListLoader::connectModel(CandidateListLoader &loader, CandidateTableModel &model)
{
    connect(&loader, &CandidateListLoader::pageReady, &model, &CandidateTableModel::deliverPage);
}

void TestCandidateListLoader::agreesWithSynchronousSource_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("selectiveLimit");
    QTest::addColumn<bool>("oneVacancy");
    QTest::newRow("default order") << QString() << -1 << int(Qt::DescendingOrder) << 2000 << false;
    QTest::newRow("text, default order")
        << u"а"_qs << -1 << int(Qt::DescendingOrder) << 2000 << false;
    QTest::newRow("text, name, walk")
        << u"а"_qs << int(CandidateTableModel::Name) << int(Qt::AscendingOrder) << 0 << false;
    QTest::newRow("text, name, sorted matches")
        << u"а"_qs << int(CandidateTableModel::Name) << int(Qt::DescendingOrder) << 100000 << false;
    QTest::newRow("text, applied, walk")
        << u"е"_qs << int(CandidateTableModel::Applied) << int(Qt::DescendingOrder) << 0 << false;
    QTest::newRow("text, one vacancy, applied, walk")
        << u"а"_qs << int(CandidateTableModel::Applied) << int(Qt::AscendingOrder) << 0 << true;
    QTest::newRow("text, phone, walk")
        << u"9"_qs << int(CandidateTableModel::Phone) << int(Qt::AscendingOrder) << 0 << false;
    QTest::newRow("text, rating") << u"а"_qs << int(CandidateTableModel::Rating)
                                  << int(Qt::DescendingOrder) << 0 << false;
    QTest::newRow("text, vacancy")
        << u"а"_qs << int(CandidateTableModel::Vacancy) << int(Qt::AscendingOrder) << 0 << false;
    QTest::newRow("text, stage") << u"а"_qs << int(CandidateTableModel::Stage)
                                 << int(Qt::DescendingOrder) << 0 << false;
    QTest::newRow("text, source") << u"е"_qs << int(CandidateTableModel::Source)
                                  << int(Qt::AscendingOrder) << 0 << false;
    QTest::newRow("text, e-mail") << u"а"_qs << int(CandidateTableModel::Email)
                                  << int(Qt::DescendingOrder) << 0 << false;
    QTest::newRow("text, phone, sorted matches") << u"а"_qs << int(CandidateTableModel::Phone)
                                                 << int(Qt::DescendingOrder) << 100000 << false;
    QTest::newRow("no text, name")
        << QString() << int(CandidateTableModel::Name) << int(Qt::AscendingOrder) << 0 << false;
}

void TestCandidateListLoader::agreesWithSynchronousSource()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, selectiveLimit);
    QFETCH(bool, oneVacancy);
    CandidateFilter filter;
    filter.text = text;
    if (oneVacancy) {
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT vacancy_id FROM candidates GROUP BY vacancy_id "
                                          "ORDER BY count(*) DESC LIMIT 1")) &&
                query.next());
        filter.vacancyId = query.value(0).toLongLong();
    }
    const QList<qint64> expected = expectedIds(filter, column, Qt::SortOrder(order));
    QVERIFY(expected.size() > 7); // more than a page, so later pages continue the query

    CandidateListLoader loader(m_db, m_phones);
    loader.setSelectiveLimit(selectiveLimit);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    connectModel(loader, model);
    loader.setFilter(filter);
    model.sort(column, Qt::SortOrder(order));
    model.setAsyncSource(&loader);
    QVERIFY(model.isLoading());
    QVERIFY(loadAll(model));
    QCOMPARE(ids(model), expected);
}

void TestCandidateListLoader::latestQueryWins()
{
    CandidateListLoader loader(m_db, m_phones);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    connectModel(loader, model);
    model.sort(CandidateTableModel::Name, Qt::AscendingOrder);
    model.setAsyncSource(&loader);
    QTRY_VERIFY(!model.isLoading());
    const QList<qint64> before = ids(model);
    QVERIFY(!before.isEmpty());

    // Every query now takes 300 ms. The first keystroke's is still running when the second
    // comes, so it finishes later than asked for: its rows must never show.
    loader.setDelayForTesting(300);
    QSignalSpy pages(&loader, &CandidateListLoader::pageReady);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    CandidateFilter older;
    older.text = QStringLiteral("а");
    loader.setFilter(older);
    model.reload();
    QTest::qWait(100);
    QVERIFY(model.isLoading());
    QCOMPARE(ids(model), before); // the earlier rows stay while the query runs
    CandidateFilter latest;
    latest.text = QStringLiteral("е");
    loader.setFilter(latest);
    model.reload();
    const quint64 ticket = model.currentTicket();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(100); // time for anything late to arrive
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).at(0).toULongLong(), ticket);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(ids(model),
             expectedIds(latest, CandidateTableModel::Name, Qt::AscendingOrder).mid(0, 10));
}

void TestCandidateListLoader::staleQueuedJobsAreSkipped()
{
    CandidateListLoader loader(m_db, m_phones);
    CandidateTableModel model;
    model.setPageSize(10);
    connectModel(loader, model);
    model.setAsyncSource(&loader);
    QTRY_VERIFY(!model.isLoading());
    loader.setDelayForTesting(150);
    QSignalSpy pages(&loader, &CandidateListLoader::pageReady);
    QElapsedTimer timer;
    timer.start();
    // Typed faster than the worker answers: five queries queue up behind the first.
    for (const QString &text : {u"а"_qs, u"ан"_qs, u"анн"_qs, u"анна"_qs, u"ив"_qs, u"ива"_qs}) {
        CandidateFilter filter;
        filter.text = text;
        loader.setFilter(filter);
        model.reload();
        loader.requestCount();
    }
    QTRY_VERIFY_WITH_TIMEOUT(loader.pendingJobs() == 0 && !model.isLoading(), 10000);
    // The running one and the latest one slept; the four (and their counts) in between were
    // skipped unrun: twelve jobs at 150 ms would take 1.8 s.
    QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(pages.size(), 1);
    CandidateFilter last;
    last.text = QStringLiteral("ива");
    QCOMPARE(ids(model), expectedIds(last, -1, Qt::DescendingOrder).mid(0, 10));
}

void TestCandidateListLoader::countFollowsLatestFilter()
{
    CandidateListLoader loader(m_db, m_phones);
    QSignalSpy counted(&loader, &CandidateListLoader::counted);
    loader.setDelayForTesting(100);
    CandidateFilter filter;
    filter.text = QStringLiteral("а");
    loader.setFilter(filter);
    loader.requestCount();
    QTest::qWait(30); // running
    filter.text = QStringLiteral("ив");
    loader.setFilter(filter);
    loader.requestCount(3);
    QTRY_VERIFY_WITH_TIMEOUT(loader.pendingJobs() == 0, 10000);
    QTest::qWait(50);
    QCOMPARE(counted.size(), 1);
    const auto count = counted.at(0).at(0).value<CappedCount>();
    QVERIFY2(count.ok(), qPrintable(count.error));
    const CappedCount expected = CandidateSearch::cappedCount(m_db, filter, 3);
    QCOMPARE(count.count, expected.count);
    QCOMPARE(count.capped, expected.capped);
}

void TestCandidateListLoader::cancelledSourceStops()
{
    CandidateFilter filter;
    filter.text = QStringLiteral("а");
    int asked = 0;
    CandidateListSource source(m_db, m_phones, filter);
    source.setSortOrder(CandidateTableModel::Name, Qt::AscendingOrder);
    source.setSelectiveLimit(0);
    source.setCancelCheck([&asked] { return ++asked > 0; });
    QVERIFY(source.fetch(0, 10).isEmpty());
    QCOMPARE(source.lastError(), CandidateListSource::cancelledError());
    QVERIFY(asked > 0);
    // Once wanted again, the same source answers.
    source.setCancelCheck({});
    QCOMPARE(source.fetch(0, 10).size(), 10);
    QVERIFY(source.lastError().isEmpty());
    // The count gives up the same way.
    const CappedCount count =
        CandidateSearch::cappedCount(m_db.connectionName(), {}, 100000, [] { return true; });
    QCOMPARE(count.error, CandidateSearch::cancelledError());
}

void TestCandidateListLoader::walkGivesWayWhenMatchesBunchUp_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("walks");
    // Ascending, the few matches sit at the far end of the name index: the walk gives up and
    // sorts them. Descending, they come first and the walk finds them at once.
    QTest::newRow("far end") << int(Qt::AscendingOrder) << false;
    QTest::newRow("near end") << int(Qt::DescendingOrder) << true;
}

void TestCandidateListLoader::walkGivesWayWhenMatchesBunchUp()
{
    QFETCH(int, order);
    QFETCH(bool, walks);
    Database db(QStringLiteral("tst-candidatelistloader-bunch"));
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("bunch-%1.sqlite").arg(order))).ok());
    {
        QSqlDatabase connection = db.connection();
        QVERIFY(connection.transaction());
        QSqlQuery insert(connection);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO candidates (full_name, created_at, updated_at) VALUES (?, ?, ?)")));
        for (int i = 0; i < 3000; ++i) {
            insert.addBindValue(i < 2980 ? QStringLiteral("Абрамов %1").arg(i)
                                         : QStringLiteral("Яковлев %1").arg(i));
            insert.addBindValue(QStringLiteral("2026-11-01T00:00:00Z"));
            insert.addBindValue(QStringLiteral("2026-11-01T00:00:00Z"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(connection.commit());
    }
    CandidateFilter filter;
    filter.text = QStringLiteral("яков");
    CandidateListSource source(db, m_phones, filter);
    source.setSortOrder(CandidateTableModel::Name, Qt::SortOrder(order));
    source.setSelectiveLimit(0);
    QVERIFY(source.walksRows());
    const QList<Candidate> rows = source.fetch(0, 5);
    QVERIFY2(source.lastError().isEmpty(), qPrintable(source.lastError()));
    QCOMPARE(source.walksRows(), walks);
    QList<Candidate> all = rows + source.fetch(5, 100);
    QCOMPARE(all.size(), 20);
    for (int i = 0; i < all.size(); ++i) {
        const int number = order == Qt::AscendingOrder ? 2980 + i : 2999 - i;
        QCOMPARE(all.at(i).fullName, QStringLiteral("Яковлев %1").arg(number));
    }
}

QTEST_GUILESS_MAIN(TestCandidateListLoader)
#include "tst_candidatelistloader.moc"
