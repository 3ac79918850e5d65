#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/PageSources.h"
#include "models/CandidateTableModel.h"
#include "models/ChannelTableModel.h"
#include "models/ContactTableModel.h"
#include "models/KbArticleListModel.h"
#include "models/ScenarioListModel.h"
#include "models/StageTableModel.h"
#include "models/VacancyListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

// A source over a list in memory that can be told to fail, to drive the paging logic.
template <typename Row>
class ListSource : public PageSource<Row>
{
public:
    explicit ListSource(QList<Row> rows)
        : m_rows(std::move(rows))
    {}

    int count() const override
    {
        ++countCalls;
        if (unknownCount) {
            return UnknownRowCount;
        }
        return failCount ? -1 : int(m_rows.size());
    }
    QList<Row> fetch(int offset, int limit) const override
    {
        fetches << qMakePair(offset, limit);
        m_error = failFetch ? QStringLiteral("disk on fire") : QString();
        return failFetch ? QList<Row>() : m_rows.mid(offset, limit);
    }
    QString lastError() const override { return failCount ? QStringLiteral("no table") : m_error; }

    QList<Row> m_rows;
    bool failCount = false;
    bool failFetch = false;
    bool unknownCount = false;
    mutable int countCalls = 0;
    mutable QList<QPair<int, int>> fetches;
    mutable QString m_error;
};

// An AsyncPageSource that only records what it is asked; the test answers in any order.
class ManualAsyncSource : public AsyncPageSource
{
public:
    struct Request
    {
        quint64 ticket = 0;
        int offset = 0;
        int limit = 0;
    };
    bool setSortOrder(int column, Qt::SortOrder order) override
    {
        sortColumn = column;
        sortOrder = order;
        return true;
    }
    void requestPage(quint64 ticket, int offset, int limit) override
    {
        requests << Request{ticket, offset, limit};
    }

    QList<Request> requests;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

QList<Candidate> makeCandidates(int count)
{
    QList<Candidate> rows;
    for (int i = 0; i < count; ++i) {
        Candidate c;
        c.id = i + 1;
        c.fullName = QStringLiteral("Кандидат %1").arg(i + 1);
        c.phoneRaw = QStringLiteral("8 916 000-00-%1").arg(i % 100, 2, 10, QLatin1Char('0'));
        c.phoneE164 =
            i % 7 == 0 ? QString() : QStringLiteral("+7916000%1").arg(i, 4, 10, QLatin1Char('0'));
        c.phoneDisplay = c.phoneRaw;
        c.rating = i % 6;
        c.appliedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addDays(-i);
        rows << c;
    }
    return rows;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingLoadsOnDemand_data();
    void pagingLoadsOnDemand();
    void unknownCountReadsUntilShortPage_data();
    void unknownCountReadsUntilShortPage();
    void unknownCountStopsOnError();
    void sourceFailureIsReported();
    void fetchFailureKeepsLoadedRows();
    void candidateCells();
    void asyncSourceShowsLatestAnswerOnly();
    void asyncSourcePagesOnDemand();
    void sqlModelsPassTester_data();
    void sqlModelsPassTester();
    void candidatesOfOneVacancy();

private:
    QTemporaryDir m_dir;
    Database m_db;
    PhoneNumbers m_phones;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const auto opened = m_db.open(m_dir.filePath(QStringLiteral("models.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const auto demo = DemoData::load(m_db, m_phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
}

void TestModels::pagingLoadsOnDemand_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedFetches");
    QTest::newRow("empty") << 0 << 10 << 1;
    QTest::newRow("less than a page") << 7 << 10 << 1;
    QTest::newRow("exactly a page") << 10 << 10 << 1;
    QTest::newRow("page and a bit") << 11 << 10 << 2;
    QTest::newRow("many pages") << 1005 << 100 << 11;
}

void TestModels::unknownCountReadsUntilShortPage_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedFetches");
    QTest::newRow("empty") << 0 << 5 << 1;
    QTest::newRow("one short page") << 3 << 5 << 1;
    QTest::newRow("exact page: one empty read more") << 5 << 5 << 2;
    QTest::newRow("pages and a short one") << 12 << 5 << 3;
    QTest::newRow("exact pages") << 10 << 5 << 3;
}

void TestModels::unknownCountReadsUntilShortPage()
{
    QFETCH(int, rows);
    QFETCH(int, pageSize);
    QFETCH(int, expectedFetches);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    auto source = std::make_unique<ListSource<Candidate>>(makeCandidates(rows));
    source->unknownCount = true;
    const auto *raw = source.get();
    model.setSource(std::move(source));
    QCOMPARE(model.isCountKnown(), rows < pageSize);
    QCOMPARE(model.totalCount(), rows < pageSize ? rows : -1);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(raw->fetches.size() < 100);
    }
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(model.isCountKnown());
    QCOMPARE(model.totalCount(), rows);
    QCOMPARE(raw->fetches.size(), qsizetype(expectedFetches));
    for (int i = 0; i < raw->fetches.size(); ++i) {
        QCOMPARE(raw->fetches.at(i), qMakePair(i * pageSize, pageSize));
    }
}

void TestModels::unknownCountStopsOnError()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    auto source = std::make_unique<ListSource<Candidate>>(makeCandidates(10));
    source->unknownCount = true;
    auto *raw = source.get();
    model.setSource(std::move(source));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    raw->failFetch = true;
    model.fetchMore({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.rowCount(), 4); // what was loaded stays
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 4);
}

