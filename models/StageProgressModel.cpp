#include "models/StageProgressModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bbd {

QString stageProgressStatusKey(StageProgress::Status status)
{
    switch (status) {
    case StageProgress::Status::Pending:
        return QStringLiteral("pending");
    case StageProgress::Status::InProgress:
        return QStringLiteral("in_progress");
    case StageProgress::Status::Done:
        return QStringLiteral("done");
    case StageProgress::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

StageProgress::Status stageProgressStatusFromKey(const QString &key)
{
    for (auto status : {StageProgress::Status::Pending, StageProgress::Status::InProgress,
                        StageProgress::Status::Done, StageProgress::Status::Skipped}) {
        if (stageProgressStatusKey(status) == key) {
            return status;
        }
    }
    return StageProgress::Status::Pending;
}

QStringList StageProgressModel::columnTitles() const
{
    return {tr("New hire"), tr("Stage"), tr("Scenario"), tr("Due"), tr("Status"), tr("Meeting")};
}

bool StageProgressModel::isOverdue(const StageProgress &stage) const
{
    return (stage.status == StageProgress::Status::Pending ||
            stage.status == StageProgress::Status::InProgress) &&
           stage.dueDate.isValid() && stage.dueDate < today();
}

bool StageProgressModel::hasProblem(const StageProgress &stage)
{
    return stage.status == StageProgress::Status::Pending && !stage.problem.isEmpty();
}

QString StageProgressModel::statusText(StageProgress::Status status)
{
    switch (status) {
    case StageProgress::Status::Pending:
        return tr("Due");
    case StageProgress::Status::InProgress:
        return tr("In progress");
    case StageProgress::Status::Done:
        return tr("Done");
    case StageProgress::Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

QVariant StageProgressModel::cellData(const StageProgress &stage, int column, int role) const
{
    switch (role) {
    case IdRole:
        return stage.id;
    case StatusRole:
        return stageProgressStatusKey(stage.status);
    case MeetingUrlRole:
        return stage.meetingUrl;
    case OverdueRole:
        return isOverdue(stage);
    case Qt::ForegroundRole:
        if ((column == Due || column == Status) && isOverdue(stage)) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        if (column == Status && hasProblem(stage)) {
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        return column == Status && hasProblem(stage) ? QVariant(stage.problem) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Employee:
        return stage.employeeName;
    case Stage:
        return stage.stageTitle;
    case Scenario:
        return stage.scenarioName;
    case Due:
        return QLocale().toString(stage.dueDate, QLocale::ShortFormat);
    case Status:
        if (stage.status == StageProgress::Status::Done && stage.doneAt.isValid()) {
            return tr("Done %1").arg(
                QLocale().toString(stage.doneAt.toLocalTime().date(), QLocale::ShortFormat));
        }
        if (hasProblem(stage)) {
            return tr("Cannot start");
        }
        return isOverdue(stage) ? tr("Overdue") : statusText(stage.status);
    case Meeting:
        return stage.meetingUrl.isEmpty() ? QString() : tr("Join link");
    }
    return {};
}

} // namespace bbd
