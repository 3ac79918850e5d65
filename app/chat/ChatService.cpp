#include "app/chat/ChatService.h"

#include "app/chat/ChatEngine.h"
#include "app/chat/ChatJob.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/ConnectionMonitor.h"
#include "app/sync/PlatformSync.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace bbd {

// Lives in the service's thread: the engine and the connection it reads through, both made
// there on first use and dropped there when the thread ends.
class ChatService::Worker : public QObject
{
public:
    explicit Worker(QString sourceConnection)
        : m_source(std::move(sourceConnection))
        , m_name(QStringLiteral("%1-chat-%2").arg(m_source).arg(++s_counter))
    {}

    ~Worker() override
    {
        m_engine.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        if (m_opened) {
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    ChatEngine &engine()
    {
        if (!m_engine) {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, m_name);
            m_opened = true;
            if (db.open()) {
                // The GUI thread writes the history meanwhile; wait for it rather than fail.
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            }
            // An unopened connection makes the engine answer with its database error.
            m_engine = std::make_unique<ChatEngine>(db);
        }
        return *m_engine;
    }

    // Work finished in this thread; `pending` counts what the service still waits for.
    std::atomic<int> pending{0};

private:
    static inline std::atomic<int> s_counter{0};
    QString m_source;
    QString m_name;
    bool m_opened = false;
    std::unique_ptr<ChatEngine> m_engine;
};

ChatService::ChatService(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db.connection())
    , m_history(db.connection())
    , m_platformTimeoutMs(ChatJob::DefaultChatTimeoutMs)
{
    m_worker = new Worker(db.connectionName());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("chat-engine"));
    m_thread.start();
    m_conversationId = m_history.latestConversation();
    if (m_conversationId.isEmpty()) {
        m_conversationId = ChatHistory::newConversationId();
    }
}

ChatService::~ChatService()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        delete pending.job;
    }
    m_thread.quit();
    m_thread.wait();
}

ChatService::Platform ChatService::platformOf(PlatformSync *sync, QNetworkAccessManager *network)
{
    Platform platform;
    if (!sync || !network) {
        return platform;
    }
    QPointer<PlatformSync> guard(sync);
    platform.network = network;
    platform.baseUrl = [guard] {
        return guard ? guard->serverUrl() : QUrl();
    };
    platform.apiKey = [guard] {
        const ApiKeyProvider key = guard ? guard->apiKey() : ApiKeyProvider();
        return key ? key() : QString();
    };
    platform.available = [guard] {
        if (!guard || guard->setup() != PlatformSync::Setup::Ready) {
            return false;
        }
        const ConnectionState state = guard->state();
        return state == ConnectionState::Online || state == ConnectionState::Degraded;
    };
    platform.reportOutcome = [guard](NetworkJob::Error error) {
        if (guard && guard->engine()) {
            guard->engine()->connection().reportOutcome(error);
        }
    };
    return platform;
}

void ChatService::warmUp()
{
    QPointer<ChatService> self(this);
    Worker *worker = m_worker;
    ++worker->pending;
    QMetaObject::invokeMethod(worker, [self, worker] {
        QElapsedTimer timer;
        timer.start();
        ChatEngine &engine = worker->engine();
        const bool ok = engine.refreshIndex();
        const qint64 ms = timer.elapsed();
        const QString error = ok ? QString() : engine.errorString();
        --worker->pending;
        QMetaObject::invokeMethod(self, [self, ok, ms, error] {
            if (self) {
                emit self->indexReady(ok, ms, error);
            }
        });
    });
}

qint64 ChatService::ask(const QString &question)
{
    const QString text = question.trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    const qint64 id = m_nextRequest++;
    const bool wasBusy = isBusy();
    m_pending.insert(id, Pending{text, m_conversationId, QDateTime::currentDateTimeUtc(), {}, {}});
    emit asked(id, text);
    if (!wasBusy) {
        emit busyChanged(true);
    }
    QPointer<ChatService> self(this);
    Worker *worker = m_worker;
    ++worker->pending;
    QMetaObject::invokeMethod(worker, [self, worker, id, text] {
        ChatAnswer answer = worker->engine().answer(text);
        --worker->pending;
        QMetaObject::invokeMethod(self, [self, id, answer = std::move(answer)] {
            if (self) {
                self->onLocalAnswer(id, answer);
            }
        });
    });
    return id;
}

bool ChatService::isAskingPlatform() const
{
    return std::any_of(m_pending.begin(), m_pending.end(),
                       [](const Pending &pending) { return pending.job != nullptr; });
}

void ChatService::onLocalAnswer(qint64 requestId, const ChatAnswer &answer)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end()) {
        return;
    }
    it->local = answer;
    it->local.question = it->question;
    it->local.answeredBy = ChatAnsweredBy::Local;
    // A confidential question goes to a person, and never to a server.
    if (answer.handover == ChatHandover::Confidential || !m_platform.network ||
        !m_platform.available || !m_platform.available()) {
        finish(requestId, it->local, QString());
        return;
    }
    askPlatform(requestId);
}

