// Schema 15: the assistant's passage index and the questions it could not answer.
//  - kb_passages: each live article cut into passages (a paragraph, a list or a table, under
//    its Markdown heading), in the article's own words, for quoting;
//  - kb_passages_fts: the same passages as Snowball stems (app/chat/Stemmer), with the
//    article's title, the heading and the passage in separate columns so that bm25 can weigh
//    them. Stemming happens in C++, so the table holds stems and FTS5 only splits on blanks;
//  - kb_passages_dirty: the articles whose passages are out of date. Triggers on kb_articles
//    mark every insert, edit of the text, deletion (soft or hard), whoever writes it (the
//    editor, the import, the platform's pull), so ChatEngine::refreshIndex() re-indexes only
//    those. Every article present now starts dirty;
//  - kb_unanswered: questions the assistant handed over for want of a passage, for the
//    knowledge base's statistics.
// No foreign key from kb_passages to kb_articles: a hard-deleted article's passages are
// removed by the next refresh, together with their FTS rows, which a cascade would orphan.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

MigrationStep step0015()
{
    // Never a conflict, so that the conflict policy of the statement firing the trigger (an
    // INSERT OR REPLACE of the pull, say) cannot turn it into a failure.
    const auto markDirty = [](const char *row) {
        return QStringLiteral("INSERT INTO kb_passages_dirty (article_id) SELECT %1.id WHERE NOT "
                              "EXISTS (SELECT 1 FROM kb_passages_dirty WHERE article_id = %1.id);")
            .arg(QLatin1String(row));
    };
    return Migrator::sqlStep(
        15, QStringLiteral("assistant: passage index, unanswered questions"),
        {QStringLiteral(R"sql(
CREATE TABLE kb_passages (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    heading    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL
))sql"),
         QStringLiteral("CREATE INDEX kb_passages_article ON kb_passages(article_id, position)"),
         QStringLiteral(R"sql(
CREATE VIRTUAL TABLE kb_passages_fts USING fts5(
    title, heading, body,
    tokenize = 'unicode61 remove_diacritics 0'
))sql"),
         QStringLiteral("CREATE TABLE kb_passages_dirty (article_id INTEGER PRIMARY KEY) "
                        "WITHOUT ROWID"),
         QStringLiteral("CREATE TRIGGER kb_passages_dirty_insert AFTER INSERT ON kb_articles "
                        "BEGIN ") +
             markDirty("new") + QStringLiteral(" END"),
         QStringLiteral("CREATE TRIGGER kb_passages_dirty_update AFTER UPDATE OF title, body, "
                        "deleted, id ON kb_articles BEGIN ") +
             markDirty("old") + markDirty("new") + QStringLiteral(" END"),
         QStringLiteral("CREATE TRIGGER kb_passages_dirty_delete AFTER DELETE ON kb_articles "
                        "BEGIN ") +
             markDirty("old") + QStringLiteral(" END"),
         QStringLiteral("INSERT INTO kb_passages_dirty (article_id) SELECT id FROM kb_articles"),
         QStringLiteral(R"sql(
CREATE TABLE kb_unanswered (
    id         INTEGER PRIMARY KEY,
    question   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason     TEXT NOT NULL
))sql"),
         QStringLiteral("CREATE INDEX kb_unanswered_created ON kb_unanswered(created_at)")});
}

} // namespace bbd::migrations
