#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

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
    // Further phones (as typed; each validated like the first, kept and flagged when not
    // valid) and e-mails, in order. The first of each kind is phoneRaw and email above.
    QStringList morePhones;
    QStringList moreEmails;

    QStringList allPhones() const;
    QStringList allEmails() const;
};

// What one import changed, so that it can be undone as one step: the records it created and,
// for the ones it updated, how they were before and after.
struct DirectoryImportChanges
{
    QList<qint64> createdContacts;
    QList<qint64> createdChannels;
    QList<std::pair<DirectoryContact, DirectoryContact>> updatedContacts; // before, after
    QList<std::pair<DirectoryChannel, DirectoryChannel>> updatedChannels;

    bool isEmpty() const
    {
        return createdContacts.isEmpty() && createdChannels.isEmpty() &&
               updatedContacts.isEmpty() && updatedChannels.isEmpty();
    }
    // Bookkeeping while importing: a record created and then matched again by a later line
    // stays "created"; one updated twice keeps its first "before".
    void noteContact(const DirectoryContact &before, const DirectoryContact &after);
    void noteChannel(const DirectoryChannel &before, const DirectoryChannel &after);
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
    // Any phone as a list shows it: national or international format, the text as typed when
    // it is not a valid number.
    QString displayPhone(const QString &raw) const;
    static QString normalizedEmail(const QString &email);
    // Trims, drops empty entries and repeats (the same E.164 number or e-mail), and moves the
    // first further phone or e-mail up when the main one is empty.
    DirectoryContact tidied(DirectoryContact contact) const;

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

    // Undo and redo of an import, each one transaction with its outbox rows: undo deletes
    // what it created and saves the updated records as they were; redo brings them back.
    // Either all of it or, when one record cannot be changed (deleted meanwhile), nothing.
    bool revertImport(const DirectoryImportChanges &changes);
    bool reapplyImport(const DirectoryImportChanges &changes);

    QString lastError() const { return m_lastError; }

    // For tests: the next outbox write fails, so the transaction must roll back.
    void failNextOutboxWriteForTest() { m_failNextOutbox = true; }

private:
    bool fail(const QString &message) const;
    enum class Push { Create, Change, Delete };
    bool push(const QString &resource, qint64 id, Push what, const QStringList &fields = {});
    bool setDeleted(const QString &table, qint64 id, bool deleted);
    bool setOrder(const QString &table, const QString &column, const QList<qint64> &ids);
    bool savePoints(const DirectoryContact &contact);
    bool readPoints(QList<DirectoryContact> &contacts) const;
    bool inOneTransaction(const std::function<bool()> &steps);
    bool begin(std::optional<Transaction> &transaction);
    bool finish(std::optional<Transaction> &transaction);

    QSqlDatabase m_db;
    const PhoneNumbers &m_phones;
    std::unique_ptr<Transaction> m_batch;
    bool m_failNextOutbox = false;
    mutable QString m_lastError;
};

} // namespace bbd
