#pragma once

#include "app/integrations/HhResponsesImporter.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QNetworkAccessManager;

namespace bbd {

class ApiKeyCache;
class CredentialStore;
class HhResponsesPuller;
class PhoneNumbers;
class Settings;

// "Pull hh.ru responses now" as one call for the window: reads the settings and the token from
// the keychain, then runs an HhResponsesPuller and reports in words.
class JobBoardPull : public QObject
{
    Q_OBJECT

public:
    JobBoardPull(QSqlDatabase db, QNetworkAccessManager *network, const PhoneNumbers &phones,
                 const Settings &settings, CredentialStore *credentials, QObject *parent = nullptr);
    ~JobBoardPull() override;

    // finished() or failed() follows; ignored while a pull runs.
    void start();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &text);
    void finished(const bbd::HhPullReport &report);
    void failed(const QString &message);
    void tokenNeeded(const QString &message);

private:
    void run();
    void stop();

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    const PhoneNumbers &m_phones;
    const Settings &m_settings;
    CredentialStore *m_credentials;
    std::unique_ptr<ApiKeyCache> m_token;
    std::unique_ptr<HhResponsesPuller> m_puller;
    bool m_running = false;
};

} // namespace bbd
