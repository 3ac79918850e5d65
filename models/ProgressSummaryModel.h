#pragma once

#include "models/PagedTableModel.h"

#include <QDate>

namespace bbd {

// One new hire's onboarding, or one scenario across its new hires, in HR's progress view.
struct ProgressSummary
{
    qint64 id = 0;  // employees.id or scenarios.id
    QString name;   // the person, or the scenario
    QString detail; // the person's scenario(s), or how many people run the scenario
    int total = 0;  // stages of active assignments
    int done = 0;
    int overdue = 0;
    QDate nextDue; // the earliest open stage's date
};

class ProgressSummaryModel : public PagedTableModel<ProgressSummary>
{
    Q_OBJECT

public:
    enum Column { Name, Progress, Overdue, NextDue, ColumnCount };
    // Progress as a whole percent (0..100), for a bar.
    enum Role { PercentRole = FirstCustomRole, OverdueCountRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    static int percent(const ProgressSummary &summary);

protected:
    QVariant cellData(const ProgressSummary &summary, int column, int role) const override;
};

} // namespace bbd
