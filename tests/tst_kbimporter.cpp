// KbImporter on a migrated database file: a folder with subfolders imported twice (the second
// time everything unchanged, nothing duplicated), a changed file updating its article with a
// revision, Windows-1251 and UTF-16 text, files rejected with their reasons, titles, cancel.
#include "app/kb/KbImporter.h"
#include "app/kb/KbStore.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using Outcome = KbImportEntry::Outcome;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Russian letters (and ASCII) in Windows-1251, as a Windows editor would save them.
QByteArray toCp1251(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            bytes += char(u);
        } else if (u >= 0x0410 && u <= 0x044F) {
            bytes += char(0xC0 + (u - 0x0410));
        } else if (u == 0x0401) {
            bytes += char(0xA8);
        } else if (u == 0x0451) {
            bytes += char(0xB8);
        } else {
            bytes += '?';
        }
    }
    return bytes;
}

const KbImportEntry *entryFor(const KbImportReport &report, const QString &fileName)
{
    for (const KbImportEntry &entry : report.entries) {
        if (QFileInfo(entry.path).fileName() == fileName) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

class TestKbImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void folderTwiceThenChangedFile();
    void sameFileTwiceInOneRun();
    void windows1251AndUtf16();
    void rejected_data();
    void rejected();
    void unreadableFile();
    void titleFor_data();
    void titleFor();
    void reportJson();
    void cancelledBeforeStart();
    void missingDatabase();

private:
    KbImportReport import(const QStringList &paths);
    int scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_files;
};

void TestKbImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst-kbimporter"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("kb.sqlite"))).ok());
    m_files = m_dir->filePath(QStringLiteral("wiki"));
    QVERIFY(QDir().mkpath(m_files));
}

void TestKbImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

KbImportReport TestKbImporter::import(const QStringList &paths)
{
    KbImporter importer(m_db->path(), paths);
    return importer.run();
}

int TestKbImporter::scalar(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestKbImporter::folderTwiceThenChangedFile()
{
    QVERIFY(writeFile(m_files + QStringLiteral("/welcome.md"),
                      "# Добро пожаловать\n\n**Автор:** Анна Петрова\n\nПервый день: пропуск.\n"));
    QVERIFY(writeFile(m_files + QStringLiteral("/it/vpn_access.txt"),
                      "Connect to the VPN with your domain account.\r\n"));
    QVERIFY(writeFile(m_files + QStringLiteral("/it/mail/outlook.markdown"),
                      "# Outlook\n\nSet up mail on the first day.\n"));
    // Not articles: left out without a word.
    QVERIFY(writeFile(m_files + QStringLiteral("/it/logo.png"), "\x89PNG\r\n\x1A\n..."));
    QVERIFY(writeFile(m_files + QStringLiteral("/notes.docx"), "PK\x03\x04"));

    KbImporter importer(m_db->path(), {m_files});
    QSignalSpy spy(&importer, &KbImporter::progress);
    const KbImportReport first = importer.run();
    QVERIFY2(first.completed(), qPrintable(first.error));
    QCOMPARE(first.entries.size(), 3);
    QCOMPARE(first.count(Outcome::Imported), 3);
    QCOMPARE(spy.constLast().at(0).toInt(), 3);
    QCOMPARE(spy.constLast().at(1).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 3);

    KbStore store(m_db->connection());
    const KbImportEntry *welcome = entryFor(first, QStringLiteral("welcome.md"));
    QVERIFY(welcome);
    QCOMPARE(welcome->title, QStringLiteral("Добро пожаловать"));
    QCOMPARE(welcome->encoding, QStringLiteral("utf-8"));
    const KbArticle welcomeArticle = *store.article(welcome->articleId);
    QCOMPARE(welcomeArticle.author, QStringLiteral("Анна Петрова"));
    QCOMPARE(welcomeArticle.tags, QStringList());
    QCOMPARE(welcomeArticle.sourcePath,
             QFileInfo(m_files + QStringLiteral("/welcome.md")).canonicalFilePath());
    const KbImportEntry *vpn = entryFor(first, QStringLiteral("vpn_access.txt"));
    QVERIFY(vpn);
    QCOMPARE(vpn->title, QStringLiteral("vpn access"));
    QCOMPARE(store.article(vpn->articleId)->tags, QStringList{QStringLiteral("it")});
    QVERIFY(!store.article(vpn->articleId)->body.contains(u'\r'));
    const KbImportEntry *outlook = entryFor(first, QStringLiteral("outlook.markdown"));
    QVERIFY(outlook);
    QCOMPARE(store.article(outlook->articleId)->tags,
             (QStringList{QStringLiteral("it"), QStringLiteral("mail")}));

    const KbImportReport second = import({m_files});
    QVERIFY(second.completed());
    QCOMPARE(second.entries.size(), 3);
    QCOMPARE(second.count(Outcome::Unchanged), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_article_revisions")), 0);
    QCOMPARE(entryFor(second, QStringLiteral("welcome.md"))->articleId, welcome->articleId);
    const int outboxRows = scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    QVERIFY(writeFile(m_files + QStringLiteral("/welcome.md"),
                      "# Добро пожаловать!\n\n**Автор:** Анна Петрова\n\nПервый день: пропуск "
                      "и ноутбук.\n"));
    const KbImportReport third = import({m_files});
    QCOMPARE(third.count(Outcome::Updated), 1);
    QCOMPARE(third.count(Outcome::Unchanged), 2);
    QCOMPARE(entryFor(third, QStringLiteral("welcome.md"))->outcome, Outcome::Updated);
    QCOMPARE(entryFor(third, QStringLiteral("welcome.md"))->articleId, welcome->articleId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 3);
    const QList<KbStore::Revision> history = store.history(welcome->articleId);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).title, QStringLiteral("Добро пожаловать!"));
    QVERIFY(history.at(0).body.contains(QStringLiteral("ноутбук")));
    QVERIFY(!history.at(1).body.contains(QStringLiteral("ноутбук")));
    // The edit goes to the platform like one made by hand.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outboxRows + 1);

    // An article edited in the app keeps its edit while its file stays as it was.
    KbArticle edited = *store.article(welcome->articleId);
    edited.body += QStringLiteral("\nДобавлено в приложении.");
    QVERIFY(store.update(edited));
    QCOMPARE(import({m_files}).count(Outcome::Unchanged), 3);
    QVERIFY(store.article(welcome->articleId)->body.contains(QStringLiteral("в приложении")));
}

