#include "app/ats/CandidateListSource.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/CandidateSearch.h"
#include "app/ats/SavedFilters.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "models/CandidateTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

QDateTime noonUtc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QString petrov = QStringLiteral("Семён Петров");
const QString semenova = QStringLiteral("Семенова Алёна");
const QString ivanov = QStringLiteral("Иван Иванов");
const QString elkin = QStringLiteral("Ёлкин Пётр");
const QString oconnor = QStringLiteral("Анна-Мария O'Connor");

} // namespace

class TestCandidateSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchExpressionQuotes_data();
    void matchExpressionQuotes();
    void textSearch_data();
    void textSearch();
    void hostileInputIsHarmless_data();
    void hostileInputIsHarmless();
    void filters_data();
    void filters();
    void cappedCount();
    void choices();
    void savedFiltersRoundTrip();
    void unknownCountThroughModel_data();
    void unknownCountThroughModel();
    void sorting_data();
    void sorting();
    void phoneDisplayAndJoins();
    void demoData();

private:
    // How the source answers a text: its default order, sorted matches, or a walk in order.
    enum Mode { IndexOrder, SortedMatches, Walk };
    QStringList names(const CandidateFilter &filter, Mode mode);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("tst-candidatesearch")};
    qint64 m_vacancyA = 0;
    qint64 m_vacancyB = 0;
    qint64 m_stageA2 = 0;
};

void TestCandidateSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("search.sqlite"))).ok());

    VacancyRepository vacancies(m_db);
    Vacancy a;
    a.title = QStringLiteral("Python-разработчик");
    m_vacancyA = vacancies.create(a);
    Vacancy b;
    b.title = QStringLiteral("Бухгалтер");
    m_vacancyB = vacancies.create(b);
    QVERIFY2(m_vacancyA != 0 && m_vacancyB != 0, qPrintable(vacancies.lastError()));
    const QList<PipelineStage> stagesA = vacancies.stages(m_vacancyA);
    const QList<PipelineStage> stagesB = vacancies.stages(m_vacancyB);
    QVERIFY(stagesA.size() >= 2 && !stagesB.isEmpty());
    m_stageA2 = stagesA.at(1).id;

    CandidateRepository repository(m_db, m_phones);
    const auto add = [&](const QString &name, const QString &phone, const QString &email,
                         const QStringList &tags, const QString &source, int rating,
                         const QDateTime &applied, qint64 stageId, qint64 vacancyId,
                         const QString &notes = {}) {
        CandidateRecord record;
        record.fullName = name;
        record.phones = {{phone, {}}};
        record.emails = {email};
        record.tags = tags;
        record.source = source;
        record.rating = rating;
        record.appliedAt = applied;
        record.vacancyId = vacancyId;
        record.stageId = stageId;
        record.notes = notes;
        const qint64 id = repository.create(record);
        if (id == 0) {
            qWarning() << repository.lastError();
        }
        return id;
    };
    const qint64 first = stagesA.at(0).id;
    QVERIFY(add(petrov, QStringLiteral("+7 916 111-22-33"), QStringLiteral("semen.petrov@mail.ru"),
                {QStringLiteral("python"), QStringLiteral("удалёнка")}, QStringLiteral("hh.ru"), 4,
                noonUtc(2026, 10, 1), first, m_vacancyA));
    QVERIFY(add(semenova, QStringLiteral("8 (903) 555-44-11"), QStringLiteral("alena@yandex.ru"),
                {QStringLiteral("1с")}, QStringLiteral("Avito"), 2, noonUtc(2026, 11, 10),
                m_stageA2, m_vacancyA));
    QVERIFY(add(ivanov, QStringLiteral("12345"), QStringLiteral("ivan.ivanov@gmail.com"),
                {QStringLiteral("senior")}, QStringLiteral("hh.ru"), 5, noonUtc(2026, 9, 15), first,
                m_vacancyA, QStringLiteral("Перезвонить вечером")));
    QVERIFY(add(elkin, QStringLiteral("+7 (925) 000-12-34"), QStringLiteral("elkin@bk.ru"), {},
                QStringLiteral("SuperJob"), 0, noonUtc(2026, 11, 20), first, m_vacancyA));
    QVERIFY(add(oconnor, QStringLiteral("+44 20 7946 0958"), QStringLiteral("anna@example.co.uk"),
                {}, QStringLiteral("LinkedIn"), 3, noonUtc(2026, 8, 1), stagesB.at(0).id,
                m_vacancyB));
    // Deleted and merged candidates match the text but never show.
    const qint64 deleted = add(QStringLiteral("Иван Удалённый"), QStringLiteral("+7 916 111-00-00"),
                               QStringLiteral("gone@mail.ru"), {QStringLiteral("python")},
                               QStringLiteral("hh.ru"), 5, noonUtc(2026, 10, 2), first, m_vacancyA);
    QVERIFY(deleted != 0);
    QVERIFY(repository.setDeleted({deleted}, true));
    const qint64 merged = add(QStringLiteral("Семён Петров-дубль"),
                              QStringLiteral("+7 916 111-99-99"), QStringLiteral("dup@mail.ru"), {},
                              QStringLiteral("hh.ru"), 5, noonUtc(2026, 10, 3), first, m_vacancyA);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE candidates SET merged_into_id = ? WHERE id = ?"));
    query.addBindValue(deleted);
    query.addBindValue(merged);
    QVERIFY(query.exec());
}

