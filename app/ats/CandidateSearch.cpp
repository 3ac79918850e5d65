#include "app/ats/CandidateSearch.h"

#include "app/ats/SearchText.h"
#include "app/storage/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace bbd {
namespace {

// Beyond this many е/ё letters in one term the remaining ones are matched as typed: each one
// doubles the alternatives, and a term that long is selective enough already.
constexpr int MaxYoVariants = 3;

// `prefix`: the token may go on ("ива" finds "иванов"); otherwise it must be whole.
QString quoted(const QString &term, bool prefix = true)
{
    QString escaped = term;
    escaped.replace(u'"', QLatin1String("\"\""));
    return QString(u'"' + escaped + (prefix ? u"\"*" : u"\""));
}

bool hasSearchableCharacter(const QString &term)
{
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// "семен" -> {"семен", "семён", ...}: every spelling with е and ё swapped at the first few
// places that hold either letter.
QStringList yoVariants(const QString &term)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < term.size() && positions.size() < MaxYoVariants; ++i) {
        if (term.at(i) == u'е' || term.at(i) == u'ё') {
            positions << i;
        }
    }
    QStringList variants;
    for (int mask = 0; mask < (1 << positions.size()); ++mask) {
        QString variant = term;
        for (int bit = 0; bit < positions.size(); ++bit) {
            variant[positions.at(bit)] = (mask & (1 << bit)) ? u'ё' : u'е';
        }
        variants << variant;
    }
    return variants;
}

QString tokenQuery(const QString &token, bool prefix)
{
    const QStringList variants = yoVariants(token.toLower());
    if (variants.size() == 1) {
        return quoted(variants.first(), prefix);
    }
    QStringList alternatives;
    for (const QString &variant : variants) {
        alternatives << quoted(variant, prefix);
    }
    return QString(u'(' + alternatives.join(QLatin1String(" OR ")) + u')');
}

// The index splits text into tokens at anything but letters, digits and marks, as the
// tokenizer does, and keeps no positions (schema 3), so a term such as "o'connor" or
// "ivan.petrov@mail" becomes its tokens joined by AND: the last may go on, the others are
// whole words.
QString wordQuery(const QString &term)
{
    QStringList tokens;
    QString token;
    for (const QChar c : term) {
        if (c.isLetterOrNumber() || c.isMark()) {
            token += c;
        } else if (!token.isEmpty()) {
            tokens << std::exchange(token, QString());
        }
    }
    if (!token.isEmpty()) {
        tokens << token;
    }
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        parts << tokenQuery(tokens.at(i), i == tokens.size() - 1);
    }
    return parts.join(QLatin1String(" AND "));
}

// The index keeps no column information (schema 3), so digits match any token that starts
// with them; phone forms are the only long digit runs a candidate usually has.
QString phoneQuery(const QString &digits)
{
    return quoted(digits);
}

