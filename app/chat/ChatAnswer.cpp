#include "app/chat/ChatAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bbd::chatjson {

QString confidenceName(ChatConfidence confidence)
{
    switch (confidence) {
    case ChatConfidence::High:
        return QStringLiteral("high");
    case ChatConfidence::Medium:
        return QStringLiteral("medium");
    case ChatConfidence::Low:
        return QStringLiteral("low");
    case ChatConfidence::None:
        break;
    }
    return {};
}

ChatConfidence confidenceFromName(const QString &name)
{
    if (name == u"high")
        return ChatConfidence::High;
    if (name == u"medium")
        return ChatConfidence::Medium;
    if (name == u"low")
        return ChatConfidence::Low;
    return ChatConfidence::None;
}

QString handoverName(ChatHandover handover)
{
    switch (handover) {
    case ChatHandover::NoMatch:
        return QStringLiteral("no_match");
    case ChatHandover::Confidential:
        return QStringLiteral("confidential");
    case ChatHandover::None:
        break;
    }
    return QStringLiteral("none");
}

ChatHandover handoverFromName(const QString &name)
{
    if (name == u"no_match")
        return ChatHandover::NoMatch;
    if (name == u"confidential")
        return ChatHandover::Confidential;
    return ChatHandover::None;
}

QJsonObject toJson(const ChatAnswer &answer)
{
    QJsonArray sources;
    for (const ChatSource &source : answer.sources) {
        sources.append(QJsonObject{
            {QStringLiteral("article_id"), source.articleId},
            {QStringLiteral("remote_id"),
             source.remoteId.isEmpty() ? QJsonValue() : QJsonValue(source.remoteId)},
            {QStringLiteral("title"), source.articleTitle},
            {QStringLiteral("heading"), source.heading},
            {QStringLiteral("passage"), source.passage},
            {QStringLiteral("score"), source.score},
        });
    }
    QJsonValue contact;
    if (answer.contact) {
        const ChatContact &c = *answer.contact;
        const auto orNull = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        contact = QJsonObject{
            {QStringLiteral("channel"),
             QJsonObject{{QStringLiteral("id"), c.channelId},
                         {QStringLiteral("kind"), c.channelKind},
                         {QStringLiteral("name"), c.channelName},
                         {QStringLiteral("address"), orNull(c.channelAddress)}}},
            {QStringLiteral("person"),
             c.contactId == 0
                 ? QJsonValue()
                 : QJsonValue(QJsonObject{
                       {QStringLiteral("id"), c.contactId},
                       {QStringLiteral("name"), c.contactName},
                       {QStringLiteral("role"), orNull(c.contactRole)},
                       {QStringLiteral("phone"), orNull(c.phoneE164)},
                       {QStringLiteral("email"), orNull(c.email)},
                       {QStringLiteral("slack"), orNull(c.slackHandle)},
                       {QStringLiteral("other_phones"), QJsonArray::fromStringList(c.otherPhones)},
                       {QStringLiteral("other_emails"),
                        QJsonArray::fromStringList(c.otherEmails)}})},
        };
    }
    const QString confidence = confidenceName(answer.confidence);
    return QJsonObject{
        {QStringLiteral("question"), answer.question},
        {QStringLiteral("answer"), answer.text},
        {QStringLiteral("answered_by"), answer.answeredBy == ChatAnsweredBy::Platform
                                            ? QStringLiteral("platform")
                                            : QStringLiteral("local")},
        {QStringLiteral("confidence"), confidence.isEmpty() ? QJsonValue() : confidence},
        {QStringLiteral("handover"), handoverName(answer.handover)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("contact"), contact},
    };
}

std::optional<ChatAnswer> fromPlatformJson(const QJsonObject &reply, const QString &question,
                                           QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<ChatAnswer> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QJsonValue text = reply.value(u"answer");
    const QJsonValue sources = reply.value(u"sources");
    const QJsonValue confidence = reply.value(u"confidence");
    if (!text.isString())
        return fail(
            QCoreApplication::translate("bbd::ChatAnswer", "The reply has no \"answer\" text."));
    if (!sources.isArray())
        return fail(
            QCoreApplication::translate("bbd::ChatAnswer", "The reply has no \"sources\" list."));
    const ChatConfidence level = confidenceFromName(confidence.toString());
    if (level == ChatConfidence::None)
        return fail(QCoreApplication::translate(
            "bbd::ChatAnswer", "The reply's confidence is not high, medium or low."));

    ChatAnswer answer;
    answer.question = question;
    answer.answeredBy = ChatAnsweredBy::Platform;
    answer.text = text.toString();
    for (const QJsonValue &value : sources.toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(u"article_id");
        const QJsonValue title = object.value(u"title");
        if (!id.isString() || id.toString().isEmpty() || !title.isString())
            return fail(QCoreApplication::translate(
                "bbd::ChatAnswer", "A source of the reply has no article id or title."));
        ChatSource source;
        source.remoteId = id.toString();
        source.articleTitle = title.toString();
        source.passage = object.value(u"excerpt").toString();
        answer.sources.append(source);
    }
    if (answer.text.trimmed().isEmpty()) {
        answer.text.clear();
        answer.sources.clear();
        answer.handover = ChatHandover::NoMatch;
    } else {
        answer.confidence = level;
    }
    return answer;
}

} // namespace bbd::chatjson
