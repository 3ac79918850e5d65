#include "app/integrations/HhResponsesPuller.h"

#include "app/integrations/HhJobs.h"
#include "app/settings/Settings.h"
#include "app/storage/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

bool HhResponsesPuller::parseVacancies(const QString &text, QList<VacancyLink> *links,
                                       QString *error)
{
    links->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        VacancyLink link{part.left(equals).trimmed(),
                         equals < 0 ? QString() : part.mid(equals + 1).simplified()};
        if (link.hhVacancyId.isEmpty() && link.localTitle.isEmpty()) {
            continue;
        }
        bool number = false;
        link.hhVacancyId.toLongLong(&number);
        if (!number) {
            *error = tr("\"%1\" is not an hh.ru vacancy id: write the number from the vacancy's "
                        "address on hh.ru, optionally followed by = and the title of the vacancy "
                        "here.")
                         .arg(part.trimmed());
            return false;
        }
        links->append(link);
    }
    return true;
}

HhResponsesPuller::Options HhResponsesPuller::optionsFromSettings(const Settings &settings,
                                                                  QString *error)
{
    Options options;
    options.baseUrl = settings.serviceUrl(QString::fromLatin1(Service));
    options.userAgent = HhJob::userAgentFor(
        settings.serviceOption(QString::fromLatin1(Service), QStringLiteral("contact")));
    parseVacancies(
        settings.serviceOption(QString::fromLatin1(Service), QStringLiteral("vacancies")),
        &options.vacancies, error);
    return options;
}

CredentialKey HhResponsesPuller::credentialKey(const QUrl &baseUrl)
{
    return {QString::fromLatin1(Service), baseUrl.host()};
}

HhResponsesPuller::HhResponsesPuller(QSqlDatabase db, QNetworkAccessManager *network,
                                     const PhoneNumbers &phones, ApiKeyProvider token,
                                     Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_network(network)
    , m_token(std::move(token))
    , m_options(std::move(options))
    , m_importer(db, phones)
    , m_health(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

HhResponsesPuller::~HhResponsesPuller()
{
    delete m_job;
}

void HhResponsesPuller::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_report = HhPullReport();
    m_vacancy = 0;
    m_page = 0;
    m_seen = 0;
    m_settledThisRun.clear();
    m_localVacancies.clear();
    const quint64 run = ++m_run;
    emit started();
    // Checks come after start() returns, so a failure reaches a listener connected the usual
    // way and the caller's stack is unwound.
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run != m_run || !m_running) {
                return; // cancelled before it began
            }
            if (!m_options.baseUrl.isValid() || m_options.baseUrl.isEmpty()) {
                fail(tr("hh.ru is not configured: enter its address (https://api.hh.ru) in "
                        "Settings."));
                return;
            }
            if (m_options.vacancies.isEmpty()) {
                fail(tr("No hh.ru vacancies are set: enter their ids in Settings."));
                return;
            }
            QSqlQuery query(m_db);
            for (const VacancyLink &link : std::as_const(m_options.vacancies)) {
                qint64 id = 0;
                if (!link.localTitle.isEmpty()) {
                    // The same matching as the CSV import's vacancy column: title, any case.
                    if (!sql::run(query,
                                  QStringLiteral("SELECT id, title FROM vacancies WHERE deleted "
                                                 "= 0 ORDER BY id"))) {
                        fail(query.lastError().text());
                        return;
                    }
                    while (id == 0 && query.next()) {
                        if (query.value(1).toString().simplified().toLower() ==
                            link.localTitle.toLower()) {
                            id = query.value(0).toLongLong();
                        }
                    }
                    if (id == 0) {
                        fail(tr("The hh.ru vacancy %1 is set to go to \"%2\", but there is no "
                                "such vacancy here.")
                                 .arg(link.hhVacancyId, link.localTitle));
                        return;
                    }
                }
                m_localVacancies.append(id);
            }
            QString error;
            if (!m_importer.prepare(&error)) {
                fail(error);
                return;
            }
            requestPage();
        },
        Qt::QueuedConnection);
}

void HhResponsesPuller::cancel()
{
    if (!m_running) {
        return;
    }
    delete m_job;
    fail(tr("The hh.ru pull was cancelled."));
}

void HhResponsesPuller::requestPage()
{
    const QString vacancy = m_options.vacancies.at(m_vacancy).hhVacancyId;
    auto *job = new HhResponsesPageJob(m_network, m_options.baseUrl, m_token, m_options.userAgent,
                                       vacancy, m_page, m_options.perPage, this);
    job->setTimeout(m_options.timeoutMs);
    connect(job, &NetworkJob::finished, this, [this, job] { onPage(job); });
    m_job = job;
    job->start();
}

