#include "app/ats/BoardColumnSource.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "models/BoardColumnModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

constexpr int kColumnRows = 137;

} // namespace

class TestBoardColumnSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysetMatchesOffset_data();
    void keysetMatchesOffset();
    void randomAccessFallsBackToOffset();
    void orderAndMapping();
    void counts();
    void extraCondition();
    void usesBoardIndex();
    void badConditionReportsError();
    void modelRoles();
    void modelWithTester();
    void modelDragAndDrop_data();
    void modelDragAndDrop();

private:
    void insert(qint64 stageId, const QString &name, double rank, const QString &e164,
                const QString &raw, int rating, bool deleted = false, qint64 mergedInto = 0,
                const QDateTime &entered = QDateTime::currentDateTimeUtc().addDays(-3));

    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("board-source")};
    PhoneNumbers m_phones;
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
    QList<qint64> m_expectedOrder; // live cards of the first column, in board order
};

void TestBoardColumnSource::insert(qint64 stageId, const QString &name, double rank,
                                   const QString &e164, const QString &raw, int rating,
                                   bool deleted, qint64 mergedInto, const QDateTime &entered)
{
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO candidates (vacancy_id, stage_id, full_name, phone_e164, phone_raw, source, "
        "rating, tags, stage_entered_at, board_rank, deleted, merged_into_id, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 'hh.ru', ?, '[\"python\",\"remote\"]', ?, ?, ?, ?, "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    for (const QVariant &value :
         QVariantList{m_vacancyId, stageId, name, e164.isEmpty() ? QVariant() : QVariant(e164), raw,
                      rating, entered.toUTC().toString(Qt::ISODate), rank, deleted ? 1 : 0,
                      mergedInto ? QVariant(mergedInto) : QVariant()}) {
        query.addBindValue(value);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestBoardColumnSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("board.sqlite"))).ok());
    VacancyRepository vacancies(m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Backend developer");
    m_vacancyId = vacancies.create(vacancy);
    QVERIFY(m_vacancyId > 0);
    m_stages = vacancies.stages(m_vacancyId);
    QCOMPARE(m_stages.size(), 6);
    const qint64 first = m_stages.at(0).id;
    // Ranks repeat every 10 cards so that ties (broken by id) cross page boundaries.
    QSqlDatabase connection = m_db.connection();
    QVERIFY(connection.transaction());
    for (int i = 0; i < kColumnRows; ++i) {
        insert(first, QStringLiteral("Кандидат %1").arg(i), double(i / 10), QString(),
               QStringLiteral("8 916 %1").arg(i), i % 6);
    }
    // Not on the board: deleted, merged, another stage.
    insert(first, QStringLiteral("Удалён"), -5, QString(), QString(), 0, true);
    insert(first, QStringLiteral("Объединён"), -5, QString(), QString(), 0, false, 1);
    insert(m_stages.at(1).id, QStringLiteral("Другая стадия"), -5, QString(), QString(), 0);
    QVERIFY(connection.commit());
    QSqlQuery query(connection);
    QVERIFY(query.exec(
        QStringLiteral(
            "SELECT id FROM candidates WHERE stage_id = %1 AND deleted = 0 AND merged_into_id IS "
            "NULL ORDER BY board_rank, id")
            .arg(first)));
    while (query.next()) {
        m_expectedOrder << query.value(0).toLongLong();
    }
    QCOMPARE(m_expectedOrder.size(), kColumnRows);
}

void TestBoardColumnSource::keysetMatchesOffset_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("10 (ties on the boundary)") << 10;
    QTest::newRow("50") << 50;
    QTest::newRow("136 (one short)") << 136;
    QTest::newRow("500 (all at once)") << 500;
}

