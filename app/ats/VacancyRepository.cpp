#include "app/ats/VacancyRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

using sql::nullIfEmpty;
using sql::nullIfZero;
using sql::run;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

PipelineStage stageFrom(const QSqlQuery &query)
{
    PipelineStage stage;
    stage.id = query.value(0).toLongLong();
    stage.vacancyId = query.value(1).toLongLong();
    stage.position = query.value(2).toInt();
    stage.name = query.value(3).toString();
    stage.kind = pipelineStageKindFromKey(query.value(4).toString());
    stage.stuckAfterDays = query.value(5).toInt();
    stage.folded = query.value(6).toBool();
    stage.candidateCount = query.value(7).toInt();
    return stage;
}

const QString kStageColumns =
    QStringLiteral("s.id, s.vacancy_id, s.position, s.name, s.kind, s.stuck_after_days, s.folded, "
                   "(SELECT count(*) FROM candidates c WHERE c.vacancy_id = s.vacancy_id AND "
                   "c.stage_id = s.id AND c.deleted = 0 AND c.merged_into_id IS NULL)");

} // namespace

VacancyRepository::VacancyRepository(const Database &db)
    : m_connectionName(db.connectionName())
{}

bool VacancyRepository::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

std::optional<Vacancy> VacancyRepository::load(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT id, title, department, status, opened_at FROM vacancies "
                            "WHERE id = ? AND deleted = 0"),
             {id}) ||
        !query.next()) {
        fail(query.lastError().isValid() ? query.lastError().text()
                                         : tr("The vacancy no longer exists."));
        return std::nullopt;
    }
    Vacancy vacancy;
    vacancy.id = query.value(0).toLongLong();
    vacancy.title = query.value(1).toString();
    vacancy.department = query.value(2).toString();
    vacancy.status = vacancyStatusFromKey(query.value(3).toString());
    vacancy.openedAt = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    m_lastError.clear();
    return vacancy;
}

qint64 VacancyRepository::create(const Vacancy &vacancy)
{
    if (vacancy.title.simplified().isEmpty()) {
        fail(tr("The vacancy needs a title."));
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    const QDate opened = vacancy.openedAt.isValid() ? vacancy.openedAt : QDate::currentDate();
    if (!run(query,
             QStringLiteral("INSERT INTO vacancies (title, department, status, opened_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?)"),
             {vacancy.title.simplified(), vacancy.department.simplified(),
              vacancyStatusKey(vacancy.status), opened.toString(Qt::ISODate), nowText()})) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    const QList<std::pair<QString, PipelineStage::Kind>> pipeline{
        {tr("Response"), PipelineStage::Kind::Normal},
        {tr("Screening"), PipelineStage::Kind::Normal},
        {tr("Interview"), PipelineStage::Kind::Normal},
        {tr("Offer"), PipelineStage::Kind::Normal},
        {tr("Hired"), PipelineStage::Kind::Hired},
        {tr("Rejected"), PipelineStage::Kind::Rejected}};
    int position = 0;
    for (const auto &[name, kind] : pipeline) {
        if (!run(query,
                 QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name, kind) "
                                "VALUES (?, ?, ?, ?)"),
                 {id, position++, name, pipelineStageKindKey(kind)})) {
            fail(query.lastError().text());
            return 0;
        }
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        return 0;
    }
    m_lastError.clear();
    return id;
}

bool VacancyRepository::update(const Vacancy &vacancy)
{
    if (vacancy.title.simplified().isEmpty()) {
        return fail(tr("The vacancy needs a title."));
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool closing = vacancy.status == Vacancy::Status::Closed;
    if (!run(query, QStringLiteral(R"sql(
UPDATE vacancies
   SET title = ?, department = ?, status = ?,
       closed_at = CASE WHEN ? THEN coalesce(closed_at, ?) ELSE NULL END,
       version = version + 1, updated_at = ?
 WHERE id = ?)sql"),
             {vacancy.title.simplified(), vacancy.department.simplified(),
              vacancyStatusKey(vacancy.status), closing, QDate::currentDate().toString(Qt::ISODate),
              nowText(), vacancy.id})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

QList<PipelineStage> VacancyRepository::stages(qint64 vacancyId) const
{
    QList<PipelineStage> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + kStageColumns +
                 QStringLiteral(" FROM pipeline_stages s WHERE s.vacancy_id = ? "
                                "ORDER BY s.position, s.id"),
             {vacancyId})) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        list.append(stageFrom(query));
    }
    m_lastError.clear();
    return list;
}

