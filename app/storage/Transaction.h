#pragma once

#include <QSqlDatabase>

namespace bbd {

// Scoped transaction: rolls back unless commit() succeeded, so an early return or a failed
// statement can never leave half of a user action in the database.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace bbd
