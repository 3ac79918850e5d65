#include "app/ats/CandidateListLoader.h"

#include "app/ats/CandidateListSource.h"
#include "app/storage/Database.h"
#include "models/CandidateTableModel.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <limits>

namespace bbd {

// What the worker thread holds. The atomics are how the GUI thread tells a running job that
// it has become stale; everything else is touched by the worker thread only.
struct CandidateListLoader::Worker
{
    static constexpr int CacheKb = 16 * 1024;

    QString connectionName;
    QString path;

    std::unique_ptr<CandidateListSource> source;
    quint64 sourceTicket = 0;

    std::atomic<quint64> latestTicket{0};
    std::atomic<quint64> latestCount{0};
    std::atomic<int> delayMs{0};
    std::atomic<int> pending{0};
    std::atomic<int> selectiveLimit{CandidateListSource::DefaultSelectiveLimit};

    // Opens the connection on first use, in the worker thread that will use it.
    bool open(QString *error)
    {
        QSqlDatabase db =
            QSqlDatabase::contains(connectionName)
                ? QSqlDatabase::database(connectionName, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (db.isOpen()) {
            return true;
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        // Only ever reads; the GUI thread's connection writes.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
        // The default 2 MB is thrashed by every count (10,000 rows) and by the match ids of a
        // short prefix; with 16 MB a sorted first page over a million candidates comes about
        // twice as fast (bench_search). Pages fill on use, so a small database costs little.
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKb));
        return true;
    }

    void close()
    {
        source.reset();
        if (QSqlDatabase::contains(connectionName)) {
            {
                QSqlDatabase db = QSqlDatabase::database(connectionName, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    void simulateSlowness() const
    {
        if (const int delay = delayMs.load(); delay > 0) {
            QThread::msleep(ulong(delay));
        }
    }
};

CandidateListLoader::CandidateListLoader(const Database &db, const PhoneNumbers &phones,
                                         QObject *parent)
    : QObject(parent)
    , m_phones(phones)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->connectionName =
        QStringLiteral("%1-list-%2").arg(db.connectionName()).arg(quintptr(this));
    m_worker->path = db.connection().databaseName();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("candidate-list"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
}

CandidateListLoader::~CandidateListLoader()
{
    // Every job still queued or running becomes stale and ends at its next check.
    m_worker->latestTicket = std::numeric_limits<quint64>::max();
    m_worker->latestCount = std::numeric_limits<quint64>::max();
    QMetaObject::invokeMethod(
        m_context, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void CandidateListLoader::setFilter(const CandidateFilter &filter)
{
    m_filter = filter;
}

bool CandidateListLoader::setSortOrder(int column, Qt::SortOrder order)
{
    // As CandidateListSource::setSortOrder(), which the worker's source gets.
    if (column < -1 || column >= CandidateTableModel::ColumnCount) {
        return false;
    }
    m_sortColumn = column;
    m_sortOrder = column == -1 ? Qt::DescendingOrder : order;
    return true;
}

void CandidateListLoader::setSelectiveLimit(int matches)
{
    m_worker->selectiveLimit = matches;
}

void CandidateListLoader::setDelayForTesting(int milliseconds)
{
    m_worker->delayMs = milliseconds;
}

int CandidateListLoader::pendingJobs() const
{
    return m_worker->pending;
}

void CandidateListLoader::post(std::function<void()> job)
{
    ++m_worker->pending;
    QMetaObject::invokeMethod(
        m_context,
        [worker = m_worker, job = std::move(job)] {
            job();
            --worker->pending;
        },
        Qt::QueuedConnection);
}

void CandidateListLoader::requestPage(quint64 ticket, int offset, int limit)
{
    if (offset == 0 || ticket != m_ticket) {
        // A new query: later pages of this ticket continue it whatever the filter becomes.
        m_ticket = ticket;
        m_ticketFilter = m_filter;
        m_ticketColumn = m_sortColumn;
        m_ticketOrder = m_sortOrder;
        m_worker->latestTicket = ticket;
    }
    post([this, worker = m_worker, phones = &m_phones, ticket, offset, limit,
          filter = m_ticketFilter, column = m_ticketColumn, order = m_ticketOrder] {
        if (worker->latestTicket != ticket) {
            return; // a newer keystroke came while this one waited in the queue
        }
        worker->simulateSlowness();
        QString error;
        QList<Candidate> rows;
        if (worker->open(&error)) {
            if (!worker->source || worker->sourceTicket != ticket) {
                worker->source =
                    std::make_unique<CandidateListSource>(worker->connectionName, *phones, filter);
                worker->source->setSortOrder(column, order);
                worker->source->setSelectiveLimit(worker->selectiveLimit);
                worker->source->setCancelCheck(
                    [worker = worker.get(), ticket] { return worker->latestTicket != ticket; });
                worker->sourceTicket = ticket;
            }
            rows = worker->source->fetch(offset, limit);
            error = worker->source->lastError();
        }
        if (worker->latestTicket != ticket) {
            return; // stale, whether it ran to the end or stopped early
        }
        QMetaObject::invokeMethod(
            this,
            [this, ticket, offset, rows = std::move(rows), error] {
                if (ticket == m_ticket) {
                    emit pageReady(ticket, offset, rows, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void CandidateListLoader::requestCount(int cap)
{
    const quint64 generation = ++m_countGeneration;
    m_worker->latestCount = generation;
    post([this, worker = m_worker, generation, cap, filter = m_filter] {
        if (worker->latestCount != generation) {
            return;
        }
        worker->simulateSlowness();
        CappedCount count;
        if (worker->open(&count.error)) {
            count = CandidateSearch::cappedCount(
                worker->connectionName, filter, cap,
                [worker = worker.get(), generation] { return worker->latestCount != generation; });
        }
        if (worker->latestCount != generation) {
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, count] {
                if (generation == m_countGeneration) {
                    emit counted(count);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace bbd
