// CSV import of synthetic candidates with phone normalisation and duplicate detection, timed
// beside `sqlite3 :memory: '.mode csv' '.import FILE t'` on the same file, and beside the
// sqlite3 shell loading the same file into the application's own schema (its indexes and
// full-text index, no validation at all): the most any importer on this schema could do.
// Usage: bench_import [rows] [csv-path]   (default: 1000000 rows into a temporary folder)
// BBD_BENCH_BATCH=<rows> overrides the importer's batch size (rows per transaction).
#include "app/ats/CandidateImporter.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace bbd;

namespace {

const QStringList kLastNames = {
    QStringLiteral("Иванов"),   QStringLiteral("Смирнов"),  QStringLiteral("Кузнецов"),
    QStringLiteral("Попов"),    QStringLiteral("Васильев"), QStringLiteral("Петров"),
    QStringLiteral("Соколов"),  QStringLiteral("Михайлов"), QStringLiteral("Новиков"),
    QStringLiteral("Фёдоров"),  QStringLiteral("Морозов"),  QStringLiteral("Волков"),
    QStringLiteral("Алексеев"), QStringLiteral("Лебедев"),  QStringLiteral("Семёнов"),
    QStringLiteral("Егоров"),   QStringLiteral("Павлов"),   QStringLiteral("Козлов"),
    QStringLiteral("Степанов"), QStringLiteral("Николаев"), QStringLiteral("Орлов"),
    QStringLiteral("Андреев"),  QStringLiteral("Макаров"),  QStringLiteral("Никитин"),
    QStringLiteral("Захаров"),  QStringLiteral("Зайцев"),   QStringLiteral("Соловьёв"),
    QStringLiteral("Борисов"),  QStringLiteral("Яковлев"),  QStringLiteral("Григорьев")};
const QStringList kFirstNames = {
    QStringLiteral("Александр"), QStringLiteral("Дмитрий"), QStringLiteral("Максим"),
    QStringLiteral("Сергей"),    QStringLiteral("Андрей"),  QStringLiteral("Алексей"),
    QStringLiteral("Артём"),     QStringLiteral("Илья"),    QStringLiteral("Кирилл"),
    QStringLiteral("Михаил"),    QStringLiteral("Никита"),  QStringLiteral("Матвей"),
    QStringLiteral("Роман"),     QStringLiteral("Егор"),    QStringLiteral("Арсений"),
    QStringLiteral("Иван"),      QStringLiteral("Денис"),   QStringLiteral("Евгений")};
const QStringList kPatronymics = {
    QStringLiteral("Александрович"), QStringLiteral("Дмитриевич"), QStringLiteral("Сергеевич"),
    QStringLiteral("Андреевич"),     QStringLiteral("Алексеевич"), QStringLiteral("Иванович"),
    QStringLiteral("Петрович"),      QStringLiteral("Николаевич"), QStringLiteral("Олегович")};
const QStringList kSources = {QStringLiteral("hh.ru"),        QStringLiteral("SuperJob"),
                              QStringLiteral("Авито Работа"), QStringLiteral("Зарплата.ру"),
                              QStringLiteral("Rabota.ru"),    QStringLiteral("Telegram"),
                              QStringLiteral("VK"),           QStringLiteral("Сайт"),
                              QStringLiteral("Рекомендация"), QStringLiteral("Ярмарка вакансий")};
// The demo pipeline (English names: no translation is installed) plus one more stage.
const QStringList kStages = {QStringLiteral("Response"),  QStringLiteral("Screening"),
                             QStringLiteral("Test task"), QStringLiteral("Interview"),
                             QStringLiteral("Offer"),     QStringLiteral("Hired"),
                             QStringLiteral("Rejected")};

// The national number of candidate i: a bijection of 0..10^9-1, so every candidate has a
// different mobile number.
QString mobile(qint64 i)
{
    return QStringLiteral("9%1").arg((i * 7919 + 12345) % 1000000000, 9, 10, QLatin1Char('0'));
}

// The many ways people write a number; most are the everyday mobile forms.
QString messyPhone(qint64 i, qint64 variant)
{
    const QString n = mobile(i);
    const QString a = n.left(3);
    const QString b = n.mid(3, 3);
    const QString c = n.mid(6, 2);
    const QString d = n.mid(8, 2);
    switch (variant % 20) {
    case 0:
    case 1:
    case 2:
        return QStringLiteral("+7 %1 %2-%3-%4").arg(a, b, c, d);
    case 3:
    case 4:
    case 5:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(a, b, c, d);
    case 6:
    case 7:
    case 8:
        return u'8' + n;
    case 9:
    case 10:
        return QStringLiteral("+7") + n;
    case 11:
        return u'7' + n;
    case 12:
        return QStringLiteral("+7(%1)%2%3%4").arg(a, b, c, d);
    case 13:
        return QStringLiteral("8-%1-%2-%3-%4").arg(a, b, c, d);
    case 14: // a Moscow landline: the long way through libphonenumber
        return QStringLiteral("8 (495) %1-%2-%3").arg(b, c, d);
    case 15:
        return QStringLiteral("тел. 8 %1 %2 %3 %4").arg(a, b, c, d);
    case 16:
        return QStringLiteral("+375 29 %1-%2-%3").arg(b, c, d);
    case 17: // invalid: too short
        return QStringLiteral("%1-%2").arg(c, d);
    case 18:
        return QStringLiteral("+7 %1 %2 %3 %4 доб. 12").arg(a, b, c, d);
    default:
        return QStringLiteral("%1 %2 %3 %4").arg(a, b, c, d);
    }
}

QString quoted(const QString &cell)
{
    return cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
               ? u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"'
               : cell;
}

bool generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QString chunk =
        QStringLiteral("ФИО,Телефон,E-mail,Источник,Этап,Дата отклика,Теги,Рейтинг,Комментарий\n");
    for (qint64 i = 0; i < rows; ++i) {
        // About 3% repeat an earlier candidate's number in another format.
        const bool duplicate = i > 100 && i % 33 == 7;
        const qint64 who = duplicate ? i - 1 - (i * 31) % 100 : i;
        const QString name = kLastNames.at(who % kLastNames.size()) + u' ' +
                             kFirstNames.at((who / 7) % kFirstNames.size()) + u' ' +
                             kPatronymics.at((who / 11) % kPatronymics.size());
        const QString email =
            i % 4 == 0 ? QString()
                       : QStringLiteral("candidate%1@%2")
                             .arg(i)
                             .arg(i % 2 ? QStringLiteral("mail.ru") : QStringLiteral("yandex.ru"));
        const QString applied = QStringLiteral("%1.%2.2026")
                                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                    .arg(1 + (i / 28) % 11, 2, 10, QLatin1Char('0'));
        const QString tags =
            i % 5 == 0 ? QStringLiteral("\"опыт, права B\"") : QStringLiteral("ночные");
        const QString notes = i % 10 == 0 ? quoted(QStringLiteral("Звонить после 18:00, "
                                                                  "\"срочно\""))
                                          : QString();
        chunk += quoted(name) + u',' + quoted(messyPhone(who, duplicate ? i + 3 : i)) + u',' +
                 email + u',' + kSources.at(i % kSources.size()) + u',' +
                 kStages.at(i % kStages.size()) + u',' + applied + u',' + tags + u',' +
                 QString::number(i % 6) + u',' + notes + u'\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk.toUtf8());
            chunk.clear();
        }
    }
    file.write(chunk.toUtf8());
    return file.flush();
}

