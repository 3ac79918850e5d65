// The incremental pull against the real loopback server: paging, cursors, tombstones, and a
// pull cut short resuming after the last page it applied.
#include "TestServer.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/ResourcePuller.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

class TestResourcePuller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void fullThenIncremental();
    void cutMidPullResumes_data();
    void cutMidPullResumes();
    void applyFailureRollsThePageBack();
    void unauthorized();
    void forgetCursorPullsEverything();
    void bulkFirstPullIsOneTransaction_data();
    void bulkFirstPullIsOneTransaction();
    void bulkPullThenIncremental();
    void bulkStorageFailureRollsBack();
    void bulkPullLeavesOtherWritersFree();
    void backoffSurvivesARestart();

private:
    // Stands in for the real mapping into local tables: one row per record, tombstones deleted.
    ResourcePuller::ApplyPage applier(int *applied = nullptr)
    {
        return [this, applied](const QJsonArray &items, QString *error) {
            QSqlQuery query(m_db->connection());
            for (const QJsonValue &value : items) {
                const QJsonObject item = value.toObject();
                const bool ok =
                    item.value(u"deleted").toBool()
                        ? sql::run(query, QStringLiteral("DELETE FROM pulled WHERE id = ?"),
                                   {item.value(u"id").toString()})
                        : sql::run(query,
                                   QStringLiteral("INSERT OR REPLACE INTO pulled (id, version) "
                                                  "VALUES (?, ?)"),
                                   {item.value(u"id").toString(), item.value(u"version").toInt()});
                if (!ok) {
                    *error = query.lastError().text();
                    return false;
                }
            }
            if (applied) {
                *applied += int(items.size());
            }
            return true;
        };
    }
    int localCount() const
    {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM pulled")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    // The bulk path's writer, on the worker's own connection; `failAt` > 0 makes the page that
    // brings the total past it fail.
    BulkWriterFactory bulkWriter(std::shared_ptr<std::atomic<int>> written, int failAt = 0)
    {
        class Writer : public BulkWriter
        {
        public:
            Writer(QSqlDatabase db, std::shared_ptr<std::atomic<int>> written, int failAt)
                : m_db(std::move(db))
                , m_written(std::move(written))
                , m_failAt(failAt)
            {}
            bool begin(QString *) override { return true; }
            bool apply(const QJsonArray &items, QString *error) override
            {
                QSqlQuery query(m_db);
                for (const QJsonValue &value : items) {
                    const QJsonObject item = value.toObject();
                    if (!sql::run(query,
                                  QStringLiteral("INSERT OR REPLACE INTO pulled (id, version) "
                                                 "VALUES (?, ?)"),
                                  {item.value(u"id").toString(), item.value(u"version").toInt()})) {
                        *error = query.lastError().text();
                        return false;
                    }
                    if (m_failAt > 0 && ++*m_written >= m_failAt) {
                        *error = QStringLiteral("disk full");
                        return false;
                    }
                }
                if (m_failAt == 0) {
                    *m_written += int(items.size());
                }
                return true;
            }
            bool finish(QString *) override { return true; }

        private:
            QSqlDatabase m_db;
            std::shared_ptr<std::atomic<int>> m_written;
            int m_failAt;
        };
        return [written, failAt](QSqlDatabase db) -> std::unique_ptr<BulkWriter> {
            return std::make_unique<Writer>(std::move(db), written, failAt);
        };
    }
    std::unique_ptr<ResourcePuller> puller(const QString &key = QStringLiteral("pull-key"))
    {
        auto made = std::make_unique<ResourcePuller>(m_db->connection(), m_nam.get(),
                                                     m_server->baseUrl(), [key] { return key; });
        made->setPageSize(100);
        made->setTimeout(3000);
        return made;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestResourcePuller::init()
{
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey("pull-key");
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->platform().seedCandidates(250);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("pull-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("CREATE TABLE pulled (id TEXT PRIMARY KEY, version INTEGER NOT NULL)")));
}

void TestResourcePuller::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

void TestResourcePuller::fullThenIncremental()
{
    auto pull = puller();
    QSignalSpy pages(pull.get(), &ResourcePuller::pageReceived);
    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier()));
    QVERIFY(pull->isPulling());
    QVERIFY(!pull->pull(QStringLiteral("candidates"), applier())); // one at a time
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toInt(), 250);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(localCount(), 250);
    const QString cursor =
        ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates"));
    QVERIFY(!cursor.isEmpty());

    // Two edits and a deletion on the server: the next pull brings exactly those.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM pulled ORDER BY id LIMIT 3")));
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    const QString resource = QStringLiteral("candidates");
    QVERIFY(m_server->platform().edit(resource, ids[0], {{QStringLiteral("rating"), 5}}));
    QVERIFY(m_server->platform().edit(resource, ids[1], {{QStringLiteral("rating"), 1}}));
    QVERIFY(m_server->platform().remove(resource, ids[2]));
    finished.clear();
    QVERIFY(pull->pull(resource, applier()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toInt(), 3);
    QCOMPARE(localCount(), 249);
    QVERIFY(sql::run(query, QStringLiteral("SELECT version FROM pulled WHERE id = ?"), {ids[0]}) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(ResourcePuller::storedCursor(m_db->connection(), resource) != cursor);
}

void TestResourcePuller::cutMidPullResumes_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("cut") << QStringLiteral("cut");
    QTest::newRow("503") << QStringLiteral("503");
    QTest::newRow("malformed") << QStringLiteral("malformed");
    QTest::newRow("hold") << QStringLiteral("hold");
}

void TestResourcePuller::cutMidPullResumes()
{
    QFETCH(QString, fault);
    auto pull = puller();
    pull->setTimeout(500);
    const QString prefix = QStringLiteral("/api/v1/candidates");
    // The first page arrives whole; the second one is lost.
    connect(pull.get(), &ResourcePuller::pageReceived, this, [&] {
        if (fault == u"cut") {
            m_server->faults().cutNext(10, prefix); // enough for QNAM's own resends
        } else if (fault == u"503") {
            m_server->faults().failNext(1, 503, prefix);
        } else if (fault == u"malformed") {
            m_server->faults().malformNext(1, prefix);
        } else {
            m_server->faults().holdNext(1, prefix);
        }
    });
    QSignalSpy failed(pull.get(), &ResourcePuller::failed);
    int applied = 0;
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(&applied)));
    QVERIFY(failed.wait(10000));
    QCOMPARE(applied, 100);
    QCOMPARE(localCount(), 100);
    disconnect(pull.get(), &ResourcePuller::pageReceived, this, nullptr);
    m_server->faults().clear();

    // The next pull starts after the page that was applied: nothing missing, nothing twice.
    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(&applied)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toInt(), 150);
    QCOMPARE(applied, 250);
    QCOMPARE(localCount(), 250);
}

