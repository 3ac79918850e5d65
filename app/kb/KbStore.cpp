#include "app/kb/KbStore.h"

#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace bbd {
namespace {

const QString kCollection = QStringLiteral("/api/v1/kb_articles");
const QString kEntity = QStringLiteral("kb_article");
const PlatformRecordOutbox kOutbox{kCollection, kEntity};

const QString kColumns =
    QStringLiteral("a.id, a.title, a.body, a.tags, a.department, a.author, a.updated_at, a.views, "
                   "a.rating_up, a.rating_down, a.source_path");

// Past this many cells the diff table would cost more memory than an article is worth; the
// middle part is then shown as removed and added whole.
constexpr qint64 kMaxDiffCells = 16'000'000;

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QVariant &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        tags << value.toString();
    }
    return tags;
}

// Tags as the user means them: trimmed, no empty ones, each once, in the order given.
QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString trimmed = tag.simplified();
        if (!trimmed.isEmpty() && !clean.contains(trimmed, Qt::CaseInsensitive)) {
            clean << trimmed;
        }
    }
    return clean;
}

// The chat-bot's stemmer is chosen by the article's language.
QString languageOf(const QString &text)
{
    int cyrillic = 0;
    int latin = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic) {
            ++cyrillic;
        } else if (c.script() == QChar::Script_Latin) {
            ++latin;
        }
    }
    return latin > cyrillic ? QStringLiteral("en") : QStringLiteral("ru");
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// --- the platform's outbox (PlatformRecordOutbox, shared with app/sync/PlatformPush) --------

struct Remote
{
    QString remoteId;
    int remoteVersion = 0;
    QJsonObject fields;
};

bool loadRemote(const QSqlDatabase &db, qint64 id, Remote *remote, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(query,
                  QStringLiteral("SELECT remote_id, remote_version, title, body, tags, "
                                 "department, author, language FROM kb_articles WHERE id = ?"),
                  {id})) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = QStringLiteral("article %1 not found").arg(id);
        return false;
    }
    remote->remoteId = query.value(0).toString();
    remote->remoteVersion = query.value(1).toInt();
    QJsonObject &f = remote->fields;
    f.insert(QStringLiteral("title"), query.value(2).toString());
    f.insert(QStringLiteral("body"), query.value(3).toString());
    f.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tagsFromJson(query.value(4))));
    f.insert(QStringLiteral("department"), textOrNull(query.value(5).toString()));
    f.insert(QStringLiteral("author"), textOrNull(query.value(6).toString()));
    f.insert(QStringLiteral("language"), query.value(7).toString());
    return true;
}

bool pushCreate(const QSqlDatabase &db, qint64 id, const Remote &remote, QString *error)
{
    QJsonObject body;
    for (auto it = remote.fields.begin(); it != remote.fields.end(); ++it) {
        if (!it.value().isNull()) {
            body.insert(it.key(), it.value());
        }
    }
    return kOutbox.enqueue(db, id, QStringLiteral("POST"), kCollection, body, QString(), error);
}

bool pushCreated(const QSqlDatabase &db, qint64 id, QString *error)
{
    Remote remote;
    return loadRemote(db, id, &remote, error) && pushCreate(db, id, remote, error);
}

bool pushChanged(const QSqlDatabase &db, qint64 id, const QStringList &fields, QString *error)
{
    Remote remote;
    QString path;
    QString ifMatch;
    bool known = false;
    if (!loadRemote(db, id, &remote, error) ||
        !kOutbox.address(db, id, remote.remoteId, remote.remoteVersion, &path, &ifMatch, &known,
                         error)) {
        return false;
    }
    if (!known) {
        return pushCreate(db, id, remote, error);
    }
    QJsonObject body;
    for (const QString &field : fields) {
        body.insert(field, remote.fields.value(field));
    }
    return body.isEmpty() ||
           kOutbox.enqueue(db, id, QStringLiteral("PATCH"), path, body, ifMatch, error);
}

