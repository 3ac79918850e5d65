#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace bbd::sql {

// Prepares `sql`, binds `values` in order and runs it; the error, if any, stays on the query.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

// A typed NULL for an empty text or a zero id, as optional columns store them.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// Timestamps are stored as ISO 8601 text in UTC, which also sorts by time.
inline QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

inline QString nowUtc()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace bbd::sql