QStringList TestCandidateSearch::names(const CandidateFilter &filter, Mode mode)
{
    CandidateListSource source(m_db, m_phones, filter);
    if (mode != IndexOrder) {
        source.setSortOrder(CandidateTableModel::Applied, Qt::DescendingOrder);
    }
    // A limit of 0 makes every text that matches anything a walk over the rows.
    source.setSelectiveLimit(mode == Walk ? 0 : 1000);
    if (mode != Walk && source.walksRows()) {
        return {QStringLiteral("wrong plan")};
    }
    QStringList list;
    for (const Candidate &candidate : source.fetch(0, 100)) {
        list << candidate.fullName;
    }
    if (!source.lastError().isEmpty()) {
        qWarning() << source.lastError() << source.pageSql();
        return {QStringLiteral("error")};
    }
    return sorted(list);
}

void TestCandidateSearch::matchExpressionQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("word") << u"Иван"_qs << u"\"иван\"*"_qs;
    QTest::newRow("yo both ways") << u"Пётр"_qs << u"(\"петр\"* OR \"пётр\"*)"_qs;
    QTest::newRow("phone joined") << u"916 111"_qs << u"\"916111\"*"_qs;
    QTest::newRow("phone punctuation") << u"(916) 111-22"_qs << u"\"91611122\"*"_qs;
    QTest::newRow("mixed") << u"Иван 916"_qs << u"\"иван\"* AND \"916\"*"_qs;
    QTest::newRow("quote splits") << u"a\"b"_qs << u"\"a\" AND \"b\"*"_qs;
    QTest::newRow("e-mail tokens")
        << u"Ivan.Petrov@ma"_qs << u"\"ivan\" AND \"petrov\" AND \"ma\"*"_qs;
    QTest::newRow("apostrophe, yo") << u"O'Нёй"_qs << u"\"o\" AND (\"ней\"* OR \"нёй\"*)"_qs;
    QTest::newRow("operators are words") << u"OR NEAR"_qs << u"\"or\"* AND \"near\"*"_qs;
    QTest::newRow("punctuation only") << u"\" * - ( )"_qs << QString();
    QTest::newRow("blank") << u"   "_qs << QString();
}

void TestCandidateSearch::matchExpressionQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(CandidateSearch::matchExpression(text), expression);
}