void TestModels::pagingLoadsOnDemand()
{
    QFETCH(int, rows);
    QFETCH(int, pageSize);
    QFETCH(int, expectedFetches);

    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    auto source = std::make_unique<ListSource<Candidate>>(makeCandidates(rows));
    const auto *raw = source.get();
    model.setSource(std::move(source));

    QCOMPARE(model.totalCount(), rows);
    QCOMPARE(model.rowCount(), qMin(rows, pageSize));
    int rounds = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.rowCount() > before);
        QVERIFY(++rounds < 1000);
    }
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(raw->fetches.size(), qsizetype(expectedFetches));
    // Pages are read in order and never twice.
    for (int i = 0; i < raw->fetches.size(); ++i) {
        QCOMPARE(raw->fetches.at(i).first, i * pageSize);
    }
    if (rows > 0) {
        QCOMPARE(model.data(model.index(rows - 1, CandidateTableModel::Name)).toString(),
                 QStringLiteral("Кандидат %1").arg(rows));
        QCOMPARE(model.data(model.index(rows - 1, 0), PagedTableModelBase::IdRole).toLongLong(),
                 qint64(rows));
    }
}

void TestModels::sourceFailureIsReported()
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    auto source = std::make_unique<ListSource<Contact>>(QList<Contact>{Contact{}});
    source->failCount = true;
    model.setSource(std::move(source));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no table"));
    QCOMPARE(model.errorString(), QStringLiteral("no table"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::fetchFailureKeepsLoadedRows()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    auto source = std::make_unique<ListSource<Candidate>>(makeCandidates(25));
    auto *raw = source.get();
    model.setSource(std::move(source));
    QCOMPARE(model.rowCount(), 10);

    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    raw->failFetch = true;
    model.fetchMore({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));

    raw->failFetch = false;
    model.reload();
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(model.totalCount(), 25);
}

void TestModels::candidateCells()
{
    CandidateTableModel model;
    QList<Candidate> rows = makeCandidates(2);
    rows[0].rating = 3;
    rows[0].phoneE164.clear();
    rows[1].rating = 0;
    model.setSource(std::make_unique<ListSource<Candidate>>(rows));
    QCOMPARE(model.data(model.index(0, CandidateTableModel::Rating)).toString(),
             QStringLiteral("★★★"));
    QCOMPARE(model.data(model.index(1, CandidateTableModel::Rating)).toString(), QString());
    QCOMPARE(
        model.data(model.index(0, CandidateTableModel::Phone), CandidateTableModel::PhoneValidRole)
            .toBool(),
        false);
    QVERIFY(!model.data(model.index(0, CandidateTableModel::Phone), Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QCOMPARE(
        model.data(model.index(1, CandidateTableModel::Phone), CandidateTableModel::PhoneValidRole)
            .toBool(),
        true);
    QCOMPARE(model.headerData(CandidateTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QVERIFY(!model.data(model.index(5, 0)).isValid());
}

void TestModels::sqlModelsPassTester_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("countSql");
    QTest::newRow("vacancies") << "vacancies"
                               << "SELECT count(*) FROM vacancies";
    QTest::newRow("candidates") << "candidates"
                                << "SELECT count(*) FROM candidates";
    QTest::newRow("scenarios") << "scenarios"
                               << "SELECT count(*) FROM scenarios";
    QTest::newRow("stages") << "stages"
                            << "SELECT count(*) FROM scenario_stages WHERE scenario_id = "
                               "(SELECT min(id) FROM scenarios)";
    QTest::newRow("articles") << "articles"
                              << "SELECT count(*) FROM kb_articles";
    QTest::newRow("contacts") << "contacts"
                              << "SELECT count(*) FROM contacts";
    QTest::newRow("channels") << "channels"
                              << "SELECT count(*) FROM channels";
}

void TestModels::sqlModelsPassTester()
{
    QFETCH(QString, model);
    QFETCH(QString, countSql);

    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(countSql) && query.next());
    const int expected = query.value(0).toInt();
    QVERIFY2(expected > 0, "the demo data should fill every list");

    std::unique_ptr<PagedTableModelBase> instance;
    if (model == QLatin1String("vacancies")) {
        auto m = std::make_unique<VacancyListModel>();
        m->setPageSize(2);
        m->setSource(sources::vacancies(m_db));
        instance = std::move(m);
    } else if (model == QLatin1String("candidates")) {
        auto m = std::make_unique<CandidateTableModel>();
        m->setPageSize(16);
        m->setSource(sources::candidates(m_db, m_phones));
        instance = std::move(m);
    } else if (model == QLatin1String("scenarios")) {
        auto m = std::make_unique<ScenarioListModel>();
        m->setSource(sources::scenarios(m_db));
        instance = std::move(m);
    } else if (model == QLatin1String("stages")) {
        QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM scenarios")) && query.next());
        auto m = std::make_unique<StageTableModel>();
        m->setPageSize(3);
        m->setSource(sources::scenarioStages(m_db, query.value(0).toLongLong()));
        instance = std::move(m);
    } else if (model == QLatin1String("articles")) {
        auto m = std::make_unique<KbArticleListModel>();
        m->setPageSize(4);
        m->setSource(sources::kbArticles(m_db));
        instance = std::move(m);
    } else if (model == QLatin1String("contacts")) {
        auto m = std::make_unique<ContactTableModel>();
        m->setSource(sources::contacts(m_db, m_phones));
        instance = std::move(m);
    } else {
        auto m = std::make_unique<ChannelTableModel>();
        m->setSource(sources::channels(m_db, m_phones));
        instance = std::move(m);
    }
    QAbstractItemModelTester tester(instance.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(instance->errorString().isEmpty(), qPrintable(instance->errorString()));
    QCOMPARE(instance->totalCount(), expected);
    while (instance->canFetchMore({})) {
        instance->fetchMore({});
    }
    QCOMPARE(instance->rowCount(), expected);
    QSet<qint64> ids;
    for (int row = 0; row < instance->rowCount(); ++row) {
        ids.insert(
            instance->data(instance->index(row, 0), PagedTableModelBase::IdRole).toLongLong());
        QVERIFY(!instance->data(instance->index(row, 1)).toString().isNull() ||
                !instance->data(instance->index(row, 0)).toString().isEmpty());
    }
    QCOMPARE(ids.size(), qsizetype(expected)); // every row once, no page overlap
}

void TestModels::candidatesOfOneVacancy()
{
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT vacancy_id, count(*) FROM candidates GROUP BY "
                                      "vacancy_id ORDER BY 2 DESC LIMIT 1")));
    QVERIFY(query.next());
    const qint64 vacancyId = query.value(0).toLongLong();
    const int expected = query.value(1).toInt();

    CandidateTableModel model;
    model.setSource(sources::candidates(m_db, m_phones, vacancyId));
    QCOMPARE(model.totalCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowAt(row)->vacancyId, vacancyId);
        // A valid number is shown formatted, an invalid one exactly as it was entered.
        const Candidate *c = model.rowAt(row);
        if (c->phoneE164.isEmpty()) {
            QCOMPARE(c->phoneDisplay, c->phoneRaw);
        } else {
            QCOMPARE(c->phoneDisplay, m_phones.formatForDisplay(c->phoneE164));
        }
    }
}

