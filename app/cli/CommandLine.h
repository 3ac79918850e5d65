#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bbd {

struct CommandLineOptions
{
    QString databasePath;   // empty: Database::defaultPath()
    bool loadDemo = false;  // load the demo data into the database (once)
    QString language;       // "ru", "en", or empty for the system's
    QString screenshotPath; // render the main window to this PNG and exit
    QString area;           // area to open: scenarios, candidates, assistant, contacts
};

struct CommandLineResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    CommandLineOptions options;
    QString text; // help, version or error text to print

    // Only a normal run shows a window; help, version, errors and screenshots work without a
    // display, so main() can pick the offscreen platform before QApplication exists.
    bool needsScreen() const { return action == Action::Run && options.screenshotPath.isEmpty(); }
};

// Parses the arguments without exiting the process, so main() decides what to print and
// tests can check every outcome.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CommandLine)

public:
    static QStringList areaKeys();
    // Works before any QCoreApplication exists (untranslated then).
    static CommandLineResult parse(const QStringList &arguments);
    // For the headless commands (`candidates`, `kb`…): installs the language of their `--lang`
    // option, else the one in Settings, before their help text is built.
    static void installLanguage(QCoreApplication &app, const QStringList &arguments);
};

} // namespace bbd
