#pragma once

#include "app/sync/ServiceHealth.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

namespace bbd {

class Settings;

// Whether the platform counts as down for the fallback panel, and since when: unreachable by
// the health checks (offline; degraded still answers), or marked down by the user, who may
// know before the checks do. Both times survive a restart through the settings.
class PlatformOutage : public QObject
{
    Q_OBJECT

public:
    PlatformOutage(Settings &settings, QSqlDatabase db, QObject *parent = nullptr);

    bool isDown() const { return isUnreachable() || isMarkedDown(); }
    bool isUnreachable() const { return m_state == ConnectionState::Offline; }
    bool isMarkedDown() const;
    // The first failed health check or the mark, whichever came first; invalid when up.
    QDateTime since() const;
    QDateTime unreachableSince() const;
    QDateTime markedDownAt() const;
    ConnectionState connectionState() const { return m_state; }

public slots:
    void setConnectionState(bbd::ConnectionState state);
    void setMarkedDown(bool down);

signals:
    // isDown() or since() changed.
    void changed();

private:
    Settings &m_settings;
    QSqlDatabase m_db;
    ConnectionState m_state = ConnectionState::Unknown;
};

} // namespace bbd
