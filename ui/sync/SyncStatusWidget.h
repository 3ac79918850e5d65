#pragma once

#include "app/sync/PlatformSync.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace bbd {

class Database;

// The right end of the status bar: whether the platform answers (online, degraded, offline, not
// connected), what the sync is doing right now, and how much waits in the outbox; the outbox
// count is a button that opens the Outbox view. `sync` may be null (no sync in this window).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(Database &database, PlatformSync *sync, QWidget *parent = nullptr);

    QString stateText() const;
    QString progressText() const;
    QString outboxText() const;

public slots:
    void refreshOutbox();
    void refreshState();

signals:
    void outboxRequested();

private:
    Database &m_database;
    PlatformSync *m_sync;
    QLabel *m_state = nullptr;
    QLabel *m_progress = nullptr;
    QToolButton *m_outbox = nullptr;
};

} // namespace bbd
