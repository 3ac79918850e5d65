#include "app/sync/IntegrationHealth.h"

#include "app/settings/Settings.h"
#include "app/sync/OutboxQueue.h"
#include "app/sync/ServiceHealth.h"

namespace bbd::integrationHealth {

namespace {

IntegrationHealthRow::State stateOf(const ServiceHealth &health)
{
    switch (health.state) {
    case ConnectionState::Online:
        return IntegrationHealthRow::State::Online;
    case ConnectionState::Degraded:
        return IntegrationHealthRow::State::Degraded;
    case ConnectionState::Offline:
        return IntegrationHealthRow::State::Offline;
    case ConnectionState::Unknown:
        break;
    }
    // Services without a connection monitor have no stored state: their last outcome says it.
    if (health.errorCount > 0) {
        return IntegrationHealthRow::State::Degraded;
    }
    return health.lastSuccessAt.isValid() ? IntegrationHealthRow::State::Online
                                          : IntegrationHealthRow::State::Unknown;
}

} // namespace

QStringList knownServices()
{
    return {QStringLiteral("platform"), QStringLiteral("jira"),  QStringLiteral("zoom"),
            QStringLiteral("graph"),    QStringLiteral("slack"), QStringLiteral("hh")};
}

QList<IntegrationHealthRow> load(const QSqlDatabase &db,
                                 const std::function<bool(const QString &service)> &configured)
{
    const ServiceHealthTable table(db);
    const OutboxQueue outbox(db);
    QList<IntegrationHealthRow> rows;
    for (const QString &service : knownServices()) {
        const ServiceHealth health = table.load(service);
        const CallStats calls = table.callStats(service);
        const OutboxQueue::Counts counts = outbox.counts(service);
        IntegrationHealthRow row;
        row.service = service;
        row.configured = configured && configured(service);
        row.state = row.configured ? stateOf(health) : IntegrationHealthRow::State::NotConfigured;
        row.lastSuccessAt = health.lastSuccessAt;
        row.lastFailureAt = health.lastFailureAt;
        row.lastError = health.lastError;
        row.errorCount = health.errorCount;
        row.calls = calls.calls;
        row.failures = calls.failures;
        row.p50Ms = calls.p50Ms;
        row.p95Ms = calls.p95Ms;
        row.pending = counts.pending;
        row.failed = counts.failed;
        row.conflicts = counts.conflict;
        rows.append(row);
    }
    return rows;
}

QList<IntegrationHealthRow> load(const QSqlDatabase &db, const Settings &settings)
{
    return load(db, [&settings](const QString &service) {
        return service == u"platform" ? !settings.serverUrl().isEmpty()
                                      : !settings.serviceUrl(service).isEmpty();
    });
}

} // namespace bbd::integrationHealth