void TestBoardColumnSource::keysetMatchesOffset()
{
    QFETCH(int, pageSize);
    const BoardColumnSource keyset(m_db, m_phones, m_vacancyId, m_stages.at(0).id);
    QList<qint64> viaKeyset;
    QList<qint64> viaOffset;
    for (int offset = 0; offset < kColumnRows + pageSize; offset += pageSize) {
        const QList<Candidate> page = keyset.fetch(offset, pageSize);
        QVERIFY2(keyset.lastError().isEmpty(), qPrintable(keyset.lastError()));
        // Every page continues a full one, except the one past the end.
        QCOMPARE(keyset.lastFetchUsedKeyset(), offset > 0 && offset <= kColumnRows);
        for (const Candidate &candidate : page) {
            viaKeyset << candidate.id;
        }
        // A fresh source has no position to continue from, so it reads with OFFSET.
        const BoardColumnSource offsetOnly(m_db, m_phones, m_vacancyId, m_stages.at(0).id);
        for (const Candidate &candidate : offsetOnly.fetch(offset, pageSize)) {
            viaOffset << candidate.id;
        }
        QVERIFY(!offsetOnly.lastFetchUsedKeyset());
    }
    QCOMPARE(viaKeyset, m_expectedOrder);
    QCOMPARE(viaOffset, m_expectedOrder);
}

void TestBoardColumnSource::randomAccessFallsBackToOffset()
{
    const BoardColumnSource source(m_db, m_phones, m_vacancyId, m_stages.at(0).id);
    QCOMPARE(source.fetch(0, 20).size(), 20);
    // Not where the last page ended: must not continue from the remembered key.
    const QList<Candidate> page = source.fetch(55, 5);
    QVERIFY(!source.lastFetchUsedKeyset());
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.constFirst().id, m_expectedOrder.at(55));
    const QList<Candidate> next = source.fetch(60, 5);
    QVERIFY(source.lastFetchUsedKeyset());
    QCOMPARE(next.constFirst().id, m_expectedOrder.at(60));
    // Back to the start after the end was reached.
    QVERIFY(source.fetch(kColumnRows, 5).isEmpty());
    QCOMPARE(source.fetch(0, 1).constFirst().id, m_expectedOrder.constFirst());
}

void TestBoardColumnSource::orderAndMapping()
{
    insert(m_stages.at(2).id, QStringLiteral("Valid Phone"), 1, QStringLiteral("+79161112233"),
           QStringLiteral("8 (916) 111-22-33"), 4);
    insert(m_stages.at(2).id, QStringLiteral("Bad Phone"), 2, QString(), QStringLiteral("12-34"),
           2);
    const BoardColumnSource source(m_db, m_phones, m_vacancyId, m_stages.at(2).id);
    const QList<Candidate> rows = source.fetch(0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).fullName, QStringLiteral("Valid Phone"));
    QCOMPARE(rows.at(0).phoneDisplay, m_phones.formatForDisplay(QStringLiteral("+79161112233")));
    QVERIFY(rows.at(0).phoneDisplay != rows.at(0).phoneE164);
    QCOMPARE(rows.at(0).rating, 4);
    QCOMPARE(rows.at(0).tags, QStringList({QStringLiteral("python"), QStringLiteral("remote")}));
    QCOMPARE(rows.at(0).source, QStringLiteral("hh.ru"));
    QCOMPARE(rows.at(0).stageId, m_stages.at(2).id);
    QVERIFY(rows.at(0).stageEnteredAt.isValid());
    QCOMPARE(rows.at(1).phoneDisplay, QStringLiteral("12-34")); // kept as typed
    QVERIFY(rows.at(1).phoneE164.isEmpty());
}

void TestBoardColumnSource::counts()
{
    QCOMPARE(BoardColumnSource(m_db, m_phones, m_vacancyId, m_stages.at(0).id).count(),
             kColumnRows);
    QCOMPARE(BoardColumnSource(m_db, m_phones, m_vacancyId, m_stages.at(1).id).count(), 1);
    QCOMPARE(BoardColumnSource(m_db, m_phones, m_vacancyId, m_stages.at(5).id).count(), 0);
    // The same stage id under another vacancy is not this column.
    QCOMPARE(BoardColumnSource(m_db, m_phones, m_vacancyId + 1, m_stages.at(0).id).count(), 0);
    const BoardColumnSource source(m_db, m_phones, m_vacancyId, m_stages.at(0).id);
    QCOMPARE(source.countEnteredBefore(QDateTime::currentDateTimeUtc().addDays(-2)), kColumnRows);
    QCOMPARE(source.countEnteredBefore(QDateTime::currentDateTimeUtc().addDays(-4)), 0);
}

