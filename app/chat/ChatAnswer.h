#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bbd {

// How sure the assistant is of an answer, from the retrieval score. None is a refusal.
enum class ChatConfidence : quint8 { None, Low, Medium, High };

// Why the assistant hands the question over to a person instead of answering it.
enum class ChatHandover : quint8 {
    None,
    NoMatch,      // no passage of the knowledge base answers it well enough
    Confidential, // salary, health, complaints, dismissal: a person, never the bot
};

// Which engine produced an answer.
enum class ChatAnsweredBy : quint8 { Local, Platform };

// A passage of an article an answer quotes.
struct ChatSource
{
    qint64 articleId = 0; // kb_articles.id; 0 when the platform named an article not cached
    QString remoteId;     // kb_articles.remote_id, when known
    QString articleTitle;
    QString heading;  // the section heading the passage sits under; may be empty
    QString passage;  // the quoted text
    double score = 0; // 0..1, the share of the question's words the passage matches

    bool operator==(const ChatSource &) const = default;
};

// The reserve channel and the person the assistant suggests when it hands over.
struct ChatContact
{
    qint64 channelId = 0;
    QString channelKind; // email, slack, phone, meeting (channels.kind)
    QString channelName;
    QString channelAddress;
    qint64 contactId = 0; // 0 when the channel has no person behind it
    QString contactName;
    QString contactRole;
    QString phoneE164;
    QString email;
    QString slackHandle;
    // The person's further phones (E.164, or as typed when not valid) and e-mails, in the
    // directory's order (contact_points).
    QStringList otherPhones;
    QStringList otherEmails;

    bool operator==(const ChatContact &) const = default;
};

struct ChatAnswer
{
    QString question;
    QString text;              // the answer; on a handover, the sentence saying why there is none
    QList<ChatSource> sources; // best first; empty on a handover
    ChatConfidence confidence = ChatConfidence::None;
    ChatHandover handover = ChatHandover::None;
    std::optional<ChatContact> contact; // set on a handover when the directory has someone
    ChatAnsweredBy answeredBy = ChatAnsweredBy::Local;

    bool isHandover() const { return handover != ChatHandover::None; }
    bool operator==(const ChatAnswer &) const = default;
};

namespace chatjson {

// "high", "medium", "low", or an empty string for None; and back (unknown text gives None).
QString confidenceName(ChatConfidence confidence);
ChatConfidence confidenceFromName(const QString &name);
// "none", "no_match", "confidential"; and back.
QString handoverName(ChatHandover handover);
ChatHandover handoverFromName(const QString &name);

// The answer as `butterdesk ask --json` prints it (documented in the README).
QJsonObject toJson(const ChatAnswer &answer);

// Reads the platform's reply to POST /api/v1/chat (schema ChatAnswer of
// resources/api/butterboard-platform.openapi.yaml). Returns nothing, with the reason in *error,
// for a reply that does not follow the contract. The platform's sources name articles by
// remote id: articleId stays 0 until the caller looks them up in the local cache. An empty
// answer is a NoMatch handover.
std::optional<ChatAnswer> fromPlatformJson(const QJsonObject &reply, const QString &question,
                                           QString *error);

} // namespace chatjson

} // namespace bbd
