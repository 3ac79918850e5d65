#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bbd {

class PhoneNumbers;
class Transaction;

// One reserve channel (seed 000: e-mail, the Slack channel, phones, meeting booking, the bot).
struct DirectoryChannel
{
    qint64 id = 0;
    QString kind = QStringLiteral("email"); // email slack phone meeting chatbot
    QString name;
    QString address; // e-mail address, Slack channel or link, phone number, booking link
    QString purpose;
    QString whenToUse;
    bool confidentialAllowed = false;
    int priority = 0;
    QList<qint64> contactIds; // who is responsible
};

// One person to turn to.
struct DirectoryContact
{
    qint64 id = 0;
    QString fullName;
    QString role;
    QString email;
    QString phoneRaw;  // as typed, always kept
    QString phoneE164; // empty when the number is not valid (then flagged, never dropped)
    QString slackHandle;
    int escalationOrder = 0;
    QString notes;
};

// The fallback directory: channels, contacts and who is behind which channel. Every change is
// one transaction that also writes its platform outbox row (the contacts and channels
// resources of the sync contract), so nothing is changed locally without being sent.
class ContactDirectory
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ContactDirectory)

public:
    ContactDirectory(QSqlDatabase db, const PhoneNumbers &phones);
    ~ContactDirectory();

    static const QStringList &channelKinds();
    static QString kindText(const QString &kind);
    static bool isValidEmail(const QString &email);
    // The stored form of a phone number; empty when it is not valid.
    QString toE164(const QString &raw) const;
    QString displayPhone(const DirectoryContact &contact) const;

    // Ordered as the panel shows them: channels by priority, people by escalation order.
    QList<DirectoryChannel> channels() const;
    QList<DirectoryContact> contacts() const;
    std::optional<DirectoryChannel> channel(qint64 id) const;
    std::optional<DirectoryContact> contact(qint64 id) const;

    // Problems that stop a save, one sentence each; empty when it may be saved.
    QStringList validate(const DirectoryChannel &channel) const;
    QStringList validate(const DirectoryContact &contact) const;
    // Things saved anyway but shown to the user (a phone number that is not valid).
    QStringList warnings(const DirectoryContact &contact) const;

    // Inserts (id 0, a new id is set) or updates. A new record without an order goes last.
    bool saveChannel(DirectoryChannel &channel);
    bool saveContact(DirectoryContact &contact);
    bool deleteChannel(qint64 id);
    bool deleteContact(qint64 id);
    // Brings a deleted record back (undo of a delete): it is created on the platform again.
    bool restoreChannel(qint64 id);
    bool restoreContact(qint64 id);
    // Renumbers 1..n in the given order (ids not listed keep their number).
    bool setChannelOrder(const QList<qint64> &ids);
    bool setContactOrder(const QList<qint64> &ids);

    // Several saves in one transaction (an import): the methods above join it instead of
    // opening their own, and nothing is kept unless commitBatch() succeeds.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();

    QString lastError() const { return m_lastError; }

    // For tests: the next outbox write fails, so the transaction must roll back.
    void failNextOutboxWriteForTest() { m_failNextOutbox = true; }

private:
    bool fail(const QString &message) const;
    enum class Push { Create, Change, Delete };
    bool push(const QString &resource, qint64 id, Push what, const QStringList &fields = {});
    bool setDeleted(const QString &table, qint64 id, bool deleted);
    bool setOrder(const QString &table, const QString &column, const QList<qint64> &ids);
    bool begin(std::optional<Transaction> &transaction);
    bool finish(std::optional<Transaction> &transaction);

    QSqlDatabase m_db;
    const PhoneNumbers &m_phones;
    std::unique_ptr<Transaction> m_batch;
    bool m_failNextOutbox = false;
    mutable QString m_lastError;
};

} // namespace bbd
