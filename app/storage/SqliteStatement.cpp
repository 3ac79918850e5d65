#include "app/storage/SqliteStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace bbd {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    // The documented way to reach the driver's handle: a sqlite3* under the type name
    // "sqlite3*" in a QVariant.
    if (!db.isOpen() || !db.driver()) {
        return nullptr;
    }
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(value.data());
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    m_onRow = m_rowPending = false;
    if (!db) {
        m_error = QStringLiteral("No open SQLite connection");
        return false;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    m_texts.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
    return true;
}

// sqlite3_bind_* on a statement stepped since its last reset fails with SQLITE_MISUSE and the
// old value stays, so a bind for the next exec() resets it first.
void SqliteStatement::resetBeforeBind()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = m_onRow = m_rowPending = false;
    }
}

void SqliteStatement::bindNull(int index)
{
    resetBeforeBind();
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    resetBeforeBind();
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    resetBeforeBind();
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    bindUtf8(index, text.toUtf8());
}

void SqliteStatement::bindUtf8(int index, QByteArray utf8)
{
    resetBeforeBind();
    if (index < 0 || size_t(index) >= m_texts.size()) {
        return; // out of range: sqlite3 would refuse it too
    }
    // SQLITE_STATIC: the bytes stay in m_texts until this parameter is bound again, which
    // spares sqlite3 a copy of every text.
    m_texts[size_t(index)] = std::move(utf8);
    const QByteArray &kept = m_texts[size_t(index)];
    sqlite3_bind_text(m_statement, index + 1, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        bindNull(index);
        return;
    case QMetaType::QString:
        // As QSQLITE: a null string (not an empty one) is NULL.
        if (value.isNull() || static_cast<const QString *>(value.constData())->isNull()) {
            bindNull(index);
        } else {
            bindText(index, *static_cast<const QString *>(value.constData()));
        }
        return;
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (value.isNull() || bytes->isNull()) {
            bindNull(index);
        } else {
            resetBeforeBind();
            sqlite3_bind_blob(m_statement, index + 1, bytes->constData(), int(bytes->size()),
                              SQLITE_TRANSIENT);
        }
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
        if (value.isNull()) {
            bindNull(index);
        } else {
            bindInt64(index, value.toLongLong());
        }
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (value.isNull()) {
            bindNull(index);
        } else {
            bindDouble(index, value.toDouble());
        }
        return;
    default:
        if (value.isNull()) {
            bindNull(index);
        } else {
            bindText(index, value.toString());
        }
        return;
    }
}

bool SqliteStatement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    if (rc == SQLITE_DONE) {
        m_error.clear();
        return true;
    }
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_statement) {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("Statement not prepared");
        }
        return false;
    }
    sqlite3_reset(m_statement);
    m_rowPending = false;
    if (!step()) {
        return false;
    }
    m_rowPending = m_onRow;
    m_changes = sqlite3_changes(m_db);
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    return true;
}

bool SqliteStatement::exec(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        bindValue(int(i), values.at(i));
    }
    return exec();
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!m_onRow) {
        return false;
    }
    return step() && m_onRow;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_onRow) {
        return {};
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(text(column));
    }
}

qint64 SqliteStatement::int64(int column) const
{
    return m_onRow ? sqlite3_column_int64(m_statement, column) : 0;
}

QString SqliteStatement::text(int column) const
{
    if (!m_onRow) {
        return {};
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return !m_onRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::finish()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
    }
    m_stepped = m_onRow = m_rowPending = false;
}

} // namespace bbd
