#include "app/storage/Transaction.h"

namespace bbd {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(m_db.transaction())
{}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (m_db.commit()) {
        return true;
    }
    m_db.rollback();
    return false;
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}

} // namespace bbd
