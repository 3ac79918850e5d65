#include "models/OutboxTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bbd {

QString outboxStatusKey(OutboxEntry::Status status)
{
    switch (status) {
    case OutboxEntry::Status::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::Status::InFlight:
        return QStringLiteral("in_flight");
    case OutboxEntry::Status::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::Status::Conflict:
        return QStringLiteral("conflict");
    case OutboxEntry::Status::Sent:
        return QStringLiteral("sent");
    }
    return {};
}

OutboxEntry::Status outboxStatusFromKey(const QString &key)
{
    for (auto status :
         {OutboxEntry::Status::Pending, OutboxEntry::Status::InFlight, OutboxEntry::Status::Failed,
          OutboxEntry::Status::Conflict, OutboxEntry::Status::Sent}) {
        if (outboxStatusKey(status) == key) {
            return status;
        }
    }
    return OutboxEntry::Status::Pending;
}

QStringList OutboxTableModel::columnTitles() const
{
    return {tr("Service"), tr("Change"), tr("Status"), tr("Attempts"), tr("Message"), tr("Queued")};
}

QString OutboxTableModel::serviceText(const QString &service)
{
    if (service == u"platform") {
        return tr("Butterboard platform");
    }
    if (service == u"graph") {
        return tr("Outlook mail");
    }
    if (service == u"jira") {
        return QStringLiteral("Jira");
    }
    if (service == u"zoom") {
        return QStringLiteral("Zoom");
    }
    if (service == u"slack") {
        return QStringLiteral("Slack");
    }
    if (service == u"hh") {
        return QStringLiteral("hh.ru");
    }
    return service;
}

QString OutboxTableModel::statusText(OutboxEntry::Status status)
{
    switch (status) {
    case OutboxEntry::Status::Pending:
        return tr("Waiting");
    case OutboxEntry::Status::InFlight:
        return tr("Sending");
    case OutboxEntry::Status::Failed:
        return tr("Failed");
    case OutboxEntry::Status::Conflict:
        return tr("Conflict");
    case OutboxEntry::Status::Sent:
        return tr("Delivered");
    }
    return {};
}

QString OutboxTableModel::changeText(const OutboxEntry &entry)
{
    QString what;
    if (entry.service == u"graph") {
        what = tr("E-mail");
    } else if (entry.service == u"jira") {
        what = tr("Jira task");
    } else if (entry.service == u"zoom") {
        what = tr("Zoom meeting");
    } else if (entry.service == u"slack") {
        what = tr("Slack message");
    } else if (entry.path.startsWith(u"/api/v1/messages")) {
        what = tr("Text message");
    } else if (entry.path.startsWith(u"/api/v1/users")) {
        what = tr("New employee account");
    } else {
        const QString verb = entry.method == u"POST"     ? tr("Create")
                             : entry.method == u"DELETE" ? tr("Delete")
                                                         : tr("Update");
        const QString entity = entry.entityType == u"candidate"    ? tr("candidate")
                               : entry.entityType == u"vacancy"    ? tr("vacancy")
                               : entry.entityType == u"employee"   ? tr("employee")
                               : entry.entityType == u"assignment" ? tr("assignment")
                                                                   : entry.path;
        //: "Create candidate", "Update vacancy"
        what = tr("%1 %2").arg(verb, entity);
    }
    return entry.entityLabel.isEmpty() ? what : tr("%1: %2").arg(what, entry.entityLabel);
}

QVariant OutboxTableModel::cellData(const OutboxEntry &entry, int column, int role) const
{
    switch (role) {
    case IdRole:
        return entry.id;
    case StatusRole:
        return outboxStatusKey(entry.status);
    case ServiceRole:
        return entry.service;
    case Qt::ToolTipRole:
        return tr("%1 %2").arg(entry.method, entry.path);
    case Qt::ForegroundRole:
        if (column == Status && (entry.status == OutboxEntry::Status::Failed ||
                                 entry.status == OutboxEntry::Status::Conflict)) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Service:
        return serviceText(entry.service);
    case Change:
        return changeText(entry);
    case Status:
        if (entry.status == OutboxEntry::Status::Failed && entry.nextAttemptAt.isValid()) {
            return tr("Failed, retried at %1")
                .arg(QLocale().toString(entry.nextAttemptAt.toLocalTime().time(),
                                        QLocale::ShortFormat));
        }
        return statusText(entry.status);
    case Attempts:
        return entry.attempts;
    case Message:
        return entry.httpStatus > 0 && !entry.lastError.isEmpty()
                   ? tr("%1 (HTTP %2)").arg(entry.lastError).arg(entry.httpStatus)
                   : entry.lastError;
    case Queued:
        return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

} // namespace bbd
