// KbStore on a migrated database: an edit keeps the state it replaces as a revision, restore
// is an edit of its own, the line diff, views and ratings, search with its filters (prefixes,
// Cyrillic, tags, departments, dates), the statistics' order, and the platform's outbox rows
// written with each change.
#include "app/kb/KbStore.h"
#include "app/storage/Database.h"
#include "app/storage/PageSources.h"
#include "app/storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace bbd;

namespace {

KbArticle makeArticle(const QString &title, const QString &body, const QStringList &tags = {},
                      const QString &department = {})
{
    KbArticle article;
    article.title = title;
    article.body = body;
    article.tags = tags;
    article.department = department;
    article.author = QStringLiteral("Анна");
    return article;
}

// "=same -removed +added", one token per line of the diff.
QString compact(const QList<KbStore::DiffLine> &lines)
{
    QStringList tokens;
    for (const KbStore::DiffLine &line : lines) {
        const char sign = line.kind == KbStore::DiffLine::Kind::Same    ? '='
                          : line.kind == KbStore::DiffLine::Kind::Added ? '+'
                                                                        : '-';
        tokens << QLatin1Char(sign) + line.text;
    }
    return tokens.join(u' ');
}

} // namespace

class TestKbStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void editKeepsPreviousStateAsRevision();
    void unchangedEditWritesNothing();
    void emptyTitleOrBodyRefused_data();
    void emptyTitleOrBodyRefused();
    void restoreIsAnUndoableEdit();
    void diff_data();
    void diff();
    void diffLineNumbers();
    void viewsAndRatings();
    void search_data();
    void search();
    void searchPagesAndPageSourceAgree();
    void ftsQuery_data();
    void ftsQuery();
    void statisticsOrder();
    void deleteHidesArticle();
    void outboxFollowsPlatformIds();

private:
    int scalar(const QString &sql, const QVariantList &binds = {});
    // Articles for the search rows, with known dates.
    void seedSearchArticles();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KbStore> m_store;
};

void TestKbStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-kbstore"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("kb.sqlite"))).ok());
    m_store = std::make_unique<KbStore>(m_db->connection());
}

void TestKbStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

