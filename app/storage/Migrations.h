#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace bbd {

// One numbered step of the schema's history. `apply` runs inside the step's transaction and
// returns false with `error` set to make the whole step roll back.
struct MigrationStep
{
    int version = 0;
    QString name;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

struct MigrationResult
{
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0; // the version the file is at afterwards
    QString error;
};

// Brings a database up to the newest step, one transaction per step, keyed by
// PRAGMA user_version. A failing step is rolled back, so the file stays at the last step that
// succeeded, never in between.
class Migrator
{
public:
    explicit Migrator(QList<MigrationStep> steps);

    int latestVersion() const;
    MigrationResult migrate(QSqlDatabase &db) const;

    // The application's own history of the schema.
    static QList<MigrationStep> builtinSteps();
    // A step made of plain SQL statements, run in order.
    static MigrationStep sqlStep(int version, const QString &name, QStringList statements);

private:
    QList<MigrationStep> m_steps;
};

int userVersion(const QSqlDatabase &db, bool *ok = nullptr);

namespace migrations {
const QStringList &schema0001();
MigrationStep step0002();
MigrationStep step0003();
MigrationStep step0004();
MigrationStep step0005();
MigrationStep step0006();
MigrationStep step0007();
MigrationStep step0011();
MigrationStep step0012();
MigrationStep step0013();
MigrationStep step0015();
MigrationStep step0016();
MigrationStep step0018();
} // namespace migrations

} // namespace bbd
