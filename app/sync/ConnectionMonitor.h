#pragma once

#include "app/sync/PlatformJobs.h"
#include "app/sync/ServiceHealth.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>

namespace bbd {

// Online, degraded or offline for one service, from two sources: GET /api/v1/health (asked at
// start() and then every interval) and the outcomes of the requests the sync engine makes in
// between. Offline is a normal state the app works in, not an error. The state is persisted in
// service_health, so the app starts showing the last known state until the first answer.
//
// Health ok -> online; degraded -> degraded; down (503) or no answer -> offline; any other
// failure of the health request -> degraded. Between checks: an answered request brings an
// offline service back online; a 5xx, 429 or unreadable answer makes an online service
// degraded; a failed connection makes it degraded, and a second one in a row offline.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 60000;
    static constexpr int DefaultTimeoutMs = 10000;

    ConnectionMonitor(QSqlDatabase db, QNetworkAccessManager *network, const QUrl &baseUrl,
                      const QString &service = QStringLiteral("platform"),
                      QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    ConnectionState state() const { return m_state; }
    // Why, in words for the status bar's tooltip (the server's message or the network error).
    QString detail() const { return m_detail; }

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Checks now and then every interval.
    void start();
    void stop();
    // One health request now; ignored while one is under way.
    void check();
    bool isChecking() const { return m_job != nullptr; }

public slots:
    // Connect OutboxDispatcher::requestFinished (and the puller's) here.
    void reportOutcome(bbd::NetworkJob::Error error);

signals:
    void stateChanged(bbd::ConnectionState state, const QString &detail);
    void checked(bbd::ConnectionState state);
    void storageFailed(const QString &message);

private:
    void onHealthFinished(HealthJob *job);
    void setState(ConnectionState state, const QString &detail);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_service;
    QTimer m_timer;
    int m_timeoutMs = DefaultTimeoutMs;
    QPointer<HealthJob> m_job;
    ConnectionState m_state = ConnectionState::Unknown;
    QString m_detail;
    int m_connectionFailures = 0; // in a row, between answers
};

} // namespace bbd
