// Schema 11: stages that complete by themselves.
// Some stages need nobody to mark them done: a document to read, a survey link sent. Once their
// day has passed the stage runner marks them done, which sends their "complete" actions (a Jira
// task, a message) as a person's "Mark Done" would.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0011()
{
    return Migrator::sqlStep(
        11, QStringLiteral("scenario stages that complete by themselves"),
        {QStringLiteral("ALTER TABLE scenario_stages ADD COLUMN auto_complete INTEGER NOT NULL "
                        "DEFAULT 0 CHECK (auto_complete IN (0, 1))")});
}

} // namespace bbd::migrations
