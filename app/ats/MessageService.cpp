#include "app/ats/MessageService.h"

#include "app/integrations/GraphConnector.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::nullIfZero;
using sql::run;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{([a-z_]+)\})"));
    return pattern;
}

} // namespace

QString messageChannelKey(MessageTemplate::Channel channel)
{
    return channel == MessageTemplate::Channel::Sms ? QStringLiteral("sms")
                                                    : QStringLiteral("email");
}

MessageService::MessageService(const Database &db, const Settings &settings)
    : m_connectionName(db.connectionName())
    , m_settings(settings)
{}

bool MessageService::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QStringList MessageService::placeholders()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("full_name"),  QStringLiteral("vacancy"),
            QStringLiteral("stage"),      QStringLiteral("recruiter"),
            QStringLiteral("company"),    QStringLiteral("interview_time")};
}

QList<MessageTemplate> MessageService::templates() const
{
    QList<MessageTemplate> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT id, name, channel, subject, body, signature FROM "
                                   "message_templates WHERE deleted = 0 ORDER BY channel, name"))) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        MessageTemplate item;
        item.id = query.value(0).toLongLong();
        item.name = query.value(1).toString();
        item.channel = query.value(2).toString() == u"sms" ? MessageTemplate::Channel::Sms
                                                           : MessageTemplate::Channel::Email;
        item.subject = query.value(3).toString();
        item.body = query.value(4).toString();
        item.signature = query.value(5).toString();
        list.append(item);
    }
    m_lastError.clear();
    return list;
}

