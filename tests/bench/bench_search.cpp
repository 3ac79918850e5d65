// Search-as-you-type over many candidates: the time from a keystroke (the filter is built) to
// the first page of results in the list model, p50/p95 over random queries of each kind.
// Target: p95 <= 16 ms over 1,000,000 candidates, and no GUI event-loop stall over 50 ms.
//
// Sorted by a column, the figures come twice: the statements run synchronously (what a page
// costs), then through CandidateListLoader as the list uses them (keystroke to first page on
// screen, off the GUI thread). Last, words are typed letter by letter at a typist's pace, once
// the old way (page and count on the GUI thread) and once through the loader, while a timer
// on the GUI thread measures the longest stall of its event loop.
//
// Usage: bench_search [rows] [database] [sorted-runs]
//   rows      candidates to generate (default 1000000)
//   database  file to generate into, or to reuse when it already holds candidates; without
//             it a temporary file is used and removed afterwards
//   sorted-runs  queries per case sorted by a column (default 10; they are slow)
// BBD_BENCH_TYPING_ONLY=1 runs only the typing part; BBD_BENCH_VERBOSE=1 prints every
// keystroke of it.
#include "app/ats/CandidateListLoader.h"
#include "app/ats/CandidateListSource.h"
#include "app/ats/CandidateSearch.h"
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "models/CandidateTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace bbd;

