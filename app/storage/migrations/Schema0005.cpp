// Schema 5: the hh.ru responses already pulled into the ATS.
// One row per hh.ru response (negotiation) that became a candidate or was found to be one
// already, so pulling the same responses again creates nothing and does not even ask hh.ru for
// their resumes. A table rather than a key in candidate_events.payload: duplicates have no event
// of their own, the lookup by response id must be an index seek, and a merged or deleted
// candidate must not make the response look new again.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0005()
{
    return Migrator::sqlStep(
        5, QStringLiteral("hh.ru responses pulled"),
        {QStringLiteral(R"sql(
CREATE TABLE hh_responses (
    response_id   TEXT PRIMARY KEY,
    resume_id     TEXT,
    hh_vacancy_id TEXT NOT NULL,
    candidate_id  INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate')),
    pulled_at     TEXT NOT NULL
))sql"),
         QStringLiteral("CREATE INDEX hh_responses_candidate ON hh_responses(candidate_id)")});
}

} // namespace bbd::migrations