void TestBoardColumnSource::extraCondition()
{
    const BoardColumnSource source(m_db, m_phones, m_vacancyId, m_stages.at(0).id,
                                   QStringLiteral("c.rating >= ? AND c.full_name LIKE ?"),
                                   {4, QStringLiteral("%1%")});
    QList<qint64> expected;
    for (int i = 0; i < kColumnRows; ++i) {
        if (i % 6 >= 4 && QString::number(i).contains(u'1')) {
            expected << m_expectedOrder.at(i);
        }
    }
    QCOMPARE(source.count(), int(expected.size()));
    QList<qint64> got;
    for (int offset = 0; offset < expected.size() + 3; offset += 3) {
        for (const Candidate &candidate : source.fetch(offset, 3)) {
            got << candidate.id;
        }
    }
    QCOMPARE(got, expected);
}

void TestBoardColumnSource::usesBoardIndex()
{
    // The partial index is only chosen when the predicate matches it: guard the SQL's form.
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT c.id FROM candidates c WHERE c.vacancy_id = ? AND "
        "c.stage_id = ? AND c.deleted = 0 AND c.merged_into_id IS NULL AND (c.board_rank, c.id) "
        "> (?, ?) ORDER BY c.board_rank, c.id LIMIT ?")));
    for (const QVariant &value : QVariantList{m_vacancyId, m_stages.at(0).id, 1.0, 5, 10}) {
        query.addBindValue(value);
    }
    QVERIFY(query.exec());
    QString plan;
    while (query.next()) {
        plan += query.value(3).toString() + u'\n';
    }
    QVERIFY2(plan.contains(QStringLiteral("candidates_board")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
}

void TestBoardColumnSource::badConditionReportsError()
{
    const BoardColumnSource source(m_db, m_phones, m_vacancyId, m_stages.at(0).id,
                                   QStringLiteral("c.no_such_column = ?"), {1});
    QCOMPARE(source.count(), -1);
    QVERIFY(!source.lastError().isEmpty());
    QVERIFY(source.fetch(0, 10).isEmpty());
    QVERIFY(!source.lastError().isEmpty());
}

void TestBoardColumnSource::modelRoles()
{
    insert(m_stages.at(3).id, QStringLiteral("Old"), 1, QStringLiteral("+79161112233"),
           QStringLiteral("89161112233"), 3, false, 0,
           QDateTime::currentDateTimeUtc().addDays(-10));
    insert(m_stages.at(3).id, QStringLiteral("New"), 2, QString(), QStringLiteral("abc"), 0, false,
           0, QDateTime::currentDateTimeUtc().addDays(-1));
    BoardColumnModel model;
    model.setStageId(m_stages.at(3).id);
    model.setStuckAfterDays(7);
    model.setSource(
        std::make_unique<BoardColumnSource>(m_db, m_phones, m_vacancyId, m_stages.at(3).id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 1);
    const QModelIndex old = model.index(0, 0);
    const QModelIndex fresh = model.index(1, 0);
    QCOMPARE(old.data(BoardColumnModel::NameRole).toString(), QStringLiteral("Old"));
    QCOMPARE(old.data(Qt::DisplayRole).toString(), QStringLiteral("Old"));
    QCOMPARE(old.data(BoardColumnModel::DaysInStageRole).toInt(), 10);
    QCOMPARE(old.data(BoardColumnModel::StuckRole).toBool(), true);
    QCOMPARE(fresh.data(BoardColumnModel::StuckRole).toBool(), false);
    QCOMPARE(old.data(BoardColumnModel::PhoneValidRole).toBool(), true);
    QCOMPARE(fresh.data(BoardColumnModel::PhoneValidRole).toBool(), false);
    QCOMPARE(fresh.data(BoardColumnModel::PhoneDisplayRole).toString(), QStringLiteral("abc"));
    QCOMPARE(old.data(BoardColumnModel::RatingRole).toInt(), 3);
    QCOMPARE(old.data(BoardColumnModel::SourceRole).toString(), QStringLiteral("hh.ru"));
    QCOMPARE(old.data(BoardColumnModel::TagsRole).toStringList().size(), 2);
    QVERIFY(old.data(BoardColumnModel::IdRole).toLongLong() > 0);
    QCOMPARE(model.rowOf(old.data(BoardColumnModel::IdRole).toLongLong()), 0);
    // No limit: never stuck.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStuckAfterDays(0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(old.data(BoardColumnModel::StuckRole).toBool(), false);
    // Pinned "now" for the days count.
    model.setReferenceTime(QDateTime::currentDateTimeUtc().addDays(20));
    QCOMPARE(fresh.data(BoardColumnModel::DaysInStageRole).toInt(), 21);
}

void TestBoardColumnSource::modelWithTester()
{
    BoardColumnModel model;
    model.setPageSize(16);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(
        std::make_unique<BoardColumnSource>(m_db, m_phones, m_vacancyId, m_stages.at(0).id));
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(model.totalCount(), kColumnRows);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kColumnRows);
    for (int row = 0; row < kColumnRows; ++row) {
        QCOMPARE(model.index(row, 0).data(BoardColumnModel::IdRole).toLongLong(),
                 m_expectedOrder.at(row));
    }
    model.reload();
    QCOMPARE(model.rowCount(), 16);
}

void TestBoardColumnSource::modelDragAndDrop_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("dropRow");
    QTest::addColumn<bool>("onItem");
    QTest::addColumn<int>("expectedRow");
    QTest::newRow("one card, between rows") << QList<int>{3} << 1 << false << 1;
    QTest::newRow("three cards, unordered, on an item") << QList<int>{5, 0, 2} << 4 << true << 4;
    QTest::newRow("at the end") << QList<int>{1} << -1 << false << -1;
}

