#include "app/ats/CandidateExporter.h"
#include "app/ats/CandidateImporter.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bbd;

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Expected
{
    qint64 line = 0;
    ImportLine::Outcome outcome = ImportLine::Outcome::Imported;
    int duplicateOfRow = -1;  // index of the earlier row it duplicates, or
    qint64 duplicateOfId = 0; // the candidate already in the database
    QString reasonPart;       // Rejected: part of the reason; Imported: part of the warning
};

// A messy file of `rows` data rows in Russian Excel style (';', cp1251 not needed here) with
// what the importer must make of each row.
struct MessyFile
{
    QByteArray data;
    QList<Expected> expected;
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
};

MessyFile messyFile(int rows, qint64 existingId, const QString &existingPhone)
{
    MessyFile file;
    QString text = QStringLiteral("ФИО;Телефон;E-mail;Вакансия;Этап;Дата отклика;Теги;"
                                  "Рейтинг;Комментарий\r\n");
    qint64 line = 2;
    const auto phone = [](int i) {
        return QStringLiteral("+7 916 %1-%2-%3")
            .arg(100 + i / 100, 3, 10, QLatin1Char('0'))
            .arg((i / 10) % 10 * 11, 2, 10, QLatin1Char('0'))
            .arg(i % 100, 2, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < rows; ++i) {
        Expected e;
        e.line = line;
        QString name = QStringLiteral("Кандидатов Номер%1").arg(i);
        QString tel = phone(i);
        QString email = QStringLiteral("c%1@example.ru").arg(i);
        QString vacancy = QStringLiteral("Курьер");
        QString stage = QStringLiteral("Screening");
        QString date = QStringLiteral("21.11.2026");
        QString notes = QStringLiteral("ok");
        QString rating = QString::number(i % 6);
        bool ragged = false;
        switch (i % 25) {
        case 0:
            name.clear();
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("name");
            break;
        case 1:
            email = QStringLiteral("not an address@");
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("e-mail");
            break;
        case 2:
            ragged = true;
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("field");
            break;
        case 3: // an earlier row's number in another format: same E.164
            if (i >= 25) {
                tel = QStringLiteral("8 (916) %1").arg(phone(i - 4).mid(7));
                email.clear();
                e.outcome = ImportLine::Outcome::Duplicate;
                e.duplicateOfRow = i - 4;
            }
            break;
        case 4:
            // Without a candidate in the database, the first of these rows is the original.
            tel = existingPhone;
            email.clear();
            if (existingId != 0 || i > 4) {
                e.outcome = ImportLine::Outcome::Duplicate;
                e.duplicateOfId = existingId;
                e.duplicateOfRow = existingId != 0 ? -1 : 4;
            }
            break;
        case 5: // an earlier row's e-mail written in capitals, another phone
            tel = QStringLiteral("+7 926 000-%1").arg(i, 4, 10, QLatin1Char('0'));
            email = QStringLiteral("C%1@EXAMPLE.RU").arg(i - 15);
            e.outcome = i >= 15 ? ImportLine::Outcome::Duplicate : ImportLine::Outcome::Imported;
            e.duplicateOfRow = i >= 15 ? i - 15 : -1;
            break;
        case 6:
            tel = QStringLiteral("12-34");
            e.reasonPart = QStringLiteral("kept as typed");
            break;
        case 7:
            vacancy = QStringLiteral("Космонавт");
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("Космонавт");
            break;
        case 8:
            stage = QStringLiteral("Неизвестный этап");
            e.reasonPart = QStringLiteral("first stage");
            break;
        case 9:
            date = QStringLiteral("вчера");
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("вчера");
            break;
        case 10:
            tel += QStringLiteral(", 8 (495) 123-%1").arg(i, 4, 10, QLatin1Char('0'));
            notes = QStringLiteral("две строки\r\nи \"кавычки\"; с разделителем");
            break;
        case 11:
            rating = QStringLiteral("7");
            e.outcome = ImportLine::Outcome::Rejected;
            e.reasonPart = QStringLiteral("rating");
            break;
        default:
            break;
        }
        const auto quote = [](const QString &cell) {
            return cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n')
                       ? u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"'
                       : cell;
        };
        QStringList cells{name,
                          tel,
                          email,
                          vacancy,
                          stage,
                          date,
                          QStringLiteral("тег%1, общий").arg(i % 3),
                          rating,
                          quote(notes)};
        if (ragged) {
            cells.removeLast();
        }
        text += cells.join(u';') + QStringLiteral("\r\n");
        line += 1 + notes.count(u'\n');
        switch (e.outcome) {
        case ImportLine::Outcome::Imported:
            ++file.imported;
            break;
        case ImportLine::Outcome::Duplicate:
            ++file.duplicates;
            break;
        case ImportLine::Outcome::Rejected:
            ++file.rejected;
            break;
        }
        file.expected << e;
    }
    file.data = text.toUtf8();
    return file;
}

} // namespace

class TestCandidateImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fastPathMatchesPhoneNumbers_data();
    void fastPathMatchesPhoneNumbers();
    void fastPathOverEveryMobilePrefix();
    void reportInvariantOnMessyFile_data();
    void reportInvariantOnMessyFile();
    void duplicateOfExtraContactInDatabase();
    void everyRowStoredWithItsOwnValues_data();
    void everyRowStoredWithItsOwnValues();
    void cancelKeepsWholeBatches();
    void cancelBeforeStartChangesNothing();
    void cancelledBulkImportLeavesDatabaseAsItWas();
    void runsInAWorkerThread();
    void fileProblems_data();
    void fileProblems();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void previewGuessesMapping();

private:
    qint64 courierVacancy(Database &db);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void TestCandidateImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCandidateImport::init()
{
    m_db = std::make_unique<Database>(QStringLiteral("tst-import"));
    const Database::OpenResult opened =
        m_db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
}

void TestCandidateImport::cleanup()
{
    m_db.reset();
}

qint64 TestCandidateImport::courierVacancy(Database &db)
{
    VacancyRepository vacancies(db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Курьер");
    return vacancies.create(vacancy);
}

void TestCandidateImport::fastPathMatchesPhoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fast"); // the fast path is expected to take it

    const QList<std::pair<const char16_t *, bool>> cases{
        {u"+79161112233", true},
        {u"+7 916 111-22-33", true},
        {u"+7 (916) 111-22-33", true},
        {u"+7-916-111-22-33", true},
        {u"89161112233", true},
        {u"8 916 111 22 33", true},
        {u"8 (916) 111-22-33", true},
        {u"8(916)1112233", true},
        {u"79161112233", true},
        {u"7 916 111 22 33", true},
        {u"9161112233", true},
        {u"(916) 111-22-33", true},
        {u"+7 999 000-00-00", true},
        {u"8 900 000 00 00", true},
        {u"  +7 916 111 22 33  ", true},
        {u"+7(916)111-22-33", true},
        {u"8 (495) 123-45-67", false},
        {u"+7 495 123-45-67", false},
        {u"8 800 555-35-35", false},
        {u"+8 916 111-22-33", false},
        {u"+375 29 123-45-67", false},
        {u"916-11-22", false},
        {u"+7 916 111-22-33 доб. 12", false},
        {u"8-916-111-22-334", false},
        {u"+7 916 111 22 3", false},
        {u"тел. 8 916 111 22 33", false},
        {u"8.916.111.22.33", false},
        {u"+7 916 111\u00A022 33", false},
        {u"", false},
        {u"+", false},
        {u"8 (916) 111-22-33, 8 (916) 111-22-34", false},
    };
    for (const auto &[text, fast] : cases) {
        QTest::newRow(qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text) << fast;
    }
}

void TestCandidateImport::fastPathMatchesPhoneNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, fast);
    const QString quick = CandidateImporter::fastPhoneE164(text);
    QCOMPARE(!quick.isEmpty(), fast);
    if (fast) {
        QCOMPARE(quick, m_phones.toE164(text));
    }
}

void TestCandidateImport::fastPathOverEveryMobilePrefix()
{
    // Every 9XX operator code, in each format the fast path takes, against libphonenumber.
    QRandomGenerator random(20261123);
    const QStringList formats{QStringLiteral("+7%1%2"), QStringLiteral("8 (%1) %2"),
                              QStringLiteral("7 %1 %2"), QStringLiteral("%1-%2")};
    int checked = 0;
    for (int code = 900; code <= 999; ++code) {
        for (int k = 0; k < 4; ++k) {
            const QString subscriber =
                QStringLiteral("%1").arg(random.bounded(10000000), 7, 10, QLatin1Char('0'));
            const QString text = formats.at(k).arg(code).arg(subscriber);
            const QString quick = CandidateImporter::fastPhoneE164(text);
            QVERIFY2(!quick.isEmpty(), qPrintable(text));
            QCOMPARE(quick, m_phones.toE164(text));
            ++checked;
        }
    }
    QCOMPARE(checked, 400);
}

void TestCandidateImport::reportInvariantOnMessyFile_data()
{
    QTest::addColumn<qint64>("bulkRows");
    QTest::newRow("batches") << qint64(0);
    QTest::newRow("bulk") << qint64(1);
}