bool pushDeleted(const QSqlDatabase &db, qint64 id, QString *error)
{
    Remote remote;
    QString path;
    QString ifMatch;
    bool known = false;
    if (!loadRemote(db, id, &remote, error) ||
        !kOutbox.address(db, id, remote.remoteId, remote.remoteVersion, &path, &ifMatch, &known,
                         error)) {
        return false;
    }
    return !known || kOutbox.enqueue(db, id, QStringLiteral("DELETE"), path, {}, ifMatch, error);
}

QList<KbStore::ArticleStat> readStats(QSqlQuery &query)
{
    QList<KbStore::ArticleStat> stats;
    while (query.next()) {
        KbStore::ArticleStat stat;
        stat.id = query.value(0).toLongLong();
        stat.title = query.value(1).toString();
        stat.department = query.value(2).toString();
        stat.views = query.value(3).toInt();
        stat.ratingUp = query.value(4).toInt();
        stat.ratingDown = query.value(5).toInt();
        stats << stat;
    }
    return stats;
}

QStringList splitLines(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return lines;
}

} // namespace

KbStore::KbStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool KbStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString KbStore::localAuthor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name;
}

qint64 KbStore::create(const KbArticle &article, const QByteArray &sourceHash)
{
    m_changed = false;
    const QString title = article.title.simplified();
    if (title.isEmpty()) {
        fail(tr("An article needs a title."));
        return 0;
    }
    if (article.body.trimmed().isEmpty()) {
        fail(tr("An article needs some text."));
        return 0;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(m_db.lastError().text());
        return 0;
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO kb_articles (title, body, tags, department, author, "
                                 "language, source_path, source_hash, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {title, article.body, tagsJson(cleanTags(article.tags)),
                   sql::nullIfEmpty(article.department.simplified()),
                   sql::nullIfEmpty(article.author.simplified()),
                   languageOf(title + u' ' + article.body), sql::nullIfEmpty(article.sourcePath),
                   sourceHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(QString::fromLatin1(sourceHash.toHex())),
                   sql::nowUtc()})) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QString error;
    if (!pushCreated(m_db, id, &error)) {
        fail(error);
        return 0;
    }
    if (!transaction.commit()) {
        fail(m_db.lastError().text());
        return 0;
    }
    m_changed = true;
    return id;
}

bool KbStore::update(const KbArticle &article, const QByteArray &sourceHash)
{
    m_changed = false;
    return save(article, sourceHash);
}

bool KbStore::save(const KbArticle &article, const QByteArray &sourceHash)
{
    const QString title = article.title.simplified();
    if (title.isEmpty()) {
        return fail(tr("An article needs a title."));
    }
    if (article.body.trimmed().isEmpty()) {
        return fail(tr("An article needs some text."));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT title, body, tags, department, author, updated_at, "
                                 "language, source_hash FROM kb_articles "
                                 "WHERE id = ? AND deleted = 0"),
                  {article.id})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("The article no longer exists (it may have been deleted)."));
    }
    const QString oldTitle = query.value(0).toString();
    const QString oldBody = query.value(1).toString();
    const QString oldTagsJson = query.value(2).toString();
    const QString oldDepartment = query.value(3).toString();
    const QString oldAuthor = query.value(4).toString();
    const QString oldUpdated = query.value(5).toString();
    const QString oldLanguage = query.value(6).toString();
    const QString oldHash = query.value(7).toString();

    const QString tags = tagsJson(cleanTags(article.tags));
    const QString department = article.department.simplified();
    const QString author = article.author.simplified();
    const QString language = languageOf(title + u' ' + article.body);
    const QString hash = sourceHash.isEmpty() ? oldHash : QString::fromLatin1(sourceHash.toHex());
    QStringList fields;
    if (title != oldTitle) {
        fields << QStringLiteral("title");
    }
    if (article.body != oldBody) {
        fields << QStringLiteral("body");
    }
    if (tags != tagsJson(tagsFromJson(oldTagsJson))) {
        fields << QStringLiteral("tags");
    }
    if (department != oldDepartment) {
        fields << QStringLiteral("department");
    }
    if (author != oldAuthor) {
        fields << QStringLiteral("author");
    }
    if (language != oldLanguage) {
        fields << QStringLiteral("language");
    }
    if (fields.isEmpty()) {
        // Nothing the reader sees changed; a new import hash alone needs no revision.
        if (hash != oldHash &&
            !sql::run(query, QStringLiteral("UPDATE kb_articles SET source_hash = ? WHERE id = ?"),
                      {hash, article.id})) {
            return fail(query.lastError().text());
        }
        return transaction.commit() || fail(m_db.lastError().text());
    }
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO kb_article_revisions (article_id, title, body, "
                                 "tags, author, edited_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {article.id, oldTitle, oldBody, oldTagsJson, sql::nullIfEmpty(oldAuthor),
                   oldUpdated})) {
        return fail(query.lastError().text());
    }
    if (!sql::run(query,
                  QStringLiteral("UPDATE kb_articles SET title = ?, body = ?, tags = ?, "
                                 "department = ?, author = ?, language = ?, source_hash = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  {title, article.body, tags, sql::nullIfEmpty(department),
                   sql::nullIfEmpty(author), language, sql::nullIfEmpty(hash), sql::nowUtc(),
                   article.id})) {
        return fail(query.lastError().text());
    }
    QString error;
    if (!pushChanged(m_db, article.id, fields, &error)) {
        return fail(error);
    }
    if (!transaction.commit()) {
        return fail(m_db.lastError().text());
    }
    m_changed = true;
    return true;
}

