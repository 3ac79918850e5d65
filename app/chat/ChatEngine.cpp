#include "app/chat/ChatEngine.h"

#include "app/chat/ChatVocabulary.h"
#include "app/chat/PassageIndex.h"
#include "app/chat/Stemmer.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {
namespace {

// FTS5 finds candidates by bm25; the share of the question's words decides among them.
constexpr int kCandidates = 30;
// "At least k of n terms" is asked as the OR of every k of them, which grows fast with n; past
// this many clauses the plain OR of the terms is asked instead.
constexpr int kMaxClauses = 20;
constexpr double kAnswerScore = 0.5;     // below: no answer
constexpr double kMediumScore = 2.0 / 3; // two words of three ("0.67")
constexpr double kHighScore = 0.8;
constexpr double kHighLead = 0.1;   // a high answer beats the next article by 10% of its score
constexpr double kSourceSpan = 0.2; // further sources within this of the best
constexpr int kMaxSources = 3;

struct Ranked
{
    qint64 passageId = 0;
    double score = 0;     // the share of the question's terms in the title, heading or text
    int contextTerms = 0; // terms in the article's title or the passage's heading
    int bodyTerms = 0;    // terms in the passage's own text
    int span = 0;         // the fewest words of the text that hold all of those
    double bm25 = 0;
    qint64 articleId = 0;
};

// One term in FTS5's syntax: each alternative quoted (a phrase when it has several stems), the
// alternatives joined by OR.
QString termQuery(const ChatVocabulary::Term &term)
{
    QStringList alternatives;
    for (const QStringList &words : term.alternatives) {
        QString phrase = words.join(u' ');
        phrase.replace(u'"', QStringLiteral("\"\""));
        alternatives.append(u'"' + phrase + u'"');
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// Passages holding at least `k` of the terms: the AND of every k of them, joined by OR. Empty
// when that makes more than kMaxClauses clauses.
QString atLeastQuery(const QStringList &terms, int k)
{
    const int n = int(terms.size());
    QList<int> pick(k);
    for (int i = 0; i < k; ++i) {
        pick[i] = i;
    }
    QStringList clauses;
    while (true) {
        if (clauses.size() == kMaxClauses) {
            return {};
        }
        QStringList clause;
        for (const int i : std::as_const(pick)) {
            clause.append(terms.at(i));
        }
        clauses.append(u'(' + clause.join(QStringLiteral(" AND ")) + u')');
        // The next combination in lexicographic order.
        int i = k - 1;
        while (i >= 0 && pick.at(i) == n - k + i) {
            --i;
        }
        if (i < 0) {
            break;
        }
        ++pick[i];
        for (int j = i + 1; j < k; ++j) {
            pick[j] = pick.at(j - 1) + 1;
        }
    }
    return clauses.join(QStringLiteral(" OR "));
}

bool holds(const ChatVocabulary::Term &term, const QSet<QString> &stems)
{
    return std::any_of(
        term.alternatives.cbegin(), term.alternatives.cend(), [&](const QStringList &words) {
            return std::all_of(words.cbegin(), words.cend(),
                               [&](const QString &stem) { return stems.contains(stem); });
        });
}

// Among passages matching as many terms, the better quote is the one in an article (and
// under a heading) about the question, whose own text says it in the fewest words: "по
// телефону отдела кадров" beats a table of names with the words scattered over it.
void measureText(const QList<ChatVocabulary::Term> &terms, const QStringList &body, Ranked *ranked)
{
    QHash<QString, QList<int>> positions;
    for (int i = 0; i < body.size(); ++i) {
        positions[body.at(i)].append(i);
    }
    QList<QPair<int, int>> found; // (position in the text, term)
    for (int t = 0; t < terms.size(); ++t) {
        for (const QStringList &words : terms.at(t).alternatives) {
            for (const int start : positions.value(words.constFirst())) {
                if (body.mid(start, words.size()) == words) {
                    found.append({start, t});
                }
            }
        }
    }
    std::sort(found.begin(), found.end());
    QHash<int, int> inWindow; // term -> occurrences between `left` and the current position
    qsizetype left = 0;
    int distinct = 0;
    QSet<int> all;
    for (const auto &hit : std::as_const(found)) {
        all.insert(hit.second);
    }
    ranked->bodyTerms = int(all.size());
    ranked->span = int(body.size()) + 1;
    for (qsizetype right = 0; right < found.size(); ++right) {
        if (inWindow[found.at(right).second]++ == 0) {
            ++distinct;
        }
        while (distinct == ranked->bodyTerms) {
            ranked->span = std::min(ranked->span, found.at(right).first - found.at(left).first + 1);
            if (--inWindow[found.at(left).second] == 0) {
                --distinct;
            }
            ++left;
        }
    }
}

// A phone number in a text's stems: digit groups next to each other ("+7 (495) 123-45-67" is
// 7, 495, 123, 45, 67) with as many digits as a full international number has.
bool holdsPhoneNumber(const QStringList &body)
{
    qsizetype digits = 0;
    for (const QString &word : body) {
        const bool number =
            std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        digits = number ? digits + word.size() : 0;
        if (digits >= 10 && digits <= 15) {
            return true;
        }
    }
    return false;
}

} // namespace

struct ChatEngine::Private
{
    explicit Private(QSqlDatabase database)
        : db(std::move(database))
        , vocabulary(stemmer)
        , index(db, stemmer)
    {}

    ChatAnswer handover(ChatAnswer answer, ChatHandover why);
    std::optional<ChatContact> contactFor(ChatHandover why);
    // The best passages for the terms, best first. `*required` gets the number of terms the
    // passages were asked to hold at least (1 for the plain OR).
    bool rank(const QList<ChatVocabulary::Term> &terms, QList<Ranked> *ranked, int *required);
    // `*firstPassage` gets the kb_passages.id the first source quotes.
    bool fillSources(const QList<Ranked> &ranked, ChatAnswer *answer, qint64 *firstPassage);
    bool preferOpening(const QList<ChatVocabulary::Term> &terms, Ranked *best);
    bool addTheNumber(qint64 passageId, ChatSource *source);
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    QSqlDatabase db;
    Stemmer stemmer;
    ChatVocabulary vocabulary;
    PassageIndex index;
    QString error;
};

ChatEngine::ChatEngine(QSqlDatabase db)
    : d(std::make_unique<Private>(std::move(db)))
{}

ChatEngine::~ChatEngine() = default;

QString ChatEngine::errorString() const
{
    return d->error;
}

bool ChatEngine::refreshIndex()
{
    if (!d->stemmer.isValid()) {
        return d->fail(tr("The Snowball stemmers for Russian and English are missing."));
    }
    if (!d->index.refresh()) {
        return d->fail(d->index.errorString());
    }
    return true;
}

ChatAnswer ChatEngine::answer(const QString &question)
{
    d->error.clear();
    ChatAnswer result;
    result.question = question;
    result.answeredBy = ChatAnsweredBy::Local;

    const QStringList stems = d->stemmer.stems(question);
    if (stems.isEmpty()) {
        result.text = tr("The question is empty: type what you would like to know, in Russian "
                         "or English.");
        return d->handover(result, ChatHandover::NoMatch);
    }
    // Personal matters never reach the search, so that no article can be quoted for them.
    if (d->vocabulary.isConfidential(stems)) {
        return d->handover(result, ChatHandover::Confidential);
    }
    const QList<ChatVocabulary::Term> terms = d->vocabulary.terms(stems);
    QList<Ranked> ranked;
    int required = 1;
    qint64 firstPassage = 0;
    if (terms.isEmpty() || !refreshIndex() || !d->rank(terms, &ranked, &required) ||
        ranked.isEmpty() || ranked.constFirst().score < kAnswerScore ||
        !d->preferOpening(terms, &ranked.first()) ||
        !d->fillSources(ranked, &result, &firstPassage)) {
        return d->handover(result, ChatHandover::NoMatch);
    }

    const Ranked &best = ranked.constFirst();
    // Passages holding fewer than `required` terms were not asked for: with no other article
    // among the candidates, the next one may still hold one term less.
    double nextArticle = double(required - 1) / double(terms.size());
    for (const Ranked &other : std::as_const(ranked)) {
        if (other.articleId != best.articleId) {
            nextArticle = std::max(nextArticle, other.score);
        }
    }
    if (best.score >= kHighScore && best.score - nextArticle >= kHighLead * best.score) {
        result.confidence = ChatConfidence::High;
    } else if (best.score >= kMediumScore - 1e-9) {
        result.confidence = ChatConfidence::Medium;
    } else {
        result.confidence = ChatConfidence::Low;
    }
    if (d->vocabulary.asksForPhone(terms) &&
        !d->addTheNumber(firstPassage, &result.sources.first())) {
        return d->handover(result, ChatHandover::NoMatch);
    }
    result.text = result.sources.constFirst().passage;
    return result;
}

bool ChatEngine::Private::rank(const QList<ChatVocabulary::Term> &terms, QList<Ranked> *ranked,
                               int *required)
{
    // The plain OR query scores every passage holding any one of the words, tens of thousands
    // for a common word in a large knowledge base. What the share ranks first are the
    // passages with the most terms, so they are asked for first: all terms, then all but
    // one…, down to half of them (less cannot be an answer), stopping at the first that
    // finds any.
    QStringList parts;
    for (const ChatVocabulary::Term &term : terms) {
        parts.append(termQuery(term));
    }
    const int n = int(parts.size());
    QList<PassageIndex::Hit> hits;
    for (int k = n; 2 * k >= n && k > 0; --k) {
        QString query = atLeastQuery(parts, k);
        if (query.isEmpty()) {
            query = parts.join(QStringLiteral(" OR "));
            k = 0; // the last query: it finds whatever the lower levels would have
        }
        if (!index.search(query, kCandidates, &hits)) {
            return fail(index.errorString());
        }
        *required = std::max(k, 1);
        if (!hits.isEmpty()) {
            break;
        }
    }
    for (const PassageIndex::Hit &hit : std::as_const(hits)) {
        Ranked candidate;
        candidate.passageId = hit.passageId;
        candidate.bm25 = hit.bm25;
        measureText(terms, hit.body, &candidate);
        QSet<QString> everything = hit.context;
        for (const QString &stem : hit.body) {
            everything.insert(stem);
        }
        int matched = 0;
        for (const ChatVocabulary::Term &term : terms) {
            candidate.contextTerms += holds(term, hit.context) ? 1 : 0;
            matched += holds(term, everything) ? 1 : 0;
        }
        candidate.score = double(matched) / double(terms.size());
        ranked->append(candidate);
    }
    std::stable_sort(ranked->begin(), ranked->end(), [](const Ranked &a, const Ranked &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.contextTerms + a.bodyTerms != b.contextTerms + b.bodyTerms) {
            return a.contextTerms + a.bodyTerms > b.contextTerms + b.bodyTerms;
        }
        return a.span != b.span ? a.span < b.span : a.bm25 < b.bm25;
    });
    if (ranked->isEmpty()) {
        return true;
    }

    // One statement for the articles of all candidates: the lead over the next article needs
    // them, and the sources their texts.
    QStringList marks;
    for (qsizetype i = 0; i < ranked->size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, article_id FROM kb_passages WHERE id IN (%1)")
                           .arg(marks.join(u',')))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    for (const Ranked &candidate : std::as_const(*ranked)) {
        query.addBindValue(candidate.passageId);
    }
    if (!query.exec()) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    QHash<qint64, qint64> articleOf;
    while (query.next()) {
        articleOf.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    for (Ranked &candidate : *ranked) {
        candidate.articleId = articleOf.value(candidate.passageId);
    }
    return true;
}

bool ChatEngine::Private::preferOpening(const QList<ChatVocabulary::Term> &terms, Ranked *best)
{
    // A question made only of the words of an article's title ("what to do if the platform is
    // down" for "The platform is down: what to do") asks about the article as a whole. Its
    // passages all match through the title, and the tie-breaks would pick whichever passage
    // repeats the words, often a side remark; the article's opening says what it is about.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT a.title, (SELECT p.id FROM kb_passages p WHERE p.article_id = a.id "
            "ORDER BY p.position LIMIT 1) FROM kb_articles a WHERE a.id = ?"))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    query.addBindValue(best->articleId);
    if (!query.exec()) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    if (!query.next() || query.isNull(1)) {
        return true;
    }
    const QStringList titleStems = stemmer.stems(query.value(0).toString());
    const QSet<QString> title(titleStems.cbegin(), titleStems.cend());
    const bool aboutTheArticle = std::all_of(
        terms.cbegin(), terms.cend(), [&title](const auto &term) { return holds(term, title); });
    if (aboutTheArticle) {
        best->passageId = query.value(1).toLongLong();
    }
    return true;
}