void TestCandidateImport::reportInvariantOnMessyFile()
{
    QFETCH(qint64, bulkRows);
    const qint64 vacancyId = courierVacancy(*m_db);
    QVERIFY(vacancyId > 0);
    CandidateRepository candidates(*m_db, m_phones);
    CandidateRecord existing;
    existing.fullName = QStringLiteral("Уже Есть");
    existing.phones = {{QStringLiteral("+7 903 555-44-33"), {}}};
    const qint64 existingId = candidates.create(existing);
    QVERIFY(existingId > 0);
    const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates"));
    const qint64 schemaBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));

    const MessyFile messy = messyFile(500, existingId, QStringLiteral("8-903-555-44-33"));
    const QString path = m_dir.filePath(QStringLiteral("messy.csv"));
    QVERIFY(writeFile(path, messy.data));

    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.batchSize = 64;
    options.bulkRows = bulkRows;
    CandidateImporter importer(options, m_phones);
    QSignalSpy progress(&importer, &CandidateImporter::progress);
    QSignalSpy finishing(&importer, &CandidateImporter::finishing);
    QSignalSpy finished(&importer, &CandidateImporter::finished);
    const ImportReport report = importer.run();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.completed());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finishing.size(), bulkRows > 0 ? 1 : 0);
    QCOMPARE(report.lastSettledLine, messy.expected.last().line);
    // Bulk mode drops and rebuilds indexes and the full-text trigger: all are back, and the
    // full-text index agrees with the table, old rows included.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master")), schemaBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'candidates_fts_insert'")),
             1);
    QSqlQuery check(m_db->connection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO candidates_fts(candidates_fts) "
                                       "VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?"),
                    {QStringLiteral("\"есть\"*")}),
             existingId);
    QVERIFY(progress.size() >= 500 / 64);
    QCOMPARE(progress.last().at(0).toLongLong(), 500);

    QCOMPARE(report.rows, 500);
    QCOMPARE(report.imported + report.duplicates + report.rejected, report.rows);
    QCOMPARE(report.lines.size(), 500);
    for (int i = 0; i < 500; ++i) {
        const ImportLine &line = report.lines.at(i);
        const Expected &e = messy.expected.at(i);
        QCOMPARE(line.line, e.line);
        QVERIFY2(line.outcome == e.outcome,
                 qPrintable(QStringLiteral("row %1, line %2: %3 %4")
                                .arg(i)
                                .arg(line.line)
                                .arg(ImportReport::outcomeKey(line.outcome), line.note)));
        if (!e.reasonPart.isEmpty()) {
            QVERIFY2(line.note.contains(e.reasonPart),
                     qPrintable(QStringLiteral("line %1: %2").arg(line.line).arg(line.note)));
        }
        if (e.duplicateOfRow >= 0) {
            QCOMPARE(line.candidateId, report.lines.at(e.duplicateOfRow).candidateId);
        }
        if (e.duplicateOfId != 0) {
            QCOMPARE(line.candidateId, e.duplicateOfId);
        }
        if (line.outcome != ImportLine::Outcome::Rejected) {
            QVERIFY(line.candidateId > 0);
        }
    }

    QCOMPARE(report.imported, messy.imported);
    QCOMPARE(report.duplicates, messy.duplicates);
    QCOMPARE(report.rejected, messy.rejected);

    // The database holds exactly the imported rows, each with its timeline entry.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")),
             before + report.imported);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_events "
                                          "WHERE kind = 'import'")),
             report.imported);
    QSqlQuery event(m_db->connection());
    QVERIFY(event.prepare(QStringLiteral("SELECT text, payload FROM candidate_events WHERE "
                                         "kind = 'import' AND candidate_id = ?")));
    event.addBindValue(report.lines.at(12).candidateId);
    QVERIFY(event.exec() && event.next());
    QCOMPARE(event.value(0).toString(),
             QStringLiteral("Imported from messy.csv, line %1").arg(report.lines.at(12).line));
    QCOMPARE(QJsonDocument::fromJson(event.value(1).toByteArray()).object(),
             QJsonObject({{QStringLiteral("file"), QStringLiteral("messy.csv")},
                          {QStringLiteral("line"), report.lines.at(12).line}}));
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM candidates WHERE vacancy_id = ? "
                                   "AND stage_id IS NOT NULL"),
                    {vacancyId}),
             report.imported);
    // An invalid phone is kept as typed, with no E.164.
    const ImportLine &invalidPhone = report.lines.at(6);
    QCOMPARE(invalidPhone.outcome, ImportLine::Outcome::Imported);
    const std::optional<CandidateRecord> kept = candidates.load(invalidPhone.candidateId);
    QVERIFY(kept);
    QCOMPARE(kept->phones.value(0).raw, QStringLiteral("12-34"));
    QVERIFY(kept->phones.value(0).e164.isEmpty());
    // Two numbers in one cell: the second is an extra contact.
    const std::optional<CandidateRecord> two = candidates.load(report.lines.at(10).candidateId);
    QVERIFY(two);
    QCOMPARE(two->phones.size(), 2);
    QCOMPARE(two->phones.at(1).e164, QStringLiteral("+74951230010"));
    QCOMPARE(two->notes, QStringLiteral("две строки\r\nи \"кавычки\"; с разделителем"));
    QCOMPARE(two->tags, QStringList({QStringLiteral("тег1"), QStringLiteral("общий")}));
    QCOMPARE(two->appliedAt.toLocalTime().date(), QDate(2026, 11, 21));
    // A stage that is not in the pipeline puts the card in the first stage.
    const std::optional<CandidateRecord> staged = candidates.load(report.lines.at(8).candidateId);
    QVERIFY(staged);
    QCOMPARE(staged->stageId,
             scalar(*m_db,
                    QStringLiteral("SELECT id FROM pipeline_stages WHERE vacancy_id = ? "
                                   "AND position = 0"),
                    {vacancyId}));
    const std::optional<CandidateRecord> screened =
        candidates.load(report.lines.at(12).candidateId);
    QVERIFY(screened);
    QCOMPARE(screened->stageId,
             scalar(*m_db,
                    QStringLiteral("SELECT id FROM pipeline_stages WHERE vacancy_id = ? "
                                   "AND name = 'Screening'"),
                    {vacancyId}));
    // Search text and the full-text index are right: the phone tail finds the candidate.
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT rowid FROM candidates_fts WHERE "
                                   "candidates_fts MATCH ?"),
                    {QStringLiteral("\"1001112\"*")}),
             report.lines.at(12).candidateId);
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM candidates_fts WHERE "
                                   "candidates_fts MATCH ?"),
                    {QStringLiteral("Кандидатов*")}),
             report.imported);

    // The JSON report.
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    QString error;
    QVERIFY(report.writeJson(json, &error));
    const QJsonObject object = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("rows")), 500);
    const QJsonArray lines = object.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 500);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("line")).toInteger(), 2);
    QCOMPARE(lines.at(4).toObject().value(QStringLiteral("duplicate_of")).toInteger(), existingId);
    QVERIFY(lines.at(13).toObject().contains(QStringLiteral("candidate_id")));
    QCOMPARE(object.value(QStringLiteral("cancelled")).toBool(), false);
    QVERIFY(object.value(QStringLiteral("error")).isNull());

    // The rejected rows go back out as they came in, under the same header.
    const QString rejectedPath = m_dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(report.writeRejectedCsv(rejectedPath, &error));
    const QList<csv::Record> rejectedRows = csv::Reader::parseAll(readFile(rejectedPath));
    QCOMPARE(rejectedRows.size(), report.rejected + 1);
    QCOMPARE(rejectedRows.first().cells, report.header);
    const QList<csv::Record> original = csv::Reader::parseAll(messy.data);
    int k = 1;
    for (int i = 0; i < 500; ++i) {
        if (report.lines.at(i).outcome == ImportLine::Outcome::Rejected) {
            QCOMPARE(rejectedRows.at(k++).cells, original.at(i + 1).cells);
        }
    }

    // Importing the same file again adds only what cannot be matched: rows without a phone
    // or e-mail do not exist here, so nothing.
    CandidateImporter again(options, m_phones);
    const ImportReport second = again.run();
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.rejected, report.rejected);
    QCOMPARE(second.duplicates, report.imported + report.duplicates);
}

