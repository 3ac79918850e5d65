#pragma once

#include "models/Candidate.h"
#include "models/CandidateFilter.h"
#include "models/PageSource.h"

#include <QVariantList>

#include <optional>

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
// Sorted by a column, a text is answered in one of two ways, chosen by a capped probe of the
// index: a selective text reads all its matches and sorts them; a text matching very many rows
// walks the rows in the column's index order and checks each against the full-text index. Both
// cost time in proportion to the matches (sorting) or the rows walked, so a column sort over
// a huge result takes far longer than the default order (see bench_search).
// `phones` formats numbers for display and must outlive the source; so must `db`.
class CandidateListSource final : public PageSource<Candidate>, public SortablePageSource
{
public:
    // Rows per page: enough to fill a tall window (about 60 rows at 1440 pixels), few enough
    // that the first page of a keystroke's results arrives within a frame.
    static constexpr int DefaultPageSize = 60;
    // Sorted by a column, at most this many index matches are sorted; above it the rows are
    // walked in that column's index order instead (see above).
    static constexpr int DefaultSelectiveLimit = 30000;

    CandidateListSource(const Database &db, const PhoneNumbers &phones, CandidateFilter filter);

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

    // The statement fetch() runs, for tests and for EXPLAIN QUERY PLAN in benchmarks.
    QString pageSql() const;

private:
    enum class Plan { NoText, IndexOrder, Selective, Walk };
    Plan plan() const;
    QString pageSql(Plan plan) const;

    QString m_connectionName;
    const PhoneNumbers &m_phones;
    CandidateFilter m_filter;
    QString m_match;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_selectiveLimit = DefaultSelectiveLimit;
    mutable std::optional<Plan> m_plan;
    mutable QString m_lastError;
};

} // namespace bbd
