#include "app/integrations/HhJobs.h"

#include <QCoreApplication>
#include <QNetworkRequest>

#include <algorithm>

namespace bbd {

HhJob::HhJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider token,
             QByteArray userAgent, QObject *parent)
    : NetworkJob(network, baseUrl, std::move(token), parent)
    , m_userAgent(std::move(userAgent))
{}

QByteArray HhJob::userAgentFor(const QString &contact)
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) {
        version = QStringLiteral("1.0");
    }
    QString agent = QStringLiteral("ButterboardDesk/") + version;
    if (!contact.trimmed().isEmpty()) {
        agent += QStringLiteral(" (") + contact.trimmed() + u')';
    }
    return agent.toUtf8();
}

void HhJob::addHeaders(QNetworkRequest &request) const
{
    // HH-User-Agent is the form hh.ru reads when a client cannot set User-Agent; both are sent
    // so that neither check fails.
    request.setRawHeader("User-Agent", m_userAgent);
    request.setRawHeader("HH-User-Agent", m_userAgent);
}

void HhJob::parseFailure(const QJsonDocument &json)
{
    const QJsonObject first = json.object().value(u"errors").toArray().first().toObject();
    m_errorType = first.value(u"type").toString();
    m_errorValue = first.value(u"value").toString();
}

bool HhJob::tokenRefused() const
{
    return error() == Error::Unauthorized || (httpStatus() == 403 && m_errorType == u"oauth");
}

QString HhJob::userMessage() const
{
    if (tokenRefused()) {
        return m_errorValue.isEmpty()
                   ? tr("hh.ru refused the token. Enter a valid hh.ru token in Settings.")
                   : tr("hh.ru refused the token (%1). Enter a valid hh.ru token in Settings.")
                         .arg(m_errorValue);
    }
    if (httpStatus() == 403 && m_errorType == u"api_access_payment") {
        return tr("The hh.ru employer account has no paid API access to responses.");
    }
    if (httpStatus() == 403) {
        return tr("hh.ru does not let this account read the responses (%1).")
            .arg(m_errorValue.isEmpty() ? m_errorType : m_errorValue);
    }
    if (httpStatus() == 400 && m_errorType == u"bad_user_agent") {
        return tr("hh.ru refused the application's User-Agent (%1).").arg(m_errorValue);
    }
    if (httpStatus() == 400 && m_errorType == u"bad_argument") {
        return tr("hh.ru did not accept the request's %1.").arg(m_errorValue);
    }
    if (httpStatus() == 404) {
        return tr("hh.ru does not know this vacancy or resume, or this account cannot see it.");
    }
    if (error() == Error::Malformed) {
        return tr("hh.ru's answer could not be read.");
    }
    if (error() == Error::RateLimited) {
        return retryAfterSeconds() >= 0
                   ? tr("hh.ru limits the requests (429): try again in %n second(s).", nullptr,
                        retryAfterSeconds())
                   : tr("hh.ru limits the requests (429): try again later.");
    }
    if (error() == Error::Server) {
        return tr("hh.ru answered with a server error (%1): try again later.").arg(httpStatus());
    }
    return errorMessage();
}

HhResponsesPageJob::HhResponsesPageJob(QNetworkAccessManager *network, const QUrl &baseUrl,
                                       ApiKeyProvider token, QByteArray userAgent,
                                       QString vacancyId, int page, int perPage, QObject *parent)
    : HhJob(network, baseUrl, std::move(token), std::move(userAgent), parent)
    , m_vacancyId(std::move(vacancyId))
    , m_page(page)
    , m_perPage(std::clamp(perPage, 1, MaxPerPage))
{}

QUrlQuery HhResponsesPageJob::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("vacancy_id"), m_vacancyId);
    query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    return query;
}

bool HhResponsesPageJob::parseSuccess(const QJsonDocument &json)
{
    const QJsonObject page = json.object();
    const QJsonValue items = page.value(u"items");
    if (!items.isArray() || !page.value(u"pages").isDouble() || !page.value(u"found").isDouble()) {
        return false;
    }
    // Every response must carry its id: it is what makes a second pull harmless.
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || object.value(u"id").toString().isEmpty()) {
            return false;
        }
    }
    m_items = items.toArray();
    m_found = page.value(u"found").toInt();
    m_pages = page.value(u"pages").toInt();
    return true;
}

HhResumeJob::HhResumeJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider token,
                         QByteArray userAgent, const QUrl &resumeUrl, QObject *parent)
    : HhJob(network, baseUrl, std::move(token), std::move(userAgent), parent)
    , m_path(resumeUrl.path())
    , m_query(resumeUrl)
{
    // A base URL with a path of its own (a proxy at https://proxy/hh) is not repeated.
    const QString basePath = baseUrl.path();
    if (basePath.size() > 1 && m_path.startsWith(basePath)) {
        m_path = m_path.mid(basePath.size());
    }
}

bool HhResumeJob::parseSuccess(const QJsonDocument &json)
{
    if (!json.isObject() || json.object().value(u"id").toString().isEmpty()) {
        return false;
    }
    m_resume = json.object();
    return true;
}

} // namespace bbd