void TestKbImporter::sameFileTwiceInOneRun()
{
    const QString file = m_files + QStringLiteral("/a.md");
    QVERIFY(writeFile(file, "# A\n\ntext\n"));
    const KbImportReport report =
        import({file, m_files, m_files + QStringLiteral("/../wiki/a.md")});
    QCOMPARE(report.entries.size(), 1);
    QCOMPARE(report.count(Outcome::Imported), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 1);
}

void TestKbImporter::windows1251AndUtf16()
{
    const QString text =
        QStringLiteral("# Больничный\n\nСообщите руководителю и в отдел кадров. Ёж.\n");
    QVERIFY(writeFile(m_files + QStringLiteral("/cp1251.txt"), toCp1251(text)));
    QByteArray utf16("\xFF\xFE", 2);
    const QString english = QStringLiteral("# Parking\n\nThe parking is behind the building.\n");
    utf16.append(reinterpret_cast<const char *>(english.utf16()), english.size() * 2);
    QVERIFY(writeFile(m_files + QStringLiteral("/utf16.md"), utf16));
    QVERIFY(writeFile(m_files + QStringLiteral("/bom.md"), "\xEF\xBB\xBF# С меткой\n\nтекст\n"));

    const KbImportReport report = import({m_files});
    QCOMPARE(report.count(Outcome::Imported), 3);
    KbStore store(m_db->connection());
    const KbImportEntry *cp1251 = entryFor(report, QStringLiteral("cp1251.txt"));
    QCOMPARE(cp1251->encoding, QStringLiteral("cp1251"));
    QCOMPARE(cp1251->title, QStringLiteral("Больничный"));
    QCOMPARE(store.article(cp1251->articleId)->body, text);
    const KbImportEntry *wide = entryFor(report, QStringLiteral("utf16.md"));
    QCOMPARE(wide->encoding, QStringLiteral("utf-16"));
    QCOMPARE(store.article(wide->articleId)->body, english);
    const KbImportEntry *bom = entryFor(report, QStringLiteral("bom.md"));
    QCOMPARE(bom->title, QStringLiteral("С меткой"));
    QVERIFY(store.article(bom->articleId)->body.startsWith(QStringLiteral("# С")));

    // Found by the search in the text it was decoded to.
    KbArticleFilter filter;
    filter.text = QStringLiteral("руковод");
    QCOMPARE(store.search(filter).total, 1);
}

void TestKbImporter::rejected_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "empty.md" << QByteArray() << "empty";
    QTest::newRow("blank") << "blank.txt" << QByteArray(" \n\t\r\n") << "empty";
    QTest::newRow("zero bytes") << "zeros.txt" << QByteArray("abc\0def", 7) << "binary";
    QTest::newRow("pdf renamed") << "paper.md" << QByteArray("%PDF-1.7\n...") << "binary";
    QTest::newRow("control characters")
        << "noise.txt" << QByteArray(64, '\x01') + QByteArray("text") << "binary";
    QTest::newRow("neither utf-8 nor cp1251")
        << "odd.txt" << QByteArray("text \x98 more") << "Windows-1251";
    QTest::newRow("heading only") << "title.md" << QByteArray("# Only a title\n\n") << "no text";
    QTest::newRow("not an article file") << "table.csv" << QByteArray("a,b\n1,2\n") << "Markdown";
}

