#pragma once

#include <QList>
#include <QString>
#include <QtCore/qnamespace.h>

namespace bbd {

// What PageSource::count() returns when the source does not know how many rows it holds and
// finding out would cost too much (all matches of a one-letter search over a million rows).
// The model then reads pages until a short one comes back.
inline constexpr int UnknownRowCount = -2;

// Where a paged model reads its rows from. The application layer implements it over SQL;
// tests implement it over a plain list. Keeping the interface here lets models/ stay free of
// any storage code while still never holding more rows than the view has asked for.
template <typename Row>
class PageSource
{
public:
    virtual ~PageSource() = default;

    // Number of rows the source holds now, UnknownRowCount when it will not count them, or -1
    // when it failed (see lastError()).
    virtual int count() const = 0;
    // Up to `limit` rows starting at `offset`, in the source's stable order.
    virtual QList<Row> fetch(int offset, int limit) const = 0;
    // Human-readable reason of the last failure, empty when the last call succeeded.
    virtual QString lastError() const = 0;
};

// A source that can order its rows by a column of the model that shows them. Models know
// columns, not SQL, so the source decides what ordering by "column 3" means.
class SortablePageSource
{
public:
    virtual ~SortablePageSource() = default;

    // Returns false when the source cannot sort by `column` (the order is then unchanged).
    virtual bool setSortOrder(int column, Qt::SortOrder order) = 0;
};

// A source that answers later, usually from another thread, so that a slow query never holds
// up the GUI. The model asks with requestPage() and the answer is handed back to the model's
// deliverPage() with the same ticket; the model starts a new ticket on every reload, and a
// source may drop requests whose ticket is older than the latest one it was asked for.
class AsyncPageSource : public SortablePageSource
{
public:
    // Rows [offset, offset + limit) in the order last set with setSortOrder().
    virtual void requestPage(quint64 ticket, int offset, int limit) = 0;
};

} // namespace bbd
