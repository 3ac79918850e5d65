#pragma once

#include "models/PageSource.h"
#include "models/StageProgressModel.h"

#include <QDate>

#include <memory>

namespace bbd {

class Database;

namespace sources {

enum class ProgressFilter {
    Open,    // not done or skipped yet, the earliest due first
    Overdue, // open and due before `today`
    Done,    // the latest done first
    All,
};

// The stages of active onboarding assignments, for HR's progress view.
std::unique_ptr<PageSource<StageProgress>> stageProgress(const Database &db, ProgressFilter filter,
                                                         const QDate &today);

} // namespace sources
} // namespace bbd