int TestKbStore::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, binds) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestKbStore::editKeepsPreviousStateAsRevision()
{
    const qint64 id = m_store->create(makeArticle(QStringLiteral("Отпуск"),
                                                  QStringLiteral("Пишите заявление за две недели."),
                                                  {QStringLiteral("HR")}, QStringLiteral("Кадры")));
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    QVERIFY(m_store->changed());
    QCOMPARE(m_store->history(id).size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_article_revisions")), 0);

    KbArticle article = *m_store->article(id);
    article.body = QStringLiteral("Пишите заявление за три недели.");
    article.tags << QStringLiteral("отпуск");
    article.author = QStringLiteral("Борис");
    QVERIFY2(m_store->update(article), qPrintable(m_store->lastError()));
    QVERIFY(m_store->changed());

    const QList<KbStore::Revision> history = m_store->history(id);
    QCOMPARE(history.size(), 2);
    QVERIFY(history.at(0).isCurrent);
    QCOMPARE(history.at(0).body, QStringLiteral("Пишите заявление за три недели."));
    QCOMPARE(history.at(0).author, QStringLiteral("Борис"));
    QVERIFY(!history.at(1).isCurrent);
    QVERIFY(history.at(1).id > 0);
    QCOMPARE(history.at(1).body, QStringLiteral("Пишите заявление за две недели."));
    QCOMPARE(history.at(1).tags, QStringList{QStringLiteral("HR")});
    QCOMPARE(history.at(1).author, QStringLiteral("Анна"));
    QVERIFY(history.at(1).editedAt.isValid());

    // The create and the edit are on their way to the platform; the edit carries only what
    // changed, addressed to the id the create's answer will bring.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT method, path, if_match, body FROM outbox WHERE "
                                      "entity_type = 'kb_article' ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("POST"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("/api/v1/kb_articles"));
    const QJsonObject created = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    QCOMPARE(created.value(u"title").toString(), QStringLiteral("Отпуск"));
    QCOMPARE(created.value(u"department").toString(), QStringLiteral("Кадры"));
    QCOMPARE(created.value(u"language").toString(), QStringLiteral("ru"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("PATCH"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("/api/v1/kb_articles/{remote_id}"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("{version}"));
    const QJsonObject patch = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    QCOMPARE(
        QStringList(patch.keys()),
        (QStringList{QStringLiteral("author"), QStringLiteral("body"), QStringLiteral("tags")}));
    QVERIFY(!query.next());
}

void TestKbStore::unchangedEditWritesNothing()
{
    const qint64 id = m_store->create(makeArticle(QStringLiteral("T"), QStringLiteral("B")));
    QVERIFY(id > 0);
    KbArticle article = *m_store->article(id);
    // Whitespace around tags and the title is not a change.
    article.title = QStringLiteral("  T ");
    QVERIFY(m_store->update(article));
    QVERIFY(!m_store->changed());
    QCOMPARE(m_store->history(id).size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestKbStore::emptyTitleOrBodyRefused_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << ""
                              << "text"
                              << "title";
    QTest::newRow("blank title") << "   "
                                 << "text"
                                 << "title";
    QTest::newRow("no body") << "Title"
                             << ""
                             << "text";
    QTest::newRow("blank body") << "Title"
                                << " \n\t "
                                << "text";
}

void TestKbStore::emptyTitleOrBodyRefused()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, message);
    QCOMPARE(m_store->create(makeArticle(title, body)), 0);
    QVERIFY2(m_store->lastError().contains(message), qPrintable(m_store->lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 0);

    const qint64 id = m_store->create(makeArticle(QStringLiteral("T"), QStringLiteral("B")));
    KbArticle article = *m_store->article(id);
    article.title = title;
    article.body = body;
    QVERIFY(!m_store->update(article));
    QVERIFY(m_store->lastError().contains(message));
    QCOMPARE(m_store->article(id)->title, QStringLiteral("T"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_article_revisions")), 0);
}

void TestKbStore::restoreIsAnUndoableEdit()
{
    const qint64 id = m_store->create(makeArticle(QStringLiteral("v1"), QStringLiteral("one")));
    KbArticle article = *m_store->article(id);
    article.title = QStringLiteral("v2");
    article.body = QStringLiteral("two");
    QVERIFY(m_store->update(article));
    article.title = QStringLiteral("v3");
    article.body = QStringLiteral("three");
    article.tags = {QStringLiteral("x")};
    QVERIFY(m_store->update(article));

    QList<KbStore::Revision> history = m_store->history(id);
    QCOMPARE(history.size(), 3);
    const qint64 first = history.at(2).id;
    QCOMPARE(history.at(2).title, QStringLiteral("v1"));

    QVERIFY2(m_store->restore(first), qPrintable(m_store->lastError()));
    QVERIFY(m_store->changed());
    QCOMPARE(m_store->article(id)->title, QStringLiteral("v1"));
    QCOMPARE(m_store->article(id)->body, QStringLiteral("one"));
    QCOMPARE(m_store->article(id)->tags, QStringList());
    history = m_store->history(id);
    QCOMPARE(history.size(), 4);
    // The version the restore replaced is the newest revision: restoring it undoes the restore.
    QCOMPARE(history.at(1).title, QStringLiteral("v3"));
    QVERIFY(m_store->restore(history.at(1).id));
    QCOMPARE(m_store->article(id)->title, QStringLiteral("v3"));
    QCOMPARE(m_store->article(id)->body, QStringLiteral("three"));
    QCOMPARE(m_store->article(id)->tags, QStringList{QStringLiteral("x")});
    QCOMPARE(m_store->history(id).size(), 5);

    QVERIFY(!m_store->restore(99999));
    QVERIFY(!m_store->lastError().isEmpty());
}

void TestKbStore::diff_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << "a\nb"
                          << "a\nb"
                          << "=a =b";
    QTest::newRow("added at end") << "a\nb"
                                  << "a\nb\nc"
                                  << "=a =b +c";
    QTest::newRow("added at start") << "b\nc"
                                    << "a\nb\nc"
                                    << "+a =b =c";
    QTest::newRow("removed middle") << "a\nb\nc"
                                    << "a\nc"
                                    << "=a -b =c";
    QTest::newRow("changed line") << "a\nb\nc"
                                  << "a\nB\nc"
                                  << "=a -b +B =c";
    QTest::newRow("from nothing") << ""
                                  << "a\nb"
                                  << "+a +b";
    QTest::newRow("to nothing") << "a\nb"
                                << ""
                                << "-a -b";
    QTest::newRow("both empty") << ""
                                << ""
                                << "";
    QTest::newRow("crlf is not a change") << "a\r\nb"
                                          << "a\nb"
                                          << "=a =b";
    QTest::newRow("moved line") << "a\nb\nc\nd"
                                << "b\nc\na\nd"
                                << "-a =b =c +a =d";
    QTest::newRow("cyrillic") << "Привет\nмир"
                              << "Привет\nМир\nи всем"
                              << "=Привет -мир +Мир +и всем";
    QTest::newRow("interleaved") << "x\na\ny\nb\nz"
                                 << "a\nb"
                                 << "-x =a -y =b -z";
}

void TestKbStore::diff()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QString, expected);
    QCOMPARE(compact(KbStore::diffLines(older, newer)), expected);
}

void TestKbStore::diffLineNumbers()
{
    const QList<KbStore::DiffLine> lines =
        KbStore::diffLines(QStringLiteral("a\nb\nc"), QStringLiteral("a\nX\nc\nd"));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0).oldNumber, 1); // =a
    QCOMPARE(lines.at(0).newNumber, 1);
    QCOMPARE(lines.at(1).oldNumber, 2); // -b
    QCOMPARE(lines.at(1).newNumber, 0);
    QCOMPARE(lines.at(2).oldNumber, 0); // +X
    QCOMPARE(lines.at(2).newNumber, 2);
    QCOMPARE(lines.at(3).oldNumber, 3); // =c
    QCOMPARE(lines.at(3).newNumber, 3);
    QCOMPARE(lines.at(4).newNumber, 4); // +d
}

void TestKbStore::viewsAndRatings()
{
    const qint64 id = m_store->create(makeArticle(QStringLiteral("T"), QStringLiteral("B")));
    QVERIFY(m_store->recordView(id));
    QVERIFY(m_store->recordView(id));
    QVERIFY(m_store->rate(id, true));
    QVERIFY(m_store->rate(id, true));
    QVERIFY(m_store->rate(id, false));
    const KbArticle article = *m_store->article(id);
    QCOMPARE(article.views, 2);
    QCOMPARE(article.ratingUp, 2);
    QCOMPARE(article.ratingDown, 1);
    // Views and ratings are not edits: no revision, nothing for the platform.
    QCOMPARE(m_store->history(id).size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1);

    QVERIFY(!m_store->recordView(id + 100));
    QVERIFY(!m_store->rate(id + 100, true));
}

void TestKbStore::seedSearchArticles()
{
    struct Seed
    {
        const char *title;
        const char *body;
        QStringList tags;
        const char *department;
        int daysAgo;
    };
    const QList<Seed> seeds = {
        {"Телефон отдела кадров",
         "Звоните по телефону +7 495 000-00-00 в рабочие часы.",
         {QStringLiteral("контакты")},
         "Кадры",
         1},
        {"Отпуск и больничный",
         "Заявление на отпуск подают за две недели.",
         {QStringLiteral("кадры"), QStringLiteral("отпуск")},
         "Кадры",
         40},
        {"Vacation policy",
         "Request vacation two weeks ahead in the HR portal.",
         {QStringLiteral("policy")},
         "HR",
         10},
        {"VPN и доступы",
         "Для доступа к VPN напишите в поддержку.",
         {QStringLiteral("ИТ")},
         "ИТ",
         100},
        {"Ёлка и праздники", "Корпоратив проходит в декабре.", {}, "", 5},
    };
    for (const Seed &seed : seeds) {
        const qint64 id =
            m_store->create(makeArticle(QString::fromUtf8(seed.title), QString::fromUtf8(seed.body),
                                        seed.tags, QString::fromUtf8(seed.department)));
        QVERIFY2(id > 0, qPrintable(m_store->lastError()));
        QSqlQuery query(m_db->connection());
        QVERIFY(
            sql::run(query, QStringLiteral("UPDATE kb_articles SET updated_at = ? WHERE id = ?"),
                     {sql::isoUtc(QDateTime::currentDateTimeUtc().addDays(-seed.daysAgo)), id}));
    }
}

void TestKbStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("fromDaysAgo"); // -1: no lower bound
    QTest::addColumn<int>("toDaysAgo");   // -1: no upper bound
    QTest::addColumn<QStringList>("titles");

    const QString phone = QStringLiteral("Телефон отдела кадров");
    const QString leave = QStringLiteral("Отпуск и больничный");
    const QString vacation = QStringLiteral("Vacation policy");
    const QString vpn = QStringLiteral("VPN и доступы");
    const QString fir = QStringLiteral("Ёлка и праздники");

    QTest::newRow("everything, by title")
        << ""
        << ""
        << "" << -1 << -1 << QStringList{vacation, vpn, fir, leave, phone};
    QTest::newRow("cyrillic prefix") << "телеф"
                                     << ""
                                     << "" << -1 << -1 << QStringList{phone};
    QTest::newRow("cyrillic prefix, capitals") << "ТЕЛЕФ"
                                               << ""
                                               << "" << -1 << -1 << QStringList{phone};
    QTest::newRow("inflected body word by prefix") << "заявлен"
                                                   << ""
                                                   << "" << -1 << -1 << QStringList{leave};
    QTest::newRow("two words, both needed") << "отпуск недел"
                                            << ""
                                            << "" << -1 << -1 << QStringList{leave};
    QTest::newRow("two words, one missing") << "отпуск vpn"
                                            << ""
                                            << "" << -1 << -1 << QStringList{};
    QTest::newRow("english prefix") << "vacat"
                                    << ""
                                    << "" << -1 << -1 << QStringList{vacation};
    QTest::newRow("title ranks first") << "vpn"
                                       << ""
                                       << "" << -1 << -1 << QStringList{vpn};
    QTest::newRow("yo by prefix") << "ёлк"
                                  << ""
                                  << "" << -1 << -1 << QStringList{fir};
    QTest::newRow("punctuation only")
        << "?!"
        << ""
        << "" << -1 << -1 << QStringList{vacation, vpn, fir, leave, phone};
    QTest::newRow("fts syntax is text") << "NEAR("
                                        << ""
                                        << "" << -1 << -1 << QStringList{};
    QTest::newRow("tag") << ""
                         << "отпуск"
                         << "" << -1 << -1 << QStringList{leave};
    QTest::newRow("tag is exact") << ""
                                  << "отпус"
                                  << "" << -1 << -1 << QStringList{};
    QTest::newRow("department") << ""
                                << ""
                                << "Кадры" << -1 << -1 << QStringList{leave, phone};
    QTest::newRow("department and text") << "звон"
                                         << ""
                                         << "Кадры" << -1 << -1 << QStringList{phone};
    QTest::newRow("last week") << ""
                               << ""
                               << "" << 7 << 0 << QStringList{fir, phone};
    QTest::newRow("a month back to a week back") << ""
                                                 << ""
                                                 << "" << 30 << 7 << QStringList{vacation};
    QTest::newRow("older than a month") << ""
                                        << ""
                                        << "" << -1 << 31 << QStringList{vpn, leave};
    QTest::newRow("text, tag, department, dates") << "отп"
                                                  << "кадры"
                                                  << "Кадры" << 60 << 0 << QStringList{leave};
}

