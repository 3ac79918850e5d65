#pragma once

#include "models/PagedTableModel.h"

#include <QDate>
#include <QDateTime>

namespace bbd {

// One stage of one new hire's onboarding, as HR follows it.
struct StageProgress
{
    enum class Status { Pending, InProgress, Done, Skipped };

    qint64 id = 0; // assignment_stages.id
    QString employeeName;
    QString scenarioName;
    QString stageTitle;
    QString stageKind; // meeting, training, one_on_one, document, task, survey, custom
    QDate dueDate;
    Status status = Status::Pending;
    QDateTime doneAt;
    QString meetingUrl;
    int actionCount = 0; // actions the stage starts (Jira task, message, meeting…)
    QString problem;     // why the stage could not start by itself, empty when nothing is wrong
};

QString stageProgressStatusKey(StageProgress::Status status);
StageProgress::Status stageProgressStatusFromKey(const QString &key);

class StageProgressModel : public PagedTableModel<StageProgress>
{
    Q_OBJECT

public:
    enum Column { Employee, Stage, Scenario, Due, Status, Meeting, ColumnCount };
    enum Role { StatusRole = FirstCustomRole, MeetingUrlRole, OverdueRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    // "Today" for the overdue mark; tests fix it.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    bool isOverdue(const StageProgress &stage) const;
    static QString statusText(StageProgress::Status status);
    // A pending stage the runner could not start (its reason is in `problem`).
    static bool hasProblem(const StageProgress &stage);

protected:
    QVariant cellData(const StageProgress &stage, int column, int role) const override;

private:
    QDate m_today;
};

} // namespace bbd
