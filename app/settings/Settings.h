#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace bbd {

// Non-secret preferences over QSettings. Secrets (API keys, tokens) never come here: they go
// to CredentialStore.
class Settings
{
public:
    // Uses the application's default QSettings location (organisation and application name).
    Settings();
    // For tests: an explicit INI file.
    explicit Settings(const QString &iniPath);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    static QUrl defaultServerUrl();

    // The base URL of an integration ("jira", "zoom", "graph", "slack", "hh"); an empty URL
    // means the service is not configured, and work for it waits in the outbox.
    QUrl serviceUrl(const QString &service) const;
    void setServiceUrl(const QString &service, const QUrl &url);
    // Plain, non-secret options of an integration (Jira project key, hh.ru employer id…).
    QString serviceOption(const QString &service, const QString &name) const;
    void setServiceOption(const QString &service, const QString &name, const QString &value);

    // Minutes between automatic sync runs; 0 = only on start and on demand (F5).
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    static int defaultSyncIntervalMinutes() { return 5; }

    // "ru", "en", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    // Key of the area shown last ("scenarios", "candidates", "assistant", "contacts").
    QString lastArea() const;
    void setLastArea(const QString &area);

    // Who sends messages to candidates from this desk: {recruiter} and the signature under
    // every message come from here.
    QString senderName() const;
    void setSenderName(const QString &name);
    QString companyName() const; // {company} in messages
    void setCompanyName(const QString &name);
    QString senderSignature() const;
    void setSenderSignature(const QString &signature);

    // Personal data of candidates older than this many months is offered for anonymisation;
    // 0 switches the review off.
    int retentionMonths() const;
    void setRetentionMonths(int months);
    static int defaultRetentionMonths() { return 36; }

    // Whether the user of this desk edits the fallback directory (HR administrators do; other
    // staff only read and use it). On by default: the desk is set up by HR.
    bool isHrAdministrator() const;
    void setHrAdministrator(bool administrator);
    // When the user marked the platform down by hand (invalid: not marked), and when it was
    // first seen unreachable (invalid: reachable), so a restart keeps "since when".
    QDateTime platformMarkedDownAt() const;
    void setPlatformMarkedDownAt(const QDateTime &at);
    QDateTime platformUnreachableSince() const;
    void setPlatformUnreachableSince(const QDateTime &at);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // QSplitter::saveState() of a named splitter, so side panes keep their widths.
    QByteArray splitterState(const QString &key) const;
    void setSplitterState(const QString &key, const QByteArray &state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace bbd
