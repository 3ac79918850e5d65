// Prints how long opening the database takes as it grows: the read-only probe with
// PRAGMA integrity_check runs on every start, so its cost must stay visible.
// Usage: bench_database_open [rows...]   (default: 10000 100000 300000)
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bbd;

namespace {

bool fill(Database &db, int rows)
{
    QSqlDatabase connection = db.connection();
    connection.transaction();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "INSERT INTO candidates (full_name, email, email_normalized, phone_e164, phone_raw, "
        "source, tags, notes, applied_at, stage_entered_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'hh.ru', '[\"python\"]', ?, ?, ?, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        const QString phone = QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("candidate%1@example.ru").arg(i);
        const QString when =
            QStringLiteral("2026-10-%1T10:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        query.addBindValue(QStringLiteral("Кандидат Номер %1").arg(i));
        query.addBindValue(email);
        query.addBindValue(email);
        query.addBindValue(phone);
        query.addBindValue(phone);
        query.addBindValue(QStringLiteral("Откликнулся на вакансию, ждёт звонка"));
        query.addBindValue(when);
        query.addBindValue(when);
        query.addBindValue(when);
        query.addBindValue(when);
        if (!query.exec()) {
            return false;
        }
    }
    return connection.commit();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &argument : app.arguments().mid(1)) {
        sizes << argument.toInt();
    }
    if (sizes.isEmpty()) {
        sizes = {10000, 100000, 300000};
    }
    std::printf("%10s %10s %14s %14s\n", "rows", "file MB", "open ms (med)", "quick_check ms");
    for (int rows : sizes) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        {
            Database db(QStringLiteral("fill"));
            if (!db.open(path).ok() || !fill(db, rows)) {
                std::fprintf(stderr, "cannot build a database of %d rows\n", rows);
                return 1;
            }
        }
        QList<double> openTimes;
        QList<double> quickTimes;
        for (int run = 0; run < 5; ++run) {
            Database db(QStringLiteral("bench"));
            QElapsedTimer timer;
            timer.start();
            const auto result = db.open(path);
            openTimes << timer.nsecsElapsed() / 1e6;
            if (!result.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(result.message));
                return 1;
            }
            QSqlQuery query(db.connection());
            timer.restart();
            query.exec(QStringLiteral("PRAGMA quick_check"));
            query.next();
            quickTimes << timer.nsecsElapsed() / 1e6;
        }
        std::printf("%10d %10.1f %14.1f %14.1f\n", rows, QFileInfo(path).size() / 1048576.0,
                    median(openTimes), median(quickTimes));
    }
    return 0;
}
