// A minimal sync client in its own process, so a test can kill it (SIGKILL) at any point of an
// outbox drain or a pull and check what it left behind.
// Usage: bbd-sync-probe drain|pull <database> <base-url> <api-key>
// Exits 0 once everything is delivered (drain) or pulled (pull); 3 after 60 s without that.
// Prints "started" when the work begins, so that the test times its kill from there and not
// from a process start that a loaded machine makes slow.
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/OutboxDispatcher.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/ResourcePuller.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace bbd;

namespace {

void announceStart()
{
    std::fputs("started\n", stdout);
    std::fflush(stdout);
}

int undelivered(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

// Everything that holds the connection lives in here, so it is gone before the Database
// closes it.
int run(QCoreApplication &app, const QString &mode, const QSqlDatabase &db, const QUrl &base,
        const QString &key)
{
    const ApiKeyProvider apiKey = [key] {
        return key;
    };
    QNetworkAccessManager network;

    if (mode == u"drain") {
        OutboxDispatcher::Options options;
        options.baseUrl = base;
        options.timeoutMs = 2000;
        // As the app does: a delivered create fills the new id into the entity's later rows.
        const PhoneNumbers phones;
        PlatformResources resources(db, phones);
        options.afterSent = [&resources](const OutboxDispatcher::SentRow &row,
                                         const QJsonObject &record, QString *error) {
            return resources.afterSent(row, record, error);
        };
        OutboxDispatcher outbox(
            db, &network, apiKey,
            RetryPolicy(
                {5, 10, 100}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; }),
            options);
        QObject::connect(&outbox, &OutboxDispatcher::drained, &outbox, [db] {
            if (undelivered(db) == 0) {
                QCoreApplication::exit(0);
            }
        });
        // Queued: exit() only works once the event loop runs.
        QTimer::singleShot(0, &outbox, [&outbox] {
            announceStart();
            outbox.drain();
        });
        return app.exec();
    }

    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pulled (id TEXT PRIMARY KEY, "
                                    "version INTEGER NOT NULL)"))) {
        return 1;
    }
    ResourcePuller puller(db, &network, base, apiKey);
    puller.setPageSize(20);
    puller.setTimeout(2000);
    const ResourcePuller::ApplyPage apply = [db](const QJsonArray &items, QString *error) {
        QSqlQuery query(db);
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (!sql::run(
                    query,
                    QStringLiteral("INSERT OR REPLACE INTO pulled (id, version) VALUES (?, ?)"),
                    {item.value(u"id").toString(), item.value(u"version").toInt()})) {
                *error = query.lastError().text();
                return false;
            }
        }
        return true;
    };
    const auto start = [&puller, apply] {
        puller.pull(QStringLiteral("candidates"), apply);
    };
    QObject::connect(&puller, &ResourcePuller::finished, &puller,
                     [] { QCoreApplication::exit(0); });
    QObject::connect(&puller, &ResourcePuller::failed, &puller,
                     [&puller, start] { QTimer::singleShot(20, &puller, start); });
    QTimer::singleShot(0, &puller, [start] {
        announceStart();
        start();
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bbd-sync-probe drain|pull <database> <base-url> <key>\n");
        return 2;
    }
    Database database(QStringLiteral("probe"));
    if (!database.open(args.at(2)).ok()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    return run(app, args.at(1), database.connection(), QUrl(args.at(3)), args.at(4));
}
