#include "app/settings/Settings.h"

namespace bbd {
namespace {

const auto kServerUrl = QStringLiteral("platform/serverUrl");
const auto kLanguage = QStringLiteral("ui/language");
const auto kLastArea = QStringLiteral("ui/lastArea");
const auto kSenderName = QStringLiteral("messages/senderName");
const auto kCompanyName = QStringLiteral("messages/companyName");
const auto kSenderSignature = QStringLiteral("messages/senderSignature");
const auto kRetentionMonths = QStringLiteral("privacy/retentionMonths");
const auto kSyncInterval = QStringLiteral("platform/syncIntervalMinutes");
const auto kGeometry = QStringLiteral("ui/mainWindowGeometry");
const auto kState = QStringLiteral("ui/mainWindowState");
const auto kHrAdministrator = QStringLiteral("contacts/hrAdministrator");
const auto kMarkedDownAt = QStringLiteral("contacts/platformMarkedDownAt");
const auto kUnreachableSince = QStringLiteral("contacts/platformUnreachableSince");

QDateTime timeValue(const QSettings &settings, const QString &key)
{
    return QDateTime::fromString(settings.value(key).toString(), Qt::ISODateWithMs);
}

void setTimeValue(QSettings &settings, const QString &key, const QDateTime &at)
{
    if (at.isValid()) {
        settings.setValue(key, at.toUTC().toString(Qt::ISODateWithMs));
    } else {
        settings.remove(key);
    }
}

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QUrl Settings::defaultServerUrl()
{
    return QUrl(QStringLiteral("https://api.butterboard.online"));
}

QUrl Settings::serverUrl() const
{
    const QUrl url(m_settings.value(kServerUrl).toString(), QUrl::StrictMode);
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    m_settings.setValue(kServerUrl, url.toString());
}

QUrl Settings::serviceUrl(const QString &service) const
{
    const QUrl url(m_settings.value(QStringLiteral("integrations/") + service + u"/url").toString(),
                   QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

void Settings::setServiceUrl(const QString &service, const QUrl &url)
{
    const QString key = QStringLiteral("integrations/") + service + u"/url";
    if (url.isEmpty()) {
        m_settings.remove(key);
    } else {
        m_settings.setValue(key, url.toString());
    }
}

QString Settings::serviceOption(const QString &service, const QString &name) const
{
    return m_settings.value(QStringLiteral("integrations/") + service + u'/' + name).toString();
}

void Settings::setServiceOption(const QString &service, const QString &name, const QString &value)
{
    const QString key = QStringLiteral("integrations/") + service + u'/' + name;
    if (value.isEmpty()) {
        m_settings.remove(key);
    } else {
        m_settings.setValue(key, value);
    }
}

int Settings::syncIntervalMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kSyncInterval).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : defaultSyncIntervalMinutes();
}

void Settings::setSyncIntervalMinutes(int minutes)
{
    m_settings.setValue(kSyncInterval, minutes);
}

QString Settings::language() const
{
    const QString language = m_settings.value(kLanguage).toString();
    return language == QLatin1String("ru") || language == QLatin1String("en") ? language
                                                                              : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        m_settings.remove(kLanguage);
    } else {
        m_settings.setValue(kLanguage, language);
    }
}

QString Settings::senderName() const
{
    return m_settings.value(kSenderName).toString();
}

void Settings::setSenderName(const QString &name)
{
    m_settings.setValue(kSenderName, name.simplified());
}

QString Settings::companyName() const
{
    return m_settings.value(kCompanyName, QStringLiteral("Butterboard")).toString();
}

void Settings::setCompanyName(const QString &name)
{
    m_settings.setValue(kCompanyName, name.simplified());
}

QString Settings::senderSignature() const
{
    return m_settings.value(kSenderSignature).toString();
}

void Settings::setSenderSignature(const QString &signature)
{
    m_settings.setValue(kSenderSignature, signature.trimmed());
}

int Settings::retentionMonths() const
{
    bool ok = false;
    const int months = m_settings.value(kRetentionMonths).toInt(&ok);
    return ok && months >= 0 ? months : defaultRetentionMonths();
}

void Settings::setRetentionMonths(int months)
{
    m_settings.setValue(kRetentionMonths, qMax(0, months));
}

bool Settings::isHrAdministrator() const
{
    return m_settings.value(kHrAdministrator, true).toBool();
}

void Settings::setHrAdministrator(bool administrator)
{
    m_settings.setValue(kHrAdministrator, administrator);
}

QDateTime Settings::platformMarkedDownAt() const
{
    return timeValue(m_settings, kMarkedDownAt);
}

void Settings::setPlatformMarkedDownAt(const QDateTime &at)
{
    setTimeValue(m_settings, kMarkedDownAt, at);
}

QDateTime Settings::platformUnreachableSince() const
{
    return timeValue(m_settings, kUnreachableSince);
}

void Settings::setPlatformUnreachableSince(const QDateTime &at)
{
    setTimeValue(m_settings, kUnreachableSince, at);
}

QString Settings::lastArea() const
{
    return m_settings.value(kLastArea).toString();
}

void Settings::setLastArea(const QString &area)
{
    m_settings.setValue(kLastArea, area);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray Settings::splitterState(const QString &key) const
{
    return m_settings.value(QStringLiteral("ui/splitters/") + key).toByteArray();
}

void Settings::setSplitterState(const QString &key, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("ui/splitters/") + key, state);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace bbd