qint64 MessageService::saveTemplate(const MessageTemplate &item)
{
    if (item.name.simplified().isEmpty() || item.body.trimmed().isEmpty()) {
        fail(tr("A template needs a name and a text."));
        return 0;
    }
    // Unknown placeholders are caught here too, so a typo is found when the template is
    // written rather than when a recruiter tries to send it.
    QStringList unknown;
    for (const QString &text : {item.subject, item.body, item.signature}) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!placeholders().contains(name) && !unknown.contains(name)) {
                unknown << name;
            }
        }
    }
    if (!unknown.isEmpty()) {
        fail(tr("Unknown placeholders: %1. Known ones: %2.")
                 .arg(u'{' + unknown.join(QStringLiteral("}, {")) + u'}',
                      u'{' + placeholders().join(QStringLiteral("}, {")) + u'}'));
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QVariantList values{item.name.simplified(), messageChannelKey(item.channel),
                              item.subject,           item.body,
                              item.signature,         now};
    const bool ok =
        item.id == 0
            ? run(query,
                  QStringLiteral("INSERT INTO message_templates (name, channel, subject, body, "
                                 "signature, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  values)
            : run(query,
                  QStringLiteral("UPDATE message_templates SET name = ?, channel = ?, "
                                 "subject = ?, body = ?, signature = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ?"),
                  QVariantList(values) << item.id);
    if (!ok) {
        fail(query.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return item.id == 0 ? query.lastInsertId().toLongLong() : item.id;
}

bool MessageService::removeTemplate(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(
            query,
            QStringLiteral("UPDATE message_templates SET deleted = 1, updated_at = ? WHERE id = ?"),
            {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), id})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

QHash<QString, QString> MessageService::valuesFor(qint64 candidateId,
                                                  const QHash<QString, QString> &extra) const
{
    QHash<QString, QString> values;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (run(query, QStringLiteral(R"sql(
SELECT c.full_name, v.title, s.name
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id
 WHERE c.id = ?)sql"),
            {candidateId}) &&
        query.next()) {
        // Russian CVs write "Surname Name [Patronymic]"; a single word is taken as the name.
        const QStringList words = query.value(0).toString().split(u' ', Qt::SkipEmptyParts);
        values.insert(QStringLiteral("full_name"), query.value(0).toString());
        values.insert(QStringLiteral("first_name"),
                      words.size() >= 2 ? words.at(1) : words.value(0));
        values.insert(QStringLiteral("last_name"), words.size() >= 2 ? words.at(0) : QString());
        values.insert(QStringLiteral("vacancy"), query.value(1).toString());
        values.insert(QStringLiteral("stage"), query.value(2).toString());
    }
    values.insert(QStringLiteral("recruiter"), m_settings.senderName());
    values.insert(QStringLiteral("company"), m_settings.companyName());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        values.insert(it.key(), it.value());
    }
    return values;
}

ComposedMessage MessageService::fill(const MessageTemplate &item,
                                     const QHash<QString, QString> &values, const QString &to,
                                     const QString &senderSignature)
{
    ComposedMessage message;
    message.channel = item.channel;
    message.to = to;
    QStringList unknown;
    QStringList empty;
    const auto substitute = [&](const QString &text) {
        QString out;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(text).mid(last, match.capturedStart() - last);
            const QString name = match.captured(1);
            const QString value = values.value(name).trimmed();
            if (!placeholders().contains(name)) {
                if (!unknown.contains(name)) {
                    unknown << name;
                }
            } else if (value.isEmpty() && !empty.contains(name)) {
                empty << name;
            }
            out += value.isEmpty() ? match.captured(0) : value;
            last = match.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    };
    message.subject = item.channel == MessageTemplate::Channel::Email
                          ? substitute(item.subject).simplified()
                          : QString();
    const QString signature =
        senderSignature.trimmed().isEmpty() ? item.signature.trimmed() : senderSignature.trimmed();
    message.body = substitute(item.body).trimmed();
    if (!signature.isEmpty()) {
        message.body += (item.channel == MessageTemplate::Channel::Sms ? QStringLiteral(" ")
                                                                       : QStringLiteral("\n\n")) +
                        substitute(signature);
    }
    for (const QString &name : std::as_const(unknown)) {
        message.problems << tr("{%1} is not a placeholder this app knows.").arg(name);
    }
    for (const QString &name : std::as_const(empty)) {
        message.problems << tr("{%1} has no value for this candidate.").arg(name);
    }
    if (to.isEmpty()) {
        message.problems << (item.channel == MessageTemplate::Channel::Email
                                 ? tr("The candidate has no e-mail address.")
                                 : tr("The candidate has no valid phone number."));
    }
    if (item.channel == MessageTemplate::Channel::Email && message.subject.isEmpty()) {
        message.problems << tr("The subject is empty.");
    }
    return message;
}

ComposedMessage MessageService::compose(const MessageTemplate &item, qint64 candidateId,
                                        const QHash<QString, QString> &extra) const
{
    QString to;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (run(query, QStringLiteral("SELECT email, phone_e164 FROM candidates WHERE id = ?"),
            {candidateId}) &&
        query.next()) {
        to = query.value(item.channel == MessageTemplate::Channel::Email ? 0 : 1).toString();
    }
    return fill(item, valuesFor(candidateId, extra), to, m_settings.senderSignature());
}

bool MessageService::send(const ComposedMessage &message, qint64 candidateId)
{
    if (!message.isSendable()) {
        return fail(message.problems.join(u' '));
    }
    OutboxItem item;
    if (message.channel == MessageTemplate::Channel::Email) {
        GraphMail mail;
        mail.subject = message.subject;
        mail.body = message.body;
        mail.to = {message.to};
        item = mail.outboxItem(QStringLiteral("candidate"), candidateId);
    } else {
        item.service = QStringLiteral("platform");
        item.method = QStringLiteral("POST");
        item.entityType = QStringLiteral("candidate");
        item.entityId = candidateId;
        item.path = QStringLiteral("/api/v1/messages");
        item.body = QJsonDocument(QJsonObject{{QStringLiteral("channel"), QStringLiteral("sms")},
                                              {QStringLiteral("to"), message.to},
                                              {QStringLiteral("text"), message.body}})
                        .toJson(QJsonDocument::Compact);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QString error;
    const qint64 outboxId = enqueueOutbox(db, item, &error);
    if (outboxId == 0) {
        return fail(error);
    }
    QSqlQuery query(db);
    const QJsonObject payload{{QStringLiteral("channel"), messageChannelKey(message.channel)},
                              {QStringLiteral("to"), message.to},
                              {QStringLiteral("subject"), message.subject},
                              {QStringLiteral("outbox_id"), outboxId}};
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, author, text, "
                            "payload) VALUES (?, 'message', ?, ?, ?, ?)"),
             {candidateId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
              m_settings.senderName(), message.body,
              QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})) {
        return fail(query.lastError().text());
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

QUrl MessageService::mailtoUrl(const ComposedMessage &message)
{
    if (message.channel == MessageTemplate::Channel::Sms) {
        QUrl url;
        url.setScheme(QStringLiteral("sms"));
        url.setPath(message.to);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("body"), message.body);
        url.setQuery(query);
        return url;
    }
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(message.to);
    QUrlQuery query;
    // Percent-encode fully: mail clients read '+' literally and break lines only on %0D%0A.
    query.addQueryItem(QStringLiteral("subject"),
                       QString::fromLatin1(QUrl::toPercentEncoding(message.subject)));
    QString body = message.body;
    body.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace bbd
