#include "app/chat/PassageIndex.h"

#include "app/chat/Stemmer.h"
#include "app/storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

// A single line shorter than this, or a block ending in a colon, introduces what follows
// rather than saying anything by itself.
constexpr qsizetype kLeadInLength = 40;

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

} // namespace

PassageIndex::PassageIndex(QSqlDatabase db, Stemmer &stemmer)
    : m_db(std::move(db))
    , m_stemmer(stemmer)
{}

bool PassageIndex::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<PassageIndex::Passage> PassageIndex::split(const QString &title, const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    QList<Passage> passages;
    QString currentHeading;
    QStringList block;
    bool leadIn = false; // the last passage introduces the next block of its section
    const auto flush = [&] {
        const QString text = block.join(u'\n').trimmed();
        block.clear();
        if (text.isEmpty()) {
            return;
        }
        if (leadIn && !passages.isEmpty() && passages.constLast().heading == currentHeading) {
            passages.last().text += QStringLiteral("\n\n") + text;
        } else {
            passages.append({currentHeading, text});
        }
        leadIn = text.endsWith(u':') || (text.size() < kLeadInLength && !text.contains(u'\n'));
    };

    bool inFence = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.endsWith(u'\r') ? rawLine.chopped(1) : rawLine;
        if (isFence(line)) {
            inFence = !inFence;
            block.append(line);
            continue;
        }
        if (inFence) {
            block.append(line);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const QRegularExpressionMatch match = heading.match(line);
        if (match.hasMatch()) {
            flush();
            leadIn = false;
            const QString text = match.captured(2);
            // The first-level heading of a Markdown file is the article's title itself.
            currentHeading = match.capturedLength(1) == 1 &&
                                     text.compare(title.trimmed(), Qt::CaseInsensitive) == 0
                                 ? QString()
                                 : text;
            continue;
        }
        block.append(line);
    }
    flush();
    return passages;
}

QString PassageIndex::stemmedText(const QString &text)
{
    static const QRegularExpression links(
        QStringLiteral("\\]\\([^)\\s]*\\)|\\b(?:https?|mailto|tel):\\S+"));
    QString plain = text;
    plain.replace(links, QStringLiteral("] "));
    return m_stemmer.stems(plain).join(u' ');
}

bool PassageIndex::refresh(int *indexed)
{
    if (indexed) {
        *indexed = 0;
    }
    QSqlQuery query(m_db);
    // The common case, an index already up to date, costs one lookup.
    if (!query.exec(QStringLiteral("SELECT 1 FROM kb_passages_dirty LIMIT 1"))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return true;
    }
    query.finish();

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(
            tr("Cannot start updating the assistant's index: %1").arg(m_db.lastError().text()));
    }
    QList<qint64> dirty;
    if (!query.exec(QStringLiteral("SELECT article_id FROM kb_passages_dirty"))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        dirty.append(query.value(0).toLongLong());
    }

    QSqlQuery article(m_db);
    QSqlQuery dropFts(m_db);
    QSqlQuery dropPassages(m_db);
    QSqlQuery insertPassage(m_db);
    QSqlQuery insertFts(m_db);
    QSqlQuery clean(m_db);
    if (!article.prepare(
            QStringLiteral("SELECT title, body FROM kb_articles WHERE id = ? AND deleted = 0")) ||
        !dropFts.prepare(QStringLiteral("DELETE FROM kb_passages_fts WHERE rowid IN (SELECT id "
                                        "FROM kb_passages WHERE article_id = ?)")) ||
        !dropPassages.prepare(QStringLiteral("DELETE FROM kb_passages WHERE article_id = ?")) ||
        !insertPassage.prepare(
            QStringLiteral("INSERT INTO kb_passages (article_id, position, "
                           "heading, body) VALUES (?, ?, coalesce(?, ''), ?)")) ||
        !insertFts.prepare(QStringLiteral(
            "INSERT INTO kb_passages_fts (rowid, title, heading, body) VALUES (?, ?, ?, ?)")) ||
        !clean.prepare(QStringLiteral("DELETE FROM kb_passages_dirty WHERE article_id = ?"))) {
        return fail(tr("Cannot prepare the assistant's index: %1").arg(m_db.lastError().text()));
    }
    const auto run = [this](QSqlQuery &statement, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i) {
            statement.bindValue(i, values.at(i));
        }
        if (!statement.exec()) {
            return fail(
                tr("Cannot update the assistant's index: %1").arg(statement.lastError().text()));
        }
        return true;
    };

    for (const qint64 id : std::as_const(dirty)) {
        if (!run(dropFts, {id}) || !run(dropPassages, {id}) || !run(article, {id})) {
            return false;
        }
        if (article.next()) {
            const QString title = article.value(0).toString();
            const QString body = article.value(1).toString();
            article.finish();
            const QString titleStems = stemmedText(title);
            const QList<Passage> passages = split(title, body);
            for (int position = 0; position < passages.size(); ++position) {
                const Passage &passage = passages.at(position);
                if (!run(insertPassage, {id, position, passage.heading, passage.text})) {
                    return false;
                }
                if (!run(insertFts, {insertPassage.lastInsertId(), titleStems,
                                     stemmedText(passage.heading), stemmedText(passage.text)})) {
                    return false;
                }
            }
        }
        if (!run(clean, {id})) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return fail(tr("Cannot save the assistant's index: %1").arg(m_db.lastError().text()));
    }
    if (indexed) {
        *indexed = int(dirty.size());
    }
    return true;
}

bool PassageIndex::search(const QString &ftsQuery, int limit, QList<Hit> *hits)
{
    hits->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT rowid, bm25(kb_passages_fts, 3.0, 2.0, 1.0) AS score, title, heading, body "
            "FROM kb_passages_fts WHERE kb_passages_fts MATCH ? ORDER BY score LIMIT ?"))) {
        return fail(tr("Cannot search the assistant's index: %1").arg(query.lastError().text()));
    }
    query.addBindValue(ftsQuery);
    query.addBindValue(limit);
    if (!query.exec()) {
        return fail(tr("Cannot search the assistant's index: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        Hit hit;
        hit.passageId = query.value(0).toLongLong();
        hit.bm25 = query.value(1).toDouble();
        for (int column = 2; column <= 4; ++column) {
            const QStringList stems =
                query.value(column).toString().split(u' ', Qt::SkipEmptyParts);
            if (column == 4) {
                hit.body = stems;
            } else {
                for (const QString &stem : stems) {
                    hit.context.insert(stem);
                }
            }
        }
        hits->append(hit);
    }
    return true;
}

} // namespace bbd
