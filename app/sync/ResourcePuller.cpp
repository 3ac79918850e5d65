#include "app/sync/ResourcePuller.h"

#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

ResourcePuller::ResourcePuller(QSqlDatabase db, QNetworkAccessManager *network, const QUrl &baseUrl,
                               ApiKeyProvider apiKey, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_apiKey(std::move(apiKey))
    , m_health(m_db)
{}

ResourcePuller::~ResourcePuller()
{
    // Rolls back a bulk pull under way and waits for its thread, before the connection goes.
    delete m_bulk;
}

bool ResourcePuller::pull(const QString &resource, ApplyPage apply, BulkWriterFactory bulk)
{
    if (isPulling()) {
        return false;
    }
    m_resource = resource;
    m_apply = std::move(apply);
    m_items = 0;
    m_runCursor = storedCursor(m_db, resource);
    m_bulkRun = false;
    m_bulkStats = {};
    m_pullTimer.start();
    // The worker opens the same file again: an in-memory database would be another one.
    const QString file = m_db.databaseName();
    if (bulk && m_runCursor.isEmpty() && !file.isEmpty() && file != u":memory:" &&
        !file.startsWith(u"file::memory:")) {
        startBulk(std::move(bulk));
    }
    requestPage(QString());
    return true;
}

void ResourcePuller::cancel()
{
    delete m_job;
    dropBulk();
}

void ResourcePuller::startBulk(BulkWriterFactory factory)
{
    m_bulkRun = true;
    m_bulk = new BulkPull(m_db.connectionName(), m_resource, std::move(factory),
                          QStringLiteral("platform"), this);
    connect(m_bulk, &BulkPull::pageTaken, this, [this](int items) {
        m_items += items;
        emit pageReceived(m_resource, items);
    });
    connect(m_bulk, &BulkPull::finished, this, [this](int, const BulkPull::Stats &stats) {
        const qint64 downloadMs = m_bulkStats.downloadMs;
        m_bulkStats = stats;
        m_bulkStats.downloadMs = downloadMs;
        BulkPull *done = m_bulk;
        const QString resource = m_resource;
        dropBulk();
        connect(done, &BulkPull::settled, this, [this, resource](const BulkPull::Stats &settled) {
            m_bulkStats.checkpointMs = settled.checkpointMs;
            emit bulkSettled(resource);
        });
        emit finished(m_resource, m_items);
    });
    connect(m_bulk, &BulkPull::storageFailed, this, [this](const QString &message) {
        delete m_job;
        dropBulk();
        emit storageFailed(m_resource,
                           tr("The pulled records could not be saved: %1").arg(message));
    });
    connect(m_bulk, &BulkPull::stopped, this, [this] {
        dropBulk();
        // Told only now: what hears it may write to the database (the connection state, the
        // back-off), which had to wait for the worker's transaction to end.
        emit requestFinished(m_failure);
        emit failed(m_resource, m_failure, m_failureMessage);
    });
}

void ResourcePuller::dropBulk()
{
    if (!m_bulk) {
        return;
    }
    // Without waiting for its thread: it rolls back whatever is still open and goes by itself.
    // Nothing it says but settled() reaches this object any more.
    disconnect(m_bulk, nullptr, this, nullptr);
    m_bulk->release();
    m_bulk = nullptr;
}

void ResourcePuller::requestPage(const QString &pageToken)
{
    auto *job = new PullPageJob(m_network, m_baseUrl, m_apiKey,
                                {m_resource, m_runCursor, pageToken, m_pageSize}, this);
    job->setTimeout(m_timeoutMs);
    connect(job, &NetworkJob::finished, this, [this, job] { onPage(job); });
    m_job = job;
    job->start();
}

void ResourcePuller::onPage(PullPageJob *job)
{
    m_job = nullptr;
    if (m_bulk) {
        onBulkPage(job);
        return;
    }
    emit requestFinished(job->error());
    m_lastRetryAfterSeconds = job->retryAfterSeconds();
    if (!job->ok()) {
        // Not checked: the health view failing to note a failure must not hide the failure.
        m_health.recordOutcome(QStringLiteral("platform"), QDateTime::currentDateTimeUtc(),
                               job->elapsedMs(), job->httpStatus(), job->errorMessage());
        emit failed(m_resource, job->error(), job->errorMessage());
        return;
    }
    // The next page is asked for before this one is written, so the server and the network
    // work on it while this thread writes; its answer is handled only after this returns.
    const bool last = job->nextPageToken().isEmpty();
    if (!last) {
        requestPage(job->nextPageToken());
    }
    QString error;
    if (!storePage(*job, &error)) {
        cancel();
        emit storageFailed(m_resource, tr("The pulled records could not be saved: %1").arg(error));
        return;
    }
    m_items += int(job->items().size());
    emit pageReceived(m_resource, int(job->items().size()));
    if (last) {
        emit finished(m_resource, m_items);
    }
}

void ResourcePuller::onBulkPage(PullPageJob *job)
{
    m_lastRetryAfterSeconds = job->retryAfterSeconds();
    if (!job->ok()) {
        m_failure = job->error();
        m_failureMessage = job->errorMessage();
        m_bulk->fail(job->elapsedMs(), job->httpStatus(), job->errorMessage());
        return;
    }
    emit requestFinished(job->error());
    const bool last = job->nextPageToken().isEmpty();
    if (!last) {
        requestPage(job->nextPageToken());
    } else {
        m_bulkStats.downloadMs = m_pullTimer.elapsed();
    }
    m_bulk->addPage({job->items(), job->cursor(), last, job->elapsedMs(), job->httpStatus()});
}

bool ResourcePuller::storePage(const PullPageJob &job, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (m_apply && !m_apply(job.items(), error)) {
        return false;
    }
    if (!m_health.recordOutcome(QStringLiteral("platform"), QDateTime::currentDateTimeUtc(),
                                job.elapsedMs(), job.httpStatus(), QString())) {
        *error = m_health.lastError();
        return false;
    }
    // Each page's cursor marks where that page ended, so it is the resume point after a cut.
    if (!storeCursor(m_db, m_resource, job.cursor(), error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

QString ResourcePuller::storedCursor(const QSqlDatabase &db, const QString &resource)
{
    QSqlQuery query(db);
    if (sql::run(query, QStringLiteral("SELECT cursor FROM sync_state WHERE resource = ?"),
                 {resource}) &&
        query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool ResourcePuller::storeCursor(const QSqlDatabase &db, const QString &resource,
                                 const QString &cursor, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO sync_state (resource, cursor, page_token, synced_at) "
                                 "VALUES (?, ?, NULL, ?) ON CONFLICT(resource) DO UPDATE SET "
                                 "cursor = excluded.cursor, page_token = NULL, synced_at = "
                                 "excluded.synced_at"),
                  {resource, cursor, sql::nowUtc()})) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ResourcePuller::forgetCursor(const QSqlDatabase &db, const QString &resource)
{
    // The row stays: a full resync must not forget a wait the server asked for.
    QSqlQuery query(db);
    return sql::run(query,
                    QStringLiteral("UPDATE sync_state SET cursor = NULL, page_token = NULL, etag = "
                                   "NULL WHERE resource = ?"),
                    {resource});
}

QHash<QString, RetryPolicy::State> ResourcePuller::storedBackoffs(const QSqlDatabase &db)
{
    QHash<QString, RetryPolicy::State> states;
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral("SELECT resource, backoff_attempts, backoff_until FROM "
                                        "sync_state WHERE backoff_attempts > 0 OR "
                                        "backoff_until IS NOT NULL"))) {
        return states;
    }
    while (query.next()) {
        states.insert(
            query.value(0).toString(),
            {query.value(1).toInt(), ServiceHealthTable::timeFromText(query.value(2).toString())});
    }
    return states;
}

bool ResourcePuller::storeBackoff(const QSqlDatabase &db, const QString &resource,
                                  const RetryPolicy::State &state, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(
            query,
            QStringLiteral("INSERT INTO sync_state (resource, backoff_attempts, "
                           "backoff_until) VALUES (?, ?, ?) ON CONFLICT(resource) DO "
                           "UPDATE SET backoff_attempts = excluded.backoff_attempts, "
                           "backoff_until = excluded.backoff_until"),
            {resource, state.step, sql::nullIfEmpty(ServiceHealthTable::timeText(state.until))})) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace bbd
