#include "app/scenarios/StageRunner.h"

namespace bbd {

StageRunner::StageRunner(QSqlDatabase db, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    // Often enough that a stage starts the morning it is due, rare enough to cost nothing.
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &StageRunner::runNow);
}

void StageRunner::start()
{
    m_timer.start();
    runNow();
}

StageActions::Sweep StageRunner::runNow()
{
    StageActions actions(m_db, m_settings);
    const StageActions::Sweep sweep = actions.runDueStages(m_clock().date());
    QStringList parts;
    if (!sweep.started.isEmpty()) {
        parts << tr("%n onboarding stage(s) started today or caught up.", nullptr,
                    int(sweep.started.size()));
    }
    if (!sweep.completed.isEmpty()) {
        parts << tr("%n stage(s) completed by themselves, their day over.", nullptr,
                    int(sweep.completed.size()));
    }
    if (!sweep.meetings.isEmpty()) {
        parts << tr("%n meeting(s) booked for the coming days.", nullptr,
                    int(sweep.meetings.size()));
    }
    int newFailures = 0;
    QString firstFailure;
    for (auto it = sweep.failed.cbegin(); it != sweep.failed.cend(); ++it) {
        const QString key = QString::number(it.key()) + u':' + it.value();
        if (!m_told.contains(key)) {
            m_told.insert(key);
            if (newFailures++ == 0) {
                firstFailure = it.value();
            }
        }
    }
    if (newFailures > 0) {
        parts << tr("%n stage(s) could not start: %1", nullptr, newFailures).arg(firstFailure);
    }
    parts += sweep.notices;
    if (!sweep.outboxRows.isEmpty()) {
        emit workQueued();
    }
    if (!sweep.started.isEmpty() || !sweep.completed.isEmpty() || !sweep.meetings.isEmpty() ||
        !sweep.failed.isEmpty()) {
        emit stagesChanged();
    }
    if (!parts.isEmpty()) {
        emit message(parts.join(u' '));
    }
    return sweep;
}

} // namespace bbd
