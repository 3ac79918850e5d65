#include "app/sync/ServiceHealth.h"

#include "app/storage/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {

ServiceHealthTable::ServiceHealthTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

ServiceHealth ServiceHealthTable::load(const QString &service) const
{
    ServiceHealth health;
    health.service = service;
    QSqlQuery query(m_db);
    if (sql::run(query,
                 QStringLiteral("SELECT state, last_success_at, last_failure_at, last_error, "
                                "error_count, backoff_step, backoff_until FROM service_health "
                                "WHERE service = ?"),
                 {service}) &&
        query.next()) {
        health.state = stateFromName(query.value(0).toString());
        health.lastSuccessAt = timeFromText(query.value(1).toString());
        health.lastFailureAt = timeFromText(query.value(2).toString());
        health.lastError = query.value(3).toString();
        health.errorCount = query.value(4).toInt();
        health.backoff.step = query.value(5).toInt();
        health.backoff.until = timeFromText(query.value(6).toString());
    }
    return health;
}

bool ServiceHealthTable::recordSuccess(const QString &service, const QDateTime &at)
{
    const QString time = timeText(at);
    return run(QStringLiteral("INSERT INTO service_health (service, last_success_at, error_count, "
                              "backoff_step, backoff_until, updated_at) VALUES (?, ?, 0, 0, NULL, "
                              "?) ON CONFLICT(service) DO UPDATE SET last_success_at = "
                              "excluded.last_success_at, error_count = 0, backoff_step = 0, "
                              "backoff_until = NULL, updated_at = excluded.updated_at"),
               {service, time, time});
}

bool ServiceHealthTable::recordFailure(const QString &service, const QDateTime &at,
                                       const QString &message, const RetryPolicy::State &backoff)
{
    const QString time = timeText(at);
    return run(
        QStringLiteral("INSERT INTO service_health (service, last_failure_at, last_error, "
                       "error_count, backoff_step, backoff_until, updated_at) VALUES (?, ?, "
                       "?, 1, ?, ?, ?) ON CONFLICT(service) DO UPDATE SET last_failure_at = "
                       "excluded.last_failure_at, last_error = excluded.last_error, "
                       "error_count = error_count + 1, backoff_step = "
                       "excluded.backoff_step, backoff_until = excluded.backoff_until, "
                       "updated_at = excluded.updated_at"),
        {service, time, message, backoff.step, sql::nullIfEmpty(timeText(backoff.until)), time});
}

bool ServiceHealthTable::saveState(const QString &service, ConnectionState state,
                                   const QDateTime &at)
{
    return run(QStringLiteral("INSERT INTO service_health (service, state, updated_at) VALUES (?, "
                              "?, ?) ON CONFLICT(service) DO UPDATE SET state = excluded.state, "
                              "updated_at = excluded.updated_at"),
               {service, stateName(state), timeText(at)});
}

bool ServiceHealthTable::clearBackoff(const QString &service, const QDateTime &at)
{
    return run(QStringLiteral("UPDATE service_health SET backoff_step = 0, backoff_until = NULL, "
                              "updated_at = ? WHERE service = ?"),
               {timeText(at), service});
}

bool ServiceHealthTable::recordCall(const QString &service, const QDateTime &at, qint64 latencyMs,
                                    int httpStatus, const QString &error)
{
    return run(QStringLiteral("INSERT INTO service_calls (service, at, latency_ms, http_status, "
                              "ok, error) VALUES (?, ?, ?, ?, ?, ?)"),
               {service, timeText(at), latencyMs,
                httpStatus == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(httpStatus),
                error.isEmpty() ? 1 : 0, sql::nullIfEmpty(error)}) &&
           run(QStringLiteral("DELETE FROM service_calls WHERE service = ? AND id <= (SELECT id "
                              "FROM service_calls WHERE service = ? ORDER BY id DESC LIMIT 1 "
                              "OFFSET ?)"),
               {service, service, KeptCalls});
}

bool ServiceHealthTable::recordOutcome(const QString &service, const QDateTime &at,
                                       qint64 latencyMs, int httpStatus, const QString &error)
{
    const QString time = timeText(at);
    const bool noted =
        error.isEmpty()
            ? run(QStringLiteral("INSERT INTO service_health (service, last_success_at, "
                                 "error_count, updated_at) VALUES (?, ?, 0, ?) ON "
                                 "CONFLICT(service) DO UPDATE SET last_success_at = "
                                 "excluded.last_success_at, error_count = 0, updated_at = "
                                 "excluded.updated_at"),
                  {service, time, time})
            : run(QStringLiteral("INSERT INTO service_health (service, last_failure_at, "
                                 "last_error, error_count, updated_at) VALUES (?, ?, ?, 1, ?) "
                                 "ON CONFLICT(service) DO UPDATE SET last_failure_at = "
                                 "excluded.last_failure_at, last_error = excluded.last_error, "
                                 "error_count = error_count + 1, updated_at = "
                                 "excluded.updated_at"),
                  {service, time, error, time});
    return noted && recordCall(service, at, latencyMs, httpStatus, error);
}

CallStats ServiceHealthTable::callStats(const QString &service) const
{
    CallStats stats;
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT latency_ms, ok FROM service_calls WHERE service = ? "
                                 "ORDER BY id DESC LIMIT ?"),
                  {service, KeptCalls})) {
        return stats;
    }
    QList<qint64> latencies;
    while (query.next()) {
        latencies.append(query.value(0).toLongLong());
        stats.failures += query.value(1).toInt() == 0 ? 1 : 0;
    }
    stats.calls = int(latencies.size());
    if (latencies.isEmpty()) {
        return stats;
    }
    std::sort(latencies.begin(), latencies.end());
    const auto rank = [&latencies](int percent) {
        const qsizetype index = (latencies.size() * percent + 99) / 100 - 1;
        return latencies.at(std::clamp<qsizetype>(index, 0, latencies.size() - 1));
    };
    stats.p50Ms = rank(50);
    stats.p95Ms = rank(95);
    return stats;
}

bool ServiceHealthTable::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, sql, values)) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

QString ServiceHealthTable::stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Online:
        return QStringLiteral("online");
    case ConnectionState::Degraded:
        return QStringLiteral("degraded");
    case ConnectionState::Offline:
        return QStringLiteral("offline");
    case ConnectionState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ConnectionState ServiceHealthTable::stateFromName(const QString &name)
{
    if (name == u"online") {
        return ConnectionState::Online;
    }
    if (name == u"degraded") {
        return ConnectionState::Degraded;
    }
    if (name == u"offline") {
        return ConnectionState::Offline;
    }
    return ConnectionState::Unknown;
}

QString ServiceHealthTable::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ServiceHealthTable::timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace bbd
