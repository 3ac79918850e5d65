#include "app/sync/BulkPull.h"

#include "app/sync/ResourcePuller.h"
#include "app/sync/ServiceHealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace bbd {
namespace {

std::atomic<quint64> connectionCounter{0};

// This thread's CPU time in ms, -1 where the platform gives none.
qint64 threadCpuMs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0) {
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    }
#endif
    return -1;
}

} // namespace

// Lives on the pull's thread; every member is touched only there. It has no signals of its
// own: results reach the owner as queued calls, which Qt drops if the owner is gone.
class BulkPull::Worker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(bbd::BulkPull)

public:
    Worker(BulkPull *owner, QString source, QString resource, BulkWriterFactory factory,
           QString service, std::shared_ptr<Flags> flags)
        : m_owner(owner)
        , m_source(std::move(source))
        , m_resource(std::move(resource))
        , m_factory(std::move(factory))
        , m_service(std::move(service))
        , m_flags(std::move(flags))
    {}

    void addPage(const Page &page)
    {
        if (m_dead || m_flags->cancelled.load() || m_flags->failing.load()) {
            return;
        }
        if (!m_total.isValid()) {
            m_total.start();
            m_cpuStart = threadCpuMs();
        }
        m_held.append(page);
        const int items = int(page.items.size());
        if (!page.last) {
            deliver([items](BulkPull *owner) { emit owner->pageTaken(items); });
            return;
        }
        m_stats.waitMs = m_total.elapsed();
        if (!open()) {
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        while (!m_held.isEmpty()) {
            const Page held = m_held.takeFirst(); // each page's memory goes once it is written
            if (m_flags->cancelled.load()) {
                m_dead = true;
                return close();
            }
            if (!write(held, &error)) {
                return storageFailed(error);
            }
            ++m_stats.pages;
            m_stats.items += int(held.items.size());
        }
        m_stats.applyMs = timer.elapsed();
        if (!commit(page.cursor, &error)) {
            return storageFailed(error);
        }
        m_stats.totalMs = m_total.elapsed();
        if (m_cpuStart >= 0) {
            m_stats.workerCpuMs = threadCpuMs() - m_cpuStart;
        }
        m_dead = true;
        const Stats stats = m_stats;
        deliver([items, stats](BulkPull *owner) {
            emit owner->pageTaken(items);
            emit owner->finished(stats.items, stats);
        });
        // The records are in and visible; moving them from the WAL into the database file
        // (and its fsync) is left to here, after the news, rather than to the commit. PASSIVE
        // never waits for readers or holds up writers; what it cannot copy now a later
        // checkpoint does.
        timer.restart();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        m_stats.checkpointMs = timer.elapsed();
        close();
        const Stats settled = m_stats;
        deliver([settled](BulkPull *owner) { emit owner->settled(settled); });
    }

    void fail(qint64 elapsedMs, int httpStatus, const QString &message)
    {
        close();
        m_dead = true;
        // Not checked: the health view failing to note a failure must not hide the failure.
        // On a connection of its own, opened after the rollback, so it never waits for a lock.
        withConnection([&](QSqlDatabase &db) {
            ServiceHealthTable(db).recordOutcome(m_service, QDateTime::currentDateTimeUtc(),
                                                 elapsedMs, httpStatus, message);
        });
        deliver([](BulkPull *owner) { emit owner->stopped(); });
    }

    // Rolls back and lets the connection go; on the worker's thread, before it ends.
    void close()
    {
        m_held.clear();
        if (m_writer) {
            if (m_inTransaction) {
                m_writer->abandon();
            }
            m_writer.reset();
        }
        if (m_db.isOpen()) {
            if (m_inTransaction) {
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            }
            m_db.close();
        }
        m_inTransaction = false;
        if (!m_name.isEmpty()) {
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            m_name.clear();
        }
    }

private:
    bool write(const Page &page, QString *error)
    {
        if (!m_writer->apply(page.items, error)) {
            return false;
        }
        ServiceHealthTable health(m_db);
        if (!health.recordOutcome(m_service, QDateTime::currentDateTimeUtc(), page.elapsedMs,
                                  page.httpStatus, QString())) {
            *error = health.lastError();
            return false;
        }
        return true;
    }

    bool commit(const QString &cursor, QString *error)
    {
        if (!m_writer->finish(error)) {
            return false;
        }
        m_stats.indexesMs = m_writer->indexesMs();
        m_stats.ftsMs = m_writer->fullTextMs();
        if (!ResourcePuller::storeCursor(m_db, m_resource, cursor, error)) {
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            *error = commit.lastError().text();
            return false;
        }
        m_inTransaction = false;
        m_stats.commitMs = timer.elapsed();
        return true;
    }

    bool open()
    {
        m_name = QStringLiteral("%1-pull-%2").arg(m_source).arg(connectionCounter++);
        m_db = QSqlDatabase::cloneDatabase(m_source, m_name);
        QString error;
        if (!configure(m_db, &error)) {
            storageFailed(error);
            return false;
        }
        QSqlQuery begin(m_db);
        // IMMEDIATE: the write lock from the start, so a writer in the way shows up now rather
        // than after the first page has been written.
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            storageFailed(begin.lastError().text());
            return false;
        }
        m_inTransaction = true;
        m_writer = m_factory(m_db);
        if (!m_writer) {
            storageFailed(tr("No writer for %1.").arg(m_resource));
            return false;
        }
        if (!m_writer->begin(&error)) {
            storageFailed(error);
            return false;
        }
        return true;
    }

    // The app's pragmas (Database::configure) and, for one big transaction, a bigger cache
    // than the default 2 MB, so the pages written stay in memory until the commit instead of
    // spilling into the WAL half-way; the checkpoint is run by hand after the commit.
    static bool configure(QSqlDatabase &db, QString *error)
    {
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery pragma(db);
        for (const char *statement :
             {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000",
              "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
              "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 0"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                *error = pragma.lastError().text();
                return false;
            }
        }
        return true;
    }

    template <typename Use>
    void withConnection(Use use)
    {
        const QString name = QStringLiteral("%1-pull-%2").arg(m_source).arg(connectionCounter++);
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, name);
            QString error;
            if (configure(db, &error)) {
                use(db);
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void storageFailed(const QString &message)
    {
        close();
        m_dead = true;
        deliver([message](BulkPull *owner) { emit owner->storageFailed(message); });
    }

    template <typename Call>
    void deliver(Call call)
    {
        if (m_flags->gone.load()) {
            return;
        }
        BulkPull *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, call] { call(owner); }, Qt::QueuedConnection);
    }

    BulkPull *m_owner;
    QString m_source;
    QString m_resource;
    BulkWriterFactory m_factory;
    QString m_service;
    std::shared_ptr<Flags> m_flags;
    QString m_name;
    QSqlDatabase m_db;
    std::unique_ptr<BulkWriter> m_writer;
    QList<Page> m_held; // received, written all together once the last one is in
    bool m_inTransaction = false;
    bool m_dead = false;
    Stats m_stats;
    QElapsedTimer m_total;
    qint64 m_cpuStart = -1;
};

BulkPull::BulkPull(const QString &connectionName, const QString &resource,
                   BulkWriterFactory factory, const QString &service, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_flags(std::make_shared<Flags>())
{
    qRegisterMetaType<bbd::BulkPull::Stats>();
    m_thread->setObjectName(QStringLiteral("bulk-pull"));
    m_worker = new Worker(this, connectionName, resource, std::move(factory), service, m_flags);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

BulkPull::~BulkPull()
{
    m_flags->gone.store(true);
    m_flags->cancelled.store(true);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void BulkPull::release()
{
    m_flags->cancelled.store(true);
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void BulkPull::addPage(Page page)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, page = std::move(page)] { worker->addPage(page); }, Qt::QueuedConnection);
}

void BulkPull::fail(qint64 elapsedMs, int httpStatus, const QString &message)
{
    // The pages still queued need not be written: all of it is rolled back.
    m_flags->failing.store(true);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, elapsedMs, httpStatus, message] { worker->fail(elapsedMs, httpStatus, message); },
        Qt::QueuedConnection);
}

} // namespace bbd
