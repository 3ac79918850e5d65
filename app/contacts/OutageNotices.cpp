#include "app/contacts/OutageNotices.h"

#include "app/integrations/GraphConnector.h"
#include "app/integrations/SlackConnector.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {
namespace {

// The notice is written in the reader's language whatever language the desk runs in, so its
// two texts are kept here rather than in the desk's translations.
struct Words
{
    const char *subject;
    const char *opening;
    const char *since;
    const char *order;
    const char *critical;
    const char *confidential;
    const char *responsible;
    const char *closing;
};

const Words kRussian{
    "Платформа Butterboard временно недоступна: как с нами связаться",
    "Платформа Butterboard (дашборд и чат-бот) сейчас не работает. Мы уже разбираемся, а пока "
    "пишите и звоните нам напрямую.",
    "Не работает с %1 (UTC).",
    "Куда обращаться, по порядку:",
    "Если вопрос срочный или критичный, звоните: %1.",
    "можно конфиденциально",
    "отвечает",
    "Когда платформа заработает, мы сообщим. Спасибо за терпение!"};

const Words kEnglish{
    "Butterboard is temporarily unavailable: how to reach us",
    "The Butterboard platform (dashboard and chat-bot) is down at the moment. We are on it; until "
    "it is back, please write or call us directly.",
    "Down since %1 (UTC).",
    "Where to turn, in this order:",
    "For anything urgent or critical, call %1.",
    "confidential matters welcome",
    "answered by",
    "We will let you know when the platform is back. Thank you for your patience!"};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString kindWord(const QString &kind, bool russian)
{
    if (kind == u"email") {
        return russian ? QStringLiteral("Почта") : QStringLiteral("E-mail");
    }
    if (kind == u"phone") {
        return russian ? QStringLiteral("Телефон") : QStringLiteral("Phone");
    }
    if (kind == u"slack") {
        return QStringLiteral("Slack");
    }
    if (kind == u"meeting") {
        return russian ? QStringLiteral("Встреча") : QStringLiteral("Meeting");
    }
    return kind;
}

QString text(const Words &w, bool russian, const QList<DirectoryChannel> &channels,
             const QList<DirectoryContact> &contacts, const QDateTime &since)
{
    QStringList lines;
    lines << u8(w.opening);
    if (since.isValid()) {
        lines << u8(w.since).arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    lines << QString() << u8(w.order);
    QString phone;
    int n = 0;
    for (const DirectoryChannel &c : channels) {
        QString line =
            QStringLiteral("%1. %2 — %3").arg(++n).arg(kindWord(c.kind, russian), c.name);
        if (!c.address.isEmpty()) {
            line += QStringLiteral(": ") + c.address;
        }
        QStringList notes;
        QStringList names;
        for (const qint64 id : c.contactIds) {
            for (const DirectoryContact &p : contacts) {
                if (p.id == id) {
                    names << p.fullName;
                }
            }
        }
        if (!names.isEmpty()) {
            notes << u8(w.responsible) + u' ' + names.join(QStringLiteral(", "));
        }
        if (c.confidentialAllowed) {
            notes << u8(w.confidential);
        }
        if (!notes.isEmpty()) {
            line += QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + u')';
        }
        lines << line;
        if (phone.isEmpty() && c.kind == u"phone" && !c.address.isEmpty()) {
            phone = c.address;
        }
    }
    if (!phone.isEmpty()) {
        lines << QString() << u8(w.critical).arg(phone);
    }
    lines << QString() << u8(w.closing);
    return lines.join(u'\n');
}

} // namespace

QList<DirectoryChannel> OutageNotices::workingChannels(const QList<DirectoryChannel> &channels)
{
    QList<DirectoryChannel> working;
    for (const DirectoryChannel &c : channels) {
        if (c.kind != u"chatbot") {
            working << c;
        }
    }
    // Seed 000: when the platform fails, e-mail and phone come first, whatever else is set up.
    std::stable_sort(working.begin(), working.end(),
                     [](const DirectoryChannel &a, const DirectoryChannel &b) {
                         const auto rank = [](const DirectoryChannel &c) {
                             return c.kind == u"email" ? 0 : c.kind == u"phone" ? 1 : 2;
                         };
                         return rank(a) < rank(b);
                     });
    return working;
}

OutageNotices::Notice OutageNotices::build(const QList<DirectoryChannel> &channels,
                                           const QList<DirectoryContact> &contacts,
                                           const QDateTime &since, const QString &language)
{
    const QList<DirectoryChannel> working = workingChannels(channels);
    Notice notice;
    if (language == u"en") {
        notice.subject = u8(kEnglish.subject);
        notice.body = text(kEnglish, false, working, contacts, since);
    } else if (language == u"ru") {
        notice.subject = u8(kRussian.subject);
        notice.body = text(kRussian, true, working, contacts, since);
    } else {
        notice.subject = u8(kRussian.subject) + QStringLiteral(" / ") + u8(kEnglish.subject);
        notice.body = text(kRussian, true, working, contacts, since) +
                      QStringLiteral("\n\n— — —\n\n") +
                      text(kEnglish, false, working, contacts, since);
    }
    return notice;
}

QList<OutageNotices::Recipient> OutageNotices::newHires(const QSqlDatabase &db, const QDate &today,
                                                        int days)
{
    QList<Recipient> list;
    QSqlQuery query(db);
    if (!sql::run(query,
                  QStringLiteral("SELECT e.id, e.first_name, e.last_name, e.email, e.start_date "
                                 "FROM employees e WHERE e.deleted = 0 AND (e.start_date >= ? "
                                 "OR EXISTS (SELECT 1 FROM assignments a WHERE a.employee_id = "
                                 "e.id AND a.status = 'active')) ORDER BY e.start_date DESC, "
                                 "e.last_name, e.first_name"),
                  {today.addDays(-days).toString(Qt::ISODate)})) {
        return list;
    }
    while (query.next()) {
        Recipient r;
        r.employeeId = query.value(0).toLongLong();
        r.name = QString(query.value(1).toString() + u' ' + query.value(2).toString()).simplified();
        r.email = query.value(3).toString().trimmed();
        r.startDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        list << r;
    }
    return list;
}

int OutageNotices::queue(const QSqlDatabase &db, Route route, const QList<Recipient> &recipients,
                         const Notice &notice, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return -1;
    }
    int rows = 0;
    if (route == Route::Slack) {
        SlackMessage message;
        message.text = QStringLiteral("*") + notice.subject + QStringLiteral("*\n") + notice.body;
        if (enqueueOutbox(db, message.outboxItem(QStringLiteral("outage_notice"), 0), error) <= 0) {
            return -1;
        }
        ++rows;
    } else {
        for (const Recipient &r : recipients) {
            if (r.email.isEmpty()) {
                continue;
            }
            GraphMail mail;
            mail.subject = notice.subject;
            mail.body = notice.body;
            mail.to = QStringList{r.email};
            if (enqueueOutbox(db, mail.outboxItem(QStringLiteral("employee"), r.employeeId),
                              error) <= 0) {
                return -1;
            }
            ++rows;
        }
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    return rows;
}

} // namespace bbd
