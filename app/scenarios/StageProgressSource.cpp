#include "app/scenarios/StageProgressSource.h"

#include "app/storage/Database.h"
#include "app/storage/SqlPageSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bbd::sources {
namespace {

// The translation context of this file's user-visible words.
struct ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(bbd::StageProgressSource)
};

} // namespace

std::unique_ptr<PageSource<StageProgress>> stageProgress(const Database &db, ProgressFilter filter,
                                                         const QDate &today, ProgressScope scope)
{
    // Fixed fragments chosen here, never user text; the values are bound.
    QString where = QStringLiteral("a.status = 'active'");
    QString order = QStringLiteral("s.due_date, e.last_name, s.id");
    QVariantList binds;
    if (scope.id != 0) {
        where += scope.group == ProgressGroup::People ? QStringLiteral(" AND a.employee_id = ?")
                                                      : QStringLiteral(" AND a.scenario_id = ?");
        binds.append(scope.id);
    }
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
                       "ELSE 0 END, s.result") +
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
            stage.problem = q.value(10).toString();
            return stage;
        });
}

std::unique_ptr<PageSource<ProgressSummary>>
progressSummaries(const Database &db, ProgressGroup group, const QDate &today)
{
    const bool people = group == ProgressGroup::People;
    // The detail: a person's scenarios, or how many people follow a scenario.
    const QString select =
        people ? QStringLiteral("a.employee_id, e.first_name || ' ' || e.last_name, "
                                "group_concat(DISTINCT sc.name)")
               : QStringLiteral("a.scenario_id, sc.name, count(DISTINCT a.employee_id)");
    const QString from = QStringLiteral(R"sql(
  FROM assignments a
  JOIN employees e ON e.id = a.employee_id
  JOIN scenarios sc ON sc.id = a.scenario_id
  JOIN assignment_stages s ON s.assignment_id = a.id
 WHERE a.status = 'active')sql");
    const QString key = people ? QStringLiteral("a.employee_id") : QStringLiteral("a.scenario_id");
    const QString countSql = QStringLiteral("SELECT count(DISTINCT ") + key + u')' + from;
    const QString pageSql =
        QStringLiteral("SELECT ") + select +
        QStringLiteral(
            ", count(*), sum(s.status IN ('done', 'skipped')), "
            "sum(s.status IN ('pending', 'in_progress') AND s.due_date < ?), "
            "min(CASE WHEN s.status IN ('pending', 'in_progress') THEN s.due_date END)") +
        from + QStringLiteral(" GROUP BY ") + key +
        (people ? QStringLiteral(" ORDER BY e.last_name, e.first_name, a.employee_id")
                : QStringLiteral(" ORDER BY sc.name, a.scenario_id")) +
        QStringLiteral(" LIMIT ? OFFSET ?");
    // The count statement has no "?" of its own; SqlPageSource binds the same values to both, so
    // the date goes into the count as a harmless extra condition.
    const QString boundCountSql = countSql + QStringLiteral(" AND ? IS NOT NULL");
    return std::make_unique<SqlPageSource<ProgressSummary>>(
        db.connectionName(), boundCountSql, pageSql, QVariantList{today.toString(Qt::ISODate)},
        [people](const QSqlQuery &q) {
            ProgressSummary summary;
            summary.id = q.value(0).toLongLong();
            summary.name = q.value(1).toString();
            if (people) {
                summary.detail = q.value(2).toString().replace(u',', QStringLiteral(", "));
            } else {
                summary.detail = ProgressText::tr("%n new hire(s)", nullptr, q.value(2).toInt());
            }
            summary.total = q.value(3).toInt();
            summary.done = q.value(4).toInt();
            summary.overdue = q.value(5).toInt();
            summary.nextDue = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            return summary;
        });
}

namespace {

QString shorten(const QString &text, int length = 60)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

StageDelivery::State stateOf(const QString &status)
{
    if (status == u"sent") {
        return StageDelivery::State::Sent;
    }
    if (status == u"in_flight") {
        return StageDelivery::State::Sending;
    }
    if (status == u"failed") {
        return StageDelivery::State::Failed;
    }
    if (status == u"conflict") {
        return StageDelivery::State::Conflict;
    }
    return StageDelivery::State::Waiting;
}

} // namespace

QString deliveryWhat(const QString &service, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (service == u"jira") {
        return ProgressText::tr("Jira task: %1")
            .arg(shorten(object.value(u"fields").toObject().value(u"summary").toString()));
    }
    if (service == u"zoom") {
        const QDateTime start =
            QDateTime::fromString(object.value(u"start_time").toString(), Qt::ISODate);
        return ProgressText::tr("Zoom meeting “%1”, %2")
            .arg(shorten(object.value(u"topic").toString(), 40),
                 QLocale().toString(start.toLocalTime(), QLocale::ShortFormat));
    }
    if (service == u"graph") {
        const QJsonObject message = object.value(u"message").toObject();
        QStringList to;
        for (const QJsonValue &recipient : message.value(u"toRecipients").toArray()) {
            to << recipient.toObject()
                      .value(u"emailAddress")
                      .toObject()
                      .value(u"address")
                      .toString();
        }
        return ProgressText::tr("E-mail to %1: %2")
            .arg(to.join(QStringLiteral(", ")), shorten(message.value(u"subject").toString(), 40));
    }
    if (service == u"slack") {
        return ProgressText::tr("Slack post: %1").arg(shorten(object.value(u"text").toString()));
    }
    return ProgressText::tr("Request to %1").arg(service);
}

QString deliveryAnswer(const QString &service, StageDelivery::State state,
                       const QByteArray &response, const QString &lastError)
{
    if (state != StageDelivery::State::Sent) {
        return lastError;
    }
    const QJsonObject object = QJsonDocument::fromJson(response).object();
    if (service == u"jira" && object.contains(u"key")) {
        return ProgressText::tr("Created %1").arg(object.value(u"key").toString());
    }
    if (service == u"zoom" && object.contains(u"join_url")) {
        return object.value(u"join_url").toString();
    }
    return ProgressText::tr("Accepted");
}

std::unique_ptr<PageSource<StageDelivery>> stageDeliveries(const Database &db,
                                                           qint64 assignmentStageId)
{
    const QString from =
        QStringLiteral(" FROM outbox WHERE entity_type = 'assignment_stage' AND entity_id = ?");
    return std::make_unique<SqlPageSource<StageDelivery>>(
        db.connectionName(), QStringLiteral("SELECT count(*)") + from,
        QStringLiteral("SELECT id, service, body, status, created_at, sent_at, attempts, "
                       "response, last_error") +
            from + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
        QVariantList{assignmentStageId}, [](const QSqlQuery &q) {
            StageDelivery delivery;
            delivery.id = q.value(0).toLongLong();
            delivery.service = q.value(1).toString();
            delivery.what = deliveryWhat(delivery.service, q.value(2).toByteArray());
            delivery.state = stateOf(q.value(3).toString());
            delivery.queuedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            delivery.sentAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
            delivery.attempts = q.value(6).toInt();
            delivery.answer = deliveryAnswer(delivery.service, delivery.state,
                                             q.value(7).toByteArray(), q.value(8).toString());
            return delivery;
        });
}

} // namespace bbd::sources
