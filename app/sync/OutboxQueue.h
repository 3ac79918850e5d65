#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

// What a person does with outbox rows the dispatcher could not deliver by itself: try a
// failed row again, settle a conflict, or give a row up. Each action is one transaction and
// never touches a row that is being sent at that moment.
class OutboxQueue
{
    Q_DECLARE_TR_FUNCTIONS(bbd::OutboxQueue)

public:
    struct Counts
    {
        int pending = 0; // waiting to be sent, or retried by the dispatcher on its own
        int failed = 0;  // refused by the server, waiting for a person
        int conflict = 0;
    };

    // One row as the Outbox view and the conflict dialog need it.
    struct Item
    {
        qint64 id = 0;
        QString service;
        QString method;
        QString path;
        QByteArray body;
        QString status;
        int attempts = 0;
        QString lastError;
        int httpStatus = 0;
        QString entityType;
        qint64 entityId = 0;
        QJsonObject serverRecord; // after a 412
    };

    explicit OutboxQueue(QSqlDatabase db);

    Counts counts(const QString &service = {}) const;
    bool item(qint64 id, Item *item) const;
    // A failed or conflicted row back into the queue, due now, as it is.
    bool retry(qint64 id);
    // A conflict settled by the user: `body` is what is to be written now (the fields the user
    // kept from each side) over `serverVersion`, the version of the server record they saw.
    // The row keeps its idempotency key: the 412 did not use it up.
    bool resolveConflict(qint64 id, const QByteArray &body, int serverVersion);
    // Removes a row that has not been sent. Later rows of the same entity stay and are sent
    // after it; `laterRowsOfEntity` says how many, so the user can be told before.
    bool discard(qint64 id);
    int laterRowsOfEntity(qint64 id) const;

    QString lastError() const { return m_lastError; }

private:
    bool change(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace bbd
