#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

class Stemmer;

// The assistant's index of the knowledge base (schema 15): every live article cut into
// passages, stored as written (kb_passages) and as Snowball stems (kb_passages_fts: title,
// heading, body). The articles the triggers on kb_articles marked dirty are the only ones
// refresh() touches.
// Not thread-safe; lives on the thread of its connection.
class PassageIndex
{
    Q_DECLARE_TR_FUNCTIONS(bbd::PassageIndex)

public:
    struct Passage
    {
        QString heading; // the Markdown heading above it; empty under the article's title
        QString text;    // as written (Markdown)
        bool operator==(const Passage &) const = default;
    };

    // A passage FTS5 found, with the stems of its title, heading and text.
    struct Hit
    {
        qint64 passageId = 0;
        double bm25 = 0;       // FTS5's rank: lower is better
        QSet<QString> context; // the stems of the article's title and the heading
        QStringList body;      // the text's stems in order
    };

    PassageIndex(QSqlDatabase db, Stemmer &stemmer);

    // Cuts an article into passages: at every heading and blank line (not inside a fenced
    // code block), so that a paragraph, a list or a table is one passage. A short line that
    // leads into the next block ("Пример:") stays with it.
    static QList<Passage> split(const QString &title, const QString &markdown);
    // The stems FTS5 stores for a text: Markdown link targets and bare URLs left out, which
    // would otherwise match words of the question ("hr" in a mailto: link).
    QString stemmedText(const QString &text);

    // Re-indexes the dirty articles in one transaction. `*indexed` gets their number.
    bool refresh(int *indexed = nullptr);
    // Up to `limit` passages matching the FTS5 query, best bm25 first (title 3, heading 2,
    // body 1).
    bool search(const QString &ftsQuery, int limit, QList<Hit> *hits);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    Stemmer &m_stemmer;
    QString m_error;
};

} // namespace bbd
