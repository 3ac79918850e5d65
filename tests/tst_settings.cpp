#include "app/settings/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaults();
    void roundTrip();
    void language_data();
    void language();
    void invalidServerUrlFallsBack();
    void serviceSettings();
    void syncInterval_data();
    void syncInterval();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("empty.ini")));
    QCOMPARE(settings.serverUrl(), Settings::defaultServerUrl());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.lastArea(), QString());
    QVERIFY(settings.windowGeometry().isEmpty());
}

void TestSettings::roundTrip()
{
    {
        Settings settings(iniPath());
        settings.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        settings.setLanguage(QStringLiteral("ru"));
        settings.setLastArea(QStringLiteral("contacts"));
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.sync();
    }
    Settings settings(iniPath());
    QCOMPARE(settings.serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    QCOMPARE(settings.language(), QStringLiteral("ru"));
    QCOMPARE(settings.lastArea(), QStringLiteral("contacts"));
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));

    // Only non-secret keys ever reach the file.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    for (const char *word : {"key", "token", "password", "secret"}) {
        QVERIFY2(!text.contains(word), word);
    }
}

void TestSettings::language_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("ru") << "ru"
                        << "ru";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("system") << ""
                            << "";
    QTest::newRow("unsupported") << "de"
                                 << "";
}

void TestSettings::language()
{
    QFETCH(QString, stored);
    QFETCH(QString, read);
    Settings settings(m_dir.filePath(QStringLiteral("lang.ini")));
    settings.setLanguage(stored);
    QCOMPARE(settings.language(), read);
}

void TestSettings::invalidServerUrlFallsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("platform/serverUrl"), QStringLiteral("http://exa mple.com"));
    }
    Settings settings(path);
    QCOMPARE(settings.serverUrl(), Settings::defaultServerUrl());
}

void TestSettings::serviceSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("services.ini"));
    {
        Settings settings(path);
        QVERIFY(settings.serviceUrl(QStringLiteral("jira")).isEmpty());
        settings.setServiceUrl(QStringLiteral("jira"),
                               QUrl(QStringLiteral("https://acme.atlassian.net")));
        settings.setServiceOption(QStringLiteral("jira"), QStringLiteral("project"),
                                  QStringLiteral("ONB"));
        settings.setServiceUrl(QStringLiteral("zoom"), QUrl(QStringLiteral("https://api.zoom.us")));
        settings.sync();
    }
    Settings settings(path);
    QCOMPARE(settings.serviceUrl(QStringLiteral("jira")),
             QUrl(QStringLiteral("https://acme.atlassian.net")));
    QCOMPARE(settings.serviceOption(QStringLiteral("jira"), QStringLiteral("project")),
             QStringLiteral("ONB"));
    QCOMPARE(settings.serviceOption(QStringLiteral("zoom"), QStringLiteral("project")), QString());
    // Clearing a URL un-configures the service instead of leaving an empty value behind.
    settings.setServiceUrl(QStringLiteral("zoom"), QUrl());
    settings.setServiceOption(QStringLiteral("jira"), QStringLiteral("project"), QString());
    settings.sync();
    QSettings raw(path, QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("integrations/zoom/url")));
    QVERIFY(!raw.contains(QStringLiteral("integrations/jira/project")));
    QVERIFY(raw.contains(QStringLiteral("integrations/jira/url")));
}

void TestSettings::syncInterval_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("read");
    QTest::newRow("unset") << QVariant() << Settings::defaultSyncIntervalMinutes();
    QTest::newRow("manual only") << QVariant(0) << 0;
    QTest::newRow("fifteen") << QVariant(15) << 15;
    QTest::newRow("negative") << QVariant(-3) << Settings::defaultSyncIntervalMinutes();
    QTest::newRow("over a day") << QVariant(24 * 60 + 1) << Settings::defaultSyncIntervalMinutes();
    QTest::newRow("text") << QVariant(QStringLiteral("often"))
                          << Settings::defaultSyncIntervalMinutes();
}

void TestSettings::syncInterval()
{
    QFETCH(QVariant, stored);
    QFETCH(int, read);
    const QString path = m_dir.filePath(QStringLiteral("interval.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.clear();
        if (stored.isValid()) {
            raw.setValue(QStringLiteral("platform/syncIntervalMinutes"), stored);
        }
    }
    Settings settings(path);
    QCOMPARE(settings.syncIntervalMinutes(), read);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