void TestBoardColumnSource::modelDragAndDrop()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, dropRow);
    QFETCH(bool, onItem);
    QFETCH(int, expectedRow);
    BoardColumnModel model;
    model.setStageId(m_stages.at(0).id);
    model.setSource(
        std::make_unique<BoardColumnSource>(m_db, m_phones, m_vacancyId, m_stages.at(0).id));
    const QModelIndex first = model.index(0, 0);
    QVERIFY(model.flags(first).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(first).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(model.mimeTypes(), QStringList{BoardColumnModel::mimeType()});
    QModelIndexList indexes;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QList<qint64> expectedIds;
    for (const int row : rows) {
        indexes << model.index(row, 0);
    }
    for (const int row : sorted) {
        expectedIds << m_expectedOrder.at(row);
    }
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    QVERIFY(data->hasFormat(BoardColumnModel::mimeType()));

    BoardColumnModel target;
    target.setStageId(m_stages.at(1).id);
    target.setSource(
        std::make_unique<BoardColumnSource>(m_db, m_phones, m_vacancyId, m_stages.at(1).id));
    QAbstractItemModelTester tester(&target,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requested(&target, &BoardColumnModel::dropRequested);
    const QModelIndex parent = onItem ? model.index(dropRow, 0) : QModelIndex();
    // Dropping onto the source column's own index space (same model) is what reorders.
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, onItem ? -1 : dropRow, 0, parent));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, dropRow, 0, parent));
    QSignalSpy own(&model, &BoardColumnModel::dropRequested);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, onItem ? -1 : dropRow, 0, parent));
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).at(0).value<QList<qint64>>(), expectedIds);
    QCOMPARE(own.at(0).at(1).toLongLong(), m_stages.at(0).id);
    QCOMPARE(own.at(0).at(2).toInt(), expectedRow);
    // Another column accepts the same data; nothing is written by the model itself.
    QVERIFY(target.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(target.rowCount(), 1);
    QCOMPARE(model.rowCount(), qMin(200, kColumnRows));
    // Foreign data is refused.
    QMimeData text;
    text.setText(QStringLiteral("42"));
    QVERIFY(!target.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!target.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(requested.size(), 1);
}

QTEST_GUILESS_MAIN(TestBoardColumnSource)
#include "tst_boardcolumnsource.moc"