void TestCandidateImport::duplicateOfExtraContactInDatabase()
{
    CandidateRepository candidates(*m_db, m_phones);
    CandidateRecord existing;
    existing.fullName = QStringLiteral("Двое Контактов");
    existing.phones = {{QStringLiteral("+7 916 000-00-01"), {}},
                       {QStringLiteral("+7 916 000-00-02"), {}}};
    existing.emails = {QStringLiteral("main@example.ru"), QStringLiteral("second@example.ru")};
    const qint64 id = candidates.create(existing);
    QVERIFY(id > 0);
    CandidateRecord gone;
    gone.fullName = QStringLiteral("Удалённый");
    gone.phones = {{QStringLiteral("+7 916 000-00-03"), {}}};
    const qint64 goneId = candidates.create(gone);
    QVERIFY(candidates.setDeleted({goneId}, true));

    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    QVERIFY(writeFile(path, QStringLiteral("Name,Phone,Email\n"
                                           "A,89160000002,\n"
                                           "B,,SECOND@example.ru\n"
                                           "C,+7 916 000 00 03,\n")
                                .toUtf8()));
    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    CandidateImporter importer(options, m_phones);
    const ImportReport report = importer.run();
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.lines.at(0).outcome, ImportLine::Outcome::Duplicate);
    QCOMPARE(report.lines.at(0).candidateId, id);
    QCOMPARE(report.lines.at(1).outcome, ImportLine::Outcome::Duplicate);
    QCOMPARE(report.lines.at(1).candidateId, id);
    // A deleted candidate is no match: the row is imported.
    QCOMPARE(report.lines.at(2).outcome, ImportLine::Outcome::Imported);
}