void TestResourcePuller::applyFailureRollsThePageBack()
{
    auto pull = puller();
    int pagesSeen = 0;
    const ResourcePuller::ApplyPage good = applier();
    QSignalSpy storageFailed(pull.get(), &ResourcePuller::storageFailed);
    QVERIFY(pull->pull(QStringLiteral("candidates"), [&](const QJsonArray &items, QString *error) {
        // The second page writes its records, then fails.
        if (!good(items, error)) {
            return false;
        }
        if (++pagesSeen == 2) {
            *error = QStringLiteral("disk full");
            return false;
        }
        return true;
    }));
    QVERIFY(storageFailed.wait(10000));
    QVERIFY(storageFailed.first().at(1).toString().contains(u"disk full"));
    QCOMPARE(localCount(), 100);
    QVERIFY(!pull->isPulling());
}

void TestResourcePuller::unauthorized()
{
    auto pull = puller(QStringLiteral("wrong"));
    QSignalSpy failed(pull.get(), &ResourcePuller::failed);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier()));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(1).value<NetworkJob::Error>(), NetworkJob::Error::Unauthorized);
    QVERIFY(
        ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates")).isEmpty());
}

void TestResourcePuller::forgetCursorPullsEverything()
{
    auto pull = puller();
    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier()));
    QVERIFY(finished.wait(10000));
    QVERIFY(ResourcePuller::forgetCursor(m_db->connection(), QStringLiteral("candidates")));
    QVERIFY(
        ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates")).isEmpty());
    finished.clear();
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toInt(), 250);
}

void TestResourcePuller::bulkFirstPullIsOneTransaction_data()
{
    cutMidPullResumes_data();
}

void TestResourcePuller::bulkFirstPullIsOneTransaction()
{
    QFETCH(QString, fault);
    auto pull = puller();
    pull->setTimeout(500);
    const QString prefix = QStringLiteral("/api/v1/candidates");
    connect(pull.get(), &ResourcePuller::pageReceived, this, [&] {
        if (fault == u"cut") {
            m_server->faults().cutNext(10, prefix);
        } else if (fault == u"503") {
            m_server->faults().failNext(1, 503, prefix);
        } else if (fault == u"malformed") {
            m_server->faults().malformNext(1, prefix);
        } else {
            m_server->faults().holdNext(1, prefix);
        }
    });
    QSignalSpy failed(pull.get(), &ResourcePuller::failed);
    QSignalSpy settled(pull.get(), &ResourcePuller::bulkSettled);
    auto written = std::make_shared<std::atomic<int>>(0);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(), bulkWriter(written)));
    QVERIFY(pull->isBulk());
    QVERIFY(failed.wait(10000));
    // The worker holds the pages until the last one, so none was written: a pull from scratch
    // lands whole or not at all, and no cursor points past what is here.
    QCOMPARE(written->load(), 0);
    QTRY_VERIFY(!pull->isPulling());
    QCOMPARE(localCount(), 0);
    QVERIFY(
        ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates")).isEmpty());
    QCOMPARE(settled.count(), 0);
    disconnect(pull.get(), &ResourcePuller::pageReceived, this, nullptr);
    m_server->faults().clear();

    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(), bulkWriter(written)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toInt(), 250);
    QCOMPARE(localCount(), 250);
    QVERIFY(settled.count() == 1 || settled.wait(5000));
}

