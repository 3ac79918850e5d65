#include "app/ats/CandidateListSource.h"

#include "app/ats/CandidateSearch.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "models/CandidateTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

struct SortKey
{
    QString expression;
    bool indexed = false; // an index yields rows in this order, so a walk can stop early
};

SortKey sortKey(int column)
{
    switch (column) {
    case CandidateTableModel::Name:
        return {QStringLiteral("c.full_name COLLATE NOCASE"), true};
    case CandidateTableModel::Phone:
        return {QStringLiteral("c.phone_e164"), true};
    case CandidateTableModel::Email:
        return {QStringLiteral("c.email"), false};
    case CandidateTableModel::Vacancy:
        return {QStringLiteral("v.title COLLATE NOCASE"), false};
    case CandidateTableModel::Stage:
        // Pipeline order reads better than the alphabet: new, screening, interview, offer.
        return {QStringLiteral("s.position"), false};
    case CandidateTableModel::Source:
        return {QStringLiteral("c.source COLLATE NOCASE"), false};
    case CandidateTableModel::Rating:
        return {QStringLiteral("c.rating"), false};
    case CandidateTableModel::Applied:
        return {QStringLiteral("c.applied_at"), true};
    default:
        // Newest added first: the order the full-text index hands out its matches in.
        return {QStringLiteral("c.id"), true};
    }
}

QStringList stringList(const QVariant &json)
{
    QStringList items;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        items << value.toString();
    }
    return items;
}

QDateTime timestamp(const QVariant &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate);
}

const QString &selectColumns()
{
    static const QString columns = QStringLiteral(R"sql(
SELECT c.id, c.vacancy_id, v.title, c.stage_id, s.name, c.full_name, c.email, c.phone_e164,
       c.phone_raw, c.source, c.rating, c.tags, c.applied_at, c.stage_entered_at, c.board_rank)sql");
    return columns;
}

const QString &joins()
{
    static const QString text = QStringLiteral(R"sql(
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id)sql");
    return text;
}

} // namespace

CandidateListSource::CandidateListSource(const Database &db, const PhoneNumbers &phones,
                                         CandidateFilter filter)
    : m_connectionName(db.connectionName())
    , m_phones(phones)
    , m_filter(std::move(filter))
    , m_match(CandidateSearch::matchExpression(m_filter.text))
{}

bool CandidateListSource::setSortOrder(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= CandidateTableModel::ColumnCount) {
        return false;
    }
    m_sortColumn = column;
    m_sortOrder = column == -1 ? Qt::DescendingOrder : order;
    m_plan.reset(); // whether a walk can stop early depends on the order
    return true;
}

void CandidateListSource::setSelectiveLimit(int matches)
{
    m_selectiveLimit = qMax(0, matches);
    m_plan.reset();
}

bool CandidateListSource::walksRows() const
{
    return plan() == Plan::Walk;
}

CandidateListSource::Plan CandidateListSource::plan() const
{
    if (m_plan) {
        return *m_plan;
    }
    if (m_match.isEmpty()) {
        return *(m_plan = Plan::NoText);
    }
    if (m_sortColumn == -1) {
        return *(m_plan = Plan::IndexOrder);
    }
    if (!sortKey(m_sortColumn).indexed) {
        // Without an index in that order a walk would visit every row; sorting the matches
        // costs no more than that.
        return *(m_plan = Plan::Selective);
    }
    // How many rows match the text, counting no further than the limit: stops after a few
    // thousand entries of the index even for a one-letter prefix.
    QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
    if (!probe.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM candidates_fts "
                                      "WHERE candidates_fts MATCH ? LIMIT ?)"))) {
        m_lastError = probe.lastError().text();
        return Plan::Selective;
    }
    probe.addBindValue(m_match);
    probe.addBindValue(m_selectiveLimit + 1);
    if (!probe.exec() || !probe.next()) {
        m_lastError = probe.lastError().text();
        return Plan::Selective; // the page query reports the same error to the user
    }
    return *(m_plan = probe.value(0).toInt() > m_selectiveLimit ? Plan::Walk : Plan::Selective);
}

