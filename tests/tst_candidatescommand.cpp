#include "app/ats/VacancyRepository.h"
#include "app/io/Csv.h"
#include "app/storage/Database.h"

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
                  QStringList{QStringLiteral("candidates")} + arguments +
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
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
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestCandidatesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importThenExport();
    void failures_data();
    void failures();
    void help();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestCandidatesCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("cli.sqlite"));
    Database db(QStringLiteral("tst-cli"));
    QVERIFY(db.open(m_database).ok());
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Курьер");
    QVERIFY(VacancyRepository(db).create(vacancy) > 0);
}

void TestCandidatesCommand::importThenExport()
{
    const QString input = m_dir.filePath(QStringLiteral("in.csv"));
    QVERIFY(writeFile(input, QStringLiteral("ФИО;Телефон;Почта;Этап\r\n"
                                            "Иванов Иван;8 916 111-22-33;i@x.ru;Interview\r\n"
                                            "Иванов И.;+79161112233;;\r\n"
                                            ";+79160000000;;\r\n"
                                            "Петров Пётр;12-34;p@x.ru;\r\n")
                                 .toUtf8()));
    const QString reportPath = m_dir.filePath(QStringLiteral("report.json"));
    const Run imported = butterdesk({QStringLiteral("import"), input, QStringLiteral("--vacancy"),
                                     QStringLiteral("Курьер"), QStringLiteral("--report"),
                                     reportPath, QStringLiteral("--database"), m_database});
    QCOMPARE(imported.exitCode, 0); // rejected rows are no failure of the command
    QVERIFY2(imported.out.contains(QStringLiteral("rows read: 4, imported: 2, duplicates: 1, "
                                                  "rejected: 1")),
             qPrintable(imported.out + imported.err));
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("lines")).toArray().size(), 4);

    const QString output = m_dir.filePath(QStringLiteral("out.csv"));
    const Run exported = butterdesk(
        {QStringLiteral("export"), output, QStringLiteral("--delimiter"), QStringLiteral(";"),
         QStringLiteral("--encoding"), QStringLiteral("cp1251"), QStringLiteral("--vacancy"),
         QStringLiteral("Курьер"), QStringLiteral("--database"), m_database});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(QStringLiteral(": 2.")),
             qPrintable(exported.out + exported.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QChar delimiter;
    csv::Encoding encoding = csv::Encoding::Utf8;
    const QList<csv::Record> records = csv::Reader::parseAll(bytes, nullptr, &delimiter, &encoding);
    QCOMPARE(delimiter, QChar(u';'));
    QCOMPARE(encoding, csv::Encoding::Windows1251);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).cells.at(0), QStringLiteral("Иванов Иван"));
    QCOMPARE(records.at(1).cells.at(5), QStringLiteral("Interview"));
    QCOMPARE(records.at(2).cells.at(1), QStringLiteral("12-34"));
}

void TestCandidatesCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("missing file") << QStringList{QStringLiteral("import"),
                                                 QStringLiteral("@nothere")}
                                  << QByteArray() << 1 << QStringLiteral("Cannot open");
    QTest::newRow("binary file") << QStringList{QStringLiteral("import"), QStringLiteral("@file")}
                                 << QByteArray("\x00\x01\x02junk", 7) << 1
                                 << QStringLiteral("not text");
    QTest::newRow("empty file") << QStringList{QStringLiteral("import"), QStringLiteral("@file")}
                                << QByteArray("") << 1 << QStringLiteral("empty");
    QTest::newRow("unknown vacancy")
        << QStringList{QStringLiteral("import"), QStringLiteral("@file"),
                       QStringLiteral("--vacancy"), QStringLiteral("Космонавт")}
        << QByteArray("Name\nA\n") << 1 << QStringLiteral("Космонавт");
    QTest::newRow("export of an unknown vacancy")
        << QStringList{QStringLiteral("export"), QStringLiteral("@file"),
                       QStringLiteral("--vacancy"), QStringLiteral("Космонавт")}
        << QByteArray() << 1 << QStringLiteral("Космонавт");
    QTest::newRow("no file argument")
        << QStringList{QStringLiteral("import")} << QByteArray() << 2 << QStringLiteral("Usage");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("merge"), QStringLiteral("@file")} << QByteArray() << 2
        << QStringLiteral("Usage");
    QTest::newRow("bad delimiter")
        << QStringList{QStringLiteral("export"), QStringLiteral("@file"),
                       QStringLiteral("--delimiter"), QStringLiteral("|")}
        << QByteArray() << 2 << QStringLiteral("delimiter");
    QTest::newRow("bad encoding") << QStringList{QStringLiteral("export"), QStringLiteral("@file"),
                                                 QStringLiteral("--encoding"),
                                                 QStringLiteral("koi8-r")}
                                  << QByteArray() << 2 << QStringLiteral("encoding");
    QTest::newRow("database that is not one")
        << QStringList{QStringLiteral("export"), QStringLiteral("@file"),
                       QStringLiteral("--database"), QStringLiteral("@junkdb")}
        << QByteArray() << 1 << QString();
}

void TestCandidatesCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QString, errorPart);

    const QString path = m_dir.filePath(QStringLiteral("failure.csv"));
    QFile::remove(path);
    if (!file.isNull()) {
        QVERIFY(writeFile(path, file));
    }
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QVERIFY(writeFile(junk, QByteArray(8192, 'x')));
    for (QString &argument : arguments) {
        if (argument == u"@file") {
            argument = path;
        } else if (argument == u"@nothere") {
            argument = m_dir.filePath(QStringLiteral("nothere.csv"));
        } else if (argument == u"@junkdb") {
            argument = junk;
        }
    }
    if (!arguments.contains(QStringLiteral("--database"))) {
        arguments << QStringLiteral("--database") << m_database;
    }
    const Run run = butterdesk(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(!run.err.trimmed().isEmpty() || !run.out.trimmed().isEmpty(), "no message");
    const QString all = run.err + run.out;
    QVERIFY2(all.contains(errorPart), qPrintable(all));
}

void TestCandidatesCommand::help()
{
    const Run run = butterdesk({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
    QVERIFY(run.out.contains(QStringLiteral("--report")));
}

QTEST_GUILESS_MAIN(TestCandidatesCommand)
#include "tst_candidatescommand.moc"
