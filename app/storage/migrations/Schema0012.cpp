// Schema 12: the pull back-off of each resource, remembered across
// restarts. After a 429 or a failed page the engine waits before pulling again (the server's
// Retry-After, or an exponential back-off with jitter); with the wait only in memory, a restart
// during a 429 storm asked again at once. sync_state already holds one row per resource (its
// cursor), so the wait goes there: how many pulls failed in a row and when the next may start.
// A full resync forgets the cursor, not these.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0012()
{
    return Migrator::sqlStep(
        12, QStringLiteral("pull back-off per resource"),
        {QStringLiteral("ALTER TABLE sync_state ADD COLUMN backoff_attempts INTEGER NOT NULL "
                        "DEFAULT 0"),
         QStringLiteral("ALTER TABLE sync_state ADD COLUMN backoff_until TEXT")});
}

} // namespace bbd::migrations
