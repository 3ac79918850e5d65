#pragma once

#include "models/CandidateFilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace bbd {

class Database;

// A piece of a WHERE clause with its bind values, in the order of its placeholders.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};

// One entry of a filter drop-down: a vacancy or a pipeline stage.
struct FilterChoice
{
    qint64 id = 0;
    QString name;
};

// A count that stops at a cap, for the caption above the list ("more than 10,000 found"):
// counting every match of a one-letter prefix over a million rows would take longer than the
// keystroke that follows it.
struct CappedCount
{
    int count = 0;       // exact when !capped, else the cap
    bool capped = false; // there are more than `count`
    QString error;       // empty on success

    bool ok() const { return error.isEmpty(); }
};

// Turns what a recruiter typed and picked (CandidateFilter) into SQL over `candidates c`.
//
// The text is split into terms that must all match (AND). A term made of digits and phone
// punctuation is a phone fragment: consecutive ones are joined ("916 111" -> 916111) and
// matched as a prefix of the phone forms in search_extra (see SearchText.h). Any other term
// is a prefix of a word in the name, e-mails, tags or notes; an e-mail fragment such as
// "ivan.pe" becomes a phrase whose last word is a prefix. Every term is quoted, so nothing a
// user types (quotes, stars, OR, NEAR, column names) is read as FTS5 syntax, and the whole
// MATCH expression is a bind value. Because unicode61 keeps "ё" and "е" apart, a term with
// either letter matches both spellings (Семен finds Семён and the other way round).
class CandidateSearch
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidateSearch)

public:
    static constexpr int CountCap = 10000;

    // The FTS5 MATCH expression for `text`, or an empty string when it holds nothing
    // searchable (blank, or punctuation only).
    static QString matchExpression(const QString &text);

    // Live candidates (not deleted, not merged) that pass every filter, as a condition over
    // alias `c`. The text becomes `c.id IN (SELECT rowid FROM candidates_fts WHERE ... MATCH ?)`.
    static SqlCondition condition(const CandidateFilter &filter);
    // The same without the text: live rows and the vacancy/stage/source/tag/rating/date filters.
    static SqlCondition attributeCondition(const CandidateFilter &filter);

    // How many live candidates match, counting no further than `cap`.
    static CappedCount cappedCount(const Database &db, const CandidateFilter &filter,
                                   int cap = CountCap);
    // The same on a named connection (a worker thread's). The matches are counted here one
    // by one, so the count stops soon after `cancelled` returns true; `error` is then
    // cancelledError().
    static CappedCount cappedCount(const QString &connectionName, const CandidateFilter &filter,
                                   int cap, const std::function<bool()> &cancelled);
    static QString cancelledError() { return QStringLiteral("cancelled"); }
    // "No candidates found", "1,234 found", "More than 10,000 found" (localised numbers).
    static QString countCaption(const CappedCount &count);

    // What the filter bar's drop-downs offer: sources and tags in use by live candidates,
    // sorted case-insensitively. On failure the list is empty and `error` set.
    static QStringList distinctSources(const Database &db, QString *error = nullptr);
    static QStringList distinctTags(const Database &db, QString *error = nullptr);
    // Vacancies not deleted, open ones first, then by title.
    static QList<FilterChoice> vacancyChoices(const Database &db, QString *error = nullptr);
    // The stages of one vacancy in pipeline order.
    static QList<FilterChoice> stageChoices(const Database &db, qint64 vacancyId,
                                            QString *error = nullptr);
};

} // namespace bbd
