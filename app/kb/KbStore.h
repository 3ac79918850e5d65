#pragma once

#include "models/KbArticle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace bbd {

// The knowledge base's articles (kb_articles, kb_fts, kb_article_revisions): each write is one
// transaction. An edit first keeps the state it replaces as a revision, so every earlier
// version can be compared and restored; restoring is itself an edit, undone by restoring again.
// Creating, editing and deleting also write the platform's outbox row (kb_articles resource)
// in the same transaction. Views and ratings stay local: the platform's contract has no field
// for them.
// Not thread-safe; lives on the thread of its connection.
class KbStore
{
    Q_DECLARE_TR_FUNCTIONS(bbd::KbStore)

public:
    // One version of an article. The current one (isCurrent) is the article row itself, with
    // id 0; the others are rows of kb_article_revisions.
    struct Revision
    {
        qint64 id = 0;
        qint64 articleId = 0;
        QString title;
        QString body;
        QStringList tags;
        QString author;
        QDateTime editedAt; // when this version was written
        bool isCurrent = false;
    };

    struct DiffLine
    {
        enum class Kind : quint8 { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
        int oldNumber = 0; // 1-based line in the older text, 0 for an added line
        int newNumber = 0; // 1-based line in the newer text, 0 for a removed line
    };

    struct SearchPage
    {
        QList<KbArticle> articles;
        int total = 0; // matching articles in all pages
    };

    struct ArticleStat
    {
        qint64 id = 0;
        QString title;
        QString department;
        int views = 0;
        int ratingUp = 0;
        int ratingDown = 0;
        // Share of "not useful" answers, 0 when nobody answered.
        double downShare() const
        {
            const int votes = ratingUp + ratingDown;
            return votes > 0 ? double(ratingDown) / votes : 0.0;
        }
    };

    explicit KbStore(QSqlDatabase db);

    // A new article; updatedAt is now, author as given. `sourceHash` marks an imported file's
    // content (KbImporter). Returns its id, or 0 with lastError() set (empty title or body,
    // the database refused).
    qint64 create(const KbArticle &article, const QByteArray &sourceHash = {});
    // Title, body, tags, department and author of `article.id`. The state replaced goes to the
    // history first. An edit that changes none of them writes nothing (changed() is false).
    bool update(const KbArticle &article, const QByteArray &sourceHash = {});
    // Marks the article deleted (it leaves lists and search; its history stays).
    bool remove(qint64 articleId);
    // True when the last create(), update() or restore() wrote something.
    bool changed() const { return m_changed; }

    std::optional<KbArticle> article(qint64 articleId) const;
    // The live article imported from `sourcePath`, and the hash of the content it holds.
    std::optional<KbArticle> articleFromSource(const QString &sourcePath,
                                               QByteArray *sourceHash = nullptr) const;

    // The current version first, then earlier ones, newest first.
    QList<Revision> history(qint64 articleId) const;
    // Makes the stored revision `revisionId` the current text (title, body, tags) of its
    // article: an edit like any other, so the state it replaces becomes a revision too.
    bool restore(qint64 revisionId);
    // What changed from `older` to `newer`, line by line (longest common subsequence).
    static QList<DiffLine> diffLines(const QString &older, const QString &newer);
    // A revision as the text the history dialog compares: title, tags, then the body.
    static QString revisionText(const Revision &revision);

    bool recordView(qint64 articleId);
    bool rate(qint64 articleId, bool useful);

    // Live articles matching `filter`: by relevance (title counts most) when it has text,
    // otherwise by title. Rows [offset, offset + limit).
    SearchPage search(const KbArticleFilter &filter, int offset = 0, int limit = 50) const;
    // Tags and departments of live articles, sorted, for the filter drop-downs.
    QStringList tags() const;
    QStringList departments() const;

    // Most opened first; articles never opened are left out.
    QList<ArticleStat> mostViewed(int limit = 10) const;
    // Highest share of "not useful" first, among articles with at least `minimumVotes`
    // answers; ties go to the one more people answered.
    QList<ArticleStat> worstRated(int minimumVotes = 3, int limit = 10) const;

    QString lastError() const { return m_lastError; }

    // The FTS5 query for what a user typed: every word as a quoted prefix, all required.
    // Empty when the text holds no word.
    static QString ftsQuery(const QString &text);
    // The statements behind search() and the list's page source: `countSql`, and `pageSql`
    // ending in "LIMIT ? OFFSET ?", both taking `binds` first. Rows read with readArticle().
    static void searchSql(const KbArticleFilter &filter, QString *countSql, QString *pageSql,
                          QVariantList *binds);
    static KbArticle readArticle(const QSqlQuery &query);
    // Who writes an article made on this computer: the account's user name.
    static QString localAuthor();

private:
    bool fail(const QString &message) const;
    bool save(const KbArticle &article, const QByteArray &sourceHash);

    QSqlDatabase m_db;
    mutable QString m_lastError;
    bool m_changed = false;
};

} // namespace bbd
