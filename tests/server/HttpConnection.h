#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace bbd::testserver {

// One client connection: reads HTTP/1.1 requests out of whatever pieces TCP delivers, hands
// each complete request to the handler, writes the reply (after its delay, damaged if the
// reply says so) and keeps the connection for the next request unless either side wants it
// closed. Requests on one connection are answered in order; chunked request bodies are not
// supported (501), as no client of this project sends them.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<Reply(const HttpRequest &)>;

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

signals:
    void closed();

private:
    enum class Parse { NeedMore, Complete, Error };

    void onReadyRead();
    void processBuffer();
    Parse parseRequest(HttpRequest *request, HttpResponse *error);
    void deliver(const Reply &reply, bool keepAlive);
    void write(const HttpResponse &response, bool keepAlive, bool cut);
    void finishResponse(bool keepAlive);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false; // a reply is pending (delayed or held)
    bool m_sentContinue = false;
};

} // namespace bbd::testserver