std::optional<PipelineStage> VacancyRepository::stage(qint64 stageId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT ") + kStageColumns +
                 QStringLiteral(" FROM pipeline_stages s WHERE s.id = ?"),
             {stageId}) ||
        !query.next()) {
        fail(query.lastError().isValid() ? query.lastError().text()
                                         : tr("The stage no longer exists."));
        return std::nullopt;
    }
    m_lastError.clear();
    return stageFrom(query);
}

qint64 VacancyRepository::addStage(qint64 vacancyId, const QString &name, PipelineStage::Kind kind,
                                   int position)
{
    if (name.simplified().isEmpty()) {
        fail(tr("The stage needs a name."));
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QList<qint64> order;
    for (const PipelineStage &existing : stages(vacancyId)) {
        order << existing.id;
    }
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name, kind) "
                            "VALUES (?, ?, ?, ?)"),
             {vacancyId, int(order.size()), name.simplified(), pipelineStageKindKey(kind)})) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    order.insert(position < 0 || position > order.size() ? order.size() : position, id);
    if (!renumber(vacancyId, order) || !transaction.commit()) {
        fail(m_lastError.isEmpty() ? db.lastError().text() : m_lastError);
        return 0;
    }
    m_lastError.clear();
    return id;
}

bool VacancyRepository::renameStage(qint64 stageId, const QString &name)
{
    if (name.simplified().isEmpty()) {
        return fail(tr("The stage needs a name."));
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("UPDATE pipeline_stages SET name = ? WHERE id = ?"),
             {name.simplified(), stageId})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::setStageKind(qint64 stageId, PipelineStage::Kind kind)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("UPDATE pipeline_stages SET kind = ? WHERE id = ?"),
             {pipelineStageKindKey(kind), stageId})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::setStuckAfterDays(qint64 stageId, int days)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("UPDATE pipeline_stages SET stuck_after_days = ? WHERE id = ?"),
             {days > 0 ? QVariant(days) : QVariant(QMetaType(QMetaType::Int)), stageId})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::setFolded(qint64 stageId, bool folded)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("UPDATE pipeline_stages SET folded = ? WHERE id = ?"),
             {folded ? 1 : 0, stageId})) {
        return fail(query.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::moveStage(qint64 stageId, int position)
{
    const std::optional<PipelineStage> moved = stage(stageId);
    if (!moved) {
        return false;
    }
    QList<qint64> order;
    for (const PipelineStage &existing : stages(moved->vacancyId)) {
        if (existing.id != stageId) {
            order << existing.id;
        }
    }
    order.insert(qBound(0, position, int(order.size())), stageId);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (!renumber(moved->vacancyId, order)) {
        return false;
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::removeStage(qint64 stageId)
{
    const std::optional<PipelineStage> removed = stage(stageId);
    if (!removed) {
        return false;
    }
    if (removed->candidateCount > 0) {
        return fail(tr("The stage \"%1\" still holds %n candidate(s); move them first.", nullptr,
                       removed->candidateCount)
                        .arg(removed->name));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    // Deleted and merged candidates may still point at the stage; they keep their history.
    if (!run(query, QStringLiteral("DELETE FROM pipeline_stages WHERE id = ?"), {stageId})) {
        return fail(query.lastError().text());
    }
    QList<qint64> order;
    for (const PipelineStage &existing : stages(removed->vacancyId)) {
        order << existing.id;
    }
    if (!renumber(removed->vacancyId, order)) {
        return false;
    }
    if (!transaction.commit()) {
        return fail(db.lastError().text());
    }
    m_lastError.clear();
    return true;
}

bool VacancyRepository::renumber(qint64 vacancyId, const QList<qint64> &orderedIds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (int i = 0; i < orderedIds.size(); ++i) {
        if (!run(query,
                 QStringLiteral("UPDATE pipeline_stages SET position = ? WHERE id = ? AND "
                                "vacancy_id = ?"),
                 {i, orderedIds.at(i), vacancyId})) {
            return fail(query.lastError().text());
        }
    }
    return true;
}

} // namespace bbd