QString isoUtc(const QDate &localDate)
{
    // The list shows the local date of each response, so the range is in local days too.
    return QDateTime(localDate, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QList<FilterChoice> choices(const Database &db, const QString &sql, const QVariantList &binds,
                            QString *error)
{
    QList<FilterChoice> list;
    QSqlQuery query(db.connection());
    bool ok = query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    ok = ok && query.exec();
    if (!ok) {
        if (error) {
            *error = query.lastError().text();
        }
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return list;
}

} // namespace

QString CandidateSearch::matchExpression(const QString &text)
{
    const QStringList terms = text.split(QChar::Space, Qt::SkipEmptyParts);
    QStringList parts;
    QString digits; // consecutive phone-like terms make one fragment: "916 111 22"
    const auto flushDigits = [&] {
        if (!digits.isEmpty()) {
            parts << phoneQuery(digits);
            digits.clear();
        }
    };
    for (const QString &rawTerm : terms) {
        const QString term = rawTerm.simplified();
        const QString termDigits = phoneQueryDigits(term);
        if (!termDigits.isEmpty()) {
            digits += termDigits;
            continue;
        }
        if (!hasSearchableCharacter(term)) {
            // "+", "-", "(": phone punctuation between fragments ("916 - 111") joins them.
            continue;
        }
        flushDigits();
        parts << wordQuery(term);
    }
    flushDigits();
    return parts.join(QLatin1String(" AND "));
}

SqlCondition CandidateSearch::attributeCondition(const CandidateFilter &filter)
{
    SqlCondition condition{QStringLiteral("c.deleted = 0 AND c.merged_into_id IS NULL"), {}};
    const auto add = [&condition](const QString &sql, const QVariant &value) {
        condition.sql += QStringLiteral(" AND ") + sql;
        condition.binds << value;
    };
    if (filter.vacancyId != 0) {
        add(QStringLiteral("c.vacancy_id = ?"), filter.vacancyId);
    }
    if (filter.stageId != 0) {
        add(QStringLiteral("c.stage_id = ?"), filter.stageId);
    }
    if (!filter.source.isEmpty()) {
        add(QStringLiteral("c.source = ?"), filter.source);
    }
    if (!filter.tag.isEmpty()) {
        // json_valid() first: one malformed tags cell must not fail the whole list.
        add(QStringLiteral("json_valid(c.tags) AND "
                           "EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)"),
            filter.tag);
    }
    if (filter.minRating > 0) {
        add(QStringLiteral("c.rating >= ?"), filter.minRating);
    }
    // applied_at is ISO UTC text of one format, so text order is time order and the
    // candidates_applied index serves the range.
    if (filter.appliedFrom.isValid()) {
        add(QStringLiteral("c.applied_at >= ?"), isoUtc(filter.appliedFrom));
    }
    if (filter.appliedTo.isValid()) {
        add(QStringLiteral("c.applied_at < ?"), isoUtc(filter.appliedTo.addDays(1)));
    }
    return condition;
}

SqlCondition CandidateSearch::condition(const CandidateFilter &filter)
{
    SqlCondition condition = attributeCondition(filter);
    const QString match = matchExpression(filter.text);
    if (!match.isEmpty()) {
        condition.sql += QStringLiteral(
            " AND c.id IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)");
        condition.binds << match;
    }
    return condition;
}

CappedCount CandidateSearch::cappedCount(const Database &db, const CandidateFilter &filter, int cap)
{
    return cappedCount(db.connectionName(), filter, cap, {});
}

CappedCount CandidateSearch::cappedCount(const QString &connectionName,
                                         const CandidateFilter &filter, int cap,
                                         const std::function<bool()> &cancelled)
{
    CappedCount result;
    if (cancelled && cancelled()) {
        result.error = cancelledError();
        return result;
    }
    // The matches are read in the full-text index's order and counting stops at cap + 1, so
    // a one-letter prefix costs cap lookups, not one per match.
    const SqlCondition where = attributeCondition(filter);
    const QString match = matchExpression(filter.text);
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    const QString from = match.isEmpty()
                             ? QStringLiteral("candidates c WHERE ")
                             : QStringLiteral("candidates_fts f CROSS JOIN candidates c ON c.id = "
                                              "f.rowid WHERE f.candidates_fts MATCH ? AND ");
    if (!query.prepare(QStringLiteral("SELECT 1 FROM ") + from + where.sql +
                       QStringLiteral(" LIMIT ?"))) {
        result.error = query.lastError().text();
        return result;
    }
    if (!match.isEmpty()) {
        query.addBindValue(match);
    }
    for (const QVariant &value : where.binds) {
        query.addBindValue(value);
    }
    query.addBindValue(cap + 1);
    if (!query.exec()) {
        result.error = query.lastError().text();
        return result;
    }
    // Stepped here rather than count(*) in SQL, so that a newer keystroke can stop it.
    int count = 0;
    while (query.next()) {
        if (++count % 512 == 0 && cancelled && cancelled()) {
            result.error = cancelledError();
            return result;
        }
    }
    if (query.lastError().isValid()) {
        result.error = query.lastError().text();
        return result;
    }
    result.capped = count > cap;
    result.count = qMin(count, cap);
    return result;
}

QString CandidateSearch::countCaption(const CappedCount &count)
{
    if (!count.ok()) {
        return tr("Could not count the candidates: %1").arg(count.error);
    }
    if (count.capped) {
        return tr("More than %1 found").arg(QLocale().toString(count.count));
    }
    if (count.count == 0) {
        return tr("No candidates found");
    }
    return tr("%1 found").arg(QLocale().toString(count.count));
}

QStringList CandidateSearch::distinctSources(const Database &db, QString *error)
{
    QStringList list;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT source FROM candidates WHERE deleted = 0 AND merged_into_id IS NULL "
            "AND source IS NOT NULL AND source <> '' ORDER BY source COLLATE NOCASE"))) {
        if (error) {
            *error = query.lastError().text();
        }
        return list;
    }
    while (query.next()) {
        list << query.value(0).toString();
    }
    return list;
}

QStringList CandidateSearch::distinctTags(const Database &db, QString *error)
{
    QStringList list;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT t.value FROM (SELECT DISTINCT tags FROM candidates "
            "WHERE deleted = 0 AND merged_into_id IS NULL) c, json_each(c.tags) t "
            "WHERE json_valid(c.tags) "
            "AND t.type = 'text' AND t.value <> '' ORDER BY t.value COLLATE NOCASE"))) {
        if (error) {
            *error = query.lastError().text();
        }
        return list;
    }
    while (query.next()) {
        list << query.value(0).toString();
    }
    return list;
}

QList<FilterChoice> CandidateSearch::vacancyChoices(const Database &db, QString *error)
{
    return choices(db, QStringLiteral(R"sql(
SELECT id, title FROM vacancies WHERE deleted = 0
 ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'paused' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END,
          title COLLATE NOCASE, id)sql"),
                   {}, error);
}

QList<FilterChoice> CandidateSearch::stageChoices(const Database &db, qint64 vacancyId,
                                                  QString *error)
{
    return choices(db,
                   QStringLiteral("SELECT id, name FROM pipeline_stages WHERE vacancy_id = ? "
                                  "ORDER BY position, id"),
                   {vacancyId}, error);
}

} // namespace bbd
