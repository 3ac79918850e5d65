#include "app/storage/Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {

int userVersion(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    const bool done = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    if (ok) {
        *ok = done;
    }
    return done ? query.value(0).toInt() : -1;
}

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

MigrationResult Migrator::migrate(QSqlDatabase &db) const
{
    MigrationResult result;
    bool versionRead = false;
    result.fromVersion = userVersion(db, &versionRead);
    result.toVersion = result.fromVersion;
    if (!versionRead) {
        result.error =
            QCoreApplication::translate("bbd::Migrator", "Cannot read the schema version: %1")
                .arg(db.lastError().text());
        return result;
    }

    for (const MigrationStep &step : m_steps) {
        if (step.version <= result.toVersion) {
            continue;
        }
        if (!db.transaction()) {
            result.error =
                QCoreApplication::translate("bbd::Migrator", "Cannot start the upgrade to schema "
                                                             "version %1: %2")
                    .arg(step.version)
                    .arg(db.lastError().text());
            return result;
        }
        QString stepError;
        bool applied = step.apply(db, &stepError);
        if (applied) {
            // user_version lives in the file header, which is written with the transaction,
            // so the number and the tables it stands for commit or roll back together.
            QSqlQuery pragma(db);
            applied = pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            if (!applied) {
                stepError = pragma.lastError().text();
            }
        }
        if (!applied || !db.commit()) {
            if (applied) {
                stepError = db.lastError().text();
            }
            db.rollback();
            result.error = QCoreApplication::translate("bbd::Migrator",
                                                       "The upgrade to schema version %1 (%2) "
                                                       "failed and was undone: %3")
                               .arg(step.version)
                               .arg(step.name, stepError);
            return result;
        }
        result.toVersion = step.version;
    }
    result.ok = true;
    return result;
}

MigrationStep Migrator::sqlStep(int version, const QString &name, QStringList statements)
{
    return {version, name, [statements = std::move(statements)](QSqlDatabase &db, QString *error) {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        *error = query.lastError().text() + QStringLiteral(" [") +
                                 statement.simplified().left(80) + QStringLiteral("…]");
                        return false;
                    }
                }
                return true;
            }};
}

QList<MigrationStep> Migrator::builtinSteps()
{
    return {sqlStep(1, QStringLiteral("initial schema"), migrations::schema0001()),
            migrations::step0002(),
            migrations::step0003(),
            migrations::step0004(),
            migrations::step0005(),
            migrations::step0006(),
            migrations::step0007(),
            migrations::step0011(),
            migrations::step0012(),
            migrations::step0013(),
            migrations::step0015(),
            migrations::step0016(),
            migrations::step0018()};
}

} // namespace bbd
