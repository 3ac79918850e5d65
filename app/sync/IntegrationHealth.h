#pragma once

#include "models/IntegrationHealth.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace bbd {

class Settings;

// The rows of the integration health view, read from service_health (state, last success,
// last error, errors in a row), service_calls (latency percentiles and failures over the last
// 100 calls) and the outbox (rows pending, failed, in conflict). Read-only; a few small
// queries per service, cheap enough to run on a timer from the GUI thread.
namespace integrationHealth {

// Every service the app talks to, in the order the view lists them.
QStringList knownServices();

// `configured` says whether a service has its address set; one that has not is "not
// configured" whatever its history (its work waits in the outbox).
QList<IntegrationHealthRow> load(const QSqlDatabase &db,
                                 const std::function<bool(const QString &service)> &configured);
// The same with Settings: the platform's server URL and serviceUrl() of the others.
QList<IntegrationHealthRow> load(const QSqlDatabase &db, const Settings &settings);

} // namespace integrationHealth

} // namespace bbd
