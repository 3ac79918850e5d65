#pragma once

#include "app/sync/RetryPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

enum class ConnectionState { Unknown, Online, Degraded, Offline };

// One row of service_health: how a remote service has been answering, and the back-off that
// keeps the sync engine away from it, remembered across restarts.
struct ServiceHealth
{
    QString service;
    ConnectionState state = ConnectionState::Unknown;
    QDateTime lastSuccessAt;
    QDateTime lastFailureAt;
    QString lastError;
    int errorCount = 0; // failures since the last success
    RetryPolicy::State backoff;
};

// The last calls to a service (at most ServiceHealthTable::KeptCalls), for the integration
// health view.
struct CallStats
{
    int calls = 0;
    int failures = 0;
    qint64 p50Ms = 0; // nearest-rank percentiles of the latency
    qint64 p95Ms = 0;
};

// Reads and writes service_health on `db`. Each write is one statement (an upsert), so it
// joins the caller's transaction when there is one and is atomic on its own otherwise.
class ServiceHealthTable
{
public:
    static constexpr int KeptCalls = 100;

    explicit ServiceHealthTable(QSqlDatabase db);

    // The stored row, or a fresh Unknown one when the service was never called.
    ServiceHealth load(const QString &service) const;
    bool recordSuccess(const QString &service, const QDateTime &at);
    // `backoff` is the wait the failure earned (an empty State when the service answered and
    // only the request was at fault).
    bool recordFailure(const QString &service, const QDateTime &at, const QString &message,
                       const RetryPolicy::State &backoff);
    bool saveState(const QString &service, ConnectionState state, const QDateTime &at);
    // Ends the service's back-off without claiming a success (the user's "Retry now").
    bool clearBackoff(const QString &service, const QDateTime &at);
    // One call with its latency into service_calls; older calls beyond KeptCalls are dropped.
    // `httpStatus` 0 = no HTTP answer; `error` empty when the call succeeded.
    bool recordCall(const QString &service, const QDateTime &at, qint64 latencyMs, int httpStatus,
                    const QString &error);
    CallStats callStats(const QString &service) const;
    // A call outside the outbox (a pull's page, an hh.ru request): its latency goes into
    // service_calls and its outcome into last success / last error / errors in a row, while the
    // back-off the outbox earned is left as it is, so a page that came through never lets
    // writes go before a server's Retry-After.
    bool recordOutcome(const QString &service, const QDateTime &at, qint64 latencyMs,
                       int httpStatus, const QString &error);

    QString lastError() const { return m_lastError; }

    static QString stateName(ConnectionState state);
    static ConnectionState stateFromName(const QString &name);
    // Times in the sync tables: ISO 8601 UTC with milliseconds, which also sorts as text.
    static QString timeText(const QDateTime &time);
    static QDateTime timeFromText(const QString &text);

private:
    bool run(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace bbd
