#pragma once

#include "app/sync/PlatformJobs.h"
#include "app/sync/RetryPolicy.h"
#include "app/sync/ServiceHealth.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace bbd {

// Delivers the outbox rows of one service: the due rows (pending, or failed and past their
// next_attempt_at), oldest first, one request at a time, and a row only when every earlier row
// of the same entity on that service has been sent (a PATCH never overtakes its POST). Each
// row keeps its idempotency key on every retry, so a write the server made but whose answer
// was lost is replayed, not doubled.
//
// How a row ends:
//  - 2xx: sent (the answer kept in `response`);
//  - 412: conflict (the server's record in `conflict_record`) until the user decides;
//  - other 4xx: failed with the server's message and no next attempt, until the user acts;
//  - 5xx, 429, network, timeout, unreadable answer: failed with a next attempt from the
//    RetryPolicy, and the whole service backs off (persisted in service_health) because a
//    struggling server is not helped by the rest of the queue;
//  - 401: the row goes back to pending, the drain stops and apiKeyNeeded() asks for the key.
// Every status change is one transaction. Everything runs on signals: the caller's thread
// never waits on the network.
class OutboxDispatcher : public QObject
{
    Q_OBJECT

public:
    // A row just delivered, as afterSent() sees it.
    struct SentRow
    {
        qint64 id = 0;
        QByteArray method;
        QString path;
        QString entityType;
        qint64 entityId = 0;
    };
    // Runs inside the transaction that marks the row sent, so what it writes (the id the
    // server gave a new record, later rows of the entity rewritten to it) lands with the row's
    // state or not at all. False with `error` set leaves the row unsent; the drain stops.
    using AfterSent =
        std::function<bool(const SentRow &row, const QJsonObject &record, QString *error)>;

    struct Options
    {
        QString service = QStringLiteral("platform");
        QUrl baseUrl;
        int timeoutMs = NetworkJob::DefaultTimeoutMs;

        // Third-party services (app/integrations/IntegrationHub.cpp sets these per service).
        NetworkJob::AuthScheme auth = NetworkJob::AuthScheme::Bearer;
        bool textAnswers = false; // a plain-text 2xx ("ok") is a success
        // Turns the path stored in a row into the path sent, for a secret that is itself an
        // address (a Slack webhook) and so never goes into the outbox table. An empty result
        // means the secret is not known yet: nothing is sent and apiKeyNeeded() asks for it.
        std::function<QString(const QString &storedPath)> sendPath = {};

        // Runs inside the transaction that marks a row sent (the platform resources store the
        // new id and version, and fill them into later rows of the same record).
        AfterSent afterSent = {};
    };

    // Rows a crash left 'in_flight' go back to 'pending' here: whether the server got them is
    // unknown, and resending with the same key is safe either way.
    OutboxDispatcher(QSqlDatabase db, QNetworkAccessManager *network, ApiKeyProvider apiKey,
                     RetryPolicy policy, Options options, QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // Sends due rows until none is left, the service backs off or the key is refused.
    // Does nothing while a drain runs. A back-off is waited out by a timer that drains again.
    void drain();
    bool isDraining() const { return m_job != nullptr; }
    bool isWaitingForKey() const { return m_waitingForKey; }
    // Forgets the service's back-off and makes every row waiting for a retry due now (the
    // user's "Retry now", or the connection coming back).
    bool retryNow();

    // For owners that build the dispatcher before the hook's target (SyncEngine).
    void setAfterSent(AfterSent hook) { m_options.afterSent = std::move(hook); }

    QString service() const { return m_options.service; }
    int recoveredAtStart() const { return m_recovered; }
    QString lastError() const { return m_lastError; }

signals:
    void itemSent(qint64 outboxId, const QJsonObject &record);
    void itemFailed(qint64 outboxId, const QString &message, bool willRetry);
    void itemConflicted(qint64 outboxId, const QJsonObject &serverRecord);
    // Every request's outcome, for the ConnectionMonitor.
    void requestFinished(bbd::NetworkJob::Error error);
    void apiKeyNeeded(const QString &message);
    void backingOff(const QDateTime &until);
    // The local database refused a status change; the drain stops.
    void storageFailed(const QString &message);
    // The drain stopped: nothing due, backing off, waiting for the key or a storage failure.
    void drained();

private:
    struct Row
    {
        qint64 id = 0;
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray ifMatch;
        QByteArray idempotencyKey;
        QString entityType;
        qint64 entityId = 0;
    };

    int recoverInterrupted();
    void sendNext();
    bool nextDue(Row *row);
    void onFinished(const Row &row, PushJob *job);
    // Stores how the row's request ended; true when the drain goes on with the next row.
    bool storeOutcome(const Row &row, PushJob *job);
    bool update(const QString &sql, const QVariantList &values, const std::function<bool()> &also);
    bool recordCall(const NetworkJob *job);
    void stop();
    void scheduleWake(const QDateTime &until);
    void scheduleNextDue();

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    ApiKeyProvider m_apiKey;
    RetryPolicy m_policy;
    Options m_options;
    ServiceHealthTable m_health;
    QPointer<PushJob> m_job;
    QTimer m_wake;
    bool m_waitingForKey = false;
    int m_recovered = 0;
    QString m_lastError;
    QString m_alsoError; // why an update()'s `also` refused, when not the health table
};

} // namespace bbd
