#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>

class QThread;

namespace bbd {

class Database;

// Runs read-only work on a database connection of its own in a worker thread and hands the
// result back in this object's thread, so that a query over a million rows never holds up the
// GUI. Only the result of the latest run() is delivered: a newer request makes older results
// be dropped when they arrive.
//
//     m_reader.run([id](const QString &connection) { return Figures::read(connection, id); },
//                  [this](Figures figures) { show(figures); });
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    // `db` must be a file database (the worker opens a second connection to it).
    explicit BackgroundReader(const Database &db, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // `work(connectionName)` runs in a worker thread; `done(result)` later in this thread,
    // unless run() or cancel() was called again in between.
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        start([work = std::move(work), done = std::move(done)](const QString &connection) {
            auto result = work(connection);
            return std::function<void()>(
                [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }

    // Results still on their way are dropped.
    void cancel() { ++m_generation; }
    bool isBusy() const { return !m_threads.isEmpty(); }
    // Blocks until no work is running (tests, shutdown).
    void waitForIdle();

private:
    using Job = std::function<std::function<void()>(const QString &connection)>;
    void start(Job job);

    QString m_connectionName;
    quint64 m_generation = 0;
    QList<QThread *> m_threads;
};

} // namespace bbd
