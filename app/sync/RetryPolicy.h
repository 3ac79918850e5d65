#pragma once

#include <QDateTime>

#include <functional>

namespace bbd {

// When to try again after a failure: exponential back-off with full jitter (a uniform pick in
// [floor, min(cap, base * 2^step)], as in the AWS Architecture Blog's "Exponential Backoff And
// Jitter"), so a crowd of clients coming back after an outage spreads out instead of arriving
// together. A server's Retry-After is a lower bound. Clock and random source are injected, so
// tests never sleep and always see the same numbers.
class RetryPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    struct Limits
    {
        qint64 floorMs = 1000;  // never sooner: a dead server is not hammered in a loop
        qint64 baseMs = 2000;   // the ceiling of the first retry's pick
        qint64 capMs = 3600000; // one hour: the ceiling stops growing here
    };

    // Where a service stands: failures in a row and the time before which it is left alone.
    // Persisted in service_health (backoff_step, backoff_until) so a restart keeps waiting.
    struct State
    {
        int step = 0;
        QDateTime until; // invalid: no wait
    };

    RetryPolicy(); // wall clock, QRandomGenerator::global()
    RetryPolicy(Limits limits, Clock clock, Random random);

    QDateTime now() const { return m_clock(); }
    const Limits &limits() const { return m_limits; }

    // The ceiling of the pick after `step` failures before this one (0 for the first).
    qint64 ceilingMs(int step) const;
    qint64 delayMs(int step) const;
    // `retryAfterSeconds` < 0 means the server gave none.
    QDateTime nextAttempt(int step, int retryAfterSeconds = -1) const;

    State afterFailure(const State &state, int retryAfterSeconds = -1) const;
    static State afterSuccess() { return {}; }
    bool isWaiting(const State &state) const;

private:
    Limits m_limits;
    Clock m_clock;
    Random m_random;
};

} // namespace bbd