void TestKbStore::search()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QString, department);
    QFETCH(int, fromDaysAgo);
    QFETCH(int, toDaysAgo);
    QFETCH(QStringList, titles);
    seedSearchArticles();

    KbArticleFilter filter;
    filter.text = text;
    filter.tag = tag;
    filter.department = department;
    const QDate today = QDate::currentDate();
    if (fromDaysAgo >= 0) {
        filter.updatedFrom = today.addDays(-fromDaysAgo);
    }
    if (toDaysAgo >= 0) {
        filter.updatedTo = today.addDays(-toDaysAgo);
    }
    const KbStore::SearchPage page = m_store->search(filter);
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
    QStringList found;
    for (const KbArticle &article : page.articles) {
        found << article.title;
    }
    QCOMPARE(found, titles);
    QCOMPARE(page.total, titles.size());
}

void TestKbStore::searchPagesAndPageSourceAgree()
{
    seedSearchArticles();
    const KbStore::SearchPage first = m_store->search({}, 0, 2);
    const KbStore::SearchPage second = m_store->search({}, 2, 2);
    const KbStore::SearchPage third = m_store->search({}, 4, 2);
    QCOMPARE(first.total, 5);
    QCOMPARE(first.articles.size(), 2);
    QCOMPARE(second.articles.size(), 2);
    QCOMPARE(third.articles.size(), 1);
    QCOMPARE(first.articles.at(0).title, QStringLiteral("Vacation policy"));
    QCOMPARE(second.articles.at(0).title, QStringLiteral("Ёлка и праздники"));
    QCOMPARE(third.articles.at(0).title, QStringLiteral("Телефон отдела кадров"));

    KbArticleFilter filter;
    filter.department = QStringLiteral("Кадры");
    const auto source = sources::kbArticles(*m_db, filter);
    QCOMPARE(source->count(), 2);
    const QList<KbArticle> rows = source->fetch(0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).title, QStringLiteral("Отпуск и больничный"));
    QCOMPARE(rows.at(0).tags, (QStringList{QStringLiteral("кадры"), QStringLiteral("отпуск")}));
    QVERIFY(source->lastError().isEmpty());

    QCOMPARE(m_store->tags(),
             (QStringList{QStringLiteral("policy"), QStringLiteral("ИТ"), QStringLiteral("кадры"),
                          QStringLiteral("контакты"), QStringLiteral("отпуск")}));
    QCOMPARE(m_store->departments(),
             (QStringList{QStringLiteral("HR"), QStringLiteral("ИТ"), QStringLiteral("Кадры")}));
}

