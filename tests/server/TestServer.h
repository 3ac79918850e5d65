#pragma once

#include "Faults.h"
#include "HttpMessage.h"
#include "PlatformApi.h"
#include "ThirdPartyMocks.h"

#include <QDateTime>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

namespace bbd::testserver {

// One request as the server saw it, with the status it answered (0 when it never answered).
struct RecordedRequest
{
    QString service; // "platform", "jira", "zoom", "graph", "slack", "hh", "unknown"
    QByteArray method;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    int status = 0;
    QDateTime receivedAt;

    QByteArray header(const QByteArray &name) const;
};

// The loopback server: the platform API on its own SQLite file plus the third-party mocks,
// every request recorded, faults armed through faults(). Single-threaded: it runs on the
// event loop of the thread that owns it and serves any number of connections at once.
class TestServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRecorded = 10000;

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Opens the store (`databasePath` empty = in memory) and listens on 127.0.0.1:`port`
    // (0 = any free port). False with errorString() on failure.
    bool start(quint16 port = 0, const QString &databasePath = {});
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"

    // The API key the platform endpoints want as "Authorization: Bearer <key>".
    void setApiKey(const QByteArray &key);

    Faults &faults() { return m_faults; }
    PlatformApi &platform() { return *m_platform; } // valid after a successful start()
    ThirdPartyMocks &mocks() { return m_mocks; }

    // Recorded requests, oldest first; only those of `service` when given.
    QList<RecordedRequest> recorded(const QString &service = {}) const;
    void clearRecorded() { m_recorded.clear(); }
    int openConnections() const { return m_connections; }

signals:
    void requestHandled(const bbd::testserver::RecordedRequest &request);

private:
    Reply handle(HttpRequest request);
    Reply route(const HttpRequest &request, const QString &service);

    QTcpServer m_tcp;
    Faults m_faults;
    ThirdPartyMocks m_mocks;
    std::unique_ptr<PlatformApi> m_platform;
    QByteArray m_apiKey = "dev-key";
    QList<RecordedRequest> m_recorded;
    QString m_error;
    qint64 m_requestCounter = 0;
    int m_connections = 0;
};

} // namespace bbd::testserver
