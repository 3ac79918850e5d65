#include "HttpConnection.h"

#include <QTimer>
#include <QUrl>

namespace bbd::testserver {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
    // Data may have arrived before the signal was connected.
    QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        HttpResponse error;
        const Parse result = parseRequest(&request, &error);
        if (result == Parse::NeedMore) {
            return;
        }
        if (result == Parse::Error) {
            m_busy = true;
            m_buffer.clear();
            write(error, false, false);
            return;
        }
        const QByteArray connection = request.header("Connection").toLower();
        const bool keepAlive =
            request.version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
        m_busy = true;
        deliver(m_handler(request), keepAlive);
    }
}

HttpConnection::Parse HttpConnection::parseRequest(HttpRequest *request, HttpResponse *error)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes) {
            *error = HttpResponse::text(431, "request headers too large\n");
            return Parse::Error;
        }
        return Parse::NeedMore;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        *error = HttpResponse::text(400, "malformed request line\n");
        return Parse::Error;
    }
    request->method = requestLine[0];
    request->target = requestLine[1];
    request->version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = HttpResponse::text(400, "malformed header line\n");
            return Parse::Error;
        }
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (request->hasHeader("Transfer-Encoding")) {
        *error = HttpResponse::text(501, "chunked request bodies are not supported\n");
        return Parse::Error;
    }
    qsizetype length = 0;
    if (request->hasHeader("Content-Length")) {
        bool ok = false;
        length = request->header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            *error = HttpResponse::text(400, "malformed Content-Length\n");
            return Parse::Error;
        }
        if (length > MaxBodyBytes) {
            *error = HttpResponse::text(413, "request body too large\n");
            return Parse::Error;
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < length) {
        if (!m_sentContinue && request->header("Expect").toLower() == "100-continue") {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return Parse::NeedMore;
    }
    request->body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    m_sentContinue = false;

    const qsizetype question = request->target.indexOf('?');
    request->path =
        QUrl::fromPercentEncoding(question < 0 ? request->target : request->target.left(question));
    if (question >= 0) {
        request->query.setQuery(QString::fromLatin1(request->target.mid(question + 1)));
    }
    request->peer = m_socket->peerAddress().toString().toLatin1() + ':' +
                    QByteArray::number(m_socket->peerPort());
    return Parse::Complete;
}

void HttpConnection::deliver(const Reply &reply, bool keepAlive)
{
    if (reply.delivery == Reply::Delivery::Never) {
        return; // stays busy: later requests on this connection wait behind the held one
    }
    const bool cut = reply.delivery == Reply::Delivery::CutMidBody;
    if (reply.delayMs <= 0) {
        write(reply.response, keepAlive, cut);
        return;
    }
    QTimer::singleShot(reply.delayMs, this, [this, response = reply.response, keepAlive, cut] {
        write(response, keepAlive, cut);
    });
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive, bool cut)
{
    if (!m_socket) {
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepAlive && !cut ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (cut) {
        // Half the body (half the head when there is no body): the client sees a response
        // that ends before its Content-Length says it does.
        const QByteArray whole = head + response.body;
        const qsizetype at =
            response.body.isEmpty() ? head.size() / 2 : head.size() + response.body.size() / 2;
        m_socket->write(whole.left(at));
        m_socket->flush();
        // Close a moment later: a client that saw the close together with the first bytes may
        // take it for a stale keep-alive connection and silently resend the request, which
        // would hide the cut from the test that asked for it.
        QTimer::singleShot(50, this, [this] {
            if (m_socket) {
                m_socket->disconnectFromHost();
            }
        });
        return;
    }
    m_socket->write(head);
    m_socket->write(response.body);
    finishResponse(keepAlive);
}

void HttpConnection::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    m_busy = false;
    // A pipelined request may already be waiting in the buffer.
    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

} // namespace bbd::testserver
