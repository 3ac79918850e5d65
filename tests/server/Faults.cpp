#include "Faults.h"

namespace bbd::testserver {

void Faults::failNext(int count, int status, const QString &pathPrefix)
{
    arm(Kind::Fail, count, pathPrefix, qBound(500, status, 599), 0);
}

void Faults::throttleNext(int count, int retryAfterSeconds, const QString &pathPrefix)
{
    arm(Kind::Throttle, count, pathPrefix, 429, qMax(0, retryAfterSeconds));
}

void Faults::holdNext(int count, const QString &pathPrefix)
{
    arm(Kind::Hold, count, pathPrefix, 0, 0);
}

void Faults::cutNext(int count, const QString &pathPrefix)
{
    arm(Kind::Cut, count, pathPrefix, 0, 0);
}

void Faults::malformNext(int count, const QString &pathPrefix)
{
    arm(Kind::Malform, count, pathPrefix, 0, 0);
}

void Faults::conflictNext(const QString &resource, const QString &id, int count)
{
    if (count > 0) {
        m_conflicts[resource + u'/' + id] += count;
    }
}

void Faults::setFailRate(double rate, quint32 seed)
{
    m_failRate = qBound(0.0, rate, 1.0);
    m_random.seed(seed);
}

int Faults::pending() const
{
    int total = 0;
    for (const Rule &rule : m_rules) {
        total += rule.remaining;
    }
    return total;
}

void Faults::clear()
{
    m_rules.clear();
    m_conflicts.clear();
    m_latencyMs = 0;
    m_failRate = 0;
    m_health = Health::Ok;
}

Faults::Action Faults::take(const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!path.startsWith(rule.pathPrefix)) {
            continue;
        }
        const Action action = rule.action;
        if (--rule.remaining == 0) {
            m_rules.removeAt(i);
        }
        return action;
    }
    if (m_failRate > 0 && m_random.generateDouble() < m_failRate) {
        return {Kind::Fail, 503, 0};
    }
    return {};
}

bool Faults::takeConflict(const QString &resource, const QString &id)
{
    const auto it = m_conflicts.find(resource + u'/' + id);
    if (it == m_conflicts.end()) {
        return false;
    }
    if (--it.value() == 0) {
        m_conflicts.erase(it);
    }
    return true;
}

void Faults::arm(Kind kind, int count, const QString &pathPrefix, int status, int retryAfter)
{
    if (count > 0) {
        m_rules.append({{kind, status, retryAfter}, count, pathPrefix});
    }
}

} // namespace bbd::testserver
