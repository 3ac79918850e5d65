#pragma once

#include "models/PagedTableModel.h"

#include <QDateTime>

namespace bbd {

// One request in the outbox as the Outbox view lists it.
struct OutboxEntry
{
    enum class Status { Pending, InFlight, Failed, Conflict, Sent };

    qint64 id = 0;
    QString service; // "platform", "jira", …
    QString method;
    QString path;
    QString entityType;
    qint64 entityId = 0;
    QString entityLabel; // a name the user recognises, when the entity is known locally
    Status status = Status::Pending;
    int attempts = 0;
    QString lastError;
    int httpStatus = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt; // failed rows the dispatcher will retry by itself
};

QString outboxStatusKey(OutboxEntry::Status status);
OutboxEntry::Status outboxStatusFromKey(const QString &key);

class OutboxTableModel : public PagedTableModel<OutboxEntry>
{
    Q_OBJECT

public:
    enum Column { Service, Change, Status, Attempts, Message, Queued, ColumnCount };
    enum Role { StatusRole = FirstCustomRole, ServiceRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    static QString serviceText(const QString &service);
    static QString statusText(OutboxEntry::Status status);
    // "Create candidate", "Update vacancy", "Send e-mail"… from the method and entity.
    static QString changeText(const OutboxEntry &entry);

protected:
    QVariant cellData(const OutboxEntry &entry, int column, int role) const override;
};

} // namespace bbd
