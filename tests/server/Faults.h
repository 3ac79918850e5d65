#pragma once

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace bbd::testserver {

// What the server does wrong on purpose. A test arms a fault before the request it aims at;
// each "next N" fault is used up by the next N requests whose path starts with its prefix
// (every request when the prefix is empty), in the order the faults were armed.
//
// Fail, throttle and hold act before the request is processed: nothing changes on the server.
// Cut and malform act after it: the change is made and only the answer is lost or damaged,
// which is the case an idempotency key exists for.
class Faults
{
public:
    enum class Kind { None, Fail, Throttle, Hold, Cut, Malform };
    enum class Health {
        Ok,       // 200 {"status":"ok"}
        Degraded, // 200 {"status":"degraded"}
        Down,     // 503 {"status":"down"}
        Silent,   // the health request is never answered
    };

    struct Action
    {
        Kind kind = Kind::None;
        int status = 0;            // Fail: the 5xx status
        int retryAfterSeconds = 0; // Throttle
    };

    // Every request is answered this much later (0 = at once).
    void setLatency(int milliseconds) { m_latencyMs = qMax(0, milliseconds); }
    int latencyMs() const { return m_latencyMs; }

    // The next `count` requests answer `status` (500..599) with an error body.
    void failNext(int count, int status = 503, const QString &pathPrefix = {});
    // The next `count` requests answer 429 with `Retry-After: retryAfterSeconds`.
    void throttleNext(int count, int retryAfterSeconds, const QString &pathPrefix = {});
    // The next `count` requests are never answered (the client's timeout is under test).
    void holdNext(int count, const QString &pathPrefix = {});
    // The next `count` answers stop in the middle of their body and the connection closes.
    void cutNext(int count, const QString &pathPrefix = {});
    // The next `count` answers keep their status but carry a body that is not valid JSON.
    void malformNext(int count, const QString &pathPrefix = {});
    // The next `count` writes (PATCH, DELETE) to this entity answer 412 with the current
    // record, whatever If-Match says.
    void conflictNext(const QString &resource, const QString &id, int count = 1);
    // A share (0..1) of the requests no other fault takes answers 503; `seed` makes the
    // sequence repeatable.
    void setFailRate(double rate, quint32 seed = 1);
    double failRate() const { return m_failRate; }

    void setHealth(Health health) { m_health = health; }
    Health health() const { return m_health; }

    // Armed "next N" faults not used up yet (conflicts not counted).
    int pending() const;
    // Back to a well-behaved server: no latency, no armed faults, fail rate 0, health Ok.
    void clear();

    // For the server: the fault that takes this request, if any (uses it up).
    Action take(const QString &path);
    // For the platform API: whether a forced conflict takes this write (uses it up).
    bool takeConflict(const QString &resource, const QString &id);

private:
    struct Rule
    {
        Action action;
        int remaining = 0;
        QString pathPrefix;
    };
    void arm(Kind kind, int count, const QString &pathPrefix, int status, int retryAfter);

    QList<Rule> m_rules;
    QHash<QString, int> m_conflicts; // "resource/id" -> remaining
    int m_latencyMs = 0;
    double m_failRate = 0;
    QRandomGenerator m_random;
    Health m_health = Health::Ok;
};

} // namespace bbd::testserver
