#include "app/sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bbd {

RetryPolicy::RetryPolicy()
    : RetryPolicy(
          Limits(), [] { return QDateTime::currentDateTimeUtc(); },
          [] { return QRandomGenerator::global()->generateDouble(); })
{}

RetryPolicy::RetryPolicy(Limits limits, Clock clock, Random random)
    : m_limits(limits)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
{}

qint64 RetryPolicy::ceilingMs(int step) const
{
    // Doubling stops well before qint64 would overflow; the cap is reached long before.
    const int doublings = std::clamp(step, 0, 40);
    qint64 ceiling = m_limits.baseMs;
    for (int i = 0; i < doublings && ceiling < m_limits.capMs; ++i) {
        ceiling *= 2;
    }
    return std::min(ceiling, m_limits.capMs);
}

qint64 RetryPolicy::delayMs(int step) const
{
    const qint64 ceiling = ceilingMs(step);
    const double pick = std::clamp(m_random(), 0.0, 1.0);
    const auto jittered = qint64(pick * double(ceiling));
    return std::clamp(jittered, std::min(m_limits.floorMs, ceiling), ceiling);
}

QDateTime RetryPolicy::nextAttempt(int step, int retryAfterSeconds) const
{
    qint64 wait = delayMs(step);
    if (retryAfterSeconds >= 0) {
        wait = std::max(wait, qint64(retryAfterSeconds) * 1000);
    }
    return now().addMSecs(wait);
}

RetryPolicy::State RetryPolicy::afterFailure(const State &state, int retryAfterSeconds) const
{
    return {state.step + 1, nextAttempt(state.step, retryAfterSeconds)};
}

bool RetryPolicy::isWaiting(const State &state) const
{
    return state.until.isValid() && state.until > now();
}

} // namespace bbd