void TestKbStore::ftsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("one word") << "отпуск"
                              << "\"отпуск\"*";
    QTest::newRow("hyphen splits") << "HR-отдел"
                                   << "\"HR\"* \"отдел\"*";
    QTest::newRow("quotes dropped") << "\"a\" OR b"
                                    << "\"a\"* \"OR\"* \"b\"*";
}

void TestKbStore::ftsQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(KbStore::ftsQuery(text), expected);
}

void TestKbStore::statisticsOrder()
{
    const qint64 a = m_store->create(makeArticle(QStringLiteral("A"), QStringLiteral("a")));
    const qint64 b = m_store->create(makeArticle(QStringLiteral("B"), QStringLiteral("b")));
    const qint64 c = m_store->create(makeArticle(QStringLiteral("C"), QStringLiteral("c")));
    const qint64 d = m_store->create(makeArticle(QStringLiteral("D"), QStringLiteral("d")));
    const auto repeat = [](int times, const std::function<bool()> &act) {
        for (int i = 0; i < times; ++i) {
            if (!act()) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(repeat(3, [&] { return m_store->recordView(a); }));
    QVERIFY(repeat(7, [&] { return m_store->recordView(b); }));
    QVERIFY(repeat(5, [&] { return m_store->recordView(c); }));
    // a: 1 of 4 not useful; b: 3 of 4; c: 2 of 2 (too few answers); d: 3 of 6.
    QVERIFY(repeat(3, [&] { return m_store->rate(a, true); }) && m_store->rate(a, false));
    QVERIFY(m_store->rate(b, true) && repeat(3, [&] { return m_store->rate(b, false); }));
    QVERIFY(repeat(2, [&] { return m_store->rate(c, false); }));
    QVERIFY(repeat(3, [&] { return m_store->rate(d, true); }) &&
            repeat(3, [&] { return m_store->rate(d, false); }));

    const QList<KbStore::ArticleStat> viewed = m_store->mostViewed(10);
    QCOMPARE(viewed.size(), 3); // d was never opened
    QCOMPARE(viewed.at(0).id, b);
    QCOMPARE(viewed.at(0).views, 7);
    QCOMPARE(viewed.at(1).id, c);
    QCOMPARE(viewed.at(2).id, a);
    QCOMPARE(m_store->mostViewed(1).size(), 1);

    const QList<KbStore::ArticleStat> worst = m_store->worstRated(3, 10);
    QCOMPARE(worst.size(), 3);
    QCOMPARE(worst.at(0).id, b);
    QCOMPARE(worst.at(0).downShare(), 0.75);
    QCOMPARE(worst.at(1).id, d);
    QCOMPARE(worst.at(2).id, a);
    // With the bar lowered, c's two answers rank it worst.
    QCOMPARE(m_store->worstRated(2, 10).at(0).id, c);
}

void TestKbStore::deleteHidesArticle()
{
    const qint64 id = m_store->create(
        makeArticle(QStringLiteral("Пропуск"), QStringLiteral("Пропуск выдают на ресепшене.")));
    KbArticleFilter filter;
    filter.text = QStringLiteral("пропуск");
    QCOMPARE(m_store->search(filter).total, 1);
    QVERIFY(m_store->remove(id));
    QCOMPARE(m_store->search(filter).total, 0);
    QCOMPARE(m_store->search({}).total, 0);
    QVERIFY(!m_store->article(id));
    QVERIFY(!m_store->remove(id));
    KbArticle ghost = makeArticle(QStringLiteral("x"), QStringLiteral("y"));
    ghost.id = id;
    QVERIFY(!m_store->update(ghost));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE method = 'DELETE' AND "
                                   "entity_type = 'kb_article' AND entity_id = ?"),
                    {id}),
             1);
}

