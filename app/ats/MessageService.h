#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bbd {

class Database;
class Settings;

struct MessageTemplate
{
    enum class Channel { Email, Sms };

    qint64 id = 0;
    QString name;
    Channel channel = Channel::Email;
    QString subject; // e-mail only
    QString body;
    QString signature; // used when the sender has none of their own
};

// A message with every placeholder filled, ready to preview and send.
struct ComposedMessage
{
    MessageTemplate::Channel channel = MessageTemplate::Channel::Email;
    QString to; // e-mail address or E.164 number
    QString subject;
    QString body; // signature included
    // Why it cannot be sent: unknown placeholders, empty values, no address.
    QStringList problems;

    bool isSendable() const { return problems.isEmpty(); }
};

// Templates and messages to candidates. A sent message is one transaction: the timeline entry
// and the outbox row that will deliver it (through Microsoft Graph for e-mail, the platform
// for SMS) are written together.
class MessageService
{
    Q_DECLARE_TR_FUNCTIONS(bbd::MessageService)

public:
    MessageService(const Database &db, const Settings &settings);

    QString lastError() const { return m_lastError; }

    QList<MessageTemplate> templates() const;
    qint64 saveTemplate(const MessageTemplate &messageTemplate); // insert or update by id
    bool removeTemplate(qint64 id);

    // {first_name}, {vacancy}, … in the order the editor offers them.
    static QStringList placeholders();
    // Values of the placeholders for one candidate; `extra` adds or overrides some (the
    // interview time the user picked, say).
    QHash<QString, QString> valuesFor(qint64 candidateId,
                                      const QHash<QString, QString> &extra = {}) const;
    // Fills a template. Every placeholder must be known and have a non-empty value; the
    // problems say which are not, so nothing half-filled is ever sent.
    static ComposedMessage fill(const MessageTemplate &messageTemplate,
                                const QHash<QString, QString> &values, const QString &to,
                                const QString &senderSignature);
    ComposedMessage compose(const MessageTemplate &messageTemplate, qint64 candidateId,
                            const QHash<QString, QString> &extra = {}) const;

    // Queues the message for delivery and writes it to the candidate's timeline.
    bool send(const ComposedMessage &message, qint64 candidateId);
    // For sending by hand while delivery is not set up: opens in the system mail client.
    static QUrl mailtoUrl(const ComposedMessage &message);

private:
    bool fail(const QString &message) const;

    QString m_connectionName;
    const Settings &m_settings;
    mutable QString m_lastError;
};

QString messageChannelKey(MessageTemplate::Channel channel);

} // namespace bbd
