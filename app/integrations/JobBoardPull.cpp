#include "app/integrations/JobBoardPull.h"

#include "app/integrations/HhResponsesPuller.h"
#include "app/integrations/IntegrationHub.h"
#include "app/settings/Settings.h"
#include "app/sync/ApiKeyCache.h"

namespace bbd {

JobBoardPull::JobBoardPull(QSqlDatabase db, QNetworkAccessManager *network,
                           const PhoneNumbers &phones, const Settings &settings,
                           CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_network(network)
    , m_phones(phones)
    , m_settings(settings)
    , m_credentials(credentials)
{}

JobBoardPull::~JobBoardPull() = default;

void JobBoardPull::start()
{
    if (m_running) {
        return;
    }
    const QUrl url = m_settings.serviceUrl(QString::fromLatin1(HhResponsesPuller::Service));
    if (url.isEmpty()) {
        emit failed(tr("hh.ru is not configured: set its address and token in Sync > "
                       "Integrations."));
        return;
    }
    m_running = true;
    emit progress(tr("Reading the hh.ru token…"));
    m_token = std::make_unique<ApiKeyCache>(
        m_credentials,
        IntegrationHub::credentialKey(QString::fromLatin1(HhResponsesPuller::Service), url));
    connect(m_token.get(), &ApiKeyCache::loaded, this, [this](bool found, const QString &message) {
        if (!found) {
            stop();
            if (message.isEmpty()) {
                emit tokenNeeded(tr("No hh.ru token is stored yet."));
            } else {
                emit failed(message);
            }
            return;
        }
        run();
    });
    m_token->load();
}

void JobBoardPull::run()
{
    QString problem;
    HhResponsesPuller::Options options =
        HhResponsesPuller::optionsFromSettings(m_settings, &problem);
    if (!problem.isEmpty()) {
        stop();
        emit failed(problem);
        return;
    }
    m_puller = std::make_unique<HhResponsesPuller>(m_db, m_network, m_phones, m_token->provider(),
                                                   options);
    connect(m_puller.get(), &HhResponsesPuller::progress, this,
            [this](const QString &vacancy, int seen, int found) {
                emit progress(
                    tr("hh.ru vacancy %1: %2 of %3 responses").arg(vacancy).arg(seen).arg(found));
            });
    connect(m_puller.get(), &HhResponsesPuller::finished, this, [this](const HhPullReport &report) {
        stop();
        emit finished(report);
    });
    connect(m_puller.get(), &HhResponsesPuller::failed, this, [this](const QString &message) {
        stop();
        emit failed(message);
    });
    connect(m_puller.get(), &HhResponsesPuller::tokenNeeded, this, [this](const QString &message) {
        stop();
        emit tokenNeeded(message);
    });
    m_puller->start();
}

void JobBoardPull::stop()
{
    m_running = false;
    emit progress(QString());
    // Deleted later: this may run inside one of the puller's own signals.
    if (m_puller) {
        m_puller.release()->deleteLater();
    }
}

} // namespace bbd
