#include "app/sync/OutboxDispatcher.h"

#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/PlatformJobs.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace bbd {

namespace {

QString toText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

OutboxDispatcher::OutboxDispatcher(QSqlDatabase db, QNetworkAccessManager *network,
                                   ApiKeyProvider apiKey, RetryPolicy policy, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(network)
    , m_apiKey(std::move(apiKey))
    , m_policy(std::move(policy))
    , m_options(std::move(options))
    , m_health(m_db)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxDispatcher::drain);
    m_recovered = recoverInterrupted();
}

OutboxDispatcher::~OutboxDispatcher() = default;

int OutboxDispatcher::recoverInterrupted()
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("UPDATE outbox SET status = 'pending' WHERE service = ? AND "
                                 "status = 'in_flight'"),
                  {m_options.service})) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.numRowsAffected();
}

void OutboxDispatcher::drain()
{
    if (m_job) {
        return;
    }
    m_waitingForKey = false;
    sendNext();
}

bool OutboxDispatcher::retryNow()
{
    const QString now = ServiceHealthTable::timeText(m_policy.now());
    const bool done = update(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE service = "
                                            "? AND status = 'failed' AND next_attempt_at > ?"),
                             {now, m_options.service, now}, [this] {
                                 return m_health.clearBackoff(m_options.service, m_policy.now());
                             });
    if (done) {
        drain();
    }
    return done;
}

void OutboxDispatcher::sendNext()
{
    const ServiceHealth health = m_health.load(m_options.service);
    if (m_policy.isWaiting(health.backoff)) {
        scheduleWake(health.backoff.until);
        emit drained();
        return;
    }
    Row row;
    for (;;) {
        if (!nextDue(&row)) {
            if (m_lastError.isEmpty()) {
                scheduleNextDue();
            }
            emit drained();
            return;
        }
        // A "{...}" is filled in when the entity's create is delivered (afterSent). One still
        // there means that create is gone (discarded): sending would hit a wrong address.
        if (!row.path.contains(u'{') && !row.ifMatch.contains('{')) {
            break;
        }
        const QString message = tr("The record this change belongs to was never created on "
                                   "the server (its creation was discarded).");
        if (!update(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, "
                                   "next_attempt_at = NULL WHERE id = ?"),
                    {message, row.id}, {})) {
            stop();
            return;
        }
        emit itemFailed(row.id, message, false);
    }
    // The path sent may hold a secret (a webhook address): it stays out of `row`, which the
    // after-sent hook and the signals see.
    QString sentPath = row.path;
    if (m_options.sendPath) {
        sentPath = m_options.sendPath(row.path);
        if (sentPath.isEmpty()) {
            m_waitingForKey = true;
            emit apiKeyNeeded(tr("The address this service is reached at is not stored yet."));
            emit drained();
            return;
        }
    }
    // Marked before sending: a crash from here on leaves 'in_flight', which the next start
    // turns back into 'pending'.
    if (!update(QStringLiteral("UPDATE outbox SET status = 'in_flight', attempts = attempts + 1 "
                               "WHERE id = ?"),
                {row.id}, {})) {
        stop();
        return;
    }
    auto *job =
        new PushJob(m_network, m_options.baseUrl, m_apiKey,
                    {row.method, sentPath, row.body, row.idempotencyKey, row.ifMatch}, this);
    job->setTimeout(m_options.timeoutMs);
    job->setAuthScheme(m_options.auth);
    job->setAcceptsTextAnswer(m_options.textAnswers);
    connect(job, &NetworkJob::finished, this, [this, row, job] { onFinished(row, job); });
    m_job = job;
    job->start();
}

bool OutboxDispatcher::nextDue(Row *row)
{
    QSqlQuery query(m_db);
    const bool ok = sql::run(query, QStringLiteral(R"sql(
SELECT o.id, o.method, o.path, o.body, o.if_match, o.idempotency_key, o.entity_type,
       o.entity_id FROM outbox o
WHERE o.service = ?
  AND (o.status = 'pending' OR (o.status = 'failed' AND o.next_attempt_at <= ?))
  AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.service = o.service
                  AND e.entity_type = o.entity_type AND e.entity_id = o.entity_id
                  AND e.id < o.id AND e.status <> 'sent')
ORDER BY o.id LIMIT 1)sql"),
                             {m_options.service, ServiceHealthTable::timeText(m_policy.now())});
    if (!ok) {
        m_lastError = query.lastError().text();
        emit storageFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    if (!query.next()) {
        return false;
    }
    row->id = query.value(0).toLongLong();
    row->method = query.value(1).toString().toLatin1();
    row->path = query.value(2).toString();
    row->body = query.value(3).toByteArray();
    row->ifMatch = query.value(4).toString().toUtf8();
    row->idempotencyKey = query.value(5).toString().toUtf8();
    row->entityType = query.value(6).toString();
    row->entityId = query.value(7).toLongLong();
    return true;
}

void OutboxDispatcher::onFinished(const Row &row, PushJob *job)
{
    m_job = nullptr;
    const bool goOn = storeOutcome(row, job);
    // Told only once the row's state is stored: a listener may call drain() or retryNow()
    // from here, which must find a settled queue and start at most one request.
    emit requestFinished(job->error());
    if (goOn && !m_job) {
        sendNext();
    }
}

