#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bbd {

// One prepared statement on the sqlite3 handle under a QSqlDatabase of the QSQLITE driver, for
// the bulk writers (a pull from scratch, a CSV import) that run one statement a hundred
// thousand times: QSqlQuery pays for each row a QVariant list, a cached-result buffer and a
// UTF-16 round trip that showed as the larger half of the insert time in bench_pull. The
// calls mirror QSqlQuery's (exec, next, value, finish, numRowsAffected, lastInsertId) so a
// caller switches by changing a type; values bind as QSQLITE binds them (a null QString or
// QByteArray is NULL, bool and integers are INTEGER, QByteArray is a BLOB).
//
// The statement is finalized by the destructor, which must run before the connection closes
// (QSQLITE does not know about it and its sqlite3_close would fail). Not thread-safe: on the
// thread of its connection.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The open connection's handle, or null for another driver or a closed connection.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const QString &sql);
    bool prepare(const QSqlDatabase &db, const QString &sql) { return prepare(handle(db), sql); }
    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 0, as QSqlQuery::bindValue's positions.
    void bindValue(int index, const QVariant &value);
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, QStringView text);
    void bindUtf8(int index, QByteArray utf8);

    // Runs the statement with what is bound: to its end, or up to its first row, which next()
    // then gives. False with lastError() set.
    bool exec();
    bool exec(const QVariantList &values);
    bool next();
    QVariant value(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    // Resets it for the next exec() (the bound values stay until bound again).
    void finish();

    int numRowsAffected() const { return m_changes; }
    qint64 lastInsertId() const { return m_lastInsertId; }
    QString lastError() const { return m_error; }

private:
    bool step();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_texts; // bound texts, kept while the statement may read them
    bool m_onRow = false;            // positioned on a row
    bool m_rowPending = false;       // exec() stepped onto the first row, next() has not given it
    bool m_stepped = false;          // stepped since the last reset: sqlite3 refuses binds then
    void resetBeforeBind();
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
    QString m_error;
};

} // namespace bbd
