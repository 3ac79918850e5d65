#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace bbd {

// How one remote service has been doing, as the integration health view shows it.
struct IntegrationHealthRow
{
    enum class State { NotConfigured, Unknown, Online, Degraded, Offline };

    QString service; // "platform", "jira", "zoom", "graph", "slack", "hh"
    bool configured = false;
    State state = State::Unknown;
    QDateTime lastSuccessAt; // invalid: never
    QDateTime lastFailureAt;
    QString lastError;
    int errorCount = 0; // failures since the last success
    // The last (at most 100) calls.
    int calls = 0;
    int failures = 0;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    // The service's outbox rows.
    int pending = 0;
    int failed = 0;
    int conflicts = 0;
};

} // namespace bbd
