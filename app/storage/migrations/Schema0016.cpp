// Schema 16: an assistant message keeps the whole answer it showed (the quoted passages with
// their articles, the contact of a handover) as the JSON of `butterdesk ask --json`, so that
// the chat pane shows an earlier conversation exactly as it was answered. The other columns of
// chat_messages stay the ones searched and counted.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0016()
{
    return Migrator::sqlStep(
        16, QStringLiteral("chat answers with their sources"),
        {QStringLiteral("ALTER TABLE chat_messages ADD COLUMN answer_json TEXT")});
}

} // namespace bbd::migrations
