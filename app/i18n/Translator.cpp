#include "app/i18n/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bbd {

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translator::systemLanguage()
{
    // uiLanguages() follows LANGUAGE/LC_MESSAGES on Linux and the user's list elsewhere.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString Translator::install(QCoreApplication &app, const QString &language)
{
    const QString code = availableLanguages().contains(language) ? language : systemLanguage();
    QLocale::setDefault(QLocale(code));

    // The application's .qm files are compiled into the binary (translations/ in the tree).
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/butterdesk_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    // Qt's own strings (standard buttons, dialogs) come from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return code;
}

} // namespace bbd
