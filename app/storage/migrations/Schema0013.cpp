// Schema 13: knowledge-base articles remember the file they were imported from by content.
// A wiki folder is imported again and again; source_hash (SHA-256 of the file's bytes) tells
// an unchanged file, which is skipped, from one edited since, which updates its article.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0013()
{
    return Migrator::sqlStep(
        13, QStringLiteral("knowledge-base import by content"),
        {QStringLiteral("ALTER TABLE kb_articles ADD COLUMN source_hash TEXT")});
}

} // namespace bbd::migrations
