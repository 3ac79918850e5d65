#include "app/scenarios/WorkingDays.h"

#include <QtGlobal>

namespace bbd {

int workingDayOfStage(const QString &timingUnit, int timingOffset)
{
    const int n = qMax(1, timingOffset);
    if (timingUnit == QLatin1String("week")) {
        return 5 * (n - 1) + 1;
    }
    if (timingUnit == QLatin1String("month")) {
        return 21 * (n - 1) + 1;
    }
    return n;
}

QDate addWorkingDays(QDate start, int workingDay)
{
    while (start.dayOfWeek() > 5) {
        start = start.addDays(1);
    }
    for (int left = workingDay - 1; left > 0;) {
        start = start.addDays(1);
        if (start.dayOfWeek() <= 5) {
            --left;
        }
    }
    return start;
}

} // namespace bbd