bool KbStore::remove(qint64 articleId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("UPDATE kb_articles SET deleted = 1, updated_at = ? "
                                 "WHERE id = ? AND deleted = 0"),
                  {sql::nowUtc(), articleId})) {
        return fail(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return fail(tr("The article no longer exists (it may have been deleted)."));
    }
    QString error;
    if (!pushDeleted(m_db, articleId, &error)) {
        return fail(error);
    }
    return transaction.commit() || fail(m_db.lastError().text());
}

std::optional<KbArticle> KbStore::article(qint64 articleId) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT %1 FROM kb_articles a WHERE a.id = ? AND a.deleted = 0")
                      .arg(kColumns),
                  {articleId})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("The article no longer exists (it may have been deleted)."));
        return std::nullopt;
    }
    return readArticle(query);
}

std::optional<KbArticle> KbStore::articleFromSource(const QString &sourcePath,
                                                    QByteArray *sourceHash) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT %1, a.source_hash FROM kb_articles a "
                                 "WHERE a.source_path = ? AND a.deleted = 0 ORDER BY a.id LIMIT 1")
                      .arg(kColumns),
                  {sourcePath})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError.clear();
        return std::nullopt;
    }
    if (sourceHash) {
        *sourceHash = QByteArray::fromHex(query.value(11).toString().toLatin1());
    }
    return readArticle(query);
}

QList<KbStore::Revision> KbStore::history(qint64 articleId) const
{
    QList<Revision> revisions;
    const std::optional<KbArticle> current = article(articleId);
    if (!current) {
        return revisions;
    }
    Revision head;
    head.articleId = articleId;
    head.title = current->title;
    head.body = current->body;
    head.tags = current->tags;
    head.author = current->author;
    head.editedAt = current->updatedAt;
    head.isCurrent = true;
    revisions << head;

    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT id, title, body, tags, author, edited_at FROM "
                                 "kb_article_revisions WHERE article_id = ? ORDER BY id DESC"),
                  {articleId})) {
        fail(query.lastError().text());
        return {};
    }
    while (query.next()) {
        Revision revision;
        revision.id = query.value(0).toLongLong();
        revision.articleId = articleId;
        revision.title = query.value(1).toString();
        revision.body = query.value(2).toString();
        revision.tags = tagsFromJson(query.value(3));
        revision.author = query.value(4).toString();
        revision.editedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        revisions << revision;
    }
    return revisions;
}

