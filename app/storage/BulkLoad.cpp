#include "app/storage/BulkLoad.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

BulkLoad::BulkLoad(QSqlDatabase db, QString table, QString ftsTable)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_ftsTable(std::move(ftsTable))
{}

BulkLoad::~BulkLoad() = default;

bool BulkLoad::begin(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&] {
        *error = query.lastError().text();
        return false;
    };
    // Identifiers cannot be bound; the names come from the caller's code and sqlite_master.
    if (!query.exec(
            QStringLiteral("SELECT coalesce(max(rowid), 0) + 1 FROM \"%1\"").arg(m_table)) ||
        !query.next()) {
        return failed();
    }
    m_firstNewId = query.value(0).toLongLong();
    query.finish();
    // The UNIQUE constraints' own indexes (sql IS NULL) stay: they are part of the table, and
    // the rows are matched on them while they come in. Of the triggers only those that write
    // the full-text index go: any other is behaviour the rows must still get.
    if (!query.prepare(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND (type = 'index' OR (type = 'trigger' AND ? <> '' AND instr(sql, ?) > 0)) "
            "ORDER BY type, rowid"))) {
        return failed();
    }
    query.addBindValue(m_table);
    query.addBindValue(m_ftsTable);
    query.addBindValue(m_ftsTable);
    if (!query.exec()) {
        return failed();
    }
    QList<std::pair<QString, QString>> drops;
    m_dropped.clear();
    while (query.next()) {
        drops.append({query.value(0).toString(), query.value(1).toString()});
        m_dropped << query.value(2).toString();
    }
    query.finish();
    m_ftsColumns.clear();
    if (!m_ftsTable.isEmpty()) {
        if (!query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"))) {
            return failed();
        }
        query.addBindValue(m_ftsTable);
        if (!query.exec()) {
            return failed();
        }
        while (query.next()) {
            m_ftsColumns << query.value(0).toString();
        }
        query.finish();
    }
    for (const auto &[type, name] : std::as_const(drops)) {
        if (!query.exec(QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name))) {
            return failed();
        }
    }
    m_active = true;
    m_timings = {};
    m_timings.dropMs = timer.elapsed();
    return true;
}

bool BulkLoad::fillFullText(QSqlQuery &query, QString *error)
{
    const auto failed = [&] {
        *error = query.lastError().text();
        return false;
    };
    const QString columns = m_ftsColumns.join(QStringLiteral(", "));
    if (!query.prepare(QStringLiteral("INSERT INTO \"%1\" (rowid, %2) SELECT rowid, %2 FROM "
                                      "\"%3\" WHERE rowid >= ? ORDER BY rowid")
                           .arg(m_ftsTable, columns, m_table))) {
        return failed();
    }
    query.addBindValue(m_firstNewId);
    return query.exec() || failed();
}

bool BulkLoad::finish(QString *error, bool rebuildFullText)
{
    if (!m_active) {
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db);
    const auto failed = [&] {
        *error = query.lastError().text();
        return false;
    };
    // Lets SQLite sort index keys on a second core.
    query.exec(QStringLiteral("PRAGMA threads = 2"));
    for (const QString &sql : std::as_const(m_dropped)) {
        if (!query.exec(sql)) {
            return failed();
        }
    }
    m_timings.indexesMs = timer.restart();
    if (!m_ftsColumns.isEmpty()) {
        if (rebuildFullText) {
            if (!query.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('rebuild')")
                                .arg(m_ftsTable))) {
                return failed();
            }
        } else if (!fillFullText(query, error)) {
            return false;
        }
    }
    m_timings.ftsMs = timer.elapsed();
    m_dropped.clear();
    m_active = false;
    return true;
}

} // namespace bbd