void TestKbStore::outboxFollowsPlatformIds()
{
    const qint64 id = m_store->create(makeArticle(QStringLiteral("T"), QStringLiteral("body")));
    // The create went up and the platform answered (as PlatformResources::afterSent stores it).
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE outbox SET status = 'sent'")));
    QVERIFY(sql::run(query,
                     QStringLiteral("UPDATE kb_articles SET remote_id = 'kb-7', remote_version = "
                                    "3 WHERE id = ?"),
                     {id}));
    KbArticle article = *m_store->article(id);
    article.department = QStringLiteral("ИТ");
    QVERIFY(m_store->update(article));
    QVERIFY(m_store->remove(id));
    QVERIFY(query.exec(QStringLiteral("SELECT method, path, if_match, body FROM outbox WHERE "
                                      "status = 'pending' ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("PATCH"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("/api/v1/kb_articles/kb-7"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("3"));
    QCOMPARE(QJsonDocument::fromJson(query.value(3).toByteArray()).object(),
             (QJsonObject{{QStringLiteral("department"), QStringLiteral("ИТ")}}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("DELETE"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("/api/v1/kb_articles/kb-7"));
    QVERIFY(!query.next());
}

QTEST_GUILESS_MAIN(TestKbStore)
#include "tst_kbstore.moc"
