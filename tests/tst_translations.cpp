#include "app/AppContext.h"
#include "app/i18n/Translator.h"
#include "app/phones/PhoneNumbers.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace bbd;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{context, {}, {}, {}};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus) {
                    const QString text = xml.readElementText();
                    if (!text.trimmed().isEmpty()) {
                        current.translations << text;
                    }
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found.insert(it.next().captured());
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void russianIsComplete();
    void compiledTranslationsAreEmbedded_data();
    void compiledTranslationsAreEmbedded();
    void systemLanguageFallsBackToEnglish();
    void mainWindowSpeaksRussian();
};

void TestTranslations::russianIsComplete()
{
    QString error;
    const auto messages =
        readTs(QStringLiteral(BBD_SOURCE_DIR "/translations/butterdesk_ru.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList missing;
    for (const TsMessage &message : messages) {
        if (message.type == QLatin1String("vanished") ||
            message.type == QLatin1String("obsolete")) {
            continue;
        }
        if (!message.type.isEmpty() || message.translations.isEmpty()) {
            missing << message.context + QStringLiteral(": ") + message.source;
            continue;
        }
        for (const QString &translation : message.translations) {
            // Every %1, %2 and %n of the English text survives in the Russian one.
            if (placeholders(translation) != placeholders(message.source)) {
                missing << QStringLiteral("placeholders differ in ") + message.context +
                               QStringLiteral(": ") + message.source;
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(u'\n')));
}

void TestTranslations::compiledTranslationsAreEmbedded_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << "ru";
    QTest::newRow("en") << "en";
}

void TestTranslations::compiledTranslationsAreEmbedded()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/butterdesk_%1.qm").arg(language)));
    if (language == QLatin1String("ru")) {
        QCOMPARE(translator.translate("bbd::SyncStatusWidget", "Offline").isEmpty(), false);
        QVERIFY(translator.translate("bbd::SyncStatusWidget", "Offline") !=
                QStringLiteral("Offline"));
    }
}

void TestTranslations::systemLanguageFallsBackToEnglish()
{
    QVERIFY(Translator::availableLanguages().contains(Translator::systemLanguage()));
    QVERIFY(Translator::availableLanguages().contains(QStringLiteral("ru")));
}

void TestTranslations::mainWindowSpeaksRussian()
{
    QCOMPARE(Translator::install(*qApp, QStringLiteral("ru")), QStringLiteral("ru"));
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("ru.sqlite"))).ok());
    PhoneNumbers phones;
    QVERIFY(DemoData::load(db, phones).ok);
    Settings settings(dir.filePath(QStringLiteral("ru.ini")));
    CredentialStore credentials(QStringLiteral("Butterboard Desk Tests"));
    MainWindow window({&db, &phones, &settings, &credentials});

    const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    const auto menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    for (QAction *menu : menus) {
        QVERIFY2(cyrillic.match(menu->text()).hasMatch(), qPrintable(menu->text()));
    }
    auto *table = window.findChild<QTableView *>(QStringLiteral("candidateTable"));
    QVERIFY(table);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(cyrillic.match(header).hasMatch(), qPrintable(header));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
