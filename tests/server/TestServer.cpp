#include "TestServer.h"

#include "HttpConnection.h"

#include <QHostAddress>

namespace bbd::testserver {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
            ++m_connections;
            auto *connection = new HttpConnection(
                socket, [this](const HttpRequest &request) { return handle(request); }, this);
            connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
        }
    });
}

TestServer::~TestServer() = default;

bool TestServer::start(quint16 port, const QString &databasePath)
{
    m_platform = std::make_unique<PlatformApi>(databasePath, &m_faults);
    if (!m_platform->isOpen()) {
        m_error = m_platform->errorString();
        return false;
    }
    m_platform->setApiKey(m_apiKey);
    if (!m_tcp.listen(QHostAddress::LocalHost, port)) {
        m_error = m_tcp.errorString();
        return false;
    }
    return true;
}

void TestServer::stop()
{
    m_tcp.close();
    const auto connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections) {
        delete connection;
    }
    m_connections = 0;
}

quint16 TestServer::port() const
{
    return m_tcp.serverPort();
}

QUrl TestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TestServer::setApiKey(const QByteArray &key)
{
    m_apiKey = key;
    if (m_platform) {
        m_platform->setApiKey(key);
    }
}

QList<RecordedRequest> TestServer::recorded(const QString &service) const
{
    if (service.isEmpty()) {
        return m_recorded;
    }
    QList<RecordedRequest> list;
    for (const RecordedRequest &request : m_recorded) {
        if (request.service == service) {
            list.append(request);
        }
    }
    return list;
}

Reply TestServer::handle(HttpRequest request)
{
    request.requestId = request.header("X-Request-Id");
    if (request.requestId.isEmpty()) {
        request.requestId = "srv-" + QByteArray::number(++m_requestCounter);
    }
    QString service = ThirdPartyMocks::serviceFor(request.path);
    if (request.path.startsWith(u"/api/v1/")) {
        service = QStringLiteral("platform");
    } else if (service.isEmpty()) {
        service = QStringLiteral("unknown");
    }

    Reply reply;
    const Faults::Action fault = m_faults.take(request.path);
    switch (fault.kind) {
    case Faults::Kind::Fail:
        reply.response =
            errorResponse(fault.status, QStringLiteral("unavailable"),
                          QStringLiteral("Injected server failure."), request.requestId);
        break;
    case Faults::Kind::Throttle:
        reply.response =
            errorResponse(429, QStringLiteral("rate_limited"),
                          QStringLiteral("Too many requests; retry later."), request.requestId);
        reply.response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        break;
    case Faults::Kind::Hold:
        reply.delivery = Reply::Delivery::Never;
        break;
    default:
        reply = route(request, service);
        break;
    }
    if (fault.kind == Faults::Kind::Cut) {
        reply.delivery = Reply::Delivery::CutMidBody;
    } else if (fault.kind == Faults::Kind::Malform) {
        // Keep the status and type, break the JSON: a truncated document with junk after it.
        reply.response.body =
            reply.response.body.left(reply.response.body.size() / 2) + "\x01<html>garbage";
        reply.response.setHeader("Content-Type", "application/json; charset=utf-8");
    }
    reply.delayMs = m_faults.latencyMs();
    reply.response.setHeader("X-Request-Id", request.requestId);

    RecordedRequest record{service,
                           request.method,
                           request.path,
                           request.query,
                           request.headers,
                           request.body,
                           reply.delivery == Reply::Delivery::Never ? 0 : reply.response.status,
                           QDateTime::currentDateTimeUtc()};
    if (m_recorded.size() >= MaxRecorded) {
        m_recorded.removeFirst();
    }
    m_recorded.append(record);
    emit requestHandled(record);
    return reply;
}

Reply TestServer::route(const HttpRequest &request, const QString &service)
{
    Reply reply;
    if (service == u"platform") {
        if (request.path == u"/api/v1/health" && m_faults.health() == Faults::Health::Silent) {
            reply.delivery = Reply::Delivery::Never;
            return reply;
        }
        reply.response = m_platform->handle(request);
    } else if (service == u"unknown") {
        reply.response =
            errorResponse(404, QStringLiteral("not_found"),
                          QStringLiteral("No such endpoint: ") + request.path, request.requestId);
    } else {
        reply.response = m_mocks.handle(request, service, baseUrl().toString().toLatin1());
    }
    return reply;
}

} // namespace bbd::testserver
