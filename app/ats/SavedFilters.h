#pragma once

#include "models/CandidateFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bbd {

class Database;

// A filter the recruiter named to come back to ("Python, hh.ru, 4+ stars").
struct SavedFilter
{
    qint64 id = 0;
    QString name;
    CandidateFilter filter;
    QDateTime createdAt;
};

// The saved_filters table: names are unique (compared as stored, after trimming). Failures
// return false/empty with lastError() set for the user.
class SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(bbd::SavedFilters)

public:
    enum class SaveResult { Saved, NameTaken, Failed };

    explicit SavedFilters(const Database &db);

    QString lastError() const { return m_lastError; }

    // By name, case-insensitively. Empty with lastError() set when the table cannot be read.
    QList<SavedFilter> list() const;
    // Stores `filter` under `name`. A name already in use is refused with NameTaken unless
    // `overwrite` is true, in which case that entry's filter is replaced.
    SaveResult save(const QString &name, const CandidateFilter &filter, bool overwrite = false);
    bool remove(qint64 id);

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace bbd
