#include "app/sync/NetworkJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace bbd {
namespace {

// The error shapes of the other services the outbox talks to, so the user reads the vendor's
// own words: Jira {"errorMessages": [...], "errors": {field: text}}, Zoom {"code", "message"},
// a Slack webhook's short plain-text reason ("no_text").
QString vendorMessage(const QJsonDocument &json, const QByteArray &body)
{
    const QJsonObject object = json.object();
    QStringList parts;
    for (const QJsonValue &value : object.value(u"errorMessages").toArray()) {
        parts.append(value.toString());
    }
    const QJsonObject fields = object.value(u"errors").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        parts.append(it.key() + QStringLiteral(": ") + it.value().toString());
    }
    parts.removeAll(QString());
    if (!parts.isEmpty()) {
        return parts.join(u' ');
    }
    if (object.value(u"message").isString()) {
        return object.value(u"message").toString();
    }
    const QByteArray text = body.trimmed();
    if (json.isNull() && !text.isEmpty() && text.size() <= 200 && !text.contains('<')) {
        return QString::fromUtf8(text);
    }
    return {};
}

} // namespace

NetworkJob::NetworkJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_apiKey(std::move(apiKey))
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    // A job destroyed mid-flight (its owner went away) must not leave a callback behind.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    QUrl url(m_baseUrl.toString(QUrl::StripTrailingSlash) + path());
    // Opaque cursors and tokens may hold '+', '/' or '=': every value is percent-encoded in
    // full, as QUrlQuery alone leaves '+' bare and a server may read it as a space.
    QStringList pairs;
    const auto items = query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        pairs.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!pairs.isEmpty()) {
        url.setQuery(pairs.join(u'&'));
    }
    QNetworkRequest request(url);
    // The platform never redirects; following one could carry the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("X-Request-Id", m_requestId);
    request.setRawHeader("Accept", "application/json");
    if (sendsApiKey() && m_apiKey && m_authScheme != AuthScheme::None) {
        const QByteArray authorizationValue = authorization(m_authScheme, m_apiKey());
        if (!authorizationValue.isEmpty()) {
            request.setRawHeader("Authorization", authorizationValue);
        }
    }
    const QByteArray body = requestBody();
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    addHeaders(request);
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    // TLS errors are left alone on purpose: without ignoreSslErrors() the reply fails, which is
    // the only safe answer to a certificate nobody can vouch for.
    m_reply = m_network->sendCustomRequest(request, method(), body);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onFinished);
    m_timer.start(m_timeoutMs);
}

QByteArray NetworkJob::authorization(AuthScheme scheme, const QString &secret)
{
    if (secret.isEmpty()) {
        return {};
    }
    switch (scheme) {
    case AuthScheme::Bearer:
        return "Bearer " + secret.toUtf8();
    case AuthScheme::Basic:
        return "Basic " + secret.toUtf8().toBase64();
    case AuthScheme::None:
        break;
    }
    return {};
}

void NetworkJob::addHeaders(QNetworkRequest &request) const
{
    Q_UNUSED(request)
}

QByteArray NetworkJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void NetworkJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort(); // emits finished(), which reports the timeout
    }
}

void NetworkJob::onFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    m_elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedAtMs;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError transport = reply->error();

    if (m_timedOut) {
        finish(Error::Timeout, tr("The server did not answer within %1 seconds.")
                                   .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3)));
        return;
    }
    // Transport errors are the codes below 100; 2xx..4xx codes describe HTTP statuses.
    const bool transportFailed = transport != QNetworkReply::NoError &&
                                 int(transport) < int(QNetworkReply::ContentAccessDenied);
    if (m_httpStatus == 0) {
        finish(Error::Network, tr("No connection to the server: %1").arg(reply->errorString()));
        return;
    }
    // Qt 6.4 may report success for a body cut short when the close arrives with the last
    // bytes, so the length is checked here; a cut is a broken connection, whatever Qt says.
    bool hasLength = false;
    const qint64 declared = responseHeader("Content-Length").toLongLong(&hasLength);
    if (transportFailed || (hasLength && m_body.size() < declared)) {
        finish(Error::Network, tr("The connection closed before the whole answer arrived."));
        return;
    }

    QJsonParseError parse;
    m_json = QJsonDocument::fromJson(m_body, &parse);
    const bool validJson = parse.error == QJsonParseError::NoError;
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        // An empty body (202, 204) reaches parseSuccess() as a null document; text that is
        // not JSON never does.
        const bool readable = validJson || m_body.trimmed().isEmpty() || m_acceptsText;
        if (!readable || !parseSuccess(m_json)) {
            finish(Error::Malformed, tr("The server's answer could not be read."));
            return;
        }
        finish(Error::None, QString());
        return;
    }

    const QJsonObject error = m_json.object().value(u"error").toObject();
    m_errorCode = error.value(u"code").toString();
    QString message = error.value(u"message").toString();
    if (message.isEmpty()) {
        message = vendorMessage(m_json, m_body);
    }
    if (message.isEmpty()) {
        message =
            tr("The server answered %1 %2.")
                .arg(m_httpStatus)
                .arg(QString::fromLatin1(
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
    }
    if (validJson) {
        parseFailure(m_json);
    }
    if (m_httpStatus == 401) {
        finish(Error::Unauthorized, message);
    } else if (m_httpStatus == 412) {
        finish(Error::Conflict, message);
    } else if (m_httpStatus == 429) {
        m_retryAfterSeconds =
            parseRetryAfter(responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        finish(Error::RateLimited, message);
    } else if (m_httpStatus >= 500) {
        finish(Error::Server, message);
    } else {
        finish(Error::Client, message);
    }
}

void NetworkJob::finish(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    m_finished = true;
    emit finished(this);
    deleteLater();
}

int NetworkJob::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return -1;
    }
    bool number = false;
    const int seconds = text.toInt(&number);
    if (number) {
        return seconds >= 0 ? seconds : -1;
    }
    // An HTTP-date is IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); Qt reads it as RFC 2822
    // once the zone is written as an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT")) {
        date = date.chopped(3) + QStringLiteral("+0000");
    }
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid()) {
        return -1;
    }
    return int(qMax<qint64>(0, now.secsTo(at)));
}

QString NetworkJob::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Network:
        return QStringLiteral("network");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Unauthorized:
        return QStringLiteral("unauthorized");
    case Error::Conflict:
        return QStringLiteral("conflict");
    case Error::RateLimited:
        return QStringLiteral("rate_limited");
    case Error::Server:
        return QStringLiteral("server");
    case Error::Client:
        return QStringLiteral("client");
    case Error::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

} // namespace bbd
