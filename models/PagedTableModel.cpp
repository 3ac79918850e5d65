#include "models/PagedTableModel.h"

namespace bbd {

int PagedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

QVariant PagedTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return columnTitles().value(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedTableModelBase::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void PagedTableModelBase::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

void PagedTableModelBase::setError(const QString &message)
{
    m_error = message;
    emit loadFailed(message);
}

} // namespace bbd
