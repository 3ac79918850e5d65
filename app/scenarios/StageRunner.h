#pragma once

#include "app/integrations/StageActions.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace bbd {

class Settings;

// Makes onboarding stages run themselves while the app is open: at start and then every few
// minutes it starts the stages whose day has come and books the meetings of the next days
// (StageActions::runDueStages). A day the app was closed is caught up at the next start.
class StageRunner : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    StageRunner(QSqlDatabase db, const Settings &settings, QObject *parent = nullptr);

    // For tests: the time the runner believes it is.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start();
    void stop() { m_timer.stop(); }

    // One sweep now; returns what it did.
    StageActions::Sweep runNow();

signals:
    // Outbox rows were written: the integrations should send now.
    void workQueued();
    // Stages changed state: progress views should read again.
    void stagesChanged();
    // A sentence for the status bar; a stage that cannot start is told once, not at every
    // sweep.
    void message(const QString &text);

private:
    QSqlDatabase m_db;
    const Settings &m_settings;
    Clock m_clock;
    QTimer m_timer;
    QSet<QString> m_told; // failures already reported, "stage id: reason"
};

} // namespace bbd