bool ChatEngine::Private::addTheNumber(qint64 passageId, ChatSource *source)
{
    // "Какой телефон у отдела кадров?" may be best matched by a remark about calling that sits
    // under the table of numbers: the quote then takes in the passages of its section, from
    // the first that holds a number.
    if (holdsPhoneNumber(stemmer.stems(source->passage))) {
        return true;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT earlier.body FROM kb_passages quoted JOIN kb_passages earlier "
            "ON earlier.article_id = quoted.article_id AND earlier.heading = quoted.heading "
            "AND earlier.position < quoted.position WHERE quoted.id = ? ORDER BY "
            "earlier.position"))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    query.addBindValue(passageId);
    if (!query.exec()) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    QStringList before;
    while (query.next()) {
        const QString body = query.value(0).toString();
        if (before.isEmpty() && !holdsPhoneNumber(stemmer.stems(body))) {
            continue;
        }
        before.append(body);
    }
    if (!before.isEmpty()) {
        source->passage =
            before.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + source->passage;
    }
    return true;
}

bool ChatEngine::Private::fillSources(const QList<Ranked> &ranked, ChatAnswer *answer,
                                      qint64 *firstPassage)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "SELECT p.heading, p.body, a.title, a.remote_id FROM kb_passages p "
            "JOIN kb_articles a ON a.id = p.article_id WHERE p.id = ? AND a.deleted = 0"))) {
        return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
    }
    const double floor = std::max(kAnswerScore, ranked.constFirst().score - kSourceSpan);
    QSet<qint64> articles;
    for (const Ranked &candidate : ranked) {
        if (answer->sources.size() >= kMaxSources || candidate.score < floor) {
            break;
        }
        // One source per article: the best passage of each speaks for it.
        if (articles.contains(candidate.articleId)) {
            continue;
        }
        query.addBindValue(candidate.passageId);
        if (!query.exec()) {
            return fail(tr("Cannot read the assistant's index: %1").arg(query.lastError().text()));
        }
        if (!query.next()) {
            continue;
        }
        articles.insert(candidate.articleId);
        ChatSource source;
        source.articleId = candidate.articleId;
        source.heading = query.value(0).toString();
        source.passage = query.value(1).toString();
        source.articleTitle = query.value(2).toString();
        source.remoteId = query.value(3).toString();
        source.score = candidate.score;
        if (answer->sources.isEmpty()) {
            *firstPassage = candidate.passageId;
        }
        answer->sources.append(source);
    }
    return !answer->sources.isEmpty();
}