void TestCandidateSearch::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList both{petrov, semenova};
    QTest::newRow("1 letter") << u"с"_qs << both;
    QTest::newRow("1 letter upper") << u"С"_qs << both;
    QTest::newRow("2 letters") << u"се"_qs << both;
    QTest::newRow("3 letters") << u"сем"_qs << both;
    QTest::newRow("4 letters, е finds ё") << u"семе"_qs << both;
    QTest::newRow("5 letters, ё finds е") << u"семён"_qs << both;
    QTest::newRow("6 letters") << u"семено"_qs << QStringList{semenova};
    QTest::newRow("6 letters upper") << u"ИВАНОВ"_qs << QStringList{ivanov};
    QTest::newRow("ё alone") << u"ё"_qs << QStringList{elkin};
    QTest::newRow("елкин finds Ёлкин") << u"елкин"_qs << QStringList{elkin};
    QTest::newRow("пётр: Петров and Пётр") << u"пётр"_qs << QStringList{petrov, elkin};
    QTest::newRow("two words") << u"иван ив"_qs << QStringList{ivanov};
    QTest::newRow("notes") << u"вечер"_qs << QStringList{ivanov};
    QTest::newRow("tag") << u"python"_qs << QStringList{petrov};
    QTest::newRow("tag with ё typed е") << u"удаленка"_qs << QStringList{petrov};
    QTest::newRow("latin name") << u"o'conn"_qs << QStringList{oconnor};
    QTest::newRow("hyphenated name") << u"анна-мар"_qs << QStringList{oconnor};
    QTest::newRow("phone spaced") << u"916 111"_qs << QStringList{petrov};
    QTest::newRow("phone +7") << u"+7 916"_qs << QStringList{petrov};
    QTest::newRow("phone trunk 8") << u"8916111"_qs << QStringList{petrov};
    QTest::newRow("phone tail") << u"2233"_qs << QStringList{petrov};
    QTest::newRow("phone brackets") << u"(916) 111-22"_qs << QStringList{petrov};
    QTest::newRow("phone full e164") << u"+79161112233"_qs << QStringList{petrov};
    QTest::newRow("phone 8 (903)") << u"8 (903) 555"_qs << QStringList{semenova};
    QTest::newRow("tail and invalid digits") << u"1234"_qs << QStringList{ivanov, elkin};
    QTest::newRow("foreign number") << u"+44 20"_qs << QStringList{oconnor};
    QTest::newRow("phone no match") << u"999 999"_qs << QStringList{};
    QTest::newRow("email local part") << u"semen.pe"_qs << QStringList{petrov};
    QTest::newRow("email with @") << u"alena@yan"_qs << QStringList{semenova};
    QTest::newRow("email domain") << u"gmail"_qs << QStringList{ivanov};
    QTest::newRow("email whole") << u"ivan.ivanov@gmail.com"_qs << QStringList{ivanov};
    QTest::newRow("name and phone") << u"Иван 123"_qs << QStringList{ivanov};
    QTest::newRow("name and phone, other") << u"семен 903"_qs << QStringList{semenova};
    QTest::newRow("name and phone, none") << u"семен 925"_qs << QStringList{};
    QTest::newRow("deleted and merged hidden") << u"удал"_qs << QStringList{petrov};
}

void TestCandidateSearch::textSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CandidateFilter filter;
    filter.text = text;
    QCOMPARE(names(filter, IndexOrder), sorted(expected));
    QCOMPARE(names(filter, SortedMatches), sorted(expected));
    QCOMPARE(names(filter, Walk), sorted(expected));
    if (!expected.isEmpty()) {
        CandidateListSource source(m_db, m_phones, filter);
        source.setSortOrder(CandidateTableModel::Name, Qt::AscendingOrder);
        source.setSelectiveLimit(0);
        QVERIFY(source.walksRows());
    }
    const CappedCount count = CandidateSearch::cappedCount(m_db, filter);
    QVERIFY2(count.ok(), qPrintable(count.error));
    QCOMPARE(count.count, expected.size());
}

