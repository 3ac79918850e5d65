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

#include <algorithm>

namespace bbd {
namespace {

struct SortKey
{
    QString expression;
    bool indexed = false; // an index yields rows in this order, so a walk can stop early
    // The index-only statement that yields the ids in this order (ascending), with rows that
    // are not live among them when the index is not partial.
    QString walkSql = {};
    // An index the schema may lack; without it the column is treated as not indexed.
    QString optionalIndex = {};
};

// How often a long loop asks whether its result is still wanted: a few hundred microseconds.
constexpr int CancelCheckInterval = 1024;
// A walk gives up for sorting the matches once it has read this many index entries a match:
// an entry read costs about a sixteenth of a row looked up and sorted (bench_search).
constexpr qint64 WalkBudgetPerMatch = 16;

// A sort key as SQLite orders it: NULL, then numbers, then text (by bytes, or NOCASE).
struct KeyedId
{
    qint64 id = 0;
    int kind = 0; // 0 NULL, 1 number, 2 text
    double number = 0;
    QByteArray text;
};

int compareText(const QByteArray &a, const QByteArray &b, bool noCase)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        uchar x = uchar(a.at(i));
        uchar y = uchar(b.at(i));
        if (noCase) {
            // SQLite's NOCASE folds ASCII letters only.
            x = (x >= 'A' && x <= 'Z') ? uchar(x + 32) : x;
            y = (y >= 'A' && y <= 'Z') ? uchar(y + 32) : y;
        }
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

SortKey sortKey(int column)
{
    switch (column) {
    case CandidateTableModel::Name:
        return {QStringLiteral("c.full_name COLLATE NOCASE"), true,
                QStringLiteral("SELECT id FROM candidates ORDER BY full_name COLLATE NOCASE %1, "
                               "id %1 LIMIT -1 OFFSET ?")};
    case CandidateTableModel::Phone:
        return {QStringLiteral("c.phone_e164"), true,
                QStringLiteral("SELECT id FROM candidates ORDER BY phone_e164 %1, id %1 "
                               "LIMIT -1 OFFSET ?")};
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
        return {QStringLiteral("c.rating"), true,
                QStringLiteral("SELECT id FROM candidates WHERE deleted = 0 AND merged_into_id IS "
                               "NULL ORDER BY rating %1, id %1 LIMIT -1 OFFSET ?"),
                QStringLiteral("candidates_rating")};
    case CandidateTableModel::Applied:
        return {QStringLiteral("c.applied_at"), true,
                QStringLiteral("SELECT id FROM candidates WHERE deleted = 0 AND merged_into_id IS "
                               "NULL ORDER BY applied_at %1, id %1 LIMIT -1 OFFSET ?")};
    default:
        // Newest added first: the order the full-text index hands out its matches in.
        return {QStringLiteral("c.id"), true, QString()};
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

QString jsonIds(const std::vector<qint64> &ids)
{
    QString json;
    json.reserve(qsizetype(ids.size()) * 8 + 2);
    json += u'[';
    for (const qint64 id : ids) {
        if (json.size() > 1) {
            json += u',';
        }
        json += QString::number(id);
    }
    json += u']';
    return json;
}

bool hasIndex(const QString &connectionName, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

} // namespace

CandidateListSource::CandidateListSource(const Database &db, const PhoneNumbers &phones,
                                         CandidateFilter filter)
    : CandidateListSource(db.connectionName(), phones, std::move(filter))
{}

CandidateListSource::CandidateListSource(QString connectionName, const PhoneNumbers &phones,
                                         CandidateFilter filter)
    : m_connectionName(std::move(connectionName))
    , m_phones(phones)
    , m_filter(std::move(filter))
    , m_match(CandidateSearch::matchExpression(m_filter.text))
{}

void CandidateListSource::setCancelCheck(std::function<bool()> cancelled)
{
    m_cancelled = std::move(cancelled);
}

QString CandidateListSource::cancelledError()
{
    return QStringLiteral("cancelled");
}

bool CandidateListSource::isCancelled() const
{
    return m_cancelled && m_cancelled();
}

bool CandidateListSource::setSortOrder(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= CandidateTableModel::ColumnCount) {
        return false;
    }
    m_sortColumn = column;
    m_sortOrder = column == -1 ? Qt::DescendingOrder : order;
    m_plan.reset(); // whether a walk can stop early depends on the order
    m_walked = 0;   // the matches stay: they do not depend on the order
    m_walkEnded = false;
    m_found.clear();
    return true;
}

void CandidateListSource::setSelectiveLimit(int matches)
{
    m_selectiveLimit = qMax(0, matches);
    m_plan.reset();
    m_walked = 0;
    m_walkEnded = false;
    m_found.clear();
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
    const SortKey key = sortKey(m_sortColumn);
    if (!key.indexed ||
        (!key.optionalIndex.isEmpty() && !hasIndex(m_connectionName, key.optionalIndex))) {
        // Without an index in that order a walk would visit every row; sorting the matches
        // costs no more than that.
        return *(m_plan = Plan::Selective);
    }
    if (!readMatches()) {
        return Plan::Walk; // not kept: fetch() reports the error (or the cancellation)
    }
    return *(m_plan =
                 qsizetype(m_matches->size()) > m_selectiveLimit ? Plan::Walk : Plan::Selective);
}

bool CandidateListSource::readMatches() const
{
    if (m_matches) {
        return true;
    }
    // Only the full-text index is read (no rows): ids come in ascending order.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? ORDER BY rowid"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.addBindValue(m_match);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    std::vector<qint64> ids;
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
        if (ids.size() % CancelCheckInterval == 0 && isCancelled()) {
            m_lastError = cancelledError();
            return false;
        }
    }
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_matches = std::move(ids);
    return true;
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
        // Every match with its sort key, sorted by sortMatches(). CROSS JOIN keeps the index
        // first: its matches are looked up, never the whole table.
        return QStringLiteral("SELECT c.id, ") + key.expression +
               QStringLiteral(
                   "\n  FROM candidates_fts f CROSS JOIN candidates c ON c.id = f.rowid") +
               joins() + QStringLiteral("\n WHERE f.candidates_fts MATCH ? AND ") + where.sql;
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
    // The walk reads this index-only statement; rows then come from rowsByIds().
    return key.walkSql.arg(m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                             : QStringLiteral("DESC"));
}

bool CandidateListSource::walk(int wanted) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(pageSql(Plan::Walk))) {
        m_lastError = query.lastError().text();
        return false;
    }
    // The statement starts over at the entry after the last one read: skipping entries of an
    // index inside SQLite costs a fraction of reading them here.
    query.addBindValue(m_walked);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    const std::vector<qint64> &matches = *m_matches;
    std::vector<qint64> batch;
    // Ids matching the text may still fail the other filters or be deleted: they are checked
    // in batches of what the page still lacks, so a selective filter does not cost a query a
    // row.
    const auto check = [&]() {
        if (batch.empty()) {
            return true;
        }
        const QList<Candidate> passed = rowsByIds(batch, true);
        if (!m_lastError.isEmpty()) {
            return false;
        }
        for (const Candidate &candidate : passed) {
            m_found.push_back(candidate.id);
        }
        batch.clear();
        return true;
    };