void TestModels::asyncSourceShowsLatestAnswerOnly()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    QSignalSpy loading(&model, &PagedTableModelBase::loadingChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ManualAsyncSource source;
    model.sort(CandidateTableModel::Rating, Qt::DescendingOrder);
    model.setAsyncSource(&source);
    // The order asked for before the source came is passed on, and the first page asked for.
    QCOMPARE(source.sortColumn, int(CandidateTableModel::Rating));
    QCOMPARE(source.requests.size(), 1);
    QCOMPARE(source.requests.at(0).offset, 0);
    QCOMPARE(source.requests.at(0).limit, 10);
    QVERIFY(model.isLoading());
    QCOMPARE(loading.size(), 1);
    QVERIFY(!model.canFetchMore({}));
    const quint64 first = source.requests.at(0).ticket;
    const QList<Candidate> all = makeCandidates(25);
    QVERIFY(model.deliverPage(first, 0, all.mid(0, 10), {}));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(loading.size(), 2);

    // A keystroke, then another: the rows shown stay those of the first query until the
    // latest one answers; the second query's answer, coming last, is dropped.
    model.reload();
    const quint64 second = source.requests.last().ticket;
    model.reload();
    const quint64 third = source.requests.last().ticket;
    QVERIFY(second != first && third != second);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(loading.size(), 3); // one change to "loading" for both keystrokes
    const QList<Candidate> latest = makeCandidates(3);
    QVERIFY(model.deliverPage(third, 0, latest, {}));
    QVERIFY(!model.deliverPage(second, 0, all.mid(0, 10), {}));
    QVERIFY(!model.deliverPage(first, 10, all.mid(10, 10), {}));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isLoading());
    QVERIFY(model.isCountKnown()); // a short first page is the whole list
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(resets.size(), 2);

    // An error ends the list where it is and is reported.
    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    model.reload();
    QVERIFY(model.deliverPage(source.requests.last().ticket, 0, {}, QStringLiteral("busy")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.errorString(), QStringLiteral("busy"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());

    // Back to a synchronous source: nothing is awaited any more.
    model.reload();
    QVERIFY(model.isLoading());
    model.setSource(std::make_unique<ListSource<Candidate>>(all));
    QVERIFY(!model.isLoading());
    QVERIFY(!model.deliverPage(source.requests.last().ticket, 0, latest, {}));
    QCOMPARE(model.rowCount(), 10);
}

void TestModels::asyncSourcePagesOnDemand()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    ManualAsyncSource source;
    model.setAsyncSource(&source);
    const QList<Candidate> all = makeCandidates(25);
    const quint64 ticket = source.requests.last().ticket;
    QVERIFY(model.deliverPage(ticket, 0, all.mid(0, 10), {}));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(source.requests.size(), 2);
    QCOMPARE(source.requests.last().offset, 10);
    QCOMPARE(source.requests.last().ticket, ticket);
    QVERIFY(model.isFetching());
    // One page at a time, and not the page of another offset.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(source.requests.size(), 2);
    QVERIFY(!model.deliverPage(ticket, 20, all.mid(20, 10), {}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.deliverPage(ticket, 10, all.mid(10, 10), {}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QVERIFY(model.deliverPage(ticket, 20, all.mid(20, 10), {}));
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.isCountKnown());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.data(model.index(24, CandidateTableModel::Name)).toString(),
             all.last().fullName);
    // A reload while a page is awaited drops that page.
    model.reload();
    const quint64 next = source.requests.last().ticket;
    QVERIFY(model.deliverPage(next, 0, all.mid(0, 10), {}));
    model.fetchMore({});
    model.reload();
    QVERIFY(!model.deliverPage(next, 10, all.mid(10, 10), {}));
    QCOMPARE(model.rowCount(), 10);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
