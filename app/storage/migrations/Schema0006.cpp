// Schema 6 (5 is the job board's hh_responses): what the platform pull and push need.
//  - remote_version on every synced table: the platform's version of the record, sent back as
//    If-Match and compared with pulled versions. The local `version` stays the app's own
//    edit counter (every local write bumps it, and editors compare it), so the two can no
//    longer be one column;
//  - remote_id on the records the platform delivers that had none locally (pipeline stages,
//    timeline events, scenario stages and links);
//  - sync_parked: pulled records that point at a record not here yet (or that the local
//    tables refused), kept with the reason until what they wait for arrives, never dropped.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0006()
{
    QStringList statements;
    for (const char *table : {"employees", "contacts", "channels", "vacancies", "pipeline_stages",
                              "candidates", "candidate_events", "message_templates", "scenarios",
                              "scenario_stages", "scenario_links", "assignments", "kb_articles"}) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN remote_version INTEGER NOT NULL "
                                     "DEFAULT 0")
                          .arg(QLatin1String(table));
    }
    for (const char *table :
         {"pipeline_stages", "candidate_events", "scenario_stages", "scenario_links"}) {
        statements
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN remote_id TEXT").arg(QLatin1String(table))
            << QStringLiteral("CREATE UNIQUE INDEX %1_remote ON %1(remote_id) WHERE "
                              "remote_id IS NOT NULL")
                   .arg(QLatin1String(table));
    }
    statements << QStringLiteral(R"sql(
CREATE TABLE sync_parked (
    resource     TEXT NOT NULL,
    remote_id    TEXT NOT NULL,
    record       TEXT NOT NULL,
    waiting_for  TEXT,
    waiting_id   TEXT,
    reason       TEXT NOT NULL,
    parked_at    TEXT NOT NULL,
    PRIMARY KEY (resource, remote_id)
) WITHOUT ROWID)sql")
               << QStringLiteral("CREATE INDEX sync_parked_waiting ON sync_parked(waiting_for, "
                                 "waiting_id)");
    return Migrator::sqlStep(6, QStringLiteral("platform sync: remote versions, parked records"),
                             statements);
}

} // namespace bbd::migrations
