// The offline assistant over a large knowledge base: 10,000 generated articles (Russian and
// English, 800 to 5,000 characters, with headings, lists and paragraphs), the time to build the
// passage index from scratch and to refresh it after one edit, and the answer latency
// (ChatEngine::answer, index check included) p50/p95 over 1,000 generated questions.
// Target: p95 <= 10 ms.
//
// The text: the words of the demo articles, drawn by how often they occur there, mixed with a
// generated lexicon of 40,000 content words (so that 10,000 articles do not all share the
// few thousand words of the demo), and each article's own topic words in its title, headings
// and text. The questions: 4 to 6 words of a random passage with question words around them
// (80%); words no article holds (10%); personal questions, refused without a search (10%).
//
// Usage: bench_kb [articles] [questions] [database]
//   database  file to generate into (removed first); without it a temporary file is used
#include "app/chat/ChatEngine.h"
#include "app/chat/Stemmer.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bbd;

namespace {

struct Vocabulary
{
    QStringList ruDemo; // with repeats: drawing uniformly follows the demo's frequencies
    QStringList enDemo;
    QStringList ruLexicon;
    QStringList enLexicon;
};

QString syllables(QRandomGenerator &random, const QStringList &parts, int count)
{
    QString word;
    for (int i = 0; i < count; ++i) {
        word += parts.at(random.bounded(int(parts.size())));
    }
    return word;
}

Vocabulary vocabulary(QRandomGenerator &random)
{
    Vocabulary v;
    QFile file(QStringLiteral(":/bbd/demo/demo.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonArray articles =
        QJsonDocument::fromJson(file.readAll()).object().value(u"kb_articles").toArray();
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        const bool english = article.value(u"language").toString() == u"en";
        const QStringList words = Stemmer::words(article.value(u"body").toString());
        for (const QString &word : words) {
            if (word.size() > 1 && !word.front().isDigit()) {
                (english ? v.enDemo : v.ruDemo).append(word);
            }
        }
    }
    const QStringList ruParts{u"ра"_qs, u"ко"_qs,  u"ми"_qs,  u"ст"_qs,  u"ло"_qs, u"вен"_qs,
                              u"ду"_qs, u"ше"_qs,  u"при"_qs, u"ман"_qs, u"то"_qs, u"зы"_qs,
                              u"бо"_qs, u"гра"_qs, u"ни"_qs,  u"чек"_qs, u"ва"_qs, u"ль"_qs};
    const QStringList enParts{u"ka"_qs,  u"lo"_qs, u"mer"_qs,  u"tin"_qs, u"so"_qs, u"ven"_qs,
                              u"dra"_qs, u"pi"_qs, u"ston"_qs, u"qu"_qs,  u"el"_qs, u"rix"_qs,
                              u"bo"_qs,  u"na"_qs, u"ter"_qs,  u"gul"_qs, u"fa"_qs, u"ym"_qs};
    QSet<QString> seen;
    while (v.ruLexicon.size() < 30000) {
        const QString word = syllables(random, ruParts, 2 + random.bounded(3));
        if (!seen.contains(word)) {
            seen.insert(word);
            v.ruLexicon.append(word);
        }
    }
    while (v.enLexicon.size() < 10000) {
        const QString word = syllables(random, enParts, 2 + random.bounded(3));
        if (!seen.contains(word)) {
            seen.insert(word);
            v.enLexicon.append(word);
        }
    }
    return v;
}

// A sentence of `count` words: mostly the demo's words, some of the lexicon (Zipf-like: the
// square of a uniform number favours the start), some of the article's topic.
QString sentence(QRandomGenerator &random, const QStringList &demo, const QStringList &lexicon,
                 const QStringList &topic, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i) {
        const int roll = random.bounded(100);
        if (roll < 70) {
            words << demo.at(random.bounded(int(demo.size())));
        } else if (roll < 88) {
            const double u = random.generateDouble();
            words << lexicon.at(int(u * u * double(lexicon.size() - 1)));
        } else {
            words << topic.at(random.bounded(int(topic.size())));
        }
    }
    QString text = words.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

struct Article
{
    QString title;
    QString body;
    bool english = false;
};

Article article(QRandomGenerator &random, const Vocabulary &v)
{
    Article a;
    a.english = random.bounded(100) < 30;
    const QStringList &demo = a.english ? v.enDemo : v.ruDemo;
    const QStringList &lexicon = a.english ? v.enLexicon : v.ruLexicon;
    QStringList topic;
    for (int i = 0; i < 4; ++i) {
        topic << lexicon.at(random.bounded(int(lexicon.size())));
    }
    a.title = sentence(random, demo, lexicon, topic, 3 + random.bounded(5));
    a.title.chop(1);
    const int target = 800 + random.bounded(4200);
    QString body = QStringLiteral("# ") + a.title + QStringLiteral("\n\n");
    while (body.size() < target) {
        QString heading = sentence(random, demo, lexicon, topic, 2 + random.bounded(4));
        heading.chop(1);
        body += QStringLiteral("## ") + heading + QStringLiteral("\n\n");
        const int blocks = 1 + random.bounded(3);
        for (int b = 0; b < blocks; ++b) {
            if (random.bounded(4) == 0) {
                for (int item = 0; item < 3 + random.bounded(3); ++item) {
                    body += QStringLiteral("- ") +
                            sentence(random, demo, lexicon, topic, 4 + random.bounded(8)) + u'\n';
                }
            } else {
                for (int s = 0; s < 2 + random.bounded(4); ++s) {
                    body += sentence(random, demo, lexicon, topic, 6 + random.bounded(12)) + u' ';
                }
            }
            body += QStringLiteral("\n\n");
        }
    }
    a.body = body;
    return a;
}

QString question(QRandomGenerator &random, const Article &a)
{
    const int kind = random.bounded(100);
    const QStringList ruAround{u"как"_qs, u"где"_qs, u"что такое"_qs, u"кому"_qs, u"когда"_qs};
    const QStringList enAround{u"how do I"_qs, u"where is"_qs, u"what is"_qs, u"when"_qs};
    const QStringList &around = a.english ? enAround : ruAround;
    if (kind < 10) {
        return a.english ? QStringLiteral("how is the salary paid")
                         : QStringLiteral("когда будет зарплата");
    }
    if (kind < 20) {
        return around.at(random.bounded(int(around.size()))) +
               QStringLiteral(" квазар тахион глюон");
    }
    const QStringList paragraphs = a.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    QStringList words;
    for (int attempt = 0; attempt < 10 && words.size() < 3; ++attempt) {
        const QString &paragraph = paragraphs.at(random.bounded(int(paragraphs.size())));
        if (!paragraph.startsWith(u'#')) {
            words = Stemmer::words(paragraph);
        }
    }
    const int count = std::min<int>(int(words.size()), 4 + random.bounded(3));
    const int start = random.bounded(std::max(1, int(words.size()) - count));
    return around.at(random.bounded(int(around.size()))) + u' ' +
           words.mid(start, count).join(u' ') + u'?';
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int articleCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int questionCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                  : dir.filePath(QStringLiteral("bench_kb.sqlite"));
    QFile::remove(path);

    Database database(QStringLiteral("bench-kb"));
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QSqlDatabase db = database.connection();
    QRandomGenerator random(20261207);
    const Vocabulary v = vocabulary(random);

    QElapsedTimer timer;
    timer.start();
    QList<Article> articles;
    qint64 characters = 0;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO kb_articles (title, body, language, updated_at) "
                                  "VALUES (?, ?, ?, '2026-12-01T09:00:00Z')"));
    for (int i = 0; i < articleCount; ++i) {
        Article a = article(random, v);
        characters += a.body.size();
        insert.addBindValue(a.title);
        insert.addBindValue(a.body);
        insert.addBindValue(a.english ? QStringLiteral("en") : QStringLiteral("ru"));
        if (!insert.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
            return 1;
        }
        articles.append(std::move(a));
    }
    db.commit();
    std::printf("generated %d articles (%.0f%% English, %.0f characters on average) in %.1f s\n",
                articleCount,
                100.0 *
                    double(std::count_if(articles.cbegin(), articles.cend(),
                                         [](const Article &a) { return a.english; })) /
                    articleCount,
                double(characters) / articleCount, double(timer.elapsed()) / 1000);