bool KbStore::restore(qint64 revisionId)
{
    m_changed = false;
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT article_id, title, body, tags FROM kb_article_revisions "
                                 "WHERE id = ?"),
                  {revisionId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("There is no such earlier version."));
    }
    std::optional<KbArticle> current = article(query.value(0).toLongLong());
    if (!current) {
        return false;
    }
    current->title = query.value(1).toString();
    current->body = query.value(2).toString();
    current->tags = tagsFromJson(query.value(3));
    return save(*current, {});
}

QList<KbStore::DiffLine> KbStore::diffLines(const QString &older, const QString &newer)
{
    const QStringList a = splitLines(older);
    const QStringList b = splitLines(newer);
    QList<DiffLine> out;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix)) {
        ++suffix;
    }
    const auto same = [&out](const QString &text, qsizetype i, qsizetype j) {
        out.append({DiffLine::Kind::Same, text, int(i + 1), int(j + 1)});
    };
    for (qsizetype i = 0; i < prefix; ++i) {
        same(a.at(i), i, i);
    }

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m <= kMaxDiffCells) {
        // lcs[i][j]: length of the longest common subsequence of a[i..n) and b[j..m).
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) {
            return size_t(i * (m + 1) + j);
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                same(a.at(prefix + i), prefix + i, prefix + j);
                ++i;
                ++j;
            } else if (j >= m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                out.append({DiffLine::Kind::Removed, a.at(prefix + i), int(prefix + i + 1), 0});
                ++i;
            } else {
                out.append({DiffLine::Kind::Added, b.at(prefix + j), 0, int(prefix + j + 1)});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            out.append({DiffLine::Kind::Removed, a.at(prefix + i), int(prefix + i + 1), 0});
        }
        for (qsizetype j = 0; j < m; ++j) {
            out.append({DiffLine::Kind::Added, b.at(prefix + j), 0, int(prefix + j + 1)});
        }
    }
    for (qsizetype k = 0; k < suffix; ++k) {
        same(a.at(prefix + n + k), prefix + n + k, prefix + m + k);
    }
    return out;
}

QString KbStore::revisionText(const Revision &revision)
{
    return tr("Title: %1").arg(revision.title) + u'\n' +
           tr("Tags: %1").arg(revision.tags.join(QStringLiteral(", "))) + QStringLiteral("\n\n") +
           revision.body;
}

bool KbStore::recordView(qint64 articleId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("UPDATE kb_articles SET views = views + 1 "
                                 "WHERE id = ? AND deleted = 0"),
                  {articleId})) {
        return fail(query.lastError().text());
    }
    return query.numRowsAffected() == 1 ||
           fail(tr("The article no longer exists (it may have been deleted)."));
}

bool KbStore::rate(qint64 articleId, bool useful)
{
    QSqlQuery query(m_db);
    const QString sqlText =
        useful ? QStringLiteral("UPDATE kb_articles SET rating_up = rating_up + 1 "
                                "WHERE id = ? AND deleted = 0")
               : QStringLiteral("UPDATE kb_articles SET rating_down = rating_down + 1 "
                                "WHERE id = ? AND deleted = 0");
    if (!sql::run(query, sqlText, {articleId})) {
        return fail(query.lastError().text());
    }
    return query.numRowsAffected() == 1 ||
           fail(tr("The article no longer exists (it may have been deleted)."));
}

QString KbStore::ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    const auto flush = [&terms, &word] {
        if (!word.isEmpty()) {
            // Quoted, so that words like AND or NEAR are only words.
            terms << u'"' + word + QStringLiteral("\"*");
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return terms.join(u' ');
}

void KbStore::searchSql(const KbArticleFilter &filter, QString *countSql, QString *pageSql,
                        QVariantList *binds)
{
    const QString match = ftsQuery(filter.text);
    QString from = QStringLiteral("kb_articles a");
    QStringList where{QStringLiteral("a.deleted = 0")};
    binds->clear();
    if (!match.isEmpty()) {
        from = QStringLiteral("kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid");
        where << QStringLiteral("kb_fts MATCH ?");
        *binds << match;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = ?)");
        *binds << filter.tag;
    }
    if (!filter.department.isEmpty()) {
        where << QStringLiteral("a.department = ?");
        *binds << filter.department;
    }
    // The dates are the user's local days; updated_at is UTC text, which sorts by time.
    if (filter.updatedFrom.isValid()) {
        where << QStringLiteral("a.updated_at >= ?");
        *binds << sql::isoUtc(filter.updatedFrom.startOfDay());
    }
    if (filter.updatedTo.isValid()) {
        where << QStringLiteral("a.updated_at < ?");
        *binds << sql::isoUtc(filter.updatedTo.addDays(1).startOfDay());
    }
    const QString condition = where.join(QStringLiteral(" AND "));
    *countSql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, condition);
    // Title matches weigh most, then tags, then the body.
    const QString order = match.isEmpty() ? QStringLiteral("a.title COLLATE NOCASE, a.id")
                                          : QStringLiteral("bm25(kb_fts, 10.0, 1.0, 4.0), a.id");
    *pageSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                   .arg(kColumns, from, condition, order);
}