void TestCandidateImport::everyRowStoredWithItsOwnValues_data()
{
    QTest::addColumn<qint64>("bulkRows");
    QTest::newRow("staged batches") << qint64(0);
    QTest::newRow("bulk") << qint64(1);
}

// The writer reuses one prepared statement for every row; each row must reach the database
// with its own values (a statement that is not reset keeps the first row's binds), in both
// the staged and the bulk path, contacts and timeline entries included.
void TestCandidateImport::everyRowStoredWithItsOwnValues()
{
    QFETCH(qint64, bulkRows);
    const int rows = 1200; // more than one batch
    QByteArray csv = "Name,Phone,Email,Source,Notes\n";
    for (int i = 0; i < rows; ++i) {
        const QString extraPhone = i % 3 == 0 ? QStringLiteral("; 8 (926) %1-%2-%3")
                                                    .arg(i / 10000, 3, 10, QChar(u'0'))
                                                    .arg((i / 100) % 100, 2, 10, QChar(u'0'))
                                                    .arg(i % 100, 2, 10, QChar(u'0'))
                                              : QString();
        const QString extraEmail =
            i % 4 == 0 ? QStringLiteral("; second%1@example.ru").arg(i) : QString();
        csv += QStringLiteral("Кандидат %1,\"+7 916 %2-%3-%4%5\",\"user%1@example.ru%6\",src%7,"
                              "note %1\n")
                   .arg(i)
                   .arg(i / 10000 + 100, 3, 10, QChar(u'0'))
                   .arg((i / 100) % 100, 2, 10, QChar(u'0'))
                   .arg(i % 100, 2, 10, QChar(u'0'))
                   .arg(extraPhone, extraEmail)
                   .arg(i % 7)
                   .toUtf8();
    }
    const QString path = m_dir.filePath(QStringLiteral("own-values.csv"));
    QVERIFY(writeFile(path, csv));
    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.bulkRows = bulkRows;
    CandidateImporter importer(options, m_phones);
    const ImportReport report = importer.run();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.rows, rows);
    QCOMPARE(report.imported, rows);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT id, full_name, phone_e164, email_normalized, source, notes FROM candidates "
        "ORDER BY id")));
    QHash<qint64, int> rowOf;
    int seen = 0;
    while (query.next()) {
        const int i = seen++;
        const qint64 id = query.value(0).toLongLong();
        QCOMPARE(report.lines.at(i).candidateId, id);
        rowOf.insert(id, i);
        QCOMPARE(query.value(1).toString(), QStringLiteral("Кандидат %1").arg(i));
        QCOMPARE(query.value(2).toString(), QStringLiteral("+7916%1%2%3")
                                                .arg(i / 10000 + 100, 3, 10, QChar(u'0'))
                                                .arg((i / 100) % 100, 2, 10, QChar(u'0'))
                                                .arg(i % 100, 2, 10, QChar(u'0')));
        QCOMPARE(query.value(3).toString(), QStringLiteral("user%1@example.ru").arg(i));
        QCOMPARE(query.value(4).toString(), QStringLiteral("src%1").arg(i % 7));
        QCOMPARE(query.value(5).toString(), QStringLiteral("note %1").arg(i));
    }
    QCOMPARE(seen, rows);

    QVERIFY(query.exec(QStringLiteral("SELECT candidate_id, kind, position, normalized FROM "
                                      "candidate_contacts ORDER BY candidate_id, kind")));
    int phones = 0;
    int emails = 0;
    while (query.next()) {
        const int i = rowOf.value(query.value(0).toLongLong(), -1);
        QVERIFY(i >= 0);
        QCOMPARE(query.value(2).toInt(), 1);
        if (query.value(1).toString() == QStringLiteral("phone")) {
            ++phones;
            QCOMPARE(i % 3, 0);
            QCOMPARE(query.value(3).toString(), QStringLiteral("+7926%1%2%3")
                                                    .arg(i / 10000, 3, 10, QChar(u'0'))
                                                    .arg((i / 100) % 100, 2, 10, QChar(u'0'))
                                                    .arg(i % 100, 2, 10, QChar(u'0')));
        } else {
            ++emails;
            QCOMPARE(i % 4, 0);
            QCOMPARE(query.value(3).toString(), QStringLiteral("second%1@example.ru").arg(i));
        }
    }
    QCOMPARE(phones, (rows + 2) / 3);
    QCOMPARE(emails, (rows + 3) / 4);

    // One timeline entry per candidate, naming its own line (the header is line 1).
    QVERIFY(query.exec(QStringLiteral("SELECT candidate_id, payload FROM candidate_events "
                                      "WHERE kind = 'import' ORDER BY candidate_id")));
    int events = 0;
    while (query.next()) {
        const int i = rowOf.value(query.value(0).toLongLong(), -1);
        QVERIFY(i >= 0);
        ++events;
        const QJsonObject payload =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("line")).toInteger(), qint64(i + 2));
    }
    QCOMPARE(events, rows);
}