void TestCandidateSearch::hostileInputIsHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{petrov, semenova, ivanov, elkin, oconnor};
    const QStringList both{petrov, semenova};
    QTest::newRow("quote") << u"\""_qs << all;
    QTest::newRow("star") << u"*"_qs << all;
    QTest::newRow("minus") << u"-"_qs << all;
    QTest::newRow("plus") << u"+"_qs << all;
    QTest::newRow("parentheses") << u"( )"_qs << all;
    QTest::newRow("caret") << u"^"_qs << all;
    QTest::newRow("open quote") << u"\"сем"_qs << both;
    QTest::newRow("star suffix") << u"сем*"_qs << both;
    QTest::newRow("minus prefix") << u"-сем"_qs << both;
    QTest::newRow("OR") << u"сем OR иван"_qs << QStringList{};
    QTest::newRow("NEAR") << u"NEAR(сем иван)"_qs << QStringList{};
    QTest::newRow("NOT") << u"NOT иван"_qs << QStringList{};
    QTest::newRow("column filter") << u"full_name:иван"_qs << QStringList{};
    QTest::newRow("column braces") << u"{full_name}: сем"_qs << QStringList{};
    QTest::newRow("sql") << u"'; DROP TABLE candidates; --"_qs << QStringList{};
    QTest::newRow("percent and underscore") << u"%_"_qs << all;
    QTest::newRow("backslash") << u"\\сем"_qs << both;
}

void TestCandidateSearch::hostileInputIsHarmless()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CandidateFilter filter;
    filter.text = text;
    QCOMPARE(names(filter, IndexOrder), sorted(expected));
    QCOMPARE(names(filter, SortedMatches), sorted(expected));
    QCOMPARE(names(filter, Walk), sorted(expected));
    QVERIFY(CandidateSearch::cappedCount(m_db, filter).ok());
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next());
    QCOMPARE(query.value(0).toInt(), 7);
}

void TestCandidateSearch::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("vacancy"); // 0 none, 1 A, 2 B
    QTest::addColumn<bool>("secondStageOfA");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("minRating");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    const QDate none;
    QTest::newRow("nothing") << QString() << 0 << false << QString() << QString() << 0 << none
                             << none << QStringList{petrov, semenova, ivanov, elkin, oconnor};
    QTest::newRow("vacancy A") << QString() << 1 << false << QString() << QString() << 0 << none
                               << none << QStringList{petrov, semenova, ivanov, elkin};
    QTest::newRow("vacancy B") << QString() << 2 << false << QString() << QString() << 0 << none
                               << none << QStringList{oconnor};
    QTest::newRow("stage") << QString() << 1 << true << QString() << QString() << 0 << none << none
                           << QStringList{semenova};
    QTest::newRow("source") << QString() << 0 << false << u"hh.ru"_qs << QString() << 0 << none
                            << none << QStringList{petrov, ivanov};
    QTest::newRow("tag") << QString() << 0 << false << QString() << u"python"_qs << 0 << none
                         << none << QStringList{petrov};
    QTest::newRow("cyrillic tag") << QString() << 0 << false << QString() << u"1с"_qs << 0 << none
                                  << none << QStringList{semenova};
    QTest::newRow("tag is whole") << QString() << 0 << false << QString() << u"pyth"_qs << 0 << none
                                  << none << QStringList{};
    QTest::newRow("rating 4+") << QString() << 0 << false << QString() << QString() << 4 << none
                               << none << QStringList{petrov, ivanov};
    QTest::newRow("november") << QString() << 0 << false << QString() << QString() << 0
                              << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                              << QStringList{semenova, elkin};
    QTest::newRow("to is inclusive") << QString() << 0 << false << QString() << QString() << 0
                                     << none << QDate(2026, 9, 15) << QStringList{ivanov, oconnor};
    QTest::newRow("from is inclusive") << QString() << 0 << false << QString() << QString() << 0
                                       << QDate(2026, 11, 20) << none << QStringList{elkin};
    QTest::newRow("text and source") << u"с"_qs << 0 << false << u"Avito"_qs << QString() << 0
                                     << none << none << QStringList{semenova};
    QTest::newRow("text and rating") << u"с"_qs << 0 << false << QString() << QString() << 3 << none
                                     << none << QStringList{petrov};
    QTest::newRow("phone and vacancy") << u"1234"_qs << 1 << false << QString() << QString() << 0
                                       << none << none << QStringList{ivanov, elkin};
    QTest::newRow("text, wrong vacancy")
        << u"иван"_qs << 2 << false << QString() << QString() << 0 << none << none << QStringList{};
}