    qint64 read = 0;  // entries not yet counted in m_walked
    qint64 steps = 0; // entries read by this call
    while (int(m_found.size()) < wanted) {
        if (!query.next()) {
            if (query.lastError().isValid()) {
                m_lastError = query.lastError().text();
                return false;
            }
            m_walkEnded = true;
            break;
        }
        ++read;
        if (++steps % CancelCheckInterval == 0) {
            if (isCancelled()) {
                m_lastError = cancelledError();
                return false;
            }
            if (m_walked + read > WalkBudgetPerMatch * qint64(matches.size())) {
                // The matches bunch up far along the index (a name prefix sorted by name):
                // sorting them all is cheaper than walking on.
                m_plan = Plan::Selective;
                return sortMatches();
            }
        }
        const qint64 id = query.value(0).toLongLong();
        if (std::binary_search(matches.begin(), matches.end(), id)) {
            batch.push_back(id);
            // Checked as soon as the batch could fill the page, which stops the walk then.
            if (int(batch.size()) >= wanted - int(m_found.size())) {
                m_walked += read;
                read = 0;
                if (!check()) {
                    return false;
                }
            }
        }
    }
    m_walked += read;
    return check();
}

bool CandidateListSource::sortMatches() const
{
    m_found.clear();
    m_walkEnded = true;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(pageSql(Plan::Selective))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.addBindValue(m_match);
    for (const QVariant &value : CandidateSearch::attributeCondition(m_filter).binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    // Sorted here rather than by ORDER BY, so that the reading can stop when a newer keystroke
    // makes it pointless, and so that every later page is a page of ids already in order.
    std::vector<KeyedId> keyed;
    while (query.next()) {
        if (keyed.size() % CancelCheckInterval == 0 && isCancelled()) {
            m_lastError = cancelledError();
            m_found.clear();
            m_walkEnded = false;
            return false;
        }
        KeyedId entry;
        entry.id = query.value(0).toLongLong();
        const QVariant key = query.value(1);
        if (key.isNull()) {
            entry.kind = 0;
        } else if (key.typeId() == QMetaType::QString) {
            entry.kind = 2;
            entry.text = key.toString().toUtf8();
        } else {
            entry.kind = 1;
            entry.number = key.toDouble();
        }
        keyed.push_back(std::move(entry));
    }
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
        return false;
    }
    const bool noCase = sortKey(m_sortColumn).expression.endsWith(QLatin1String(" NOCASE"));
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(keyed.begin(), keyed.end(), [&](const KeyedId &a, const KeyedId &b) {
        int order = a.kind - b.kind;
        if (order == 0 && a.kind == 1) {
            order = a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
        } else if (order == 0 && a.kind == 2) {
            order = compareText(a.text, b.text, noCase);
        }
        if (order == 0) {
            order = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        }
        return ascending ? order < 0 : order > 0;
    });
    m_found.reserve(keyed.size());
    for (const KeyedId &entry : keyed) {
        m_found.push_back(entry.id);
    }
    return true;
}

