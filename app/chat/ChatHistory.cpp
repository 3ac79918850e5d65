#include "app/chat/ChatHistory.h"

#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bbd {

namespace {

const QString kColumns = QStringLiteral("id, conversation_id, role, text, article_ids, "
                                        "confidence, answered_by, handed_over, rating, "
                                        "created_at, answer_json");

// The reverse of chatjson::toJson, which is what answer_json holds.
ChatAnswer answerFromJson(const QJsonObject &json)
{
    ChatAnswer answer;
    answer.question = json.value(u"question").toString();
    answer.text = json.value(u"answer").toString();
    answer.answeredBy = json.value(u"answered_by").toString() == u"platform"
                            ? ChatAnsweredBy::Platform
                            : ChatAnsweredBy::Local;
    answer.confidence = chatjson::confidenceFromName(json.value(u"confidence").toString());
    answer.handover = chatjson::handoverFromName(json.value(u"handover").toString());
    for (const QJsonValue &value : json.value(u"sources").toArray()) {
        const QJsonObject object = value.toObject();
        ChatSource source;
        source.articleId = object.value(u"article_id").toInteger();
        source.remoteId = object.value(u"remote_id").toString();
        source.articleTitle = object.value(u"title").toString();
        source.heading = object.value(u"heading").toString();
        source.passage = object.value(u"passage").toString();
        source.score = object.value(u"score").toDouble();
        answer.sources.append(source);
    }
    const QJsonObject contact = json.value(u"contact").toObject();
    if (!contact.isEmpty()) {
        ChatContact c;
        const QJsonObject channel = contact.value(u"channel").toObject();
        c.channelId = channel.value(u"id").toInteger();
        c.channelKind = channel.value(u"kind").toString();
        c.channelName = channel.value(u"name").toString();
        c.channelAddress = channel.value(u"address").toString();
        const QJsonObject person = contact.value(u"person").toObject();
        c.contactId = person.value(u"id").toInteger();
        c.contactName = person.value(u"name").toString();
        c.contactRole = person.value(u"role").toString();
        c.phoneE164 = person.value(u"phone").toString();
        c.email = person.value(u"email").toString();
        c.slackHandle = person.value(u"slack").toString();
        for (const QJsonValue &phone : person.value(u"other_phones").toArray()) {
            c.otherPhones.append(phone.toString());
        }
        for (const QJsonValue &email : person.value(u"other_emails").toArray()) {
            c.otherEmails.append(email.toString());
        }
        answer.contact = c;
    }
    return answer;
}

QString idsJson(const QList<ChatSource> &sources)
{
    QJsonArray ids;
    for (const ChatSource &source : sources) {
        if (source.articleId != 0 && !ids.contains(source.articleId)) {
            ids.append(source.articleId);
        }
    }
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

} // namespace

ChatHistory::ChatHistory(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ChatHistory::newConversationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ChatHistory::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

std::optional<ChatHistory::Exchange> ChatHistory::append(const QString &conversationId,
                                                         const ChatAnswer &answer,
                                                         const QDateTime &askedAt)
{
    m_lastError.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(tr("Could not save the conversation: %1").arg(m_db.lastError().text()));
        return std::nullopt;
    }
    const QString insert = QStringLiteral(
        "INSERT INTO chat_messages (conversation_id, role, text, article_ids, confidence, "
        "answered_by, handed_over, created_at, answer_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery query(m_db);
    Exchange exchange;
    if (!sql::run(query, insert,
                  {conversationId, QStringLiteral("user"), answer.question, QStringLiteral("[]"),
                   QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::QString)),
                   0, sql::isoUtc(askedAt), QVariant(QMetaType(QMetaType::QString))})) {
        fail(tr("Could not save the question: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    exchange.questionId = query.lastInsertId().toLongLong();
    const QString answerJson =
        QString::fromUtf8(QJsonDocument(chatjson::toJson(answer)).toJson(QJsonDocument::Compact));
    if (!sql::run(query, insert,
                  {conversationId, QStringLiteral("assistant"), answer.text,
                   idsJson(answer.sources),
                   sql::nullIfEmpty(chatjson::confidenceName(answer.confidence)),
                   answer.answeredBy == ChatAnsweredBy::Platform ? QStringLiteral("platform")
                                                                 : QStringLiteral("local"),
                   answer.isHandover() ? 1 : 0, sql::nowUtc(), answerJson})) {
        fail(tr("Could not save the answer: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    exchange.answerId = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        fail(tr("Could not save the conversation: %1").arg(m_db.lastError().text()));
        return std::nullopt;
    }
    return exchange;
}

ChatMessage ChatHistory::readMessage(const QSqlQuery &query)
{
    ChatMessage message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toString();
    message.role = query.value(2).toString() == u"assistant" ? ChatMessage::Role::Assistant
                                                             : ChatMessage::Role::User;
    message.text = query.value(3).toString();
    const QJsonArray ids = QJsonDocument::fromJson(query.value(4).toByteArray()).array();
    for (const QJsonValue &id : ids) {
        message.articleIds.append(id.toInteger());
    }
    message.confidence = chatjson::confidenceFromName(query.value(5).toString());
    message.answeredBy =
        query.value(6).toString() == u"platform" ? ChatAnsweredBy::Platform : ChatAnsweredBy::Local;
    message.handedOver = query.value(7).toInt() != 0;
    message.rating = query.value(8).toInt();
    message.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    if (message.isAnswer()) {
        const QJsonDocument json = QJsonDocument::fromJson(query.value(10).toByteArray());
        if (json.isObject()) {
            message.answer = answerFromJson(json.object());
        } else {
            ChatAnswer answer;
            answer.text = message.text;
            answer.confidence = message.confidence;
            answer.answeredBy = message.answeredBy;
            answer.handover = message.handedOver ? ChatHandover::NoMatch : ChatHandover::None;
            for (qint64 id : std::as_const(message.articleIds)) {
                ChatSource source;
                source.articleId = id;
                answer.sources.append(source);
            }
            message.answer = answer;
        }
    }
    return message;
}

QList<ChatMessage> ChatHistory::conversation(const QString &conversationId) const
{
    m_lastError.clear();
    QList<ChatMessage> messages;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT %1 FROM chat_messages WHERE conversation_id = ? "
                                 "ORDER BY id")
                      .arg(kColumns),
                  {conversationId})) {
        fail(tr("Could not read the conversation: %1").arg(query.lastError().text()));
        return messages;
    }
    while (query.next()) {
        messages.append(readMessage(query));
    }
    return messages;
}

std::optional<ChatMessage> ChatHistory::message(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM chat_messages WHERE id = ?").arg(kColumns),
                  {id}) ||
        !query.next()) {
        return std::nullopt;
    }
    return readMessage(query);
}

