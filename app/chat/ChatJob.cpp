#include "app/chat/ChatJob.h"

#include <QJsonObject>

namespace bbd {

ChatJob::ChatJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
                 Question question, QObject *parent)
    : NetworkJob(network, baseUrl, std::move(apiKey), parent)
    , m_question(std::move(question))
{
    setTimeout(DefaultChatTimeoutMs);
}

QByteArray ChatJob::requestBody() const
{
    QJsonObject body{{QStringLiteral("question"), m_question.text}};
    if (!m_question.conversationId.isEmpty()) {
        body.insert(QStringLiteral("conversation_id"), m_question.conversationId);
    }
    if (!m_question.language.isEmpty()) {
        body.insert(QStringLiteral("language"), m_question.language);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool ChatJob::parseSuccess(const QJsonDocument &json)
{
    if (!json.isObject()) {
        m_malformedReason = QStringLiteral("the reply is not a JSON object");
        return false;
    }
    m_answer = chatjson::fromPlatformJson(json.object(), m_question.text, &m_malformedReason);
    return m_answer.has_value();
}

} // namespace bbd