void TestCandidateSearch::filters()
{
    QFETCH(QString, text);
    QFETCH(int, vacancy);
    QFETCH(bool, secondStageOfA);
    QFETCH(QString, source);
    QFETCH(QString, tag);
    QFETCH(int, minRating);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    CandidateFilter filter;
    filter.text = text;
    filter.vacancyId = vacancy == 1 ? m_vacancyA : vacancy == 2 ? m_vacancyB : 0;
    filter.stageId = secondStageOfA ? m_stageA2 : 0;
    filter.source = source;
    filter.tag = tag;
    filter.minRating = minRating;
    filter.appliedFrom = from;
    filter.appliedTo = to;
    QCOMPARE(names(filter, IndexOrder), sorted(expected));
    QCOMPARE(names(filter, SortedMatches), sorted(expected));
    if (!text.isEmpty()) {
        QCOMPARE(names(filter, Walk), sorted(expected));
    }
    QCOMPARE(CandidateSearch::cappedCount(m_db, filter).count, expected.size());
    // The condition alone selects the same rows.
    const SqlCondition where = CandidateSearch::condition(filter);
    QVERIFY(where.sql.contains(u"c.deleted = 0 AND c.merged_into_id IS NULL"));
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(u"SELECT count(*) FROM candidates c WHERE "_qs + where.sql));
    for (const QVariant &value : where.binds) {
        query.addBindValue(value);
    }
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), expected.size());
}

void TestCandidateSearch::cappedCount()
{
    CandidateFilter filter;
    filter.text = QStringLiteral("с");
    CappedCount count = CandidateSearch::cappedCount(m_db, filter, 1);
    QVERIFY(count.ok());
    QVERIFY(count.capped);
    QCOMPARE(count.count, 1);
    count = CandidateSearch::cappedCount(m_db, filter, 2);
    QVERIFY(!count.capped);
    QCOMPARE(count.count, 2);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(CandidateSearch::countCaption(count), u"2 found"_qs);
    QCOMPARE(CandidateSearch::countCaption({10000, true, {}}), u"More than 10,000 found"_qs);
    QCOMPARE(CandidateSearch::countCaption({0, false, {}}), u"No candidates found"_qs);
    QVERIFY(CandidateSearch::countCaption({0, false, u"disk I/O error"_qs}).contains(u"disk I/O"));
}

void TestCandidateSearch::choices()
{
    QString error;
    QCOMPARE(CandidateSearch::distinctSources(m_db, &error),
             (QStringList{u"Avito"_qs, u"hh.ru"_qs, u"LinkedIn"_qs, u"SuperJob"_qs}));
    QCOMPARE(CandidateSearch::distinctTags(m_db, &error),
             (QStringList{u"1с"_qs, u"python"_qs, u"senior"_qs, u"удалёнка"_qs}));
    const QList<FilterChoice> vacancies = CandidateSearch::vacancyChoices(m_db, &error);
    QCOMPARE(vacancies.size(), 2);
    QCOMPARE(vacancies.at(0).name, u"Python-разработчик"_qs);
    const QList<FilterChoice> stages = CandidateSearch::stageChoices(m_db, m_vacancyA, &error);
    QVERIFY(stages.size() >= 2);
    QCOMPARE(stages.at(1).id, m_stageA2);
    QVERIFY(error.isEmpty());
}

void TestCandidateSearch::savedFiltersRoundTrip()
{
    SavedFilters store(m_db);
    CandidateFilter filter;
    filter.text = QStringLiteral("Иван \"916\"");
    filter.vacancyId = m_vacancyA;
    filter.source = QStringLiteral("hh.ru");
    filter.tag = QStringLiteral("python");
    filter.minRating = 3;
    filter.appliedFrom = QDate(2026, 1, 1);
    filter.appliedTo = QDate(2026, 12, 31);
    QCOMPARE(store.save(QStringLiteral("  Python  hh "), filter), SavedFilters::SaveResult::Saved);
    QList<SavedFilter> list = store.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, u"Python hh"_qs);
    QCOMPARE(list.at(0).filter, filter);
    QVERIFY(list.at(0).createdAt.isValid());

    CandidateFilter other;
    other.minRating = 5;
    QCOMPARE(store.save(QStringLiteral("Python hh"), other), SavedFilters::SaveResult::NameTaken);
    QVERIFY(store.lastError().contains(u"Python hh"));
    QCOMPARE(store.list().at(0).filter, filter);
    QCOMPARE(store.save(QStringLiteral("Python hh"), other, true), SavedFilters::SaveResult::Saved);
    QCOMPARE(store.list().at(0).filter, other);
    QCOMPARE(store.save(QStringLiteral("   "), other), SavedFilters::SaveResult::Failed);
    QVERIFY(!store.lastError().isEmpty());

    QCOMPARE(store.save(QStringLiteral("Avito"), CandidateFilter{}),
             SavedFilters::SaveResult::Saved);
    list = store.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, u"Avito"_qs); // by name
    QVERIFY(store.remove(list.at(0).id));
    QVERIFY(store.remove(list.at(1).id));
    QVERIFY(store.list().isEmpty());
}