QString ChatHistory::latestConversation() const
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT conversation_id FROM chat_messages "
                                        "ORDER BY id DESC LIMIT 1")) ||
        !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

QList<ChatHistory::Hit> ChatHistory::search(const QString &text, int limit) const
{
    m_lastError.clear();
    QList<Hit> hits;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return hits;
    }
    // SQLite's LIKE folds case for ASCII only; the history of one person is small enough to
    // be matched here, where Cyrillic folds too.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query, QStringLiteral("SELECT id, conversation_id, role, text, created_at "
                                        "FROM chat_messages WHERE role IN ('user', 'assistant') "
                                        "ORDER BY id DESC"))) {
        fail(tr("Could not search the conversations: %1").arg(query.lastError().text()));
        return hits;
    }
    while (query.next() && hits.size() < limit) {
        const QString messageText = query.value(3).toString();
        const bool all = std::all_of(words.begin(), words.end(), [&messageText](const QString &w) {
            return messageText.contains(w, Qt::CaseInsensitive);
        });
        if (!all) {
            continue;
        }
        Hit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toString();
        hit.role = query.value(2).toString() == u"assistant" ? ChatMessage::Role::Assistant
                                                             : ChatMessage::Role::User;
        hit.text = messageText;
        hit.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        hits.append(hit);
    }
    return hits;
}

bool ChatHistory::rate(qint64 answerId, int rating)
{
    m_lastError.clear();
    if (rating < -1 || rating > 1) {
        return fail(tr("A rating is +1, -1 or none."));
    }
    QSqlQuery query(m_db);
    if (!sql::run(
            query,
            QStringLiteral("UPDATE chat_messages SET rating = ? WHERE id = ? AND "
                           "role = 'assistant'"),
            {rating == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(rating), answerId})) {
        return fail(tr("Could not save the rating: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(tr("There is no such answer to rate."));
    }
    return true;
}

QList<UnansweredQuestion> ChatHistory::unanswered(int limit) const
{
    m_lastError.clear();
    QList<UnansweredQuestion> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT question, created_at, reason FROM kb_unanswered "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT ?"),
                  {limit})) {
        fail(tr("Could not read the unanswered questions: %1").arg(query.lastError().text()));
        return list;
    }
    while (query.next()) {
        UnansweredQuestion item;
        item.question = query.value(0).toString();
        item.askedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        item.reason = query.value(2).toString();
        list.append(item);
    }
    return list;
}

} // namespace bbd
