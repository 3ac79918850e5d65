#pragma once

#include "models/PageSource.h"
#include "models/ProgressSummaryModel.h"
#include "models/StageDeliveryModel.h"
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

// Whom HR follows: each new hire, or each scenario across its new hires.
enum class ProgressGroup { People, Scenarios };

// The stages shown: of everyone (id 0), or of one person or scenario.
struct ProgressScope
{
    ProgressGroup group = ProgressGroup::People;
    qint64 id = 0;
};

// The stages of active onboarding assignments, for HR's progress view.
std::unique_ptr<PageSource<StageProgress>> stageProgress(const Database &db, ProgressFilter filter,
                                                         const QDate &today,
                                                         ProgressScope scope = {});

// One row per person (or scenario) with an active assignment: stages done, overdue, next due.
std::unique_ptr<PageSource<ProgressSummary>>
progressSummaries(const Database &db, ProgressGroup group, const QDate &today);

// What one assignment stage sent to the services and what they answered, newest first.
std::unique_ptr<PageSource<StageDelivery>> stageDeliveries(const Database &db,
                                                           qint64 assignmentStageId);

// The one-line description and the answer of an outbox row of a stage, from its service, body
// and the service's response (exposed for tests).
QString deliveryWhat(const QString &service, const QByteArray &body);
QString deliveryAnswer(const QString &service, StageDelivery::State state,
                       const QByteArray &response, const QString &lastError);

} // namespace sources
} // namespace bbd
