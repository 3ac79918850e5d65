#pragma once

#include "app/chat/ChatAnswer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace bbd {

// One row of chat_messages: a question the user asked or the answer the assistant gave.
struct ChatMessage
{
    enum class Role : quint8 { User, Assistant };

    qint64 id = 0;
    QString conversationId;
    Role role = Role::User;
    QString text;
    QList<qint64> articleIds; // the local articles an answer quotes, best first
    ChatConfidence confidence = ChatConfidence::None;
    ChatAnsweredBy answeredBy = ChatAnsweredBy::Local;
    bool handedOver = false;
    int rating = 0; // +1 useful, -1 not useful, 0 not rated
    QDateTime createdAt;
    // An assistant row's whole answer (passages, titles, the contact of a handover); for rows
    // written before schema 16 it is rebuilt from the columns, without passages.
    std::optional<ChatAnswer> answer;

    bool isAnswer() const { return role == Role::Assistant; }
};

// A question the assistant could not answer, as the KB statistics list it (kb_unanswered).
struct UnansweredQuestion
{
    QString question;
    QDateTime askedAt;
    // "no_match" (nothing in the knowledge base matched) or "low_confidence" (the best
    // passage matched poorly); ChatEngine::logUnanswered decides, and keeps no confidential
    // question.
    QString reason;
};

// The conversations with the assistant, kept in chat_messages: a question and its answer are
// written together, so the history never holds a question without the answer it got.
class ChatHistory
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ChatHistory)

public:
    explicit ChatHistory(QSqlDatabase db);

    struct Exchange
    {
        qint64 questionId = 0;
        qint64 answerId = 0;
    };

    // Writes answer.question (asked at `askedAt`) and the answer in one transaction.
    std::optional<Exchange> append(const QString &conversationId, const ChatAnswer &answer,
                                   const QDateTime &askedAt);
    // Oldest first.
    QList<ChatMessage> conversation(const QString &conversationId) const;
    std::optional<ChatMessage> message(qint64 id) const;
    // The conversation written to last; empty when there is none.
    QString latestConversation() const;

    struct Hit
    {
        qint64 messageId = 0;
        QString conversationId;
        ChatMessage::Role role = ChatMessage::Role::User;
        QString text;
        QDateTime createdAt;
    };
    // Questions and answers whose text contains every word of `text` (any case, any script),
    // newest first.
    QList<Hit> search(const QString &text, int limit = 100) const;

    // +1 useful, -1 not useful, 0 takes the rating back. Only answers can be rated.
    bool rate(qint64 answerId, int rating);

    // Newest first, from kb_unanswered (written by ChatEngine::logUnanswered).
    QList<UnansweredQuestion> unanswered(int limit = 200) const;

    QString lastError() const { return m_lastError; }

    static QString newConversationId();

private:
    bool fail(const QString &message) const;
    static ChatMessage readMessage(const class QSqlQuery &query);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace bbd
