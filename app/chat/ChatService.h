#pragma once

#include "app/chat/ChatAnswer.h"
#include "app/chat/ChatHistory.h"
#include "app/sync/NetworkJob.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace bbd {

class ChatJob;
class Database;
class PlatformSync;

// The assistant as the chat pane uses it: ask() answers asynchronously, from the platform's
// POST /api/v1/chat when it is reachable and a key is set, otherwise (and after any failure of
// that request) from the local ChatEngine; the answer says which one answered. Each question
// and its answer go to the history in one transaction; questions nobody could answer are
// logged for the KB statistics.
//
// The local engine runs in a worker thread on a connection of its own: its first
// refreshIndex() over a large knowledge base takes seconds, and the GUI must not wait for it.
// The local answer is always computed first, which lets a confidential question (salary,
// health, complaints) be handed to a person without ever leaving this computer, and makes the
// fallback instant when the platform fails.
class ChatService : public QObject
{
    Q_OBJECT

public:
    // How to reach the platform; every function is asked at the moment of a question.
    struct Platform
    {
        QNetworkAccessManager *network = nullptr;
        std::function<QUrl()> baseUrl;
        ApiKeyProvider apiKey;
        // Online or degraded, and a key is set: worth asking.
        std::function<bool()> available;
        // The outcome of each request, for the connection state (may be empty).
        std::function<void(NetworkJob::Error)> reportOutcome;
    };

    // `db` must be a file database: the worker opens a second connection to it.
    explicit ChatService(const Database &db, QObject *parent = nullptr);
    ~ChatService() override;

    void setPlatform(Platform platform) { m_platform = std::move(platform); }
    // The platform as PlatformSync knows it (server URL, key, connection state).
    static Platform platformOf(PlatformSync *sync, QNetworkAccessManager *network);
    void setPlatformTimeout(int milliseconds) { m_platformTimeoutMs = milliseconds; }

    // Builds the engine's passage index in the worker now, so that the first question does
    // not pay for it; indexReady() follows.
    void warmUp();

    // Returns the request id (> 0), or 0 for an empty question. asked() follows at once,
    // answered() when the answer is in and saved.
    qint64 ask(const QString &question);
    bool isBusy() const { return !m_pending.isEmpty(); }
    // Waiting for the platform (the pane says so).
    bool isAskingPlatform() const;

    QString conversationId() const { return m_conversationId; }
    void startConversation();
    void openConversation(const QString &conversationId);

    ChatHistory &history() { return m_history; }
    bool rate(qint64 answerId, int rating);

    // Blocks until no question is in the worker or waiting for the platform (tests).
    bool waitForIdle(int timeoutMs = 30000);

signals:
    void asked(qint64 requestId, const QString &question);
    void platformAsked(qint64 requestId);
    // `fallbackReason` says why the local engine answered although the platform was asked
    // (timeout, server error…); empty when the platform answered or was not asked.
    void answered(qint64 requestId, qint64 answerMessageId, const bbd::ChatAnswer &answer,
                  const QString &fallbackReason);
    // The answer could not be saved; it is still shown.
    void historyFailed(const QString &message);
    void busyChanged(bool busy);
    void conversationChanged(const QString &conversationId);
    void indexReady(bool ok, qint64 milliseconds, const QString &error);

private:
    class Worker;
    struct Pending
    {
        QString question;
        QString conversationId;
        QDateTime askedAt;
        ChatAnswer local;
        ChatJob *job = nullptr;
    };

    void onLocalAnswer(qint64 requestId, const ChatAnswer &answer);
    void askPlatform(qint64 requestId);
    void onPlatformFinished(qint64 requestId, ChatJob *job);
    void finish(qint64 requestId, ChatAnswer answer, const QString &fallbackReason);
    void mapSources(ChatAnswer &answer) const;
    static QString failureText(const NetworkJob &job);
    static QString languageOf(const QString &text);

    QSqlDatabase m_db;
    ChatHistory m_history;
    Platform m_platform;
    int m_platformTimeoutMs;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextRequest = 1;
    QString m_conversationId;
};

} // namespace bbd
