#pragma once

#include "app/storage/Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

// The application's SQLite file: opened, checked, migrated and configured (WAL, foreign keys).
// A file that is newer than this build or fails PRAGMA integrity_check is only ever read, never
// written; the caller decides with the user whether to move it aside and start afresh.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(bbd::Database)

public:
    enum class OpenStatus {
        Ok,
        NewerVersion,    // written by a newer Butterboard Desk; left untouched
        Corrupt,         // not a database, or PRAGMA integrity_check failed; left untouched
        CannotOpen,      // missing permissions, no space, a directory in the way…
        MigrationFailed, // a schema upgrade failed and was rolled back
    };

    struct OpenResult
    {
        OpenStatus status = OpenStatus::CannotOpen;
        QString message;      // for the user; empty when status is Ok
        int fileVersion = 0;  // schema version found in the file before any upgrade
        bool created = false; // the file had no schema yet (new or empty)

        bool ok() const { return status == OpenStatus::Ok; }
        // The file itself is the problem, so starting on a fresh one beside it will help.
        bool canStartFresh() const
        {
            return status == OpenStatus::NewerVersion || status == OpenStatus::Corrupt;
        }
    };

    explicit Database(const QString &connectionName = QStringLiteral("bbd-main"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    OpenResult open(const QString &path);
    OpenResult open(const QString &path, const Migrator &migrator);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // Schema version this build writes.
    static int schemaVersion();
    // butterdesk.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // Renames the file (with its -wal and -shm companions) to a dated name beside it, contents
    // untouched, so that a fresh database can be created at `path`. Returns the new name, or
    // an empty string with `error` set.
    static QString moveAside(const QString &path, QString *error = nullptr);

private:
    OpenResult inspect(const QString &path, int latestVersion) const;
    bool configure(QString *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace bbd