    ChatEngine engine(db);
    timer.restart();
    if (!engine.refreshIndex()) {
        std::fprintf(stderr, "%s\n", qPrintable(engine.errorString()));
        return 1;
    }
    const double buildSeconds = double(timer.elapsed()) / 1000;
    QSqlQuery count(db);
    count.exec(QStringLiteral("SELECT count(*) FROM kb_passages"));
    count.next();
    std::printf("index build: %.2f s for %d articles, %lld passages (database %.0f MB)\n",
                buildSeconds, articleCount, count.value(0).toLongLong(),
                double(QFileInfo(path).size()) / 1e6);

    // One edit, as the editor saves it: only that article is indexed again.
    QSqlQuery edit(db);
    edit.prepare(QStringLiteral("UPDATE kb_articles SET body = body || ? WHERE id = ?"));
    edit.addBindValue(QStringLiteral("\n\nОдин новый абзац о правилах."));
    edit.addBindValue(articleCount / 2);
    edit.exec();
    timer.restart();
    engine.refreshIndex();
    std::printf("refresh after one edited article: %.2f ms\n", double(timer.nsecsElapsed()) / 1e6);

    QList<QString> questions;
    QList<int> sourceOf; // the article a question was taken from, 0 for the others
    for (int i = 0; i < questionCount; ++i) {
        const int index = random.bounded(articleCount);
        const QString text = question(random, articles.at(index));
        questions.append(text);
        sourceOf.append(text.endsWith(u'?') ? index + 1 : 0);
    }
    // A few answers first, so that SQLite's page cache holds what every question reads.
    for (int i = 0; i < 20; ++i) {
        engine.answer(questions.at(i));
    }
    QList<double> all;
    QList<double> searched;
    int answered = 0;
    int fromSource = 0;
    int handed = 0;
    int high = 0;
    int medium = 0;
    int low = 0;
    for (int i = 0; i < questionCount; ++i) {
        timer.restart();
        const ChatAnswer answer = engine.answer(questions.at(i));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        all.append(ms);
        if (answer.handover != ChatHandover::Confidential) {
            searched.append(ms);
        }
        if (!engine.errorString().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(engine.errorString()));
            return 1;
        }
        if (answer.isHandover()) {
            ++handed;
            continue;
        }
        ++answered;
        high += answer.confidence == ChatConfidence::High ? 1 : 0;
        medium += answer.confidence == ChatConfidence::Medium ? 1 : 0;
        low += answer.confidence == ChatConfidence::Low ? 1 : 0;
        fromSource +=
            sourceOf.at(i) != 0 && answer.sources.constFirst().articleId == sourceOf.at(i);
    }
    const int fromPassages =
        int(std::count_if(sourceOf.cbegin(), sourceOf.cend(), [](int id) { return id != 0; }));
    std::printf("answers: %d questions, %d answered (high %d, medium %d, low %d), %d handed over; "
                "%d of %d questions taken from a passage answered from its own article\n",
                questionCount, answered, high, medium, low, handed, fromSource, fromPassages);
    std::printf("answer latency, all questions:      p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1.0));
    std::printf("answer latency, searched questions: p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                percentile(searched, 0.5), percentile(searched, 0.95), percentile(searched, 1.0));
    std::printf("target p95 <= 10 ms: %s\n", percentile(all, 0.95) <= 10.0 ? "met" : "NOT met");
    return 0;
}