std::optional<ChatContact> ChatEngine::Private::contactFor(ChatHandover why)
{
    ChatContact contact;
    QSqlQuery query(db);
    // Confidential matters only through a channel that allows them; anything else through
    // the first channel that reaches a person (not the meeting board, not the bot itself).
    const QString channelSql =
        why == ChatHandover::Confidential
            ? QStringLiteral("SELECT id, kind, name, address FROM channels WHERE deleted = 0 "
                             "AND confidential_allowed = 1 ORDER BY priority, name, id LIMIT 1")
            : QStringLiteral("SELECT id, kind, name, address FROM channels WHERE deleted = 0 "
                             "AND kind IN ('email', 'phone', 'slack') "
                             "ORDER BY priority, name, id LIMIT 1");
    if (!query.exec(channelSql)) {
        fail(tr("Cannot read the fallback contacts: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (query.next()) {
        contact.channelId = query.value(0).toLongLong();
        contact.channelKind = query.value(1).toString();
        contact.channelName = query.value(2).toString();
        contact.channelAddress = query.value(3).toString();
    }
    query.finish();

    const QString personColumns = QStringLiteral(
        "c.id, c.full_name, c.role, c.phone_e164, c.email, c.slack_handle FROM contacts c ");
    bool found = false;
    if (contact.channelId != 0) {
        query.prepare(QStringLiteral("SELECT ") + personColumns +
                      QStringLiteral("JOIN channel_contacts cc ON cc.contact_id = c.id "
                                     "WHERE cc.channel_id = ? AND c.deleted = 0 "
                                     "ORDER BY c.escalation_order, c.full_name, c.id LIMIT 1"));
        query.addBindValue(contact.channelId);
        found = query.exec() && query.next();
    }
    if (!found) {
        found = query.exec(QStringLiteral("SELECT ") + personColumns +
                           QStringLiteral("WHERE c.deleted = 0 ORDER BY c.escalation_order, "
                                          "c.full_name, c.id LIMIT 1")) &&
                query.next();
    }
    if (found) {
        contact.contactId = query.value(0).toLongLong();
        contact.contactName = query.value(1).toString();
        contact.contactRole = query.value(2).toString();
        contact.phoneE164 = query.value(3).toString();
        contact.email = query.value(4).toString();
        contact.slackHandle = query.value(5).toString();
        query.finish();
        query.prepare(QStringLiteral("SELECT kind, COALESCE(normalized, raw) FROM contact_points "
                                     "WHERE contact_id = ? ORDER BY kind, position"));
        query.addBindValue(contact.contactId);
        if (!query.exec()) {
            fail(tr("Cannot read the fallback contacts: %1").arg(query.lastError().text()));
            return std::nullopt;
        }
        while (query.next()) {
            (query.value(0).toString() == u"phone" ? contact.otherPhones : contact.otherEmails)
                .append(query.value(1).toString());
        }
    }
    if (contact.channelId == 0 && contact.contactId == 0) {
        return std::nullopt;
    }
    return contact;
}

ChatAnswer ChatEngine::Private::handover(ChatAnswer answer, ChatHandover why)
{
    answer.sources.clear();
    answer.confidence = ChatConfidence::None;
    answer.handover = why;
    const QString databaseError = error;
    answer.contact = contactFor(why);
    if (!databaseError.isEmpty()) {
        error = databaseError; // the first failure is the one to report
    }

    QString who = tr("the HR department");
    if (answer.contact) {
        const ChatContact &c = *answer.contact;
        const QString channel = c.channelAddress.isEmpty()
                                    ? c.channelName
                                    : tr("%1: %2").arg(c.channelName, c.channelAddress);
        if (c.contactId != 0 && c.channelId != 0) {
            who = tr("%1, through %2").arg(c.contactName, channel);
        } else {
            who = c.contactId != 0 ? c.contactName : channel;
        }
    }
    if (why == ChatHandover::Confidential) {
        answer.text = tr("I do not handle personal or confidential questions (salary and "
                         "bonuses, health and sick leave, complaints, dismissal): a chat with "
                         "the bot is not protected like a conversation with a person. Please "
                         "turn to a person directly: %1.")
                          .arg(who);
    } else if (!databaseError.isEmpty()) {
        answer.text =
            tr("The knowledge base cannot be searched right now. Please ask a person: %1.")
                .arg(who);
    } else if (answer.text.isEmpty()) {
        answer.text = tr("Nothing in the knowledge base answers this well enough, and I would "
                         "rather not guess. Please ask a person: %1.")
                          .arg(who);
    } else {
        answer.text += u' ' + tr("You can also ask a person: %1.").arg(who);
    }
    return answer;
}

bool ChatEngine::logUnanswered(const ChatAnswer &answer)
{
    QString reason;
    if (answer.handover == ChatHandover::NoMatch) {
        reason = QStringLiteral("no_match");
    } else if (answer.handover == ChatHandover::None && answer.confidence == ChatConfidence::Low) {
        reason = QStringLiteral("low_confidence");
    } else {
        // Answered well, or confidential: a personal question is not kept for statistics.
        return true;
    }
    if (answer.question.trimmed().isEmpty()) {
        return true;
    }
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "INSERT INTO kb_unanswered (question, created_at, reason) VALUES (?, ?, ?)"));
    query.addBindValue(answer.question.trimmed());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(reason);
    if (!query.exec()) {
        return d->fail(
            tr("Cannot record the unanswered question: %1").arg(query.lastError().text()));
    }
    return true;
}

} // namespace bbd
