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

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