void TestResourcePuller::bulkPullThenIncremental()
{
    auto pull = puller();
    auto written = std::make_shared<std::atomic<int>>(0);
    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(), bulkWriter(written)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(written->load(), 250);
    QCOMPARE(localCount(), 250);
    QVERIFY(
        !ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates")).isEmpty());
    QCOMPARE(pull->lastBulkStats().items, 250);

    // With a cursor stored, the next pull is incremental: page by page on this thread.
    m_server->platform().seedCandidates(30);
    int applied = 0;
    finished.clear();
    QTRY_VERIFY(!pull->isPulling());
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(&applied), bulkWriter(written)));
    QVERIFY(!pull->isBulk());
    QVERIFY(finished.wait(10000));
    QCOMPARE(applied, 30);
    QCOMPARE(written->load(), 250);
    QCOMPARE(localCount(), 280);
}

void TestResourcePuller::bulkStorageFailureRollsBack()
{
    auto pull = puller();
    auto written = std::make_shared<std::atomic<int>>(0);
    QSignalSpy failed(pull.get(), &ResourcePuller::storageFailed);
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(), bulkWriter(written, 150)));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("disk full")));
    QTRY_VERIFY(!pull->isPulling());
    QCOMPARE(localCount(), 0);
    QVERIFY(
        ResourcePuller::storedCursor(m_db->connection(), QStringLiteral("candidates")).isEmpty());
}

// While pages are still downloading, a write on this thread (an edit, the outbox noting a
// delivery) goes through at once: the worker takes the write lock only when it has every page,
// so this thread never waits for a lock held by a worker that waits for this thread.
void TestResourcePuller::bulkPullLeavesOtherWritersFree()
{
    QSqlQuery create(m_db->connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE edits (id INTEGER PRIMARY KEY, note TEXT)")));
    m_server->faults().setLatency(150);
    auto pull = puller();
    auto written = std::make_shared<std::atomic<int>>(0);
    QSignalSpy finished(pull.get(), &ResourcePuller::finished);
    qint64 writeMs = -1;
    bool writeOk = false;
    connect(pull.get(), &ResourcePuller::pageReceived, this, [&] {
        if (writeMs >= 0) {
            return;
        }
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(m_db->connection());
        QSqlQuery insert(m_db->connection());
        writeOk = transaction.isActive() &&
                  sql::run(insert, QStringLiteral("INSERT INTO edits (note) VALUES (?)"),
                           {QStringLiteral("typed during the pull")}) &&
                  transaction.commit();
        writeMs = timer.elapsed();
    });
    QVERIFY(pull->pull(QStringLiteral("candidates"), applier(), bulkWriter(written)));
    QVERIFY(pull->isBulk());
    QVERIFY(finished.wait(10000));
    QVERIFY(writeOk);
    // The busy timeout is 5 s; a write that met the worker's lock would have waited for it.
    QVERIFY2(writeMs >= 0 && writeMs < 1000, qPrintable(QString::number(writeMs)));
    QCOMPARE(localCount(), 250);
    QSqlQuery edits(m_db->connection());
    QVERIFY(edits.exec(QStringLiteral("SELECT count(*) FROM edits")) && edits.next());
    QCOMPARE(edits.value(0).toInt(), 1);
}

void TestResourcePuller::backoffSurvivesARestart()
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(120);
    QString error;
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        QVERIFY2(ResourcePuller::storeBackoff(db, QStringLiteral("candidates"), {3, until}, &error),
                 qPrintable(error));
        QVERIFY(ResourcePuller::storeBackoff(db, QStringLiteral("vacancies"), {}, &error));
        QVERIFY(db.commit());
    }
    const QString path = m_dir->filePath(QStringLiteral("app.sqlite"));
    m_db.reset();
    m_db = std::make_unique<Database>(QStringLiteral("pull-test-again"));
    QVERIFY(m_db->open(path).ok());
    const QHash<QString, RetryPolicy::State> stored =
        ResourcePuller::storedBackoffs(m_db->connection());
    QVERIFY(stored.contains(QStringLiteral("candidates")));
    QCOMPARE(stored.value(QStringLiteral("candidates")).step, 3);
    QCOMPARE(stored.value(QStringLiteral("candidates")).until.toSecsSinceEpoch(),
             until.toSecsSinceEpoch());
    // A cleared back-off is no back-off.
    QVERIFY(!stored.contains(QStringLiteral("vacancies")) ||
            stored.value(QStringLiteral("vacancies")).step == 0);
}

QTEST_GUILESS_MAIN(TestResourcePuller)
#include "tst_resourcepuller.moc"
