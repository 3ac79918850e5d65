#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace bbd::testserver {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Header names keep their case as sent; lookups ignore case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // as on the request line: path plus query
    QByteArray version; // "HTTP/1.1"
    QString path;       // percent-decoded path without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QByteArray peer;      // "127.0.0.1:54321", for logs
    QByteArray requestId; // X-Request-Id as sent, or one the server made up

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse empty(int status);
    static QByteArray reasonPhrase(int status);
};

// How a computed response reaches the wire; faults change the delivery, not the answer.
struct Reply
{
    enum class Delivery {
        Normal,
        CutMidBody, // headers and half the body, then the connection is closed
        Never,      // the request is held; no answer is ever written
    };
    HttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
};

} // namespace bbd::testserver
