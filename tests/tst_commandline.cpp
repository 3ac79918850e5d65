#include "app/cli/CommandLine.h"

#include <QDir>
#include <QTest>

using namespace bbd;
using Action = CommandLineResult::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("butterdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }
    void parse_data();
    void parse();
    void relativeDatabasePathBecomesAbsolute();
    void helpNamesEveryOption();
    void languageIsKnownEvenForHelp();
    void screenOnlyForAWindow_data();
    void screenOnlyForAWindow();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("area");

    const int run = int(Action::Run);
    const int error = int(Action::Error);
    QTest::newRow("nothing") << QStringList{} << run << "" << false << ""
                             << ""
                             << "";
    QTest::newRow("database") << QStringList{"--database", "/tmp/x.sqlite"} << run
                              << "/tmp/x.sqlite" << false << ""
                              << ""
                              << "";
    QTest::newRow("database with =")
        << QStringList{"--database=/tmp/y.sqlite"} << run << "/tmp/y.sqlite" << false << ""
        << ""
        << "";
    QTest::newRow("demo") << QStringList{"--demo"} << run << "" << true << ""
                          << ""
                          << "";
    QTest::newRow("lang ru") << QStringList{"--lang", "ru"} << run << "" << false << "ru"
                             << ""
                             << "";
    QTest::newRow("lang EN upper case") << QStringList{"--lang", "EN"} << run << "" << false << "en"
                                        << ""
                                        << "";
    QTest::newRow("lang unknown") << QStringList{"--lang", "de"} << error << "" << false << "de"
                                  << ""
                                  << "";
    QTest::newRow("lang missing value") << QStringList{"--lang"} << error << "" << false << ""
                                        << ""
                                        << "";
    QTest::newRow("screenshot with area")
        << QStringList{"--screenshot", "/tmp/s.png", "--area", "contacts"} << run << "" << false
        << ""
        << "/tmp/s.png"
        << "contacts";
    QTest::newRow("area unknown") << QStringList{"--area", "payroll"} << error << "" << false << ""
                                  << ""
                                  << "payroll";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << error << "" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("stray argument") << QStringList{"candidates.csv"} << error << "" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("help") << QStringList{"--help"} << int(Action::ShowHelp) << "" << false << ""
                          << ""
                          << "";
    QTest::newRow("version") << QStringList{"--version"} << int(Action::ShowVersion) << "" << false
                             << ""
                             << ""
                             << "";
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    arguments.prepend(QStringLiteral("butterdesk"));
    const CommandLineResult result = CommandLine::parse(arguments);
    QCOMPARE(int(result.action), action);
    if (result.action == Action::Error) {
        QVERIFY(!result.text.isEmpty());
        return;
    }
    if (result.action == Action::ShowVersion) {
        QVERIFY(result.text.contains(QStringLiteral("9.8.7")));
        return;
    }
    if (result.action == Action::ShowHelp) {
        return;
    }
    QFETCH(QString, database);
    QFETCH(bool, demo);
    QFETCH(QString, language);
    QFETCH(QString, screenshot);
    QFETCH(QString, area);
    QCOMPARE(result.options.databasePath, database);
    QCOMPARE(result.options.loadDemo, demo);
    QCOMPARE(result.options.language, language);
    QCOMPARE(result.options.screenshotPath, screenshot);
    QCOMPARE(result.options.area, area);
}

void TestCommandLine::relativeDatabasePathBecomesAbsolute()
{
    const auto result =
        CommandLine::parse({QStringLiteral("butterdesk"), QStringLiteral("--database"),
                            QStringLiteral("data/../my.sqlite")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.databasePath,
             QDir::current().absoluteFilePath(QStringLiteral("my.sqlite")));
}

void TestCommandLine::helpNamesEveryOption()
{
    const auto result = CommandLine::parse({QStringLiteral("butterdesk"), QStringLiteral("-h")});
    QCOMPARE(result.action, Action::ShowHelp);
    for (const char *option :
         {"--database", "--demo", "--lang", "--screenshot", "--area", "--version", "--help"}) {
        QVERIFY2(result.text.contains(QLatin1String(option)), option);
    }
}

void TestCommandLine::languageIsKnownEvenForHelp()
{
    // main() installs the translation before printing help or errors.
    for (const char *last : {"--help", "--version", "--frobnicate"}) {
        const auto result =
            CommandLine::parse({QStringLiteral("butterdesk"), QStringLiteral("--lang"),
                                QStringLiteral("ru"), QString::fromLatin1(last)});
        QVERIFY(result.action != Action::Run);
        QCOMPARE(result.options.language, QStringLiteral("ru"));
    }
}

void TestCommandLine::screenOnlyForAWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("needsScreen");
    QTest::newRow("plain") << QStringList{} << true;
    QTest::newRow("options") << QStringList{"--demo", "--lang", "ru", "--area", "contacts"} << true;
    QTest::newRow("screenshot") << QStringList{"--screenshot", "a.png"} << false;
    QTest::newRow("screenshot=") << QStringList{"--screenshot=a.png"} << false;
    QTest::newRow("help") << QStringList{"--help"} << false;
    QTest::newRow("version") << QStringList{"-v"} << false;
    QTest::newRow("error") << QStringList{"--lang", "xx"} << false;
}

void TestCommandLine::screenOnlyForAWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, needsScreen);
    arguments.prepend(QStringLiteral("butterdesk"));
    QCOMPARE(CommandLine::parse(arguments).needsScreen(), needsScreen);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
