#include "app/integrations/Integrations.h"

#include "app/settings/Settings.h"

namespace bbd {

QStringList Integrations::services()
{
    return {QStringLiteral("jira"), QStringLiteral("zoom"), QStringLiteral("graph"),
            QStringLiteral("slack")};
}

QString Integrations::displayName(const QString &service)
{
    if (service == u"jira") {
        return tr("Jira");
    }
    if (service == u"zoom") {
        return tr("Zoom");
    }
    if (service == u"graph") {
        return tr("Microsoft Graph (Outlook mail)");
    }
    if (service == u"slack") {
        return tr("Slack");
    }
    return service;
}

bool Integrations::isConfigured(const Settings &settings, const QString &service)
{
    const QUrl url = settings.serviceUrl(service);
    return url.isValid() && !url.isEmpty() && !url.host().isEmpty();
}

QString Integrations::statusText(const Settings &settings, const QString &service)
{
    return isConfigured(settings, service) ? tr("configured") : tr("not configured");
}

QUrl Integrations::defaultUrl(const QString &service)
{
    if (service == u"jira") {
        return QUrl(QStringLiteral("https://your-domain.atlassian.net"));
    }
    if (service == u"zoom") {
        return QUrl(QStringLiteral("https://api.zoom.us/v2"));
    }
    if (service == u"graph") {
        return QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
    }
    if (service == u"slack") {
        return QUrl(QStringLiteral("https://hooks.slack.com"));
    }
    return {};
}

NetworkJob::AuthScheme Integrations::authScheme(const QString &service)
{
    if (service == u"jira") {
        return NetworkJob::AuthScheme::Basic;
    }
    if (service == u"slack") {
        return NetworkJob::AuthScheme::None;
    }
    return NetworkJob::AuthScheme::Bearer;
}

QString Integrations::secretHint(const QString &service)
{
    if (service == u"jira") {
        return tr("Your Atlassian e-mail and an API token, written email:token.");
    }
    if (service == u"slack") {
        return tr("The incoming webhook's URL (https://hooks.slack.com/services/…).");
    }
    return tr("An OAuth access token.");
}

} // namespace bbd
