#include "app/ats/SavedFilters.h"

#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

SavedFilters::SavedFilters(const Database &db)
    : m_connectionName(db.connectionName())
{}

QList<SavedFilter> SavedFilters::list() const
{
    QList<SavedFilter> filters;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT id, name, filter, created_at FROM saved_filters "
                                   "ORDER BY name COLLATE NOCASE, id"))) {
        m_lastError = tr("Could not read the saved filters: %1").arg(query.lastError().text());
        return filters;
    }
    while (query.next()) {
        SavedFilter saved;
        saved.id = query.value(0).toLongLong();
        saved.name = query.value(1).toString();
        saved.filter = CandidateFilter::fromJson(
            QJsonDocument::fromJson(query.value(2).toByteArray()).object());
        saved.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        filters << saved;
    }
    m_lastError.clear();
    return filters;
}

SavedFilters::SaveResult SavedFilters::save(const QString &name, const CandidateFilter &filter,
                                            bool overwrite)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        m_lastError = tr("A saved filter needs a name.");
        return SaveResult::Failed;
    }
    const QString json =
        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT id FROM saved_filters WHERE name = ?"))) {
        m_lastError = tr("Could not save the filter: %1").arg(query.lastError().text());
        return SaveResult::Failed;
    }
    query.addBindValue(trimmed);
    if (!query.exec()) {
        m_lastError = tr("Could not save the filter: %1").arg(query.lastError().text());
        return SaveResult::Failed;
    }
    const bool exists = query.next();
    if (exists && !overwrite) {
        m_lastError = tr("A saved filter named \"%1\" already exists.").arg(trimmed);
        return SaveResult::NameTaken;
    }
    if (exists) {
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        query.prepare(QStringLiteral("UPDATE saved_filters SET filter = ? WHERE id = ?"));
        query.addBindValue(json);
        query.addBindValue(id);
    } else {
        query.finish();
        query.prepare(QStringLiteral(
            "INSERT INTO saved_filters (name, filter, created_at) VALUES (?, ?, ?)"));
        query.addBindValue(trimmed);
        query.addBindValue(json);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (!query.exec() || !transaction.commit()) {
        m_lastError = tr("Could not save the filter: %1")
                          .arg(query.lastError().isValid() ? query.lastError().text()
                                                           : db.lastError().text());
        return SaveResult::Failed;
    }
    m_lastError.clear();
    return SaveResult::Saved;
}

bool SavedFilters::remove(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !transaction.commit()) {
        m_lastError = tr("Could not delete the saved filter: %1")
                          .arg(query.lastError().isValid() ? query.lastError().text()
                                                           : db.lastError().text());
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace bbd
