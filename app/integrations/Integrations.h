#pragma once

#include "app/sync/NetworkJob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bbd {

class Settings;

// Facts about the third-party services the outbox delivers to, shared by IntegrationHub (which
// sends) and StageActions (which queues).
class Integrations
{
    Q_DECLARE_TR_FUNCTIONS(bbd::Integrations)

public:
    // "jira", "zoom", "graph", "slack", in the order the settings list them.
    static QStringList services();
    static QString displayName(const QString &service);
    // A service is configured once Settings has its base URL. Work for a service that is not
    // configured is still queued; it waits in the outbox until the URL is set.
    static bool isConfigured(const Settings &settings, const QString &service);
    // For the settings and health views: "configured" or "not configured", said plainly.
    static QString statusText(const Settings &settings, const QString &service);
    // The vendor's own base URL, as a hint next to the setting.
    static QUrl defaultUrl(const QString &service);
    static NetworkJob::AuthScheme authScheme(const QString &service);
    // What the keychain secret of the service is, for the settings dialog.
    static QString secretHint(const QString &service);
};

} // namespace bbd
