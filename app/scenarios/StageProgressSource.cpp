#include "app/scenarios/StageProgressSource.h"

#include "app/storage/Database.h"
#include "app/storage/SqlPageSource.h"

namespace bbd::sources {

std::unique_ptr<PageSource<StageProgress>> stageProgress(const Database &db, ProgressFilter filter,
                                                         const QDate &today)
{
    // Fixed fragments chosen here, never user text; the date is bound.
    QString where = QStringLiteral("a.status = 'active'");
    QString order = QStringLiteral("s.due_date, e.last_name, s.id");
    QVariantList binds;
    switch (filter) {
    case ProgressFilter::Open:
        where += QStringLiteral(" AND s.status IN ('pending', 'in_progress')");
        break;
    case ProgressFilter::Overdue:
        where += QStringLiteral(" AND s.status IN ('pending', 'in_progress') AND s.due_date < ?");
        binds.append(today.toString(Qt::ISODate));
        break;
    case ProgressFilter::Done:
        where += QStringLiteral(" AND s.status = 'done'");
        order = QStringLiteral("s.done_at DESC, s.id DESC");
        break;
    case ProgressFilter::All:
        break;
    }
    const QString from = QStringLiteral(R"sql(
  FROM assignment_stages s
  JOIN assignments a ON a.id = s.assignment_id
  JOIN employees e ON e.id = a.employee_id
  JOIN scenario_stages st ON st.id = s.stage_id
  JOIN scenarios sc ON sc.id = a.scenario_id
 WHERE )sql") + where;
    const QString countSql = QStringLiteral("SELECT count(*)") + from;
    const QString pageSql =
        QStringLiteral("SELECT s.id, e.first_name || ' ' || e.last_name, sc.name, st.title, "
                       "st.kind, s.due_date, s.status, s.done_at, s.meeting_url, "
                       "CASE WHEN json_valid(st.actions) THEN json_array_length(st.actions) "
                       "ELSE 0 END") +
        from + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
    return std::make_unique<SqlPageSource<StageProgress>>(
        db.connectionName(), countSql, pageSql, binds, [](const QSqlQuery &q) {
            StageProgress stage;
            stage.id = q.value(0).toLongLong();
            stage.employeeName = q.value(1).toString();
            stage.scenarioName = q.value(2).toString();
            stage.stageTitle = q.value(3).toString();
            stage.stageKind = q.value(4).toString();
            stage.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            stage.status = stageProgressStatusFromKey(q.value(6).toString());
            stage.doneAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
            stage.meetingUrl = q.value(8).toString();
            stage.actionCount = q.value(9).toInt();
            return stage;
        });
}

} // namespace bbd::sources
