// Pull of N candidates from the loopback test server (its own process) with ResourcePuller:
// records/s end to end into SQLite, beside curl fetching the same pages to /dev/null in the
// same run, and the longest stall of this thread's event loop while pulling (a 5 ms timer
// measures the gaps between its turns, as the sync runs on the GUI thread; a 0 ms one would
// keep one of the two cores here busy and slow down what it measures).
// By default the records land in the app's real candidates table of an empty app database
// (PlatformResources: indexes, FTS triggers, search text, phones), after the vacancy they
// point at, on the bulk path a first pull takes in the app (one transaction on a worker
// thread, indexes rebuilt at the end; its phases are printed). --page-by-page writes them the
// way incremental pulls do instead (one transaction per page on this thread). With --raw they
// land in a plain table (id, version, record JSON), page by page: the sync layer alone (HTTP,
// JSON, paging, one transaction per page).
// Usage: bench_pull [records] [page-size] [--raw] [--page-by-page]
//        (default: 100000 records, 250 a page)
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/ResourcePuller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace bbd;

namespace {

const QString kKey = QStringLiteral("bench-key");

// Starts the server and returns its base URL (the first line that is one), or an empty URL.
QUrl startServer(QProcess &server, int records)
{
    server.start(QStringLiteral(BBD_TEST_SERVER),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                  QStringLiteral("--api-key"), kKey, QStringLiteral("--seed"),
                  QString::number(records)});
    if (!server.waitForStarted(10000)) {
        return {};
    }
    QByteArray output;
    while (server.waitForReadyRead(120000)) {
        output += server.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("http://")) {
                std::printf("server: %s\n",
                            output.left(output.indexOf("http://")).trimmed().constData());
                return QUrl(QString::fromLatin1(line.trimmed()));
            }
        }
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments();
    const bool raw = args.removeAll(QStringLiteral("--raw")) > 0;
    const bool pageByPage = raw || args.removeAll(QStringLiteral("--page-by-page")) > 0;
    const int records = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int pageSize = args.size() > 2 ? args.at(2).toInt() : 250;

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    const QUrl base = startServer(server, records);
    if (!base.isValid()) {
        std::fprintf(stderr, "cannot start %s\n", BBD_TEST_SERVER);
        return 1;
    }

    QTemporaryDir dir;
    // For looking at what was written (or timing statements on it in the sqlite3 shell).
    if (qEnvironmentVariableIsSet("BBD_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("database: %s\n", qPrintable(dir.filePath(QStringLiteral("bench.sqlite"))));
    }
    Database db(QStringLiteral("bench-pull"));
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    QSqlQuery create(db.connection());
    create.exec(QStringLiteral("CREATE TABLE pulled (id TEXT PRIMARY KEY, version INTEGER, "
                               "record TEXT)"));

    QNetworkAccessManager network;
    ResourcePuller puller(db.connection(), &network, base, [] { return kKey; });
    puller.setPageSize(pageSize);
    const PhoneNumbers phones;
    PlatformResources resources(db.connection(), phones);
    QStringList pageUrls; // for curl: the same pages, in the same order
    QString lastToken;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO pulled (id, version, record) "
                                  "VALUES (?, ?, ?)"));
    qint64 applyNs = 0;
    const ResourcePuller::ApplyPage real = [&](const QJsonArray &items, QString *error) {
        QElapsedTimer applyTimer;
        applyTimer.start();
        const bool ok = resources.applyPage(QStringLiteral("candidates"), items, error);
        applyNs += applyTimer.nsecsElapsed();
        return ok;
    };
    const ResourcePuller::ApplyPage plain = [&](const QJsonArray &items, QString *error) {
        QElapsedTimer applyTimer;
        applyTimer.start();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            insert.addBindValue(item.value(u"id").toString());
            insert.addBindValue(item.value(u"version").toInt());
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact)));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        applyNs += applyTimer.nsecsElapsed();
        return true;
    };

    // The event loop's longest gap between two 5 ms ticks (so never below 5).
    QElapsedTimer sinceTick;
    qint64 worstStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { worstStall = qMax(worstStall, sinceTick.restart()); });

    int applied = 0;
    bool done = false;
    QString failure;
    QObject::connect(&puller, &ResourcePuller::pageReceived,
                     [&](const QString &, int items) { applied += items; });
    QObject::connect(&puller, &ResourcePuller::finished, [&] { done = true; });
    bool settled = false;
    QObject::connect(&puller, &ResourcePuller::bulkSettled, [&] { settled = true; });
    QObject::connect(&puller, &ResourcePuller::failed,
                     [&](const QString &, NetworkJob::Error, const QString &message) {
                         failure = message;
                         done = true;
                     });
    QObject::connect(&puller, &ResourcePuller::storageFailed,
                     [&](const QString &, const QString &message) {
                         failure = message;
                         done = true;
                     });
    if (!raw) {
        // The seeded vacancy and its stages first, as a sync run takes them, so candidates
        // find what they point at.
        puller.pull(QStringLiteral("vacancies"), [&](const QJsonArray &items, QString *error) {
            return resources.applyPage(QStringLiteral("vacancies"), items, error);
        });
        while (!done) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        done = false;
        applied = 0;
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "vacancy pull failed: %s\n", qPrintable(failure));
            return 1;
        }
    }
    const std::clock_t cpu0 = std::clock();
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    puller.pull(QStringLiteral("candidates"), raw ? plain : real,
                pageByPage ? BulkWriterFactory()
                           : platformBulkWriter(QStringLiteral("candidates"), phones));
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const qint64 pullMs = timer.elapsed();
    // On a shared machine the wall clock also counts other processes' turns; this does not.
    const long cpuMs = long((std::clock() - cpu0) * 1000 / CLOCKS_PER_SEC);
    // The worker's checkpoint after the commit: the event loop is still watched meanwhile.
    while (puller.isBulk() && !settled && failure.isEmpty()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    ticker.stop();
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "pull failed: %s\n", qPrintable(failure));
        return 1;
    }

    if (!raw) {
        QSqlQuery check(db.connection());
        check.exec(QStringLiteral("SELECT count(*), count(vacancy_id), count(stage_id) FROM "
                                  "candidates WHERE remote_id IS NOT NULL"));
        check.next();
        std::printf("candidates table: %d rows, %d with their vacancy, %d with their stage\n",
                    check.value(0).toInt(), check.value(1).toInt(), check.value(2).toInt());
        check.exec(QStringLiteral("SELECT count(*) FROM candidates_fts WHERE candidates_fts "
                                  "MATCH '\"9161\"*'"));
        check.next();
        std::printf("full-text matches for phone prefix 9161: %d\n", check.value(0).toInt());
    }
    const qint64 worstPullStall = worstStall;
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        std::printf("pulled %d records: %lld ms, %.0f records/s into %s\n", applied, pullMs,
                    applied * 1000.0 / qMax<qint64>(1, pullMs),
                    raw ? "a plain table" : "the candidates table");
        std::printf("curl not found: no comparison with curl in this run\n");
        std::printf("longest event-loop stall during the pull: %lld ms\n", worstPullStall);
        server.terminate();
        server.waitForFinished(5000);
        return 0;
    }
    // The same pages with curl: walk the tokens once more to know the URLs, then one curl run
    // over all of them on one connection.
    QString token;
    do {
        QString url = base.toString() + QStringLiteral("/api/v1/candidates?page_size=") +
                      QString::number(pageSize);
        if (!token.isEmpty()) {
            url += QStringLiteral("&page_token=") + token;
        }
        pageUrls.append(url);
        QProcess fetch;
        fetch.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-H"),
                                             QStringLiteral("Authorization: Bearer ") + kKey, url});
        fetch.waitForFinished(60000);
        token = QJsonDocument::fromJson(fetch.readAllStandardOutput())
                    .object()
                    .value(u"next_page_token")
                    .toString();
    } while (!token.isEmpty());
    QStringList curlArgs{QStringLiteral("-s"), QStringLiteral("-H"),
                         QStringLiteral("Authorization: Bearer ") + kKey};
    for (const QString &url : pageUrls) {
        curlArgs << QStringLiteral("-o") << QStringLiteral("/dev/null") << url;
    }
    QProcess curl;
    timer.restart();
    curl.start(QStringLiteral("curl"), curlArgs);
    curl.waitForFinished(600000);
    const qint64 curlMs = timer.elapsed();

    std::printf("pulled %d records in %d pages of %d: %lld ms, %.0f records/s into %s (%s)\n",
                applied, int(pageUrls.size()), pageSize, pullMs,
                applied * 1000.0 / qMax<qint64>(1, pullMs),
                raw ? "a plain table" : "the candidates table",
                puller.isBulk() ? "bulk path" : "page by page");
    if (puller.isBulk()) {
        const BulkPull::Stats stats = puller.lastBulkStats();
        std::printf("  phases: download %lld ms (first request to last page, on this thread); "
                    "the worker holds the pages and writes them after the last one\n",
                    stats.downloadMs);
        std::printf("  worker: %lld ms from the first page to the commit = waiting for the rest "
                    "of the download %lld + insert %lld + indexes %lld + full-text %lld + "
                    "commit %lld (+ %lld other)\n",
                    stats.totalMs, stats.waitMs, stats.applyMs, stats.indexesMs, stats.ftsMs,
                    stats.commitMs,
                    stats.totalMs - stats.waitMs - stats.applyMs - stats.indexesMs - stats.ftsMs -
                        stats.commitMs);
        if (stats.workerCpuMs >= 0) {
            std::printf("  worker CPU time, first page to commit: %lld ms\n", stats.workerCpuMs);
        }
        std::printf("  after the last page arrived: %lld ms; then, with the records in, the "
                    "worker's WAL checkpoint: %lld ms\n",
                    pullMs - stats.downloadMs, stats.checkpointMs);
    } else {
        std::printf("  of which the apply callback: %lld ms\n", applyNs / 1000000);
    }
    std::printf("  CPU time of this process: %ld ms (%.0f records per CPU second)\n", cpuMs,
                applied * 1000.0 / qMax<long>(1, cpuMs));
    std::printf("curl, same pages to /dev/null: %lld ms, %.0f records/s\n", curlMs,
                applied * 1000.0 / qMax<qint64>(1, curlMs));
    std::printf("longest event-loop stall during the pull%s: %lld ms\n",
                puller.isBulk() ? " and the checkpoint" : "", worstPullStall);
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
