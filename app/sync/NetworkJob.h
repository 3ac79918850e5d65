#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bbd {

// Hands the current API key to a job at the moment it sends. Tests give a fixed key; the app
// gives the key it read from the CredentialStore. An empty key sends no Authorization header
// (the server then answers 401, which asks the user for the key).
using ApiKeyProvider = std::function<QString()>;

// One HTTP request to a service, shaped after Nextcloud's AbstractNetworkJob: the job owns its
// timeout, its X-Request-Id, the Bearer header and the mapping of every way a request can end
// to one small error enum, so callers decide on retries from that enum alone. A job runs once;
// it emits finished() and deletes itself afterwards (deleteLater), so connect before start().
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Network,      // no connection, refused, reset, cut mid-body, TLS failure
        Timeout,      // no whole answer within the job's timeout
        Unauthorized, // 401: the key is missing or wrong
        Conflict,     // 412: the record changed on the server
        RateLimited,  // 429: wait retryAfterSeconds()
        Server,       // 5xx
        Client,       // any other 4xx: the request itself is wrong
        Malformed,    // a success whose body is not the JSON the contract promises
    };
    Q_ENUM(Error)

    // How the secret goes into the request: "Bearer <secret>" (the platform, Graph, Zoom),
    // "Basic base64(<secret>)" with the secret written "email:api_token" (Jira Cloud), or not
    // at all (a Slack incoming webhook, whose secret is its own address).
    enum class AuthScheme { Bearer, Basic, None };
    Q_ENUM(AuthScheme)

    static constexpr int DefaultTimeoutMs = 30000;

    NetworkJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
               QObject *parent = nullptr);
    ~NetworkJob() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setAuthScheme(AuthScheme scheme) { m_authScheme = scheme; }
    AuthScheme authScheme() const { return m_authScheme; }
    // Some services answer a success in plain text (a Slack webhook says "ok"); with this set
    // such an answer is a success instead of an unreadable one.
    void setAcceptsTextAnswer(bool accepts) { m_acceptsText = accepts; }
    bool acceptsTextAnswer() const { return m_acceptsText; }
    // The Authorization header value for `secret` under `scheme`; empty for None or no secret.
    static QByteArray authorization(AuthScheme scheme, const QString &secret);
    // Sends the request; finished() follows asynchronously, never from inside start().
    void start();
    bool isRunning() const { return m_started && !m_finished; }

    Error error() const { return m_error; }
    bool ok() const { return m_error == Error::None; }
    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer arrived
    // For the user and the outbox: the server's own message when it sent one.
    QString errorMessage() const { return m_errorMessage; }
    QString errorCode() const { return m_errorCode; } // the server's error.code, if any
    // Seconds to wait, from Retry-After; -1 when the answer had none.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QByteArray requestId() const { return m_requestId; }
    QByteArray responseBody() const { return m_body; }
    QJsonDocument responseJson() const { return m_json; }
    QByteArray responseHeader(const QByteArray &name) const;
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 10.2.3); -1 when neither.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    static QString errorName(Error error);

signals:
    void finished(bbd::NetworkJob *job);

protected:
    virtual QByteArray method() const = 0;
    virtual QString path() const = 0; // absolute path on the service, "/api/v1/health"
    virtual QUrlQuery query() const { return {}; }
    virtual QByteArray requestBody() const { return {}; }
    virtual bool sendsApiKey() const { return true; }
    // Extra headers of the request kind (Idempotency-Key, If-Match…).
    virtual void addHeaders(QNetworkRequest &request) const;
    // Reads a 2xx body; false makes the job fail as Malformed.
    virtual bool parseSuccess(const QJsonDocument &json) = 0;
    // Reads an error body the request kind cares about (a 412's current record…).
    virtual void parseFailure(const QJsonDocument &json) { Q_UNUSED(json) }

private:
    void onTimeout();
    void onFinished();
    void finish(Error error, const QString &message);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ApiKeyProvider m_apiKey;
    int m_timeoutMs = DefaultTimeoutMs;
    AuthScheme m_authScheme = AuthScheme::Bearer;
    bool m_acceptsText = false;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    bool m_timedOut = false;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_startedAtMs = 0;

    Error m_error = Error::None;
    int m_httpStatus = 0;
    QString m_errorMessage;
    QString m_errorCode;
    int m_retryAfterSeconds = -1;
    QByteArray m_requestId;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_elapsedMs = 0;
};

} // namespace bbd
