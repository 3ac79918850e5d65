#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariantList>

#include <atomic>
#include <memory>

class QThread;

namespace bbd {

class Database;

// Counts the "stuck" cards of board columns off the GUI thread, on a connection of its own.
//
// A column's size is read from the board index alone, but whether a card is stuck depends on
// when it entered the stage, which only the card's row holds: for a column of 20,000 cards
// that is 20,000 row reads, too slow to hold up opening the board. The board shows its cards
// at once and the counts follow.
class StuckCounter : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        qint64 stageId = 0;
        int stuckAfterDays = 0;
    };

    // `db` must be a file database (the counter opens a second connection to it).
    explicit StuckCounter(const Database &db, QObject *parent = nullptr);
    ~StuckCounter() override;

    // Counts the cards of these columns of a vacancy that have been in their stage for at
    // least the column's days by `now`. Results of an earlier start() that have not arrived
    // yet are dropped.
    void start(qint64 vacancyId, const QList<Column> &columns, const QString &extraCondition,
               const QVariantList &extraBinds,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Drops pending results and stops the running count as soon as it can.
    void cancel();
    // Blocks until no count is running (tests, shutdown).
    void waitForIdle();

signals:
    // `count` is -1 when the column could not be counted (`error` says why).
    void counted(qint64 stageId, int count, const QString &error);

private:
    QString m_connectionName;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
};

} // namespace bbd
