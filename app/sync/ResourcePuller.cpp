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

ResourcePuller::~ResourcePuller() = default;

bool ResourcePuller::pull(const QString &resource, ApplyPage apply)
{
    if (m_job) {
        return false;
    }
    m_resource = resource;
    m_apply = std::move(apply);
    m_items = 0;
    m_runCursor = storedCursor(m_db, resource);
    requestPage(QString());
    return true;
}

void ResourcePuller::cancel()
{
    delete m_job;
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
    emit pageApplied(m_resource, int(job->items().size()));
    if (last) {
        emit finished(m_resource, m_items);
    }
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
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO sync_state (resource, cursor, page_token, synced_at) "
                                 "VALUES (?, ?, NULL, ?) ON CONFLICT(resource) DO UPDATE SET "
                                 "cursor = excluded.cursor, page_token = NULL, synced_at = "
                                 "excluded.synced_at"),
                  {m_resource, job.cursor(), sql::nowUtc()})) {
        *error = query.lastError().text();
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

bool ResourcePuller::forgetCursor(const QSqlDatabase &db, const QString &resource)
{
    QSqlQuery query(db);
    return sql::run(query, QStringLiteral("DELETE FROM sync_state WHERE resource = ?"), {resource});
}

} // namespace bbd