namespace {

const QStringList maleFirst{
    u"Александр"_qs, u"Алексей"_qs, u"Андрей"_qs, u"Антон"_qs,     u"Артём"_qs,   u"Борис"_qs,
    u"Вадим"_qs,     u"Василий"_qs, u"Виктор"_qs, u"Владимир"_qs,  u"Дмитрий"_qs, u"Евгений"_qs,
    u"Егор"_qs,      u"Иван"_qs,    u"Игорь"_qs,  u"Илья"_qs,      u"Кирилл"_qs,  u"Константин"_qs,
    u"Максим"_qs,    u"Михаил"_qs,  u"Никита"_qs, u"Николай"_qs,   u"Олег"_qs,    u"Павел"_qs,
    u"Роман"_qs,     u"Семён"_qs,   u"Сергей"_qs, u"Станислав"_qs, u"Степан"_qs,  u"Фёдор"_qs,
    u"Юрий"_qs,      u"Ярослав"_qs};
const QStringList femaleFirst{u"Алёна"_qs,     u"Алина"_qs,   u"Анастасия"_qs, u"Анна"_qs,
                              u"Валентина"_qs, u"Валерия"_qs, u"Вера"_qs,      u"Виктория"_qs,
                              u"Галина"_qs,    u"Дарья"_qs,   u"Екатерина"_qs, u"Елена"_qs,
                              u"Елизавета"_qs, u"Жанна"_qs,   u"Зоя"_qs,       u"Ирина"_qs,
                              u"Кристина"_qs,  u"Ксения"_qs,  u"Лариса"_qs,    u"Любовь"_qs,
                              u"Людмила"_qs,   u"Марина"_qs,  u"Мария"_qs,     u"Надежда"_qs,
                              u"Наталья"_qs,   u"Ольга"_qs,   u"Полина"_qs,    u"Светлана"_qs,
                              u"София"_qs,     u"Татьяна"_qs, u"Юлия"_qs,      u"Яна"_qs};
// Male forms; the female form adds "а" (Иванов -> Иванова) for the -ов/-ев/-ин ones.
const QStringList lastNames{
    u"Иванов"_qs,      u"Смирнов"_qs,   u"Кузнецов"_qs, u"Попов"_qs,      u"Васильев"_qs,
    u"Петров"_qs,      u"Соколов"_qs,   u"Михайлов"_qs, u"Новиков"_qs,    u"Фёдоров"_qs,
    u"Морозов"_qs,     u"Волков"_qs,    u"Алексеев"_qs, u"Лебедев"_qs,    u"Семёнов"_qs,
    u"Егоров"_qs,      u"Павлов"_qs,    u"Козлов"_qs,   u"Степанов"_qs,   u"Николаев"_qs,
    u"Орлов"_qs,       u"Андреев"_qs,   u"Макаров"_qs,  u"Никитин"_qs,    u"Захаров"_qs,
    u"Зайцев"_qs,      u"Соловьёв"_qs,  u"Борисов"_qs,  u"Яковлев"_qs,    u"Григорьев"_qs,
    u"Романов"_qs,     u"Воробьёв"_qs,  u"Сергеев"_qs,  u"Кузьмин"_qs,    u"Фролов"_qs,
    u"Александров"_qs, u"Дмитриев"_qs,  u"Королёв"_qs,  u"Гусев"_qs,      u"Киселёв"_qs,
    u"Ильин"_qs,       u"Максимов"_qs,  u"Поляков"_qs,  u"Сорокин"_qs,    u"Виноградов"_qs,
    u"Ковалёв"_qs,     u"Белов"_qs,     u"Медведев"_qs, u"Антонов"_qs,    u"Тарасов"_qs,
    u"Жуков"_qs,       u"Баранов"_qs,   u"Филиппов"_qs, u"Комаров"_qs,    u"Давыдов"_qs,
    u"Беляев"_qs,      u"Герасимов"_qs, u"Богданов"_qs, u"Осипов"_qs,     u"Сидоров"_qs,
    u"Матвеев"_qs,     u"Титов"_qs,     u"Марков"_qs,   u"Миронов"_qs,    u"Крылов"_qs,
    u"Куликов"_qs,     u"Карпов"_qs,    u"Власов"_qs,   u"Мельников"_qs,  u"Денисов"_qs,
    u"Гаврилов"_qs,    u"Тихонов"_qs,   u"Казаков"_qs,  u"Афанасьев"_qs,  u"Данилов"_qs,
    u"Савельев"_qs,    u"Тимофеев"_qs,  u"Фомин"_qs,    u"Чернов"_qs,     u"Абрамов"_qs,
    u"Мартынов"_qs,    u"Ефимов"_qs,    u"Федотов"_qs,  u"Щербаков"_qs,   u"Назаров"_qs,
    u"Калинин"_qs,     u"Исаев"_qs,     u"Чернышёв"_qs, u"Быков"_qs,      u"Маслов"_qs,
    u"Родионов"_qs,    u"Коновалов"_qs, u"Лазарев"_qs,  u"Воронин"_qs,    u"Климов"_qs,
    u"Филатов"_qs,     u"Пономарёв"_qs, u"Голубев"_qs,  u"Кудрявцев"_qs,  u"Прохоров"_qs,
    u"Наумов"_qs,      u"Потапов"_qs,   u"Журавлёв"_qs, u"Овчинников"_qs, u"Трофимов"_qs};
const QStringList translitFirst{u"alex"_qs, u"ivan"_qs,  u"anna"_qs,   u"olga"_qs, u"max"_qs,
                                u"dima"_qs, u"katya"_qs, u"sergey"_qs, u"lena"_qs, u"pavel"_qs};
const QStringList domains{u"mail.ru"_qs, u"yandex.ru"_qs, u"gmail.com"_qs,
                          u"bk.ru"_qs,   u"inbox.ru"_qs,  u"rambler.ru"_qs};
const QStringList sources{u"hh.ru"_qs,    u"SuperJob"_qs, u"Avito"_qs,    u"Habr Career"_qs,
                          u"LinkedIn"_qs, u"Telegram"_qs, u"Referral"_qs, u"Website"_qs,
                          u"Job fair"_qs, u"Rabota.ru"_qs};
const QStringList tagPool{u"python"_qs,   u"1с"_qs,     u"водитель"_qs, u"склад"_qs,
                          u"удалёнка"_qs, u"senior"_qs, u"junior"_qs,   u"английский"_qs,
                          u"переезд"_qs,  u"студент"_qs};
const QStringList notePool{u"Перезвонить после обеда"_qs,
                           u"Хорошее резюме, опыт пять лет"_qs,
                           u"Не берёт трубку"_qs,
                           u"Ждёт оффер от другой компании"_qs,
                           u"Готов выйти через две недели"_qs,
                           u"Просит удалённую работу"_qs};
const QStringList stageNames{u"Новые"_qs, u"Скрининг"_qs, u"Интервью"_qs, u"Тестовое"_qs,
                             u"Финал"_qs, u"Оффер"_qs,    u"Отказ"_qs};

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

struct Phone
{
    QString raw;
    QString e164;
};

// The formats people and job boards write Russian mobiles in, and a few numbers too broken to
// parse, which are kept as typed.
Phone messyPhone(QRandomGenerator &random)
{
    const QString operatorCode = QString::number(900 + random.bounded(100));
    const QString rest =
        QStringLiteral("%1").arg(random.bounded(10000000), 7, 10, QLatin1Char('0'));
    const QString e164 = u"+7" + operatorCode + rest;
    const QString a = rest.left(3), b = rest.mid(3, 2), c = rest.right(2);
    switch (random.bounded(8)) {
    case 0:
        return {QString(u"+7 " + operatorCode + u' ' + a + u'-' + b + u'-' + c), e164};
    case 1:
        return {QString(u"8 (" + operatorCode + u") " + a + u'-' + b + u'-' + c), e164};
    case 2:
        return {QString(u'8' + operatorCode + rest), e164};
    case 3:
        return {QString(u'7' + operatorCode + rest), e164};
    case 4:
        return {QString(u"+7(" + operatorCode + u')' + a + b + c), e164};
    case 5:
        return {QString(operatorCode + u' ' + a + u' ' + b + u' ' + c), e164};
    case 6:
        return {e164, e164};
    default:
        return {QString(operatorCode + a.left(2)), QString()}; // too short: invalid
    }
}

bool generate(Database &db, int rows)
{
    QSqlDatabase connection = db.connection();
    QRandomGenerator random(20261123);
    if (!connection.transaction()) {
        return false;
    }
    QSqlQuery query(connection);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QList<qint64>> stagesOf;
    const QStringList vacancyTitles{u"Кладовщик"_qs, u"Водитель-экспедитор"_qs,
                                    u"Python-разработчик"_qs, u"Бухгалтер"_qs,
                                    u"Менеджер по продажам"_qs};
    for (const QString &title : vacancyTitles) {
        query.prepare(QStringLiteral("INSERT INTO vacancies (title, status, opened_at, updated_at) "
                                     "VALUES (?, 'open', ?, ?)"));
        query.addBindValue(title);
        query.addBindValue(now.left(10));
        query.addBindValue(now);
        if (!query.exec()) {
            return false;
        }
        const qint64 vacancyId = query.lastInsertId().toLongLong();
        QList<qint64> stages;
        for (int i = 0; i < stageNames.size(); ++i) {
            query.prepare(QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name, "
                                         "kind) VALUES (?, ?, ?, ?)"));
            query.addBindValue(vacancyId);
            query.addBindValue(i);
            query.addBindValue(stageNames.at(i));
            query.addBindValue(i == stageNames.size() - 1 ? u"rejected"_qs : u"normal"_qs);
            if (!query.exec()) {
                return false;
            }
            stages << query.lastInsertId().toLongLong();
        }
        stagesOf << stages;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO candidates (vacancy_id, stage_id, full_name, email, email_normalized, "
        "phone_e164, phone_raw, source, rating, tags, notes, applied_at, stage_entered_at, "
        "board_rank, search_extra, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3 * 365);
    for (int i = 0; i < rows; ++i) {
        const bool female = random.bounded(2) == 0;
        QString last = pick(lastNames, random);
        if (female) {
            last += u'а';
        }
        const QString name = QString(last + u' ' + pick(female ? femaleFirst : maleFirst, random));
        const QString email =
            random.bounded(10) < 8
                ? QString(pick(translitFirst, random) + u'.' +
                          QString::number(random.bounded(100000)) + u'@' + pick(domains, random))
                : QString();
        const Phone phone = messyPhone(random);
        const int vacancy = int(random.bounded(quint32(stagesOf.size())));
        const qint64 stage = stagesOf.at(vacancy).at(int(random.bounded(7)));
        QJsonArray tags;
        for (int t = int(random.bounded(3)); t > 0; --t) {
            tags.append(pick(tagPool, random));
        }
        const QDateTime applied = start.addSecs(qint64(random.bounded(3 * 365 * 86400)));
        const QString appliedText = applied.toString(Qt::ISODate);
        query.addBindValue(stagesOf.size() ? QVariant(vacancy + 1) : QVariant());
        query.addBindValue(stage);
        query.addBindValue(name);
        query.addBindValue(email.isEmpty() ? QVariant() : QVariant(email));
        query.addBindValue(email.isEmpty() ? QVariant() : QVariant(email));
        query.addBindValue(phone.e164.isEmpty() ? QVariant() : QVariant(phone.e164));
        query.addBindValue(phone.raw);
        query.addBindValue(pick(sources, random));
        query.addBindValue(int(random.bounded(6)));
        query.addBindValue(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
        query.addBindValue(random.bounded(5) == 0 ? QVariant(pick(notePool, random)) : QVariant());
        query.addBindValue(appliedText);
        query.addBindValue(appliedText);
        query.addBindValue(-double(applied.toSecsSinceEpoch()));
        query.addBindValue(candidateSearchExtra({{phone.raw, phone.e164}}, {}));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return false;
        }
        if (i % 100000 == 99999) {
            std::fprintf(stderr, "  %d rows\n", i + 1);
        }
    }
    return connection.commit();
}

int candidateCount(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// Prefixes of the words a recruiter looks for: names, as typed, in any case.
QString namePrefix(QRandomGenerator &random, int letters)
{
    QString word;
    switch (random.bounded(3)) {
    case 0:
        word = pick(lastNames, random);
        break;
    case 1:
        word = pick(maleFirst, random);
        break;
    default:
        word = pick(femaleFirst, random);
        break;
    }
    QString prefix = word.left(letters);
    return random.bounded(2) ? prefix.toLower() : prefix;
}

QString phoneFragment(QRandomGenerator &random)
{
    const QString code = QString::number(900 + random.bounded(100));
    const QString digits = QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    switch (random.bounded(4)) {
    case 0:
        return QString(code + u' ' + digits);
    case 1:
        return QString(u"+7 " + code);
    case 2:
        return QString(u'8' + code + digits.left(1));
    default:
        return QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
    }
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// The longest time the event loop of this thread went without running a 1 ms timer: what a
// window would freeze for.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = m_clock.nsecsElapsed() / 1e6;
            m_clock.restart();
            m_longest = qMax(m_longest, gap);
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows when redirected to a file
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path =
        args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench-search.sqlite"));

    Database db(QStringLiteral("bench-search"));
    QElapsedTimer timer;
    timer.start();
    const auto opened = db.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    // BBD_BENCH_CACHE_KB=N sets SQLite's page cache of the connection (default 2 MB) to see
    // what a larger cache would buy; the application does not set one.
    const int cacheKb = qEnvironmentVariableIntValue("BBD_BENCH_CACHE_KB");
    if (cacheKb > 0) {
        QSqlQuery pragma(db.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKb));
        std::printf("SQLite page cache: %d KB\n", cacheKb);
    }
    int existing = candidateCount(db);
    if (existing == 0) {
        std::fprintf(stderr, "generating %d candidates into %s\n", rows, qPrintable(path));
        timer.restart();
        if (!generate(db, rows)) {
            std::fprintf(stderr, "generation failed\n");
            return 1;
        }
        existing = candidateCount(db);
        std::printf("generated %d candidates in %.1f s (%.0f MB)\n", existing,
                    timer.nsecsElapsed() / 1e9, QFileInfo(path).size() / 1048576.0);
    } else {
        std::printf("reusing %s: %d candidates\n", qPrintable(path), existing);
    }

    const PhoneNumbers phones;
    QRandomGenerator random(42);
    struct Case
    {
        const char *name;
        std::function<QString()> query;
    };
    const QList<Case> cases{
        {"1-letter name prefix",
         [&] {
             return namePrefix(random, 1);
         }},
        {"2-letter name prefix",
         [&] {
             return namePrefix(random, 2);
         }},
        {"3-letter name prefix",
         [&] {
             return namePrefix(random, 3);
         }},
        {"6-letter name prefix",
         [&] {
             return namePrefix(random, 6);
         }},
        {"phone fragment",
         [&] {
             return phoneFragment(random);
         }},
        {"name + phone (Иван 916)",
         [&] {
             return QString(namePrefix(random, 4) + u' ' +
                            QString::number(900 + random.bounded(100)));
         }},
    };
    const int runs = 50;
    CandidateTableModel model;
    model.setPageSize(CandidateListSource::DefaultPageSize);
    // Warm the page cache the way a running app has it warm.
    model.setSource(std::make_unique<CandidateListSource>(db, phones, CandidateFilter{}));

    std::printf("\nkeystroke -> first page (%d rows) in the model, default order (newest "
                "added first)\n",
                model.pageSize());
    std::printf("%-26s %9s %9s %9s %10s  %s\n", "case", "p50 ms", "p95 ms", "max ms", "rows(avg)",
                "example");
    const auto measure = [&](const Case &c, int sortColumn, Qt::SortOrder order, int count) {
        QList<double> times;
        qint64 rowsSeen = 0;
        QString example;
        for (int run = 0; run < count; ++run) {
            CandidateFilter filter;
            filter.text = c.query();
            if (example.isEmpty()) {
                example = filter.text;
            }
            timer.restart();
            auto source = std::make_unique<CandidateListSource>(db, phones, filter);
            source->setSortOrder(sortColumn, order);
            model.setSource(std::move(source));
            times << timer.nsecsElapsed() / 1e6;
            rowsSeen += model.rowCount();
            if (!model.errorString().isEmpty()) {
                std::fprintf(stderr, "error for '%s': %s\n", qPrintable(filter.text),
                             qPrintable(model.errorString()));
                return false;
            }
        }
        std::printf("%-26s %9.2f %9.2f %9.2f %10lld  %s\n", c.name, percentile(times, 0.5),
                    percentile(times, 0.95), percentile(times, 1.0), rowsSeen / count,
                    example.toUtf8().constData());
        return true;
    };
    const bool typingOnly = qEnvironmentVariableIntValue("BBD_BENCH_TYPING_ONLY") != 0;
    const bool verbose = qEnvironmentVariableIntValue("BBD_BENCH_VERBOSE") != 0;
    for (const Case &c : cases) {
        if (typingOnly) {
            break;
        }
        if (!measure(c, -1, Qt::DescendingOrder, runs)) {
            return 1;
        }
    }
    // A click on a column header: every match has to be ordered, not just a page of them.
    const int sortedRuns = typingOnly ? 0 : args.size() > 3 ? args.at(3).toInt() : 10;
    std::printf("\nthe same, sorted by a column (%d queries each)\n", sortedRuns);
    for (const int column : {int(CandidateTableModel::Applied), int(CandidateTableModel::Name),
                             int(CandidateTableModel::Rating)}) {
        if (sortedRuns <= 0) {
            break;
        }
        std::printf("-- by %s\n", qPrintable(model.columnTitles().at(column)));
        for (const Case &c : cases) {
            if (!measure(c, column, Qt::DescendingOrder, sortedRuns)) {
                return 1;
            }
        }
    }

    // Where the time of a page goes: the statement alone, and the phone formatting of a page.
    if (!typingOnly) {
        CandidateFilter filter;
        filter.text = QStringLiteral("ми");
        CandidateListSource source(db, phones, filter);
        QList<double> sqlTimes;
        QList<double> formatTimes;
        QStringList numbers;
        for (int run = 0; run < 20; ++run) {
            timer.restart();
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            query.prepare(source.pageSql());
            query.addBindValue(CandidateSearch::matchExpression(filter.text));
            query.addBindValue(model.pageSize());
            query.addBindValue(0);
            query.exec();
            numbers.clear();
            while (query.next()) {
                numbers << query.value(7).toString();
            }
            sqlTimes << timer.nsecsElapsed() / 1e6;
            timer.restart();
            for (const QString &number : std::as_const(numbers)) {
                phones.formatForDisplay(number);
            }
            formatTimes << timer.nsecsElapsed() / 1e6;
        }
        std::printf("\none page of \"ми\": statement only p50 %.2f ms, formatting %lld phones "
                    "p50 %.2f ms\n",
                    percentile(sqlTimes, 0.5), qint64(numbers.size()),
                    percentile(formatTimes, 0.5));
    }

    // The same through the loader, as the list shows it: the keystroke starts the query in the
    // worker and the event loop runs until the first page is in the model.
    CandidateListLoader loader(db, phones);
    CandidateTableModel asyncModel;
    asyncModel.setPageSize(CandidateListSource::DefaultPageSize);
    QObject::connect(&loader, &CandidateListLoader::pageReady, &asyncModel,
                     [&asyncModel](quint64 ticket, int offset, const QList<Candidate> &page,
                                   const QString &error) {
                         asyncModel.deliverPage(ticket, offset, page, error);
                     });
    asyncModel.setAsyncSource(&loader);
    if (!waitUntil([&] { return !asyncModel.isLoading(); })) {
        std::fprintf(stderr, "the loader did not answer\n");
        return 1;
    }
    const auto measureAsync = [&](const Case &c, int count) {
        QList<double> pageTimes;
        QList<double> countTimes;
        double longestStall = 0;
        QString example;
        StallProbe probe;
        for (int run = 0; run < count; ++run) {
            CandidateFilter filter;
            filter.text = c.query();
            if (example.isEmpty()) {
                example = filter.text;
            }
            double countedAt = -1; // ms after the keystroke
            const QMetaObject::Connection connection =
                QObject::connect(&loader, &CandidateListLoader::counted,
                                 [&] { countedAt = timer.nsecsElapsed() / 1e6; });
            probe.start();
            timer.restart();
            loader.setFilter(filter);
            asyncModel.reload();
            loader.requestCount();
            const bool paged = waitUntil([&] { return !asyncModel.isLoading(); });
            pageTimes << timer.nsecsElapsed() / 1e6;
            const bool counted = waitUntil([&] { return countedAt >= 0; });
            longestStall = qMax(longestStall, probe.stop());
            QObject::disconnect(connection);
            if (!paged || !counted || !asyncModel.errorString().isEmpty()) {
                std::fprintf(stderr, "async error for '%s': %s\n", qPrintable(filter.text),
                             qPrintable(asyncModel.errorString()));
                return false;
            }
            countTimes << countedAt;
        }
        std::printf("%-26s %9.2f %9.2f %9.2f %12.2f %9.2f  %s\n", c.name,
                    percentile(pageTimes, 0.5), percentile(pageTimes, 0.95),
                    percentile(countTimes, 0.95), longestStall, percentile(pageTimes, 1.0),
                    example.toUtf8().constData());
        return true;
    };
    if (sortedRuns > 0) {
        std::printf("\nkeystroke -> first page through the loader (off the GUI thread), sorted, "
                    "%d queries each\n",
                    sortedRuns);
        std::printf("%-26s %9s %9s %9s %12s %9s  %s\n", "case", "p50 ms", "p95 ms", "count p95",
                    "GUI stall ms", "max ms", "example");
    }
    for (const int column : {int(CandidateTableModel::Applied), int(CandidateTableModel::Name),
                             int(CandidateTableModel::Rating)}) {
        if (sortedRuns <= 0) {
            break;
        }
        std::printf("-- by %s\n", qPrintable(model.columnTitles().at(column)));
        asyncModel.sort(column, Qt::DescendingOrder);
        waitUntil([&] { return !asyncModel.isLoading(); });
        for (const Case &c : cases) {
            if (!measureAsync(c, sortedRuns)) {
                return 1;
            }
        }
    }

    // Typing a word letter by letter, 120 ms a key, sorted by a column: the old way (first
    // page and count on the GUI thread) against the loader. A keystroke's page that arrives
    // after the next keystroke is superseded and never shown.
    {
        const QStringList words{u"Кузнецова"_qs, u"Смирнов"_qs, u"надежда"_qs, u"Андрей"_qs};
        constexpr int KeyIntervalMs = 120;
        std::printf("\ntyping %lld words letter by letter (%d ms a key): longest GUI stall and "
                    "keystroke -> first page\n",
                    qint64(words.size()), KeyIntervalMs);
        std::printf("%-10s %-22s %12s %9s %9s %11s\n", "sorted by", "path", "GUI stall ms",
                    "p50 ms", "p95 ms", "superseded");
        for (const int column :
             {-1, int(CandidateTableModel::Name), int(CandidateTableModel::Applied),
              int(CandidateTableModel::Rating)}) {
            const QString columnName =
                column == -1 ? QStringLiteral("default") : model.columnTitles().at(column);
            for (const bool async : {false, true}) {
                if (async) {
                    asyncModel.sort(column, Qt::DescendingOrder);
                    waitUntil([&] { return !asyncModel.isLoading(); });
                }
                StallProbe probe;
                QList<double> latencies;
                int superseded = 0;
                QElapsedTimer keyClock;
                quint64 awaited = 0;
                const QMetaObject::Connection connection = QObject::connect(
                    &asyncModel, &PagedTableModelBase::loadingChanged, [&](bool loading) {
                        if (!loading && awaited == asyncModel.currentTicket()) {
                            latencies << keyClock.nsecsElapsed() / 1e6;
                            awaited = 0;
                            if (verbose) {
                                std::printf("    page %.2f ms\n", latencies.last());
                            }
                        }
                    });
                probe.start();
                for (const QString &word : words) {
                    for (int letters = 1; letters <= word.size(); ++letters) {
                        CandidateFilter filter;
                        filter.text = word.left(letters);
                        if (verbose) {
                            std::printf("  key '%s'\n", filter.text.toUtf8().constData());
                        }
                        if (awaited != 0) {
                            ++superseded;
                        }
                        keyClock.restart();
                        if (async) {
                            loader.setFilter(filter);
                            asyncModel.reload();
                            awaited = asyncModel.currentTicket();
                            loader.requestCount();
                        } else {
                            auto source = std::make_unique<CandidateListSource>(db, phones, filter);
                            source->setSortOrder(column, Qt::DescendingOrder);
                            model.setSource(std::move(source));
                            latencies << keyClock.nsecsElapsed() / 1e6;
                            CandidateSearch::cappedCount(db, filter);
                            if (verbose) {
                                std::printf("    page %.2f ms, with the count %.2f ms\n",
                                            latencies.last(), keyClock.nsecsElapsed() / 1e6);
                            }
                        }
                        // The rest of the key's interval in the event loop, as a window has it.
                        const qint64 spent = keyClock.elapsed();
                        QElapsedTimer idle;
                        idle.start();
                        waitUntil([&] { return idle.elapsed() >= KeyIntervalMs - spent; });
                    }
                }
                if (async) {
                    waitUntil([&] { return loader.pendingJobs() == 0 && awaited == 0; }, 20000);
                    QCoreApplication::processEvents();
                }
                const double stall = probe.stop();
                QObject::disconnect(connection);
                std::printf("%-10s %-22s %12.2f %9.2f %9.2f %11d\n", qPrintable(columnName),
                            async ? "loader (worker thread)" : "GUI thread (old way)", stall,
                            latencies.isEmpty() ? 0.0 : percentile(latencies, 0.5),
                            latencies.isEmpty() ? 0.0 : percentile(latencies, 0.95), superseded);
            }
        }
    }

    // The caption's count is asked separately, after the first page is shown.
    if (typingOnly) {
        return 0;
    }
    std::printf("\ncapped count for the caption (cap %d)\n", CandidateSearch::CountCap);
    std::printf("%-26s %9s %9s\n", "case", "p50 ms", "p95 ms");
    for (const int letters : {1, 3, 6}) {
        QList<double> times;
        for (int run = 0; run < 20; ++run) {
            CandidateFilter filter;
            filter.text = namePrefix(random, letters);
            timer.restart();
            CandidateSearch::cappedCount(db, filter);
            times << timer.nsecsElapsed() / 1e6;
        }
        std::printf("%d-letter prefix%11s %9.2f %9.2f\n", letters, "", percentile(times, 0.5),
                    percentile(times, 0.95));
    }
    return 0;
}