QList<Candidate> CandidateListSource::rowsByIds(const std::vector<qint64> &ids, bool filtered) const
{
    QList<Candidate> rows;
    if (ids.empty()) {
        return rows;
    }
    const SqlCondition where = CandidateSearch::attributeCondition(m_filter);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString sql = selectColumns() + QStringLiteral("\n  FROM candidates c") + joins() +
                        QStringLiteral("\n WHERE c.id IN (SELECT value FROM json_each(?))") +
                        (filtered ? QStringLiteral(" AND ") + where.sql : QString());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return rows;
    }
    query.addBindValue(jsonIds(ids));
    if (filtered) {
        for (const QVariant &value : where.binds) {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    QHash<qint64, Candidate> byId;
    while (query.next()) {
        Candidate candidate = candidateAt(query);
        byId.insert(candidate.id, std::move(candidate));
    }
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    rows.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids) {
        if (auto found = byId.find(id); found != byId.end()) {
            rows.append(std::move(*found));
        }
    }
    return rows;
}

QList<Candidate> CandidateListSource::fetchWalk(int offset, int limit) const
{
    const int wanted = offset + limit;
    if (int(m_found.size()) < wanted && !m_walkEnded &&
        !(plan() == Plan::Walk ? walk(wanted) : sortMatches())) {
        return {};
    }
    if (offset >= int(m_found.size())) {
        return {};
    }
    const auto first = m_found.begin() + offset;
    const std::vector<qint64> page(first, first + qMin(limit, int(m_found.size()) - offset));
    // Filtered again: a row changed since the walk passed it is left out rather than shown
    // under a filter it no longer meets.
    return rowsByIds(page, true);
}

Candidate CandidateListSource::candidateAt(const QSqlQuery &query) const
{
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
    return candidate;
}

QList<Candidate> CandidateListSource::fetch(int offset, int limit) const
{
    QList<Candidate> rows;
    m_lastError.clear();
    if (isCancelled()) {
        m_lastError = cancelledError();
        return rows;
    }
    const Plan how = plan();
    if (!m_lastError.isEmpty()) {
        return rows; // the matches could not be read, or the caller gave up
    }
    if (how == Plan::Walk || how == Plan::Selective) {
        return fetchWalk(offset, limit);
    }
    const QString sql = pageSql(how);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return rows;
    }
    const SqlCondition where = CandidateSearch::attributeCondition(m_filter);
    if (how == Plan::IndexOrder) {
        query.addBindValue(m_match);
    }
    for (const QVariant &value : where.binds) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        rows.append(candidateAt(query));
    }
    if (query.lastError().isValid()) {
        m_lastError = query.lastError().text();
    }
    return rows;
}

} // namespace bbd
