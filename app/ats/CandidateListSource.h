#pragma once

#include "models/Candidate.h"
#include "models/CandidateFilter.h"
#include "models/PageSource.h"

#include <QVariantList>

#include <functional>
#include <optional>
#include <vector>

class QSqlQuery;

namespace bbd {

class Database;
class PhoneNumbers;

// The candidate list (table view) under a filter, in pages, sortable by the columns of
// CandidateTableModel. count() is UnknownRowCount: the model reads pages until a short one, and
// the caption asks CandidateSearch::cappedCount() separately.
//
// The default order is newest added first (id descending), which is the order the full-text
// index yields its matches in: a page of a search then stops reading the index after a page of
// hits, whatever the number of matches (a one-letter prefix over a million rows included).
// Sorted by a column, a text is answered in one of two ways. A text matching many rows, with
// an index in the column's order, is answered by a walk: the ids of all its matches are read
// from the full-text index once per source (index only, no rows: about 20 ms for the 160,000
// matches of a one-letter prefix over a million candidates), then the column's index is
// walked (ids only) keeping the ids found among the matches, so a page costs about
// pageSize * rows / matches index entries and a page of row reads, and the next page resumes
// where the walk stopped. Otherwise (few matches, a column with no index to walk, or a walk
// that has read WalkBudgetPerMatch entries a match, as when a name prefix is sorted by name
// and its matches sit together far along the index) every match is read with its sort key and
// sorted here, once per source; later pages are then ids already in order.
// All of these are loops here rather than one long statement, so a long one stops soon after
// setCancelCheck()'s function says the result is no longer wanted (a newer keystroke): see
// CandidateListLoader, which runs sources off the GUI thread.
// `phones` formats numbers for display and must outlive the source; so must the connection.
class CandidateListSource final : public PageSource<Candidate>, public SortablePageSource
{
public:
    // Rows per page: enough to fill a tall window (about 60 rows at 1440 pixels), few enough
    // that the first page of a keystroke's results arrives within a frame.
    static constexpr int DefaultPageSize = 60;
    // Sorted by a column, at most this many index matches are sorted; above it the rows are
    // walked in that column's index order instead (see above).
    // Walking 60 * 1M / 2,000 = 30,000 index entries costs about as much as reading and sorting
    // 2,000 rows with their keys (bench_search).
    static constexpr int DefaultSelectiveLimit = 2000;

    CandidateListSource(const Database &db, const PhoneNumbers &phones, CandidateFilter filter);
    // On a connection of another thread (CandidateListLoader's worker).
    CandidateListSource(QString connectionName, const PhoneNumbers &phones, CandidateFilter filter);

    const CandidateFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int count() const override { return UnknownRowCount; }
    QList<Candidate> fetch(int offset, int limit) const override;
    QString lastError() const override { return m_lastError; }

    // Columns of CandidateTableModel; -1 restores the default (newest added first).
    bool setSortOrder(int column, Qt::SortOrder order) override;

    // Moves the switch between the two ways of answering a text (tests drive both with a
    // handful of rows; benchmarks tune it).
    void setSelectiveLimit(int matches);
    // True when the current text is answered by walking the rows in order (see above).
    bool walksRows() const;
    // Long reads ask `cancelled` now and then and give up when it returns true: fetch() then
    // returns no rows and lastError() is cancelledError().
    void setCancelCheck(std::function<bool()> cancelled);
    static QString cancelledError();

    // The statement fetch() runs, for tests and for EXPLAIN QUERY PLAN in benchmarks.
    QString pageSql() const;

private:
    enum class Plan { NoText, IndexOrder, Selective, Walk };
    Plan plan() const;
    QString pageSql(Plan plan) const;
    bool isCancelled() const;
    bool readMatches() const;
    bool walk(int wanted) const;
    bool sortMatches() const;
    QList<Candidate> rowsByIds(const std::vector<qint64> &ids, bool filtered) const;
    QList<Candidate> fetchWalk(int offset, int limit) const;
    Candidate candidateAt(const QSqlQuery &query) const;

    QString m_connectionName;
    const PhoneNumbers &m_phones;
    CandidateFilter m_filter;
    QString m_match;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_selectiveLimit = DefaultSelectiveLimit;
    mutable std::optional<Plan> m_plan;
    mutable QString m_lastError;
    std::function<bool()> m_cancelled;
    // The walk: ids matching the text (ascending), index entries read so far and the ids among
    // them that pass the filter, in the column's order.
    mutable std::optional<std::vector<qint64>> m_matches;
    mutable qint64 m_walked = 0;
    mutable bool m_walkEnded = false;
    mutable std::vector<qint64> m_found;
};

} // namespace bbd
