#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

// The prepared notice to new hires while the platform is down: what is down since when, the
// channels that still work in the order to use them (e-mail and phone first, phone for anything
// critical), sent through a channel that still works. It goes through the outbox, so a notice
// written while Outlook or Slack is unreachable too is delivered when it comes back.
class OutageNotices
{
    Q_DECLARE_TR_FUNCTIONS(bbd::OutageNotices)

public:
    enum class Route { Email, Slack }; // Outlook (Graph sendMail) per hire, or the Slack webhook

    struct Recipient
    {
        qint64 employeeId = 0;
        QString name;
        QString email; // empty: cannot be reached by e-mail
        QDate startDate;
    };

    struct Notice
    {
        QString subject;
        QString body;
    };

    // People who started within `days` before `today` (or start later), or who have a running
    // onboarding scenario: the ones who depend on the platform most.
    static QList<Recipient> newHires(const QSqlDatabase &db, const QDate &today, int days = 90);

    // "ru", "en" or "both" (Russian first, then English).
    static Notice build(const QList<DirectoryChannel> &channels,
                        const QList<DirectoryContact> &contacts, const QDateTime &since,
                        const QString &language);
    // The channels a notice may name: all but the chat-bot, which lives on the platform.
    static QList<DirectoryChannel> workingChannels(const QList<DirectoryChannel> &channels);

    // One transaction: an e-mail per recipient with an address, or one Slack message. Returns
    // the number of outbox rows written, or -1 with `error` set (nothing written then).
    static int queue(const QSqlDatabase &db, Route route, const QList<Recipient> &recipients,
                     const Notice &notice, QString *error);
};

} // namespace bbd
