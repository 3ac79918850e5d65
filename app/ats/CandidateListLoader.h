#pragma once

#include "app/ats/CandidateSearch.h"
#include "models/Candidate.h"
#include "models/CandidateFilter.h"
#include "models/PageSource.h"

#include <QObject>

#include <memory>

class QThread;

namespace bbd {

class Database;
class PhoneNumbers;

// Reads the candidate list (CandidateListSource) and the caption's count off the GUI thread,
// on a connection of its own, so that neither a column sort over a million candidates nor the
// capped count ever holds up typing.
//
// It is the AsyncPageSource of a CandidateTableModel: the model asks for pages with a ticket
// and pageReady() carries them back (connect it to the model's deliverPage()). A first page
// (offset 0) starts a new query with the filter and order set at that moment; later pages of
// the same ticket continue it on the same source, so a walk resumes where it stopped. A newer
// query makes the older one stale: a stale job still waiting is skipped, a running one stops
// at its next check (the source's loops ask every thousand rows or so), and whatever a stale
// job produces is dropped, never emitted.
//
// One worker thread runs the jobs in the order asked: the first page of a keystroke comes
// before its count. `db` must be a file database (the worker opens a second connection to
// it); `phones` must outlive the loader.
class CandidateListLoader : public QObject, public AsyncPageSource
{
    Q_OBJECT

public:
    CandidateListLoader(const Database &db, const PhoneNumbers &phones, QObject *parent = nullptr);
    ~CandidateListLoader() override;

    // The filter of the next query (the next first page asked for).
    void setFilter(const CandidateFilter &filter);
    const CandidateFilter &filter() const { return m_filter; }
    bool setSortOrder(int column, Qt::SortOrder order) override;
    int sortColumn() const { return m_sortColumn; }
    void requestPage(quint64 ticket, int offset, int limit) override;

    // Counts the matches of the current filter up to `cap`; counted() follows, unless a newer
    // count is asked for first.
    void requestCount(int cap = CandidateSearch::CountCap);

    // See CandidateListSource::setSelectiveLimit(); applies to the next query.
    void setSelectiveLimit(int matches);
    // Tests: every job first sleeps this long, as a slow query would take.
    void setDelayForTesting(int milliseconds);
    // Jobs asked for and not finished (or skipped) yet.
    int pendingJobs() const;

signals:
    void pageReady(quint64 ticket, int offset, const QList<bbd::Candidate> &rows,
                   const QString &error);
    void counted(const bbd::CappedCount &count);

private:
    struct Worker;

    void post(std::function<void()> job);

    const PhoneNumbers &m_phones;
    CandidateFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // The query of the latest first page, which its later pages continue.
    quint64 m_ticket = 0;
    CandidateFilter m_ticketFilter;
    int m_ticketColumn = -1;
    Qt::SortOrder m_ticketOrder = Qt::DescendingOrder;
    quint64 m_countGeneration = 0;
    std::shared_ptr<Worker> m_worker;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in the worker thread: jobs are queued to it
};

} // namespace bbd
