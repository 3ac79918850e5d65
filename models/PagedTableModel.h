#pragma once

#include "models/PageSource.h"

#include <QAbstractTableModel>
#include <QScopedValueRollback>

#include <memory>

namespace bbd {

// The part of a paged model that does not depend on the row type: signals and settings.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FirstCustomRole };

    using QAbstractTableModel::QAbstractTableModel;

    // One translated title per column, in the order of the model's Column enum.
    virtual QStringList columnTitles() const = 0;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // Rows the source holds, of which rowCount() are loaded so far; -1 while the source has
    // not told (UnknownRowCount) and the last page has not been read yet.
    int totalCount() const { return m_countKnown ? m_total : -1; }
    bool isCountKnown() const { return m_countKnown; }
    QString errorString() const { return m_error; }
    // True while the first page of an AsyncPageSource's answer is awaited: the rows shown are
    // those of the previous query, not of the current one.
    bool isLoading() const { return m_loading; }
    // True while a further page of an AsyncPageSource is awaited (after fetchMore()).
    bool isFetching() const { return m_fetching; }

signals:
    // The source failed; the rows loaded before stay as they were.
    void loadFailed(const QString &message);
    // isLoading() changed.
    void loadingChanged(bool loading);

protected:
    void setError(const QString &message);
    void setLoading(bool loading);

    // True while this model emits a reset or an insertion. A view or tester that reacts to
    // those signals by asking for more rows would otherwise nest a second insertion inside
    // the first one's notification.
    bool m_notifying = false;
    int m_pageSize = 200;
    int m_sortColumn = -1; // as last asked for with sort(); -1: the source's own order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;          // rows known to exist
    bool m_countKnown = true; // false: more rows than m_total may follow
    QString m_error;
    quint64 m_ticket = 0;    // the current query of an AsyncPageSource
    bool m_loading = false;  // its first page is awaited
    bool m_fetching = false; // a further page is awaited
};

// A table that loads its rows from a PageSource one page at a time, as the view scrolls
// (canFetchMore/fetchMore), so a list of 100k rows costs one page of memory to open.
template <typename Row>
class PagedTableModel : public PagedTableModelBase
{
public:
    using PagedTableModelBase::PagedTableModelBase;

    // A sortable source is put in the order last asked for with sort(), so that a new source
    // per keystroke keeps the column the user sorted by.
    void setSource(std::unique_ptr<PageSource<Row>> source)
    {
        m_async = nullptr;
        m_source = std::move(source);
        if (auto *sortable = dynamic_cast<SortablePageSource *>(m_source.get());
            sortable && m_sortColumn != -1) {
            sortable->setSortOrder(m_sortColumn, m_sortOrder);
        }
        reload();
    }
    const PageSource<Row> *source() const { return m_source.get(); }

    // Reads from a source that answers later (not owned; it must outlive the model or be
    // replaced first). Like setSource(), it gets the order last asked for and reloads. Call
    // reload() when the source's query changes.
    void setAsyncSource(AsyncPageSource *source)
    {
        m_source.reset();
        m_async = source;
        if (m_async && m_sortColumn != -1) {
            m_async->setSortOrder(m_sortColumn, m_sortOrder);
        }
        reload();
    }
    AsyncPageSource *asyncSource() const { return m_async; }
    quint64 currentTicket() const { return m_ticket; }

