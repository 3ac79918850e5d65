// Schema 7: where a stage of a new scenario revision came from.
// A scenario that assignments follow is never edited in place: saving it makes a new revision
// with copies of its stages (ScenarioStore::save). origin_stage_id is the stage of the previous
// revision a copy was made from, so moving running assignments to the new revision
// (ScenarioStore::moveAssignments) knows which of their stages are the same stage — done ones
// stay done — and which are new or gone. NULL for a stage that is new in its revision; set to
// NULL when the original is deleted, which only happens to a revision nobody followed.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0007()
{
    return Migrator::sqlStep(
        7, QStringLiteral("scenario revisions: the stage each copy came from"),
        {QStringLiteral("ALTER TABLE scenario_stages ADD COLUMN origin_stage_id INTEGER "
                        "REFERENCES scenario_stages(id) ON DELETE SET NULL"),
         // The foreign key's ON DELETE looks copies up by their origin.
         QStringLiteral(
             "CREATE INDEX scenario_stages_origin ON scenario_stages(origin_stage_id)")});
}

} // namespace bbd::migrations