void TestKbImporter::rejected()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_files + u'/' + fileName;
    QVERIFY(writeFile(path, content));
    QVERIFY(writeFile(m_files + QStringLiteral("/good.md"), "# Good\n\ntext\n"));

    const KbImportReport report = import({path, m_files + QStringLiteral("/good.md")});
    QVERIFY(report.completed());
    QCOMPARE(report.entries.size(), 2);
    const KbImportEntry *entry = entryFor(report, fileName);
    QVERIFY(entry);
    QCOMPARE(entry->outcome, Outcome::Rejected);
    QVERIFY2(entry->reason.contains(reason, Qt::CaseInsensitive), qPrintable(entry->reason));
    QCOMPARE(entry->articleId, 0);
    // The other file is imported all the same.
    QCOMPARE(entryFor(report, QStringLiteral("good.md"))->outcome, Outcome::Imported);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 1);
    QVERIFY(report.summary().contains(entry->reason));
}

void TestKbImporter::unreadableFile()
{
    const QString missing = m_files + QStringLiteral("/missing.md");
    const QString locked = m_files + QStringLiteral("/locked.md");
    QVERIFY(writeFile(locked, "# Locked\n\ntext\n"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    const KbImportReport report = import({missing, locked});
    QCOMPARE(report.entries.size(), 2);
    QCOMPARE(report.entries.at(0).outcome, Outcome::Rejected);
    QVERIFY(report.entries.at(0).reason.contains(QStringLiteral("No such")));
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly)) {
        QSKIP("Running with rights that read any file (root): no unreadable file to test.");
    }
    QCOMPARE(report.entries.at(1).outcome, Outcome::Rejected);
    QVERIFY2(report.entries.at(1).reason.contains(QStringLiteral("read")),
             qPrintable(report.entries.at(1).reason));
}

void TestKbImporter::titleFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::newRow("first heading") << "# Title\n\ntext"
                                   << "f.md"
                                   << "Title";
    QTest::newRow("heading further down") << "intro\n\n# Later\ntext"
                                          << "f.md"
                                          << "Later";
    QTest::newRow("closing hashes") << "# Title ##\n"
                                    << "f.md"
                                    << "Title";
    QTest::newRow("second level only") << "## Sub\ntext"
                                       << "notes_2024.md"
                                       << "notes 2024";
    QTest::newRow("no space after hash") << "#tag\ntext"
                                         << "plain.txt"
                                         << "plain";
    QTest::newRow("underscored heading") << "# Резервные_каналы_связи\n"
                                         << "f.txt"
                                         << "Резервные каналы связи";
    QTest::newRow("spaces keep underscores") << "# snake_case names\n"
                                             << "f.md"
                                             << "snake_case names";
    QTest::newRow("file name with dots") << "text"
                                         << "v1.2 notes.md"
                                         << "v1.2 notes";
}

void TestKbImporter::titleFor()
{
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QCOMPARE(KbImporter::titleFor(text, fileName), title);
}

void TestKbImporter::reportJson()
{
    QVERIFY(writeFile(m_files + QStringLiteral("/a.md"), "# A\n\ntext\n"));
    QVERIFY(writeFile(m_files + QStringLiteral("/b.txt"), ""));
    const QJsonObject json = import({m_files}).toJson();
    const QJsonObject counts = json.value(u"counts").toObject();
    QCOMPARE(counts.value(u"files").toInt(), 2);
    QCOMPARE(counts.value(u"imported").toInt(), 1);
    QCOMPARE(counts.value(u"rejected").toInt(), 1);
    const QJsonArray files = json.value(u"files").toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"outcome").toString(), QStringLiteral("imported"));
    QVERIFY(files.at(0).toObject().value(u"article_id").toInt() > 0);
    QCOMPARE(files.at(1).toObject().value(u"outcome").toString(), QStringLiteral("rejected"));
    QVERIFY(!files.at(1).toObject().value(u"reason").toString().isEmpty());
    QCOMPARE(json.value(u"cancelled").toBool(), false);
    QVERIFY(json.value(u"error").isNull());
}

void TestKbImporter::cancelledBeforeStart()
{
    QVERIFY(writeFile(m_files + QStringLiteral("/a.md"), "# A\n\ntext\n"));
    KbImporter importer(m_db->path(), {m_files});
    importer.cancel();
    const KbImportReport report = importer.run();
    QVERIFY(report.cancelled);
    QVERIFY(!report.completed());
    QCOMPARE(report.entries.size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kb_articles")), 0);
}

void TestKbImporter::missingDatabase()
{
    QVERIFY(writeFile(m_files + QStringLiteral("/a.md"), "# A\n\ntext\n"));
    KbImporter importer(m_dir->filePath(QStringLiteral("nowhere.sqlite")), {m_files});
    const KbImportReport report = importer.run();
    QVERIFY(!report.completed());
    QVERIFY(report.error.contains(QStringLiteral("nowhere.sqlite")));
}

QTEST_GUILESS_MAIN(TestKbImporter)
#include "tst_kbimporter.moc"
