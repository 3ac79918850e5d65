#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace bbd {

// Installs the application's translation and Qt's own (qtbase) for the chosen language.
class Translator
{
public:
    // Languages the UI is translated into, as two-letter codes.
    static QStringList availableLanguages();
    // `language` is "ru", "en" or empty for the system locale; languages without a
    // translation fall back to English. Returns the language actually installed.
    static QString install(QCoreApplication &app, const QString &language);
    static QString systemLanguage();
};

} // namespace bbd
