// `butterdesk kb import` as a script runs it: a folder imported twice (the second time all
// unchanged), the --json report, the global --database option before the command, and the
// exit codes for rejected files, wrong arguments and a database that cannot be used.
#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run butterdesk(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BBD_EXECUTABLE),
                  arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestKbCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importTwiceWithJson();
    void seedsFolderTwice();
    void rejectedFilesExitThree();
    void failures_data();
    void failures();
    void help();

private:
    int articles(const QString &database);

    QTemporaryDir m_dir;
    QString m_wiki;
};

void TestKbCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_wiki = m_dir.filePath(QStringLiteral("wiki"));
    QVERIFY(
        writeFile(m_wiki + QStringLiteral("/start.md"), "# Первый день\n\nПропуск у охраны.\n"));
    QVERIFY(writeFile(m_wiki + QStringLiteral("/it/vpn.txt"), "VPN: ask the service desk.\n"));
}

int TestKbCommand::articles(const QString &database)
{
    Database db(QStringLiteral("tst-kbcommand-check"));
    if (!db.open(database).ok()) {
        return -1;
    }
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM kb_articles")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

void TestKbCommand::importTwiceWithJson()
{
    const QString database = m_dir.filePath(QStringLiteral("json.sqlite"));
    Run run = butterdesk({QStringLiteral("kb"), QStringLiteral("import"), m_wiki,
                          QStringLiteral("--database"), database, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(json.value(u"counts").toObject().value(u"imported").toInt(), 2);
    const QJsonArray files = json.value(u"files").toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"title").toString(), QStringLiteral("vpn"));
    QCOMPARE(files.at(1).toObject().value(u"title").toString(), QStringLiteral("Первый день"));
    QCOMPARE(articles(database), 2);

    run = butterdesk({QStringLiteral("kb"), QStringLiteral("import"), m_wiki,
                      QStringLiteral("--database"), database, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"counts").toObject().value(u"unchanged").toInt(), 2);
    QCOMPARE(json.value(u"counts").toObject().value(u"imported").toInt(), 0);
    QCOMPARE(articles(database), 2);
}

void TestKbCommand::seedsFolderTwice()
{
    const QString seeds = QStringLiteral("/work/shared/seeds");
    if (!QFileInfo(seeds).isDir()) {
        QSKIP("The shared seed documents are not on this machine.");
    }
    // The global option before the command, as in `butterdesk --database x kb import …`.
    const QString database = m_dir.filePath(QStringLiteral("seeds.sqlite"));
    const Run first = butterdesk({QStringLiteral("--database"), database, QStringLiteral("kb"),
                                  QStringLiteral("import"), seeds});
    QCOMPARE(first.exitCode, 0);
    const int count = articles(database);
    QVERIFY(count >= 5);
    QVERIFY2(first.out.contains(QStringLiteral("imported %1").arg(count)), qPrintable(first.out));
    const Run second = butterdesk({QStringLiteral("--database"), database, QStringLiteral("kb"),
                                   QStringLiteral("import"), seeds});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(
                 QStringLiteral("imported 0, updated 0, unchanged %1, rejected 0").arg(count)),
             qPrintable(second.out));
    QCOMPARE(articles(database), count);
}

void TestKbCommand::rejectedFilesExitThree()
{
    const QString database = m_dir.filePath(QStringLiteral("rejected.sqlite"));
    const QString empty = m_dir.filePath(QStringLiteral("bad/empty.md"));
    QVERIFY(writeFile(empty, ""));
    const Run run =
        butterdesk({QStringLiteral("kb"), QStringLiteral("import"), empty,
                    m_wiki + QStringLiteral("/start.md"), QStringLiteral("--database"), database});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("empty.md")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("empty")));
    QCOMPARE(articles(database), 1);
}

void TestKbCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("kb")} << 2 << "Usage";
    QTest::newRow("no path") << QStringList{QStringLiteral("kb"), QStringLiteral("import")} << 2
                             << "Usage";
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("x")} << 2
        << "Usage";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("kb"), QStringLiteral("import"),
                                                   QStringLiteral("x"), QStringLiteral("--nope")}
                                    << 2 << "nope";
    QTest::newRow("folder with no articles")
        << QStringList{QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("EMPTYDIR")}
        << 1 << "No Markdown";
    QTest::newRow("database is a folder")
        << QStringList{QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("WIKI"),
                       QStringLiteral("--database"), QStringLiteral("DIR")}
        << 1 << "";
}

void TestKbCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString emptyDir = m_dir.filePath(QStringLiteral("nothing"));
    QVERIFY(QDir().mkpath(emptyDir));
    for (QString &argument : arguments) {
        if (argument == u"EMPTYDIR") {
            argument = emptyDir;
        } else if (argument == u"WIKI") {
            argument = m_wiki;
        } else if (argument == u"DIR") {
            argument = m_dir.path();
        }
    }
    if (!arguments.contains(QStringLiteral("--database"))) {
        arguments << QStringLiteral("--database") << m_dir.filePath(QStringLiteral("f.sqlite"));
    }
    const Run run = butterdesk(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (exitCode == 1 && message.isEmpty()) {
        QVERIFY(!run.err.trimmed().isEmpty());
    }
}

void TestKbCommand::help()
{
    const Run run = butterdesk({QStringLiteral("kb"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("kb import PATH")));
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
}

QTEST_GUILESS_MAIN(TestKbCommand)
#include "tst_kbcommand.moc"