// The sqlite3 shell loads the file into a fresh application database the fastest way SQLite
// knows, the way the importer's bulk mode does: one transaction, the candidates' indexes and
// full-text trigger dropped, rows in, indexes and the full-text index rebuilt. Each row also
// gets its timeline entry, as in the import. Nothing is validated, normalised or deduplicated.
double schemaFloorRate(const QString &sqlite, const QString &csvPath, const QTemporaryDir &dir,
                       qint64 rows)
{
    const QString path = dir.filePath(QStringLiteral("floor.sqlite"));
    QStringList drops;
    QStringList creates;
    {
        Database db(QStringLiteral("floor"));
        if (!db.open(path).ok()) {
            return 0;
        }
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = "
                                  "'candidates' AND sql IS NOT NULL AND (type = 'index' OR "
                                  "name = 'candidates_fts_insert')"));
        while (query.next()) {
            drops << QStringLiteral("DROP %1 %2;")
                         .arg(query.value(0).toString().toUpper(), query.value(1).toString());
            creates << query.value(2).toString() + u';';
        }
    }
    const QString script =
        QStringLiteral("PRAGMA cache_size = -65536;\n.mode csv\n.import '%1' staging\nBEGIN;\n")
            .arg(csvPath) +
        drops.join(u'\n') +
        QStringLiteral(
            "\nINSERT INTO candidates (full_name, email, email_normalized, phone_raw, "
            "search_extra, source, tags, rating, notes, applied_at, stage_entered_at, "
            "board_rank, created_at, updated_at) SELECT \"ФИО\", nullif(\"E-mail\", ''), "
            "nullif(lower(\"E-mail\"), ''), \"Телефон\", \"Телефон\", \"Источник\", \"Теги\", "
            "\"Рейтинг\", nullif(\"Комментарий\", ''), \"Дата отклика\", 'now', 0, 'now', "
            "'now' FROM staging;\n"
            "INSERT INTO candidate_events (candidate_id, kind, at, text, payload) SELECT id, "
            "'import', 'now', 'Imported', '{}' FROM candidates;\n") +
        creates.join(u'\n') +
        QStringLiteral("\nINSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild');\n"
                       "COMMIT;\n");
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite, {path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = process.readAllStandardError();
    if (process.exitCode() != 0 || !errors.isEmpty()) {
        std::printf("sqlite3 into the app's schema failed: %s\n", errors.constData());
        return 0;
    }
    const double rate = double(rows) / seconds;
    std::printf("sqlite3 into the app's schema %5.2f s  %10.0f rows/s  (no validation)\n", seconds,
                rate);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csvPath =
        args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("candidates.csv"));
    if (rows <= 0 || !dir.isValid()) {
        std::fprintf(stderr, "usage: bench_import [rows] [csv-path]\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    if (!generate(csvPath, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        return 1;
    }
    std::printf("generated %lld rows (%.1f MB) in %.2f s: %s\n", rows,
                double(QFileInfo(csvPath).size()) / 1e6, double(timer.elapsed()) / 1000,
                qPrintable(csvPath));

    double sqliteRate = 0;
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("sqlite3 not found: its figure is skipped\n");
    } else {
        QProcess process;
        timer.restart();
        process.start(sqlite, {QStringLiteral(":memory:"), QStringLiteral(".mode csv"),
                               QStringLiteral(".import ") + csvPath + QStringLiteral(" t")});
        process.waitForFinished(-1);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (process.exitCode() != 0) {
            std::printf("sqlite3 failed: %s\n", process.readAllStandardError().constData());
        } else {
            sqliteRate = double(rows) / seconds;
            std::printf("sqlite3 :memory: .import   %8.2f s  %10.0f rows/s\n", seconds, sqliteRate);
        }
    }

    const double floorRate = sqlite.isEmpty() ? 0 : schemaFloorRate(sqlite, csvPath, dir, rows);

    Database db(QStringLiteral("bench"));
    const QString databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!db.open(databasePath).ok()) {
        std::fprintf(stderr, "cannot create the database\n");
        return 1;
    }
    VacancyRepository vacancies(db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Курьер");
    const qint64 vacancyId = vacancies.create(vacancy);
    vacancies.addStage(vacancyId, QStringLiteral("Test task"), PipelineStage::Kind::Normal, 2);

    const PhoneNumbers phones;
    ImportOptions options;
    options.databasePath = databasePath;
    options.filePath = csvPath;
    options.defaultVacancy = vacancy.title;
    options.batchSize = qEnvironmentVariableIntValue("BBD_BENCH_BATCH") > 0
                            ? qEnvironmentVariableIntValue("BBD_BENCH_BATCH")
                            : options.batchSize;
    CandidateImporter importer(options, phones);
    timer.restart();
    const ImportReport report = importer.run();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.error.isEmpty()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    const double rate = double(report.rows) / seconds;
    std::printf("butterdesk import          %8.2f s  %10.0f rows/s  (imported %lld, "
                "duplicates %lld, rejected %lld)\n",
                seconds, rate, report.imported, report.duplicates, report.rejected);
    if (sqliteRate > 0) {
        std::printf("ratio import / sqlite3: %.2f (target >= 0.5)\n", rate / sqliteRate);
    }
    if (floorRate > 0) {
        std::printf("ratio import / sqlite3 into the app's schema: %.2f\n", rate / floorRate);
    }
    return 0;
}