void TestCandidateImport::cancelKeepsWholeBatches()
{
    courierVacancy(*m_db);
    const MessyFile messy = messyFile(500, 0, QStringLiteral("+7 903 000-00-00"));
    const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
    QVERIFY(writeFile(path, messy.data));
    const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates"));

    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.batchSize = 50;
    CandidateImporter importer(options, m_phones);
    // Cancel as soon as the first batch is committed.
    connect(&importer, &CandidateImporter::progress, &importer, [&importer] { importer.cancel(); });
    const ImportReport report = importer.run();
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QVERIFY(!report.completed());
    QCOMPARE(report.rows, 50);
    QCOMPARE(report.lines.size(), 50);
    QCOMPARE(report.imported + report.duplicates + report.rejected, report.rows);
    QCOMPARE(report.lastSettledLine, report.lines.last().line);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")),
             before + report.imported);
    for (const ImportLine &line : report.lines) {
        if (line.outcome == ImportLine::Outcome::Imported) {
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = ?"),
                            {line.candidateId}),
                     1);
        }
    }
    QVERIFY(report.summary().contains(QString::number(report.lastSettledLine)));

    // Importing the file again completes it; the rows already in are duplicates.
    CandidateImporter again(options, m_phones);
    const ImportReport second = again.run();
    QVERIFY(second.completed());
    QCOMPARE(second.rows, 500);
    QCOMPARE(report.imported + second.imported, messy.imported);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")),
             before + messy.imported);
}

void TestCandidateImport::cancelBeforeStartChangesNothing()
{
    courierVacancy(*m_db);
    const MessyFile messy = messyFile(100, 0, QStringLiteral("+7 903 000-00-00"));
    const QString path = m_dir.filePath(QStringLiteral("early.csv"));
    QVERIFY(writeFile(path, messy.data));
    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    CandidateImporter importer(options, m_phones);
    importer.cancel();
    const ImportReport report = importer.run();
    QVERIFY(report.cancelled);
    QCOMPARE(report.rows, 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_events")), 0);
}

void TestCandidateImport::cancelledBulkImportLeavesDatabaseAsItWas()
{
    courierVacancy(*m_db);
    CandidateRepository candidates(*m_db, m_phones);
    CandidateRecord existing;
    existing.fullName = QStringLiteral("Уже Есть");
    QVERIFY(candidates.create(existing) > 0);
    const MessyFile messy = messyFile(500, 0, QStringLiteral("+7 903 000-00-00"));
    const QString path = m_dir.filePath(QStringLiteral("bulk-cancel.csv"));
    QVERIFY(writeFile(path, messy.data));
    const QString countsSql =
        QStringLiteral("SELECT (SELECT count(*) FROM candidates) * 1000000 + (SELECT count(*) "
                       "FROM candidate_events) * 1000 + (SELECT count(*) FROM sqlite_master)");
    const qint64 before = scalar(*m_db, countsSql);

    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.batchSize = 50;
    options.bulkRows = 50; // the first batch (50 rows) is enough to choose bulk mode
    CandidateImporter importer(options, m_phones);
    // Cancel when the third batch is in: bulk mode has committed nothing yet.
    connect(&importer, &CandidateImporter::progress, &importer, [&importer](qint64 rows) {
        if (rows >= 150) {
            importer.cancel();
        }
    });
    const ImportReport report = importer.run();
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.rows, 0);
    QCOMPARE(report.imported, 0);
    QVERIFY(report.lines.isEmpty());
    QCOMPARE(report.lastSettledLine, 0);
    QCOMPARE(scalar(*m_db, countsSql), before);
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("INSERT INTO candidates_fts(candidates_fts) "
                                      "VALUES ('integrity-check')")));

    // The GUI connection keeps working with the same triggers: a new candidate is searchable.
    CandidateRecord later;
    later.fullName = QStringLiteral("Позже Добавленный");
    const qint64 laterId = candidates.create(later);
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?"),
                    {QStringLiteral("\"добавлен\"*")}),
             laterId);

    CandidateImporter again(options, m_phones);
    const ImportReport second = again.run();
    QVERIFY(second.completed());
    QCOMPARE(second.imported, messy.imported);
}