void ChatService::askPlatform(qint64 requestId)
{
    Pending &pending = m_pending[requestId];
    const QUrl base = m_platform.baseUrl ? m_platform.baseUrl() : QUrl();
    if (!base.isValid() || base.isEmpty()) {
        finish(requestId, pending.local, QString());
        return;
    }
    auto *job =
        new ChatJob(m_platform.network, base, m_platform.apiKey,
                    {pending.question, pending.conversationId, languageOf(pending.question)}, this);
    job->setTimeout(m_platformTimeoutMs);
    pending.job = job;
    connect(job, &NetworkJob::finished, this,
            [this, requestId, job] { onPlatformFinished(requestId, job); });
    job->start();
    emit platformAsked(requestId);
}

void ChatService::onPlatformFinished(qint64 requestId, ChatJob *job)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end() || it->job != job) {
        return;
    }
    it->job = nullptr; // deletes itself
    if (m_platform.reportOutcome) {
        m_platform.reportOutcome(job->error());
    }
    if (!job->ok()) {
        finish(requestId, it->local, failureText(*job));
        return;
    }
    ChatAnswer answer = *job->answer();
    if (answer.isHandover()) {
        // The platform knows nothing; this computer may (local articles), and if not, it
        // knows whom to suggest.
        finish(requestId, it->local, tr("The platform found no answer."));
        return;
    }
    mapSources(answer);
    finish(requestId, answer, QString());
}

void ChatService::mapSources(ChatAnswer &answer) const
{
    QSqlQuery query(m_db);
    for (ChatSource &source : answer.sources) {
        if (source.remoteId.isEmpty()) {
            continue;
        }
        if (sql::run(query,
                     QStringLiteral("SELECT id, title FROM kb_articles WHERE remote_id = ? AND "
                                    "deleted = 0"),
                     {source.remoteId}) &&
            query.next()) {
            source.articleId = query.value(0).toLongLong();
            if (source.articleTitle.isEmpty()) {
                source.articleTitle = query.value(1).toString();
            }
        }
    }
}

void ChatService::finish(qint64 requestId, ChatAnswer answer, const QString &fallbackReason)
{
    const Pending pending = m_pending.take(requestId);
    answer.question = pending.question;
    // The engine keeps what HR should see (no match, low confidence) and drops the rest,
    // confidential questions above all.
    if (answer.isHandover() || answer.confidence == ChatConfidence::Low) {
        Worker *worker = m_worker;
        ++worker->pending;
        QMetaObject::invokeMethod(worker, [worker, answer] {
            worker->engine().logUnanswered(answer);
            --worker->pending;
        });
    }
    qint64 answerId = 0;
    if (const auto exchange = m_history.append(pending.conversationId, answer, pending.askedAt)) {
        answerId = exchange->answerId;
    } else {
        emit historyFailed(m_history.lastError());
    }
    emit answered(requestId, answerId, answer, fallbackReason);
    if (!isBusy()) {
        emit busyChanged(false);
    }
}

QString ChatService::failureText(const NetworkJob &job)
{
    switch (job.error()) {
    case NetworkJob::Error::Timeout:
        return tr("The platform did not answer in time.");
    case NetworkJob::Error::Network:
        return tr("The platform could not be reached.");
    case NetworkJob::Error::Unauthorized:
        return tr("The platform refused the API key.");
    case NetworkJob::Error::RateLimited:
        return tr("The platform is busy; try again in a moment.");
    case NetworkJob::Error::Server:
        return tr("The platform failed (HTTP %1).").arg(job.httpStatus());
    case NetworkJob::Error::Malformed:
        return tr("The platform's answer could not be read.");
    case NetworkJob::Error::Client:
    case NetworkJob::Error::Conflict:
        return tr("The platform refused the question (HTTP %1).").arg(job.httpStatus());
    case NetworkJob::Error::None:
        break;
    }
    return {};
}

QString ChatService::languageOf(const QString &text)
{
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    return cyrillic.match(text).hasMatch() ? QStringLiteral("ru") : QStringLiteral("en");
}

void ChatService::startConversation()
{
    m_conversationId = ChatHistory::newConversationId();
    emit conversationChanged(m_conversationId);
}

void ChatService::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty() || conversationId == m_conversationId) {
        return;
    }
    m_conversationId = conversationId;
    emit conversationChanged(m_conversationId);
}

bool ChatService::rate(qint64 answerId, int rating)
{
    return m_history.rate(answerId, rating);
}

bool ChatService::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isBusy() || m_worker->pending > 0) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    // The answer's own queued delivery may still be on its way.
    QCoreApplication::processEvents();
    return true;
}

} // namespace bbd
