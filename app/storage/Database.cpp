#include "app/storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace bbd {
namespace {

const auto kDriver = QStringLiteral("QSQLITE");

// SQLite reports a file that is not a database, or a damaged one, with these codes.
bool isCorruptionError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") /* SQLITE_NOTADB */
           || code == QLatin1String("11") /* SQLITE_CORRUPT */;
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{}

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return Migrator(Migrator::builtinSteps()).latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/butterdesk.sqlite");
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::OpenResult Database::open(const QString &path)
{
    return open(path, Migrator(Migrator::builtinSteps()));
}

Database::OpenResult Database::open(const QString &path, const Migrator &migrator)
{
    close();
    m_path = path;

    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return {OpenStatus::CannotOpen,
                tr("%1 is not a file.").arg(QDir::toNativeSeparators(path))};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return {
            OpenStatus::CannotOpen,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    OpenResult result;
    if (info.exists() && info.size() > 0) {
        result = inspect(path, migrator.latestVersion());
        if (!result.ok()) {
            return result;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = {};
        close();
        return {OpenStatus::CannotOpen,
                tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    }

    QString error;
    if (!configure(&error)) {
        db = {};
        close();
        return {
            OpenStatus::CannotOpen,
            tr("Cannot prepare the database %1: %2").arg(QDir::toNativeSeparators(path), error)};
    }

    const MigrationResult migration = migrator.migrate(db);
    result.fileVersion = migration.fromVersion;
    result.created = migration.fromVersion == 0;
    if (!migration.ok) {
        db = {};
        close();
        result.status = OpenStatus::MigrationFailed;
        result.message = tr("The database %1 could not be upgraded; it was left as it was. %2")
                             .arg(QDir::toNativeSeparators(path), migration.error);
        return result;
    }
    result.status = OpenStatus::Ok;
    result.message.clear();
    return result;
}

// Looks at an existing file through a read-only connection, so that a file we must refuse is
// not changed in any way, not even by a journal-mode switch.
Database::OpenResult Database::inspect(const QString &path, int latestVersion) const
{
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    OpenResult result;
    result.status = OpenStatus::Ok;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(kDriver, probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString nativePath = QDir::toNativeSeparators(path);
        if (!probe.open()) {
            result = {
                OpenStatus::CannotOpen,
                tr("Cannot read the database %1: %2").arg(nativePath, probe.lastError().text())};
        } else {
            QSqlQuery query(probe);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                const QSqlError error = query.lastError();
                result =
                    isCorruptionError(error)
                        ? OpenResult{OpenStatus::Corrupt,
                                     tr("%1 is not a Butterboard Desk database, or it is "
                                        "damaged: %2")
                                         .arg(nativePath, error.text())}
                        : OpenResult{
                              OpenStatus::CannotOpen,
                              tr("Cannot read the database %1: %2").arg(nativePath, error.text())};
            } else {
                result.fileVersion = query.value(0).toInt();
                if (result.fileVersion > latestVersion) {
                    result.status = OpenStatus::NewerVersion;
                    result.message = tr("The database %1 was written by a newer version of "
                                        "Butterboard Desk (schema %2; this version supports schema "
                                        "versions up to "
                                        "%3). It has not been changed. Update the application, "
                                        "or start on a fresh database and keep this file.")
                                         .arg(nativePath)
                                         .arg(result.fileVersion)
                                         .arg(latestVersion);
                } else if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    result.status = OpenStatus::Corrupt;
                    result.message = tr("The database %1 is damaged: %2")
                                         .arg(nativePath, query.lastError().text());
                } else {
                    QStringList problems;
                    while (query.next()) {
                        const QString line = query.value(0).toString();
                        if (line != QLatin1String("ok")) {
                            problems << line;
                        }
                    }
                    if (!problems.isEmpty()) {
                        result.status = OpenStatus::Corrupt;
                        result.message = tr("The database %1 failed its integrity check and has "
                                            "not been changed: %2")
                                             .arg(nativePath, problems.mid(0, 3).join(u"; "));
                    }
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return result;
}

bool Database::configure(QString *error)
{
    QSqlQuery query(connection());
    // WAL lets the GUI read while an import or sync thread writes; NORMAL is durable across
    // application crashes, which is what matters for a local cache backed by the outbox.
    const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",
    };
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString Database::moveAside(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString keptPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                             QStringLiteral(".kept-") + stamp + QLatin1Char('.') +
                             (info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix());
    if (QFile::exists(keptPath)) {
        if (error) {
            *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(keptPath));
        }
        return {};
    }
    if (!QFile::rename(path, keptPath)) {
        if (error) {
            *error = tr("Cannot rename %1 to %2.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(keptPath));
        }
        return {};
    }
    // The write-ahead log may hold committed pages: it must travel with its database.
    for (const char *companion : {"-wal", "-shm"}) {
        const QString from = path + QLatin1String(companion);
        if (QFile::exists(from)) {
            QFile::rename(from, keptPath + QLatin1String(companion));
        }
    }
    return keptPath;
}

} // namespace bbd
