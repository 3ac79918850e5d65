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
// Search text is answered in one of two ways, chosen per filter by a cheap probe of the
// full-text index: a selective text (few matches) reads the matches from the index and sorts
// them; a text that matches many rows (a one-letter prefix) walks the rows in the wanted order
// and checks each against the index, which reaches a page of hits after a few hundred rows.
// `phones` formats numbers for display and must outlive the source; so must `db`.
class CandidateListSource final : public PageSource<Candidate>, public SortablePageSource
{
public:
    // Rows per page that fill a tall window and still arrive within a frame.
    static constexpr int DefaultPageSize = 100;
    // At most this many index matches are sorted in memory; above it the walk is used.
    static constexpr int DefaultSelectiveLimit = 2000;

    CandidateListSource(const Database &db, const PhoneNumbers &phones, CandidateFilter filter);

    const CandidateFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int count() const override { return UnknownRowCount; }
    QList<Candidate> fetch(int offset, int limit) const override;
    QString lastError() const override { return m_lastError; }

    // Columns of CandidateTableModel; -1 restores the default (newest response first).
    bool setSortOrder(int column, Qt::SortOrder order) override;

    // Moves the switch between the two ways of answering a text (tests drive both with a
    // handful of rows; benchmarks tune it).
    void setSelectiveLimit(int matches);
    // True when the current text is answered by walking the rows in order (see above).
    bool walksRows() const;

    // The statement fetch() runs, for tests and for EXPLAIN QUERY PLAN in benchmarks.
    QString pageSql() const;

private:
    enum class Plan { NoText, Selective, Walk };
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
