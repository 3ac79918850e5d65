#pragma once

#include <QDate>
#include <QString>

namespace bbd {

// Working day (1-based) on which a scenario stage falls, counted the way the scenario runner
// does: day N is the N-th working day; week N starts on working day 5(N-1)+1; month N on
// working day 21(N-1)+1.
int workingDayOfStage(const QString &timingUnit, int timingOffset);

// The date of the `workingDay`-th working day counting from `start` (a weekend start moves to
// Monday first). Weekends are skipped; public holidays are not known here.
QDate addWorkingDays(QDate start, int workingDay);

} // namespace bbd
