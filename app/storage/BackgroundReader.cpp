#include "app/storage/BackgroundReader.h"

#include "app/storage/Database.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace bbd {
namespace {

std::atomic<quint64> connectionCounter{0};

} // namespace

BackgroundReader::BackgroundReader(const Database &db, QObject *parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
{}

BackgroundReader::~BackgroundReader()
{
    cancel();
    waitForIdle();
    // Their finished() would have deleted them in this object's thread, too late now.
    qDeleteAll(m_threads);
}

void BackgroundReader::waitForIdle()
{
    const QList<QThread *> threads = m_threads;
    for (QThread *thread : threads) {
        thread->wait();
    }
}

void BackgroundReader::start(Job job)
{
    const quint64 generation = ++m_generation;
    const QString source = m_connectionName;
    const QString name = QStringLiteral("%1-reader-%2").arg(source).arg(connectionCounter++);
    QThread *thread = QThread::create([this, job = std::move(job), source, name, generation] {
        std::function<void()> deliver;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.open()) {
                // Only ever reads; a busy writer makes it wait a little rather than fail.
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
                pragma.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
            }
            // The work sees an unopened connection as a failing one and reports that.
            deliver = job(name);
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver), generation] {
                if (generation == m_generation) {
                    deliver();
                }
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace bbd
