// Schema 4: what the outbox dispatcher keeps beyond schema 1.
//  - outbox.response: the server's answer to a delivered write (the new record with the id the
//    server gave it), so the change that made the row can learn that id;
//  - outbox.conflict_record: after a 412, the record as it was on the server, so the user can
//    compare it with the local version field by field before choosing;
//  - an index for the per-entity order check (an earlier row of the same entity not sent yet).
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0004()
{
    return Migrator::sqlStep(
        4, QStringLiteral("outbox: server answers and conflicting records"),
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN response TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN conflict_record TEXT"),
         QStringLiteral("CREATE INDEX outbox_service_entity ON outbox(service, entity_type, "
                        "entity_id, id) WHERE status <> 'sent'")});
}

} // namespace bbd::migrations