void TestCandidateSearch::unknownCountThroughModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("walk");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expected");
    QTest::newRow("all, page 2") << QString() << false << 2 << 5;
    QTest::newRow("all, page 5 (exact)") << QString() << false << 5 << 5;
    QTest::newRow("all, page 1") << QString() << false << 1 << 5;
    QTest::newRow("text, index first") << u"с"_qs << false << 1 << 2;
    QTest::newRow("text, walk") << u"с"_qs << true << 1 << 2;
    QTest::newRow("no match") << u"zzz"_qs << false << 3 << 0;
}

void TestCandidateSearch::unknownCountThroughModel()
{
    QFETCH(QString, text);
    QFETCH(bool, walk);
    QFETCH(int, pageSize);
    QFETCH(int, expected);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    CandidateFilter filter;
    filter.text = text;
    auto source = std::make_unique<CandidateListSource>(m_db, m_phones, filter);
    if (walk) {
        source->setSortOrder(CandidateTableModel::Applied, Qt::DescendingOrder);
    }
    source->setSelectiveLimit(walk ? 0 : 1000);
    QCOMPARE(source->walksRows(), walk);
    QCOMPARE(source->count(), UnknownRowCount);
    model.setSource(std::move(source));
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(model.rowCount(), qMin(pageSize, expected));
    if (expected >= pageSize) {
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(!model.isCountKnown());
        QVERIFY(model.canFetchMore({}));
    }
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 20) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(model.isCountKnown());
    QCOMPARE(model.totalCount(), expected);
    QVERIFY(!model.canFetchMore({}));
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row, 0), PagedTableModelBase::IdRole).toLongLong());
    }
    QCOMPARE(ids.size(), expected); // no row twice across pages
}

void TestCandidateSearch::sorting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("walk");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{petrov, semenova, ivanov, elkin, oconnor};
    QTest::newRow("default: newest added first")
        << QString() << false << -1 << int(Qt::AscendingOrder)
        << QStringList{oconnor, elkin, ivanov, semenova, petrov};
    QTest::newRow("default with text")
        << u"с"_qs << false << -1 << int(Qt::AscendingOrder) << QStringList{semenova, petrov};
    QTest::newRow("applied ascending")
        << QString() << false << int(CandidateTableModel::Applied) << int(Qt::AscendingOrder)
        << QStringList{oconnor, ivanov, petrov, semenova, elkin};
    QTest::newRow("rating descending")
        << QString() << false << int(CandidateTableModel::Rating) << int(Qt::DescendingOrder)
        << QStringList{ivanov, petrov, oconnor, semenova, elkin};
    QTest::newRow("rating ascending, text")
        << u"с"_qs << false << int(CandidateTableModel::Rating) << int(Qt::AscendingOrder)
        << QStringList{semenova, petrov};
    QTest::newRow("name ascending, walk")
        << u"с"_qs << true << int(CandidateTableModel::Name) << int(Qt::AscendingOrder)
        << QStringList{semenova, petrov};
    QTest::newRow("name descending, walk")
        << u"с"_qs << true << int(CandidateTableModel::Name) << int(Qt::DescendingOrder)
        << QStringList{petrov, semenova};
    QTest::newRow("applied ascending, walk")
        << u"1234"_qs << true << int(CandidateTableModel::Applied) << int(Qt::AscendingOrder)
        << QStringList{ivanov, elkin};
    QTest::newRow("source ascending")
        << QString() << false << int(CandidateTableModel::Source) << int(Qt::AscendingOrder)
        << QStringList{semenova, petrov, ivanov, oconnor, elkin};
    QTest::newRow("stage descending, text")
        << u"с"_qs << false << int(CandidateTableModel::Stage) << int(Qt::DescendingOrder)
        << QStringList{semenova, petrov};
}

