#pragma once

#include "app/integrations/HhResponsesImporter.h"
#include "app/secrets/CredentialStore.h"
#include "app/sync/NetworkJob.h"
#include "app/sync/ServiceHealth.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>

namespace bbd {

class HhJob;
class HhResponsesPageJob;
class HhResumeJob;
class PhoneNumbers;
class Settings;

// Pulls the responses to the employer's hh.ru vacancies into the ATS on demand: for each
// vacancy, the pages of its "response" collection (at most 50 a page, hh.ru's limit), the full
// resume of every response not pulled before (the list carries no contacts), then the page is
// settled in one transaction (HhResponsesImporter). A pull cut anywhere keeps the pages settled
// before the cut; pulling again skips them (hh_responses), so it resumes or repeats harmlessly.
// Every call is recorded in service_health/service_calls under "hh" for the health view.
// Nothing here waits: run it from the GUI thread.
class HhResponsesPuller : public QObject
{
    Q_OBJECT

public:
    // One hh.ru vacancy and the local vacancy its responses go to.
    struct VacancyLink
    {
        QString hhVacancyId;
        QString localTitle; // empty: candidates come in without a vacancy
    };

    struct Options
    {
        QUrl baseUrl; // https://api.hh.ru
        QList<VacancyLink> vacancies;
        QByteArray userAgent = "ButterboardDesk/1.0";
        int perPage = 50; // clamped to 1..50
        int timeoutMs = NetworkJob::DefaultTimeoutMs;
    };

    static constexpr auto Service = "hh";

    // "93000001=Менеджер по продажам, 93000002": comma-separated hh.ru vacancy ids, each
    // optionally "=" the title of the local vacancy its candidates go to. False with `error`
    // for an id that is not a number.
    static bool parseVacancies(const QString &text, QList<VacancyLink> *links, QString *error);
    // From Settings: serviceUrl("hh"), serviceOption("hh", "vacancies") and
    // serviceOption("hh", "contact") for the User-Agent.
    static Options optionsFromSettings(const Settings &settings, QString *error);
    // Where the token lives in the keychain: {"hh", host of the API}, e.g. {"hh", "api.hh.ru"}.
    static CredentialKey credentialKey(const QUrl &baseUrl);

    // `token` gives the hh.ru OAuth token (ApiKeyCache over CredentialKey{"hh", host}).
    HhResponsesPuller(QSqlDatabase db, QNetworkAccessManager *network, const PhoneNumbers &phones,
                      ApiKeyProvider token, Options options, QObject *parent = nullptr);
    ~HhResponsesPuller() override;

    void setOptions(Options options) { m_options = std::move(options); }
    const Options &options() const { return m_options; }
    // Times for service_health (tests give a fixed clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool isRunning() const { return m_running; }
    // The report of the pull under way or the last one.
    const HhPullReport &report() const { return m_report; }

public slots:
    // Starts a pull; finished() or failed() follows, never from inside start(). Ignored while
    // a pull runs.
    void start();
    // Drops the request under way; the pages settled stay. failed() follows.
    void cancel();

signals:
    void started();
    // After each settled page: responses seen so far of `found` for the vacancy.
    void progress(const QString &hhVacancyId, int seen, int found);
    void finished(const bbd::HhPullReport &report);
    // `message` says what stopped the pull; report() has what was settled before.
    void failed(const QString &message);
    // hh.ru refused the token (401, or 403 "oauth"): the settings should ask for a new one.
    void tokenNeeded(const QString &message);

private:
    struct Pending
    {
        QJsonObject negotiation;
        QJsonObject resume;
    };

    void requestPage();
    void onPage(HhResponsesPageJob *job);
    void requestNextResume();
    void onResume(HhResumeJob *job);
    void applyPage();
    void fail(const QString &message);
    void failJob(const HhJob *job, const QString &what);
    void recordCall(const NetworkJob *job, const QString &message);
    QDateTime now() const { return m_clock(); }

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    ApiKeyProvider m_token;
    Options m_options;
    HhResponsesImporter m_importer;
    ServiceHealthTable m_health;
    std::function<QDateTime()> m_clock;

    bool m_running = false;
    quint64 m_run = 0; // numbers the pulls, so a cancelled one's queued start does nothing
    HhPullReport m_report;
    QList<qint64> m_localVacancies; // per m_options.vacancies
    int m_vacancy = 0;
    int m_page = 0;
    int m_pages = 0;
    int m_found = 0;
    int m_seen = 0;
    QList<Pending> m_pending; // the page's new responses
    int m_nextResume = 0;
    QSet<QString> m_settledThisRun;
    QPointer<HhJob> m_job;
};

} // namespace bbd
