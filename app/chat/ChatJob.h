#pragma once

#include "app/chat/ChatAnswer.h"
#include "app/sync/NetworkJob.h"

#include <optional>

namespace bbd {

// POST /api/v1/chat: one question to the platform's assistant (schemas ChatRequest and
// ChatAnswer of resources/api/butterboard-platform.openapi.yaml). Not a write, so it carries no
// Idempotency-Key and never goes through the outbox: a question nobody answered in time is
// answered on this computer instead of being sent again later.
class ChatJob : public NetworkJob
{
    Q_OBJECT

public:
    struct Question
    {
        QString text;
        QString conversationId; // sent when not empty
        QString language;       // "ru", "en"; sent when not empty
    };

    // A person waits for the answer, so the platform gets far less time than a sync request.
    static constexpr int DefaultChatTimeoutMs = 8000;

    ChatJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
            Question question, QObject *parent = nullptr);

    const Question &question() const { return m_question; }
    // Set after a success: the platform's answer, answeredBy Platform, sources with their
    // remote ids (articleId 0: the caller maps them to the local cache).
    const std::optional<ChatAnswer> &answer() const { return m_answer; }
    // Why a 2xx reply was not read (the contract it broke), for the log and the tooltip.
    QString malformedReason() const { return m_malformedReason; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/api/v1/chat"); }
    QByteArray requestBody() const override;
    bool parseSuccess(const QJsonDocument &json) override;

private:
    Question m_question;
    std::optional<ChatAnswer> m_answer;
    QString m_malformedReason;
};

} // namespace bbd
