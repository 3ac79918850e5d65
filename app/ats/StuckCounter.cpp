#include "app/ats/StuckCounter.h"

#include "app/ats/BoardColumnSource.h"
#include "app/storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace bbd {

StuckCounter::StuckCounter(const Database &db, QObject *parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
{}

StuckCounter::~StuckCounter()
{
    cancel();
    waitForIdle();
    // Their finished() would have deleted them in this object's thread, too late now.
    qDeleteAll(m_threads);
}

void StuckCounter::cancel()
{
    ++m_generation;
    if (m_cancel) {
        *m_cancel = true;
    }
    m_cancel.reset();
}

void StuckCounter::waitForIdle()
{
    const QList<QThread *> threads = m_threads;
    for (QThread *thread : threads) {
        thread->wait();
    }
}

void StuckCounter::start(qint64 vacancyId, const QList<Column> &columns,
                         const QString &extraCondition, const QVariantList &extraBinds,
                         const QDateTime &now)
{
    cancel();
    if (columns.isEmpty()) {
        return;
    }
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    const QString source = m_connectionName;
    const QString name =
        QStringLiteral("%1-stuck-%2-%3").arg(source).arg(quintptr(this)).arg(generation);
    QThread *thread = QThread::create([=, this] {
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            const bool opened = db.open();
            if (opened) {
                // Only ever reads; a busy writer makes it wait a little rather than fail.
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
                pragma.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
            }
            for (const Column &column : columns) {
                if (*cancelled) {
                    break;
                }
                QString error;
                const int count = opened
                                      ? countBoardCardsEnteredBefore(
                                            name, vacancyId, column.stageId, extraCondition,
                                            extraBinds, now.addDays(-column.stuckAfterDays), &error)
                                      : -1;
                if (!opened) {
                    error = db.lastError().text();
                }
                // Delivered in the counter's thread, and only if no newer count was asked for.
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, stageId = column.stageId, count, error] {
                        if (generation == m_generation) {
                            emit counted(stageId, count, error);
                        }
                    },
                    Qt::QueuedConnection);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

} // namespace bbd
