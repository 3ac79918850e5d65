#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace bbd {

class Database;

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
    // Where the command `word` stands: after the program and the global options that take a
    // value, which may come first ("butterdesk --database x.db kb import …"). -1 when it is
    // not the command.
    static qsizetype commandIndex(const QStringList &arguments, QStringView word);
    // A path from the command line, relative to the current folder, made absolute and clean.
    static QString absolutePath(const QString &path);
};

// The preamble the headless commands (`ask`, `kb`, `candidates`) share: the language installed
// before any help text is built, the command word taken out, the parse with its error and
// --help, and the database of --database (else the default one). The command adds its own
// texts and options to parser(), --database and --lang among them: their help texts are
// translated in the command's own context.
class HeadlessCommand
{
public:
    // The exit codes every headless command gives these outcomes.
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    // `commandAt`: where the command word stands in `arguments` (-1 or 0: nowhere). Installs
    // the language and adds the help option, first, as every command lists it.
    HeadlessCommand(QCoreApplication &app, const QStringList &arguments, qsizetype commandAt,
                    QTextStream &out, QTextStream &err);
    ~HeadlessCommand();

    using Run = int (*)(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                        QTextStream &err);
    // Runs a command on the process's arguments, stdout and stderr.
    static int runOnConsole(QCoreApplication &app, Run run);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments without the command word. When the command has nothing more to
    // do, as after a wrong argument (printed, Usage) or --help (printed, Ok), the exit code.
    std::optional<int> parse();
    // Opens the database of --database, else the default one. nullptr, with the reason
    // printed, when it cannot be used.
    Database *openDatabase(bool *created = nullptr);
    QString databasePath() const;

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    std::unique_ptr<Database> m_database;
};

} // namespace bbd
