// Schema 18: a person of the fallback directory may have several phones and e-mails, as a
// candidate may (candidate_contacts of schema 2). The first phone and e-mail stay in
// contacts.phone_e164/phone_raw and contacts.email, which everything that needs only one (the
// notices, the chat-bot's handover, the matching of older exports) keeps reading; the others
// are rows here, ordered by position within their kind. `normalized` is the E.164 form of a
// phone (NULL when the number is not valid: then only `raw` is kept, flagged in the panel) or
// the lower-cased e-mail, and is what an import matches on.
//
// Nothing is moved: the other phones and e-mails an earlier vCard import wrote into the notes
// ("Other phones: …") stay there as the text they are, so no data is lost and none is guessed.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0018()
{
    return Migrator::sqlStep(
        18, QStringLiteral("fallback contacts: further phones and e-mails"),
        {QStringLiteral(R"sql(
CREATE TABLE contact_points (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    position   INTEGER NOT NULL,
    raw        TEXT NOT NULL,
    normalized TEXT
))sql"),
         QStringLiteral("CREATE INDEX contact_points_contact ON contact_points(contact_id, kind, "
                        "position)"),
         QStringLiteral("CREATE INDEX contact_points_match ON contact_points(kind, normalized) "
                        "WHERE normalized IS NOT NULL")});
}

} // namespace bbd::migrations