bool OutboxDispatcher::storeOutcome(const Row &row, PushJob *job)
{
    const qint64 rowId = row.id;
    const NetworkJob::Error error = job->error();
    const QString now = ServiceHealthTable::timeText(m_policy.now());
    const QVariant status =
        job->httpStatus() == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(job->httpStatus());
    // A failure that does not make the service back off (the row alone is at fault, or the key).
    const auto noteFailure = [this, job] {
        return m_health.recordFailure(m_options.service, m_policy.now(), job->errorMessage(), {}) &&
               recordCall(job);
    };

    switch (error) {
    case NetworkJob::Error::None:
        if (!update(
                QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, http_status = "
                               "?, last_error = NULL, next_attempt_at = NULL, response = ? "
                               "WHERE id = ?"),
                {now, status, sql::nullIfEmpty(toText(job->record())), rowId}, [this, job, &row] {
                    if (m_options.afterSent && !m_options.afterSent({row.id, row.method, row.path,
                                                                     row.entityType, row.entityId},
                                                                    job->record(), &m_alsoError)) {
                        return false;
                    }
                    return m_health.recordSuccess(m_options.service, m_policy.now()) &&
                           recordCall(job);
                })) {
            stop();
            return false;
        }
        emit itemSent(rowId, job->record());
        return true;
    case NetworkJob::Error::Conflict:
        if (!update(QStringLiteral("UPDATE outbox SET status = 'conflict', http_status = ?, "
                                   "last_error = ?, conflict_record = ?, next_attempt_at = NULL "
                                   "WHERE id = ?"),
                    {status, job->errorMessage(), sql::nullIfEmpty(toText(job->current())), rowId},
                    // The server answered: the record is in question, not the service.
                    noteFailure)) {
            stop();
            return false;
        }
        emit itemConflicted(rowId, job->current());
        return true;
    case NetworkJob::Error::Client:
        if (!update(QStringLiteral("UPDATE outbox SET status = 'failed', http_status = ?, "
                                   "last_error = ?, next_attempt_at = NULL WHERE id = ?"),
                    {status, job->errorMessage(), rowId}, noteFailure)) {
            stop();
            return false;
        }
        emit itemFailed(rowId, job->errorMessage(), false);
        return true;
    case NetworkJob::Error::Unauthorized:
        // Not the row's fault: it goes back to the queue as it was and waits for a key.
        if (!update(QStringLiteral("UPDATE outbox SET status = 'pending', http_status = ?, "
                                   "last_error = ? WHERE id = ?"),
                    {status, job->errorMessage(), rowId}, noteFailure)) {
            stop();
            return false;
        }
        m_waitingForKey = true;
        emit apiKeyNeeded(job->errorMessage());
        emit drained();
        return false;
    case NetworkJob::Error::Network:
    case NetworkJob::Error::Timeout:
    case NetworkJob::Error::RateLimited:
    case NetworkJob::Error::Server:
    case NetworkJob::Error::Malformed:
        break;
    }

    // The service is struggling (or the answer was lost): the row waits with the service.
    const RetryPolicy::State backoff =
        m_policy.afterFailure(m_health.load(m_options.service).backoff, job->retryAfterSeconds());
    if (!update(QStringLiteral("UPDATE outbox SET status = 'failed', http_status = ?, last_error "
                               "= ?, next_attempt_at = ? WHERE id = ?"),
                {status, job->errorMessage(), ServiceHealthTable::timeText(backoff.until), rowId},
                [this, job, &backoff] {
                    return m_health.recordFailure(m_options.service, m_policy.now(),
                                                  job->errorMessage(), backoff) &&
                           recordCall(job);
                })) {
        stop();
        return false;
    }
    emit itemFailed(rowId, job->errorMessage(), true);
    emit backingOff(backoff.until);
    scheduleWake(backoff.until);
    emit drained();
    return false;
}

bool OutboxDispatcher::update(const QString &sql, const QVariantList &values,
                              const std::function<bool()> &also)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!transaction.isActive()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    if (!sql::run(query, sql, values)) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (also && !also()) {
        m_lastError = m_alsoError.isEmpty() ? m_health.lastError() : std::exchange(m_alsoError, {});
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool OutboxDispatcher::recordCall(const NetworkJob *job)
{
    return m_health.recordCall(m_options.service, m_policy.now(), job->elapsedMs(),
                               job->httpStatus(), job->ok() ? QString() : job->errorMessage());
}

void OutboxDispatcher::stop()
{
    emit storageFailed(m_lastError);
    emit drained();
}

void OutboxDispatcher::scheduleWake(const QDateTime &until)
{
    const qint64 wait = std::clamp<qint64>(m_policy.now().msecsTo(until), 0, INT_MAX);
    if (!m_wake.isActive() || m_wake.remainingTime() > wait) {
        m_wake.start(int(wait));
    }
}

void OutboxDispatcher::scheduleNextDue()
{
    // Rows failed earlier may come due later than the service's back-off ended.
    QSqlQuery query(m_db);
    if (sql::run(query,
                 QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE service = ? AND "
                                "status = 'failed' AND next_attempt_at > ?"),
                 {m_options.service, ServiceHealthTable::timeText(m_policy.now())}) &&
        query.next() && !query.value(0).isNull()) {
        scheduleWake(ServiceHealthTable::timeFromText(query.value(0).toString()));
    }
}

} // namespace bbd
