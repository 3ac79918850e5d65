#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace bbd {

// Many rows into one table inside one transaction, the way a CSV import of a big file and a
// pull from scratch write them: begin() drops the table's secondary indexes and the triggers
// that keep its full-text index, the caller writes its rows, finish() recreates what was
// dropped and gives the full-text index the new rows in one statement. Sorting every key once
// is several times cheaper than inserting rows one by one into ten B-trees and an FTS5 index
// that writes a segment at every statement (measured on the candidates table: about 140 µs a
// row page by page, about 25 µs a row this way).
//
// All of it runs inside the caller's transaction, so other connections never see the indexes
// missing, and a rollback (or a crash) brings them back with everything else. The statements
// that recreate them are read from sqlite_master rather than repeated here, so a later
// migration that adds an index is covered without touching the callers.
//
// Rows with a rowid from firstNewId() on are the new ones; the caller says whether it changed
// older rows too (the full-text index is then rebuilt as a whole, since its triggers were not
// there to follow the change). Not thread-safe; use it on the thread of its connection.
class BulkLoad
{
public:
    struct Timings
    {
        qint64 dropMs = 0;
        qint64 indexesMs = 0; // indexes and triggers recreated
        qint64 ftsMs = 0;     // the full-text index filled
    };

    // `ftsTable` is the external-content FTS5 table kept in step with `table` (empty: none).
    BulkLoad(QSqlDatabase db, QString table, QString ftsTable = {});
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Inside the caller's write transaction: notes the first new rowid and drops the derived
    // schema. False with `error` set; the caller rolls back.
    bool begin(QString *error);
    // Recreates the derived schema and fills the full-text index: with the rows from
    // firstNewId() on, or all of them when `rebuildFullText` (older rows were changed or
    // removed meanwhile). Still inside the caller's transaction, which commits after it.
    bool finish(QString *error, bool rebuildFullText = false);
    // The caller rolled back: what begin() dropped is back already, nothing is to be recreated.
    void abandon() { m_active = false; }
    bool isActive() const { return m_active; }
    qint64 firstNewId() const { return m_firstNewId; }
    Timings timings() const { return m_timings; }

private:
    bool fillFullText(QSqlQuery &query, QString *error);

    QSqlDatabase m_db;
    QString m_table;
    QString m_ftsTable;
    bool m_active = false;
    qint64 m_firstNewId = 1;
    QStringList m_dropped;    // CREATE statements of what begin() dropped, in schema order
    QStringList m_ftsColumns; // the FTS table's columns, named as the content table's
    Timings m_timings;
};

} // namespace bbd