QString CandidateListSource::pageSql() const
{
    return pageSql(plan());
}

QString CandidateListSource::pageSql(Plan plan) const
{
    const SqlCondition where = CandidateSearch::attributeCondition(m_filter);
    const SortKey key = sortKey(m_sortColumn);
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString orderBy =
        (m_sortColumn == -1 ? QStringLiteral(" ORDER BY c.id DESC")
                            : QStringLiteral(" ORDER BY ") + key.expression + direction +
                                  QStringLiteral(", c.id") + direction) +
        QStringLiteral(" LIMIT ? OFFSET ?");
    switch (plan) {
    case Plan::NoText:
        return selectColumns() + QStringLiteral("\n  FROM candidates c") + joins() +
               QStringLiteral("\n WHERE ") + where.sql + orderBy;
    case Plan::Selective:
        // CROSS JOIN keeps the index first: its few matches are looked up, then sorted.
        return selectColumns() +
               QStringLiteral(
                   "\n  FROM candidates_fts f CROSS JOIN candidates c ON c.id = f.rowid") +
               joins() + QStringLiteral("\n WHERE f.candidates_fts MATCH ? AND ") + where.sql +
               orderBy;
    case Plan::IndexOrder:
        // The index yields matches newest first and the page stops the scan: a one-letter
        // prefix costs no more than a rare word.
        return selectColumns() +
               QStringLiteral(
                   "\n  FROM candidates_fts f CROSS JOIN candidates c ON c.id = f.rowid") +
               joins() + QStringLiteral("\n WHERE f.candidates_fts MATCH ? AND ") + where.sql +
               QStringLiteral(" ORDER BY f.rowid DESC LIMIT ? OFFSET ?");
    case Plan::Walk:
        break;
    }
    return selectColumns() + QStringLiteral("\n  FROM candidates c") + joins() +
           QStringLiteral("\n WHERE ") + where.sql +
           QStringLiteral(" AND EXISTS (SELECT 1 FROM candidates_fts WHERE candidates_fts MATCH ? "
                          "AND rowid = c.id)") +
           orderBy;
}

QList<Candidate> CandidateListSource::fetch(int offset, int limit) const
{
    QList<Candidate> rows;
    m_lastError.clear();
    const Plan how = plan();
    const QString sql = pageSql(how);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return rows;
    }
    const SqlCondition where = CandidateSearch::attributeCondition(m_filter);
    if (how == Plan::Selective || how == Plan::IndexOrder) {
        query.addBindValue(m_match);
    }
    for (const QVariant &value : where.binds) {
        query.addBindValue(value);
    }
    if (how == Plan::Walk) {
        query.addBindValue(m_match);
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        Candidate candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.vacancyId = query.value(1).toLongLong();
        candidate.vacancyTitle = query.value(2).toString();
        candidate.stageId = query.value(3).toLongLong();
        candidate.stageName = query.value(4).toString();
        candidate.fullName = query.value(5).toString();
        candidate.email = query.value(6).toString();
        candidate.phoneE164 = query.value(7).toString();
        candidate.phoneRaw = query.value(8).toString();
        candidate.phoneDisplay = candidate.phoneE164.isEmpty()
                                     ? candidate.phoneRaw
                                     : m_phones.formatForDisplay(candidate.phoneE164);
        candidate.source = query.value(9).toString();
        candidate.rating = query.value(10).toInt();
        candidate.tags = stringList(query.value(11));
        candidate.appliedAt = timestamp(query.value(12));
        candidate.stageEnteredAt = timestamp(query.value(13));
        candidate.boardRank = query.value(14).toDouble();
        rows.append(candidate);
    }
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
    }
    return rows;
}

} // namespace bbd