void TestCandidateImport::runsInAWorkerThread()
{
    courierVacancy(*m_db);
    const MessyFile messy = messyFile(200, 0, QStringLiteral("+7 903 000-00-00"));
    const QString path = m_dir.filePath(QStringLiteral("thread.csv"));
    QVERIFY(writeFile(path, messy.data));
    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.batchSize = 40;
    QThread thread;
    auto *importer = new CandidateImporter(options, m_phones);
    importer->moveToThread(&thread);
    connect(&thread, &QThread::started, importer, &CandidateImporter::start);
    connect(&thread, &QThread::finished, importer, &QObject::deleteLater);
    ImportReport received;
    int progressCalls = 0;
    connect(importer, &CandidateImporter::progress, this,
            [&progressCalls](qint64, qint64) { ++progressCalls; });
    connect(importer, &CandidateImporter::finished, this,
            [&received, &thread](const ImportReport &report) {
                received = report;
                thread.quit();
            });
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(thread.isFinished(), 30000);
    QCOMPARE(received.rows, 200);
    QCOMPARE(received.imported, messy.imported);
    QCOMPARE(progressCalls, 5);
    // The GUI connection sees the rows at once.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), messy.imported);
}

void TestCandidateImport::fileProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("vacancy");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("header only") << QByteArray("ФИО;Телефон\r\n") << QString() << QString();
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03junk", 8) << QString()
                            << QStringLiteral("not text");
    QTest::newRow("no name column") << QByteArray("Телефон;Почта\n+79161112233;a@b.ru\n")
                                    << QString() << QStringLiteral("names");
    QTest::newRow("unknown vacancy")
        << QByteArray("Name\nA\n") << QStringLiteral("Космонавт") << QStringLiteral("Космонавт");
}

void TestCandidateImport::fileProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, vacancy);
    QFETCH(QString, errorPart);
    const QString path = m_dir.filePath(QStringLiteral("problem.csv"));
    QVERIFY(writeFile(path, data));
    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.defaultVacancy = vacancy;
    CandidateImporter importer(options, m_phones);
    const ImportReport report = importer.run();
    QCOMPARE(report.rows, 0);
    if (errorPart.isEmpty()) {
        QVERIFY2(report.completed(), qPrintable(report.error));
    } else {
        QVERIFY2(report.error.contains(errorPart), qPrintable(report.error));
        QCOMPARE(report.summary(), report.error);
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
}

void TestCandidateImport::exportImportRoundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::newRow("comma, UTF-8 with BOM") << QChar(u',') << int(csv::Encoding::Utf8Bom);
    QTest::newRow("semicolon, cp1251") << QChar(u';') << int(csv::Encoding::Windows1251);
    QTest::newRow("tab, UTF-8") << QChar(u'\t') << int(csv::Encoding::Utf8);
}