void HhResponsesPuller::onPage(HhResponsesPageJob *job)
{
    m_job = nullptr;
    if (!job->ok()) {
        failJob(job, tr("vacancy %1, page %2").arg(job->vacancyId()).arg(job->page() + 1));
        return;
    }
    recordCall(job, {});
    m_pages = job->pages();
    m_found = job->found();
    m_pending.clear();
    m_nextResume = 0;
    QStringList ids;
    for (const QJsonValue &item : job->items()) {
        ids << item.toObject().value(u"id").toString();
    }
    QString error;
    const QSet<QString> known = m_importer.alreadyPulled(ids, &error);
    if (!error.isEmpty()) {
        fail(tr("Cannot read the hh.ru responses pulled before: %1").arg(error));
        return;
    }
    for (const QJsonValue &item : job->items()) {
        const QJsonObject negotiation = item.toObject();
        const QString id = negotiation.value(u"id").toString();
        if (known.contains(id) || m_settledThisRun.contains(id)) {
            ++m_report.alreadyPulled;
            continue;
        }
        m_settledThisRun.insert(id);
        m_pending.append({negotiation, {}});
    }
    m_seen += int(job->items().size());
    requestNextResume();
}

void HhResponsesPuller::requestNextResume()
{
    while (m_nextResume < m_pending.size()) {
        const QJsonObject shortResume =
            m_pending.at(m_nextResume).negotiation.value(u"resume").toObject();
        const QUrl url(shortResume.value(u"url").toString());
        if (shortResume.isEmpty() || !url.isValid() || url.path().isEmpty()) {
            ++m_nextResume; // no resume to fetch: read from the list as it is
            continue;
        }
        auto *job =
            new HhResumeJob(m_network, m_options.baseUrl, m_token, m_options.userAgent, url, this);
        job->setTimeout(m_options.timeoutMs);
        connect(job, &NetworkJob::finished, this, [this, job] { onResume(job); });
        m_job = job;
        job->start();
        return;
    }
    applyPage();
}

void HhResponsesPuller::onResume(HhResumeJob *job)
{
    m_job = nullptr;
    Pending &pending = m_pending[m_nextResume];
    const bool hidden =
        !job->tokenRefused() && (job->httpStatus() == 404 || job->httpStatus() == 403);
    if (!job->ok() && !hidden) {
        failJob(job, tr("resume of response %1").arg(pending.negotiation.value(u"id").toString()));
        return;
    }
    recordCall(job, job->ok() ? QString() : job->userMessage());
    if (job->ok()) {
        pending.resume = job->resume();
    } else {
        // The applicant hid or deleted the resume after responding: the response is
        // rejected below with that reason rather than stopping the pull.
        pending.negotiation.insert(QStringLiteral("resume"), QJsonValue::Null);
    }
    ++m_nextResume;
    requestNextResume();
}

void HhResponsesPuller::applyPage()
{
    const VacancyLink &link = m_options.vacancies.at(m_vacancy);
    QList<HhResponse> responses;
    for (const Pending &pending : std::as_const(m_pending)) {
        responses.append(m_importer.read(pending.negotiation, pending.resume, link.hhVacancyId));
    }
    QString error;
    if (!m_importer.applyPage(responses, m_localVacancies.at(m_vacancy), now(), &m_report,
                              &error)) {
        // Not settled: taken again by the next pull.
        for (const Pending &pending : std::as_const(m_pending)) {
            m_settledThisRun.remove(pending.negotiation.value(u"id").toString());
        }
        fail(tr("The hh.ru responses could not be saved: %1").arg(error));
        return;
    }
    m_pending.clear();
    emit progress(link.hhVacancyId, m_seen, m_found);
    if (!m_running) {
        return; // a listener cancelled
    }
    if (m_page + 1 < m_pages) {
        ++m_page;
        requestPage();
        return;
    }
    if (m_vacancy + 1 < m_options.vacancies.size()) {
        ++m_vacancy;
        m_page = 0;
        m_seen = 0;
        requestPage();
        return;
    }
    m_running = false;
    m_health.saveState(QString::fromLatin1(Service), ConnectionState::Online, now());
    emit finished(m_report);
}

void HhResponsesPuller::failJob(const HhJob *job, const QString &what)
{
    const QString message = tr("hh.ru, %1: %2").arg(what, job->userMessage());
    recordCall(job, message);
    const NetworkJob::Error error = job->error();
    const bool unreachable =
        error == NetworkJob::Error::Network || error == NetworkJob::Error::Timeout;
    m_health.saveState(QString::fromLatin1(Service),
                       unreachable ? ConnectionState::Offline : ConnectionState::Degraded, now());
    if (job->tokenRefused()) {
        emit tokenNeeded(job->userMessage());
    }
    fail(message);
}

void HhResponsesPuller::fail(const QString &message)
{
    m_running = false;
    m_pending.clear();
    m_report.error = message;
    emit failed(message);
}

void HhResponsesPuller::recordCall(const NetworkJob *job, const QString &message)
{
    const QString service = QString::fromLatin1(Service);
    const QDateTime at = now();
    // The health tables are a view of what happened, not part of the pull: a failure to write
    // them must not stop it.
    m_health.recordOutcome(service, at, job->elapsedMs(), job->httpStatus(),
                           job->ok() ? QString() : message);
}

} // namespace bbd