KbArticle KbStore::readArticle(const QSqlQuery &query)
{
    KbArticle article;
    article.id = query.value(0).toLongLong();
    article.title = query.value(1).toString();
    article.body = query.value(2).toString();
    article.tags = tagsFromJson(query.value(3));
    article.department = query.value(4).toString();
    article.author = query.value(5).toString();
    article.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    article.views = query.value(7).toInt();
    article.ratingUp = query.value(8).toInt();
    article.ratingDown = query.value(9).toInt();
    article.sourcePath = query.value(10).toString();
    return article;
}

KbStore::SearchPage KbStore::search(const KbArticleFilter &filter, int offset, int limit) const
{
    SearchPage page;
    QString countSql;
    QString pageSql;
    QVariantList binds;
    searchSql(filter, &countSql, &pageSql, &binds);
    QSqlQuery query(m_db);
    if (!sql::run(query, countSql, binds) || !query.next()) {
        fail(query.lastError().text());
        return page;
    }
    page.total = query.value(0).toInt();
    if (!sql::run(query, pageSql, binds + QVariantList{limit, offset})) {
        fail(query.lastError().text());
        return {};
    }
    while (query.next()) {
        page.articles << readArticle(query);
    }
    m_lastError.clear();
    return page;
}

QStringList KbStore::tags() const
{
    QStringList tags;
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT DISTINCT t.value FROM kb_articles a, "
                                        "json_each(a.tags) t WHERE a.deleted = 0 AND "
                                        "t.value <> '' ORDER BY t.value COLLATE NOCASE"))) {
        fail(query.lastError().text());
        return tags;
    }
    while (query.next()) {
        tags << query.value(0).toString();
    }
    return tags;
}

QStringList KbStore::departments() const
{
    QStringList departments;
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT DISTINCT department FROM kb_articles WHERE "
                                        "deleted = 0 AND department IS NOT NULL AND "
                                        "department <> '' ORDER BY department COLLATE NOCASE"))) {
        fail(query.lastError().text());
        return departments;
    }
    while (query.next()) {
        departments << query.value(0).toString();
    }
    return departments;
}

QList<KbStore::ArticleStat> KbStore::mostViewed(int limit) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT id, title, department, views, rating_up, rating_down "
                                 "FROM kb_articles WHERE deleted = 0 AND views > 0 "
                                 "ORDER BY views DESC, title COLLATE NOCASE, id LIMIT ?"),
                  {limit})) {
        fail(query.lastError().text());
        return {};
    }
    return readStats(query);
}

QList<KbStore::ArticleStat> KbStore::worstRated(int minimumVotes, int limit) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT id, title, department, views, rating_up, rating_down "
                                 "FROM kb_articles WHERE deleted = 0 AND "
                                 "rating_up + rating_down >= max(?, 1) "
                                 "ORDER BY CAST(rating_down AS REAL) / (rating_up + rating_down) "
                                 "DESC, rating_up + rating_down DESC, title COLLATE NOCASE, id "
                                 "LIMIT ?"),
                  {minimumVotes, limit})) {
        fail(query.lastError().text());
        return {};
    }
    return readStats(query);
}

} // namespace bbd