void TestCandidateSearch::sorting()
{
    QFETCH(QString, text);
    QFETCH(bool, walk);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    CandidateFilter filter;
    filter.text = text;
    auto source = std::make_unique<CandidateListSource>(m_db, m_phones, filter);
    source->setSelectiveLimit(walk ? 0 : 1000);
    model.setSource(std::move(source));
    model.sort(column, Qt::SortOrder(order));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.data(model.index(row, CandidateTableModel::Name)).toString();
    }
    QCOMPARE(names, expected);
    const auto *sorted = dynamic_cast<const CandidateListSource *>(model.source());
    QVERIFY(sorted);
    QCOMPARE(sorted->sortColumn(), column);
    // The next keystroke's source keeps the column the user sorted by.
    auto next = std::make_unique<CandidateListSource>(m_db, m_phones, filter);
    next->setSelectiveLimit(walk ? 0 : 1000);
    model.setSource(std::move(next));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList again;
    for (int row = 0; row < model.rowCount(); ++row) {
        again << model.data(model.index(row, CandidateTableModel::Name)).toString();
    }
    QCOMPARE(again, expected);
    sorted = dynamic_cast<const CandidateListSource *>(model.source());
    // Sorting keeps the plan the text needs: an unindexed column sorts the index's matches.
    if (!text.isEmpty() &&
        (column == CandidateTableModel::Rating || column == CandidateTableModel::Stage)) {
        QVERIFY(!sorted->walksRows());
    }
}

void TestCandidateSearch::phoneDisplayAndJoins()
{
    // The phone column shows national format, or the number as typed when it is invalid.
    CandidateFilter filter;
    filter.text = QStringLiteral("916 111");
    CandidateListSource source(m_db, m_phones, filter);
    const QList<Candidate> rows = source.fetch(0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).phoneDisplay, m_phones.formatForDisplay(u"+79161112233"_qs));
    QCOMPARE(rows.at(0).vacancyTitle, u"Python-разработчик"_qs);
    QCOMPARE(rows.at(0).tags, (QStringList{u"python"_qs, u"удалёнка"_qs}));
    filter.text = QStringLiteral("12345");
    CandidateListSource invalid(m_db, m_phones, filter);
    const QList<Candidate> invalidRows = invalid.fetch(0, 10);
    QCOMPARE(invalidRows.size(), 1);
    QCOMPARE(invalidRows.at(0).phoneDisplay, u"12345"_qs);
}

void TestCandidateSearch::demoData()
{
    Database demo(QStringLiteral("tst-candidatesearch-demo"));
    QVERIFY(demo.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    const DemoLoadResult loaded = DemoData::load(demo, m_phones);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    // Every one-letter prefix of the alphabet answers without an error, both ways, and the list
    // agrees with the count.
    const QString alphabet = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщэюя");
    for (const QChar letter : alphabet) {
        CandidateFilter filter;
        filter.text = QString(letter);
        for (const int mode : {0, 1, 2}) {
            CandidateListSource source(demo, m_phones, filter);
            if (mode != 0) {
                source.setSortOrder(CandidateTableModel::Name, Qt::AscendingOrder);
            }
            source.setSelectiveLimit(mode == 2 ? 0 : 1000);
            const QList<Candidate> rows = source.fetch(0, 10000);
            QVERIFY2(source.lastError().isEmpty(), qPrintable(source.lastError()));
            QCOMPARE(rows.size(), CandidateSearch::cappedCount(demo, filter).count);
        }
    }
}

QTEST_GUILESS_MAIN(TestCandidateSearch)
#include "tst_candidatesearch.moc"