void TestCandidateImport::exportImportRoundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(int, encoding);

    // Source data, written through the repository as the card would.
    const auto makeVacancies = [](Database &db) {
        VacancyRepository vacancies(db);
        Vacancy courier;
        courier.title = QStringLiteral("Курьер");
        Vacancy driver;
        driver.title = QStringLiteral("Водитель; категория \"C\"");
        return std::pair{vacancies.create(courier), vacancies.create(driver)};
    };
    const auto [courierId, driverId] = makeVacancies(*m_db);
    VacancyRepository vacancies(*m_db);
    CandidateRepository candidates(*m_db, m_phones);
    const QList<PipelineStage> driverStages = vacancies.stages(driverId);
    for (int i = 0; i < 30; ++i) {
        CandidateRecord record;
        record.fullName = QStringLiteral("Пётр%1 Семёнов-Ёлкин").arg(i);
        record.vacancyId = i % 3 == 0 ? 0 : (i % 3 == 1 ? courierId : driverId);
        if (record.vacancyId == driverId) {
            record.stageId = driverStages.at(i % driverStages.size()).id;
        } else if (record.vacancyId == courierId) {
            record.stageId = vacancies.stages(courierId).first().id;
        }
        record.phones = {{QStringLiteral("8 (916) 555-%1-%2").arg(10 + i).arg(20 + i), {}}};
        if (i % 4 == 0) {
            record.phones.append({QStringLiteral("+7 495 123-45-%1").arg(10 + i), {}});
        }
        if (i % 5 == 0) {
            record.phones.append({QStringLiteral("12-%1").arg(i), {}}); // invalid, kept
        }
        record.emails = {QStringLiteral("p%1@example.ru").arg(i)};
        if (i % 2 == 0) {
            record.emails << QStringLiteral("p%1.second@example.com").arg(i);
        }
        record.source = i % 2 ? QStringLiteral("hh.ru") : QString();
        record.rating = i % 6;
        record.tags =
            i % 3 ? QStringList{QStringLiteral("срочно"), QStringLiteral("ночные")} : QStringList{};
        record.notes =
            i % 4 ? QStringLiteral("Звонить после 18:00; \"важно\"\nвторая строка") : QString();
        record.consent = i % 2 ? Consent::Given : Consent::NotAsked;
        if (record.consent == Consent::Given) {
            record.consentAt = QDateTime(QDate(2026, 1, 1 + i % 28), QTime(10, i), Qt::UTC);
        }
        record.appliedAt = QDateTime(QDate(2026, 10, 1 + i % 28), QTime(9, i, 5), Qt::UTC);
        QVERIFY2(candidates.create(record) > 0, qPrintable(candidates.lastError()));
    }

    CandidateExporter exporter(*m_db);
    exporter.setDelimiter(delimiter);
    exporter.setEncoding(csv::Encoding(encoding));
    const QString first = m_dir.filePath(QStringLiteral("export1.csv"));
    const ExportResult exported = exporter.exportAll(first);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QCOMPARE(exported.rows, 30);
    QCOMPARE(exported.unmappable, 0);

    // Into an empty database with the same vacancies.
    Database target(QStringLiteral("tst-import-target"));
    QVERIFY(target.open(m_dir.filePath(QStringLiteral("target%1.sqlite").arg(++m_counter))).ok());
    makeVacancies(target);
    ImportOptions options;
    options.databasePath = target.path();
    options.filePath = first;
    CandidateImporter importer(options, m_phones);
    const ImportReport report = importer.run();
    QVERIFY2(report.completed(), qPrintable(report.error));
    QCOMPARE(report.imported, 30);
    for (const ImportLine &line : report.lines) {
        // Invalid phones are flagged, nothing else.
        QVERIFY2(line.note.isEmpty() || line.note.contains(QStringLiteral("kept as typed")),
                 qPrintable(line.note));
    }

    CandidateExporter again(target);
    again.setDelimiter(delimiter);
    again.setEncoding(csv::Encoding(encoding));
    const QString second = m_dir.filePath(QStringLiteral("export2.csv"));
    QVERIFY(again.exportAll(second).ok);
    QCOMPARE(readFile(second), readFile(first));

    // And field by field for one candidate with everything.
    CandidateRepository targetCandidates(target, m_phones);
    const std::optional<CandidateRecord> a = candidates.load(21);
    const std::optional<CandidateRecord> b = targetCandidates.load(report.lines.at(20).candidateId);
    QVERIFY(a && b);
    QCOMPARE(b->fullName, a->fullName);
    QCOMPARE(b->phones, a->phones);
    QCOMPARE(b->emails, a->emails);
    QCOMPARE(b->tags, a->tags);
    QCOMPARE(b->notes, a->notes);
    QCOMPARE(b->rating, a->rating);
    QCOMPARE(b->consent, a->consent);
    QCOMPARE(b->consentAt, a->consentAt);
    QCOMPARE(b->appliedAt, a->appliedAt);
    QCOMPARE(b->source, a->source);

    // Only some: by ids, and by vacancy.
    QCOMPARE(exporter.exportIds(m_dir.filePath(QStringLiteral("ids.csv")), {1, 2, 5}).rows, 3);
    QCOMPARE(
        exporter.exportVacancy(m_dir.filePath(QStringLiteral("v.csv")), QStringLiteral("Курьер"))
            .rows,
        10);
    QVERIFY(
        !exporter
             .exportVacancy(m_dir.filePath(QStringLiteral("v.csv")), QStringLiteral("Нет такой"))
             .ok);
}

void TestCandidateImport::previewGuessesMapping()
{
    const QString path = m_dir.filePath(QStringLiteral("preview.csv"));
    QByteArray data;
    qint64 unmappable = 0;
    data = csv::Writer::encode(QStringLiteral("Фамилия;Имя;Мобильный;Эл. почта\r\n"
                                              "Иванов;Иван;89161112233;i@x.ru\r\n"
                                              "Петров;Пётр;89161112234;p@x.ru\r\n"),
                               csv::Encoding::Windows1251, &unmappable);
    QVERIFY(writeFile(path, data));
    const ImportPreview preview = CandidateImporter::preview(path, 1);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.encoding, csv::Encoding::Windows1251);
    QCOMPARE(preview.delimiter, QChar(u';'));
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rows.first().at(1), QStringLiteral("Иван"));
    QCOMPARE(preview.mapping.column(HeaderMapping::Field::LastName), 0);
    QCOMPARE(preview.mapping.column(HeaderMapping::Field::Email), 3);

    ImportOptions options;
    options.databasePath = m_db->path();
    options.filePath = path;
    options.mapping = preview.mapping;
    CandidateImporter importer(options, m_phones);
    const ImportReport report = importer.run();
    QCOMPARE(report.imported, 2);
    CandidateRepository candidates(*m_db, m_phones);
    QCOMPARE(candidates.load(report.lines.at(1).candidateId)->fullName,
             QStringLiteral("Петров Пётр"));
}

QTEST_GUILESS_MAIN(TestCandidateImport)
#include "tst_candidateimport.moc"
