#include "models/PagedTableModel.h"

namespace bbd {

void PagedTableModelBase::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void PagedTableModelBase::setError(const QString &message)
{
    m_error = message;
    emit loadFailed(message);
}

} // namespace bbd
