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

signals:
    // The source failed; the rows loaded before stay as they were.
    void loadFailed(const QString &message);

protected:
    void setError(const QString &message);

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
        m_source = std::move(source);
        if (auto *sortable = dynamic_cast<SortablePageSource *>(m_source.get());
            sortable && m_sortColumn != -1) {
            sortable->setSortOrder(m_sortColumn, m_sortOrder);
        }
        reload();
    }
    const PageSource<Row> *source() const { return m_source.get(); }

    // Drops the loaded rows and reads the first page again.
    void reload()
    {
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
        return !m_notifying && !parent.isValid() && m_source &&
               (m_rows.size() < m_total || !m_countKnown);
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent)) {
            return;
        }
        const int offset = int(m_rows.size());
        const int limit = m_countKnown ? qMin(m_pageSize, m_total - offset) : m_pageSize;
        QList<Row> page = m_source->fetch(offset, limit);
        if (!m_source->lastError().isEmpty()) {
            m_total = offset; // stop asking until the next reload()
            m_countKnown = true;
            setError(m_source->lastError());
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

    // Asks a SortablePageSource to order its rows by `column` and reads them again; other
    // sources keep their own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        m_sortColumn = column;
        m_sortOrder = order;
        auto *sortable = dynamic_cast<SortablePageSource *>(m_source.get());
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
    QList<Row> m_rows;
};

} // namespace bbd