    // Drops the loaded rows and reads the first page again. With an AsyncPageSource the rows
    // shown stay until the first page of the new query arrives (isLoading() is true until then)
    // and an answer still outstanding for an earlier query is ignored.
    void reload()
    {
        if (m_async) {
            ++m_ticket;
            m_fetching = false;
            setLoading(true);
            m_async->requestPage(m_ticket, 0, m_pageSize);
            return;
        }
        m_fetching = false;
        setLoading(false);
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_countKnown = true;
        if (m_source) {
            const int total = m_source->count();
            if (total == UnknownRowCount) {
                m_countKnown = false;
                m_rows = m_source->fetch(0, m_pageSize);
                m_total = int(m_rows.size());
                // A short page is the last one; an error ends the list where it is.
                m_countKnown =
                    m_rows.size() < qsizetype(m_pageSize) || !m_source->lastError().isEmpty();
                endResetModel();
                if (!m_source->lastError().isEmpty()) {
                    setError(m_source->lastError());
                } else {
                    m_error.clear();
                }
                return;
            }
            if (total < 0) {
                endResetModel();
                setError(m_source->lastError());
                return;
            }
            m_total = total;
            m_rows = m_source->fetch(0, m_pageSize);
            if (!m_source->lastError().isEmpty()) {
                m_total = int(m_rows.size());
                endResetModel();
                setError(m_source->lastError());
                return;
            }
            // The source may have changed between count() and fetch().
            if (m_rows.size() < qsizetype(m_pageSize)) {
                m_total = int(m_rows.size());
            }
        }
        m_error.clear();
        endResetModel();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !m_notifying && !parent.isValid() && (m_source || m_async) && !m_loading &&
               !m_fetching && (m_rows.size() < m_total || !m_countKnown);
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent)) {
            return;
        }
        const int offset = int(m_rows.size());
        const int limit = m_countKnown ? qMin(m_pageSize, m_total - offset) : m_pageSize;
        if (m_async) {
            m_fetching = true;
            m_pendingLimit = limit;
            m_async->requestPage(m_ticket, offset, limit);
            return;
        }
        QList<Row> page = m_source->fetch(offset, limit);
        appendPage(offset, limit, std::move(page), m_source->lastError());
    }

    // An AsyncPageSource's answer. Returns false when it was dropped: an earlier query's, or
    // not the page the model is waiting for.
    bool deliverPage(quint64 ticket, int offset, QList<Row> rows, const QString &error)
    {
        if (!m_async || ticket != m_ticket) {
            return false;
        }
        if (m_loading && offset == 0) {
            {
                const QScopedValueRollback notifying(m_notifying, true);
                beginResetModel();
                m_rows = std::move(rows);
                m_total = int(m_rows.size());
                // A short page is the last one; an error ends the list where it is.
                m_countKnown = m_rows.size() < qsizetype(m_pageSize) || !error.isEmpty();
                m_loading = false;
                endResetModel();
            }
            if (error.isEmpty()) {
                m_error.clear();
            } else {
                setError(error);
            }
            emit loadingChanged(false);
            return true;
        }
        if (!m_fetching || offset != int(m_rows.size())) {
            return false;
        }
        m_fetching = false;
        appendPage(offset, m_pendingLimit, std::move(rows), error);
        return true;
    }

private:
    void appendPage(int offset, int limit, QList<Row> page, const QString &error)
    {
        if (!error.isEmpty()) {
            m_total = offset; // stop asking until the next reload()
            m_countKnown = true;
            setError(error);
            return;
        }
        if (!m_countKnown && page.size() < qsizetype(limit)) {
            m_countKnown = true; // the short page is the last one
            m_total = offset + int(page.size());
        }
        if (page.isEmpty()) {
            m_total = offset; // rows were removed behind our back
            return;
        }
        if (!m_countKnown) {
            m_total = offset + int(page.size());
        }
        const QScopedValueRollback notifying(m_notifying, true);
        beginInsertRows({}, offset, offset + int(page.size()) - 1);
        m_rows.append(std::move(page));
        endInsertRows();
    }

public:
    // Asks a SortablePageSource to order its rows by `column` and reads them again; other
    // sources keep their own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        m_sortColumn = column;
        m_sortOrder = order;
        SortablePageSource *sortable =
            m_async ? m_async : dynamic_cast<SortablePageSource *>(m_source.get());
        if (sortable && sortable->setSortOrder(column, order)) {
            reload();
        }
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index,
                        CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return cellData(m_rows.at(index.row()), index.column(), role);
    }

protected:
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

private:
    std::unique_ptr<PageSource<Row>> m_source;
    AsyncPageSource *m_async = nullptr;
    int m_pendingLimit = 0;
    QList<Row> m_rows;
};

} // namespace bbd
