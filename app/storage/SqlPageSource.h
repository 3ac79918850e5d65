#pragma once

#include "models/PageSource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace bbd {

// A PageSource over two SQL statements: one that counts the rows and one that selects a page.
// `pageSql` must end with "LIMIT ? OFFSET ?"; `binds` fill the placeholders before those two in
// both statements. The mapper turns the current row of the query into a value.
template <typename Row>
class SqlPageSource final : public PageSource<Row>
{
public:
    using Mapper = std::function<Row(const QSqlQuery &query)>;

    SqlPageSource(QString connectionName, QString countSql, QString pageSql, QVariantList binds,
                  Mapper mapper)
        : m_connectionName(std::move(connectionName))
        , m_countSql(std::move(countSql))
        , m_pageSql(std::move(pageSql))
        , m_binds(std::move(binds))
        , m_mapper(std::move(mapper))
    {}

    int count() const override
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!prepare(query, m_countSql) || !query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return -1;
        }
        m_lastError.clear();
        return query.value(0).toInt();
    }

    QList<Row> fetch(int offset, int limit) const override
    {
        QList<Row> rows;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!prepare(query, m_pageSql)) {
            m_lastError = query.lastError().text();
            return rows;
        }
        query.addBindValue(limit);
        query.addBindValue(offset);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return rows;
        }
        rows.reserve(limit);
        while (query.next()) {
            rows.append(m_mapper(query));
        }
        m_lastError.clear();
        return rows;
    }

    QString lastError() const override { return m_lastError; }

private:
    bool prepare(QSqlQuery &query, const QString &sql) const
    {
        if (!query.prepare(sql)) {
            return false;
        }
        for (const QVariant &value : m_binds) {
            query.addBindValue(value);
        }
        return true;
    }

    QString m_connectionName;
    QString m_countSql;
    QString m_pageSql;
    QVariantList m_binds;
    Mapper m_mapper;
    mutable QString m_lastError;
};

} // namespace bbd
