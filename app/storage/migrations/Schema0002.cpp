// Schema 2: what the ATS board needs beyond schema 1.
//  - candidates.board_rank orders the cards of a column (drag within a column), and the board
//    index becomes a partial index over live cards in that order, so a column is read as a
//    range of one index (keyset paging), never with OFFSET;
//  - candidates.search_extra holds the phone forms people type and the extra e-mails, and the
//    full-text index is rebuilt over it with 1-letter prefixes (search starts at the first
//    keystroke);
//  - candidate_contacts: further phones and e-mails of a candidate, matched for duplicates;
//  - candidate_merges: every merge with both records as they were, so a merge can be undone;
//  - saved_filters; rejection_reason and anonymized_at on candidates.
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd::migrations {
namespace {

const QStringList &statements()
{
    static const QStringList list{
        QStringLiteral("ALTER TABLE candidates ADD COLUMN board_rank REAL NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN search_extra TEXT"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN rejection_reason TEXT"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN anonymized_at TEXT"),
        QStringLiteral("DROP INDEX candidates_board"),
        QStringLiteral("CREATE INDEX candidates_board ON candidates(vacancy_id, stage_id, "
                       "board_rank, id) WHERE deleted = 0 AND merged_into_id IS NULL"),
        QStringLiteral("CREATE INDEX candidates_applied ON candidates(applied_at, id) "
                       "WHERE deleted = 0 AND merged_into_id IS NULL"),
        // The filter bar lists the sources and tags in use; on a million candidates these
        // indexes turn a scan of the table into a scan of a few distinct values.
        QStringLiteral("CREATE INDEX candidates_source ON candidates(source) "
                       "WHERE deleted = 0 AND merged_into_id IS NULL"),
        QStringLiteral("CREATE INDEX candidates_tags ON candidates(tags) "
                       "WHERE deleted = 0 AND merged_into_id IS NULL"),
        QStringLiteral("CREATE INDEX candidates_merged ON candidates(merged_into_id) "
                       "WHERE merged_into_id IS NOT NULL"),
        QStringLiteral(R"sql(
CREATE TABLE candidate_contacts (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    position     INTEGER NOT NULL,
    raw          TEXT NOT NULL,
    normalized   TEXT
))sql"),
        QStringLiteral("CREATE INDEX candidate_contacts_candidate ON "
                       "candidate_contacts(candidate_id, kind, position)"),
        QStringLiteral("CREATE INDEX candidate_contacts_match ON candidate_contacts(kind, "
                       "normalized) WHERE normalized IS NOT NULL"),
        QStringLiteral(R"sql(
CREATE TABLE candidate_merges (
    id              INTEGER PRIMARY KEY,
    survivor_id     INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    merged_id       INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    at              TEXT NOT NULL,
    author          TEXT,
    survivor_before TEXT NOT NULL,
    merged_before   TEXT NOT NULL,
    moved_events    TEXT NOT NULL DEFAULT '[]',
    undone_at       TEXT
))sql"),
        QStringLiteral("CREATE INDEX candidate_merges_survivor ON candidate_merges(survivor_id)"),
        QStringLiteral(R"sql(
CREATE TABLE saved_filters (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    filter     TEXT NOT NULL,
    created_at TEXT NOT NULL
))sql"),
        QStringLiteral("DROP TRIGGER candidates_fts_insert"),
        QStringLiteral("DROP TRIGGER candidates_fts_delete"),
        QStringLiteral("DROP TRIGGER candidates_fts_update"),
        QStringLiteral("DROP TABLE candidates_fts"),
    };
    return list;
}

// Created after the new columns are filled: an external-content index must never be told to
// delete rows it was not given, which the update trigger would do during the fill.
const QStringList &searchIndexStatements()
{
    static const QStringList list{
        // Column names match the content table's, so 'rebuild' and column reads work.
        QStringLiteral(R"sql(
CREATE VIRTUAL TABLE candidates_fts USING fts5(
    full_name, email, search_extra, tags, notes,
    content = 'candidates', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
))sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts(rowid, full_name, email, search_extra, tags, notes)
    VALUES (new.id, new.full_name, new.email, new.search_extra, new.tags, new.notes);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, full_name, email, search_extra, tags,
                               notes)
    VALUES ('delete', old.id, old.full_name, old.email, old.search_extra, old.tags, old.notes);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_update AFTER UPDATE OF full_name, email, search_extra, tags, notes
    ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, full_name, email, search_extra, tags,
                               notes)
    VALUES ('delete', old.id, old.full_name, old.email, old.search_extra, old.tags, old.notes);
    INSERT INTO candidates_fts(rowid, full_name, email, search_extra, tags, notes)
    VALUES (new.id, new.full_name, new.email, new.search_extra, new.tags, new.notes);
END)sql"),
    };
    return list;
}

bool fillNewColumns(QSqlDatabase &db, QString *error)
{
    // Schema 1 kept one phone per candidate, so the search text is that phone's forms; the
    // rank puts the most recent arrival in a column on top, as new cards will be.
    const PhoneNumbers phones;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, phone_raw, phone_e164, stage_entered_at, "
                                  "created_at FROM candidates")) ||
        !write.prepare(QStringLiteral(
            "UPDATE candidates SET search_extra = ?, board_rank = ? WHERE id = ?"))) {
        *error = read.lastError().isValid() ? read.lastError().text() : write.lastError().text();
        return false;
    }
    while (read.next()) {
        QList<PhoneEntry> list;
        if (!read.value(1).toString().isEmpty()) {
            list.append({read.value(1).toString(), read.value(2).toString()});
        }
        QDateTime entered = QDateTime::fromString(read.value(3).toString(), Qt::ISODate);
        if (!entered.isValid()) {
            entered = QDateTime::fromString(read.value(4).toString(), Qt::ISODate);
        }
        write.addBindValue(candidateSearchExtra(list, {}));
        write.addBindValue(-double(entered.toSecsSinceEpoch()));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    const MigrationStep index = Migrator::sqlStep(2, QString(), searchIndexStatements());
    if (!index.apply(db, error)) {
        return false;
    }
    QSqlQuery rebuild(db);
    if (!rebuild.exec(
            QStringLiteral("INSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return true;
}

} // namespace

MigrationStep step0002()
{
    return {2, QStringLiteral("ATS board: ranks, phone search, contacts, merges, saved filters"),
            [](QSqlDatabase &db, QString *error) {
                const MigrationStep sql = Migrator::sqlStep(2, QString(), statements());
                return sql.apply(db, error) && fillNewColumns(db, error);
            }};
}

} // namespace bbd::migrations
