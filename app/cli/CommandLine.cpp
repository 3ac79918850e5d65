#include "app/cli/CommandLine.h"

#include "app/i18n/Translator.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace bbd {

QStringList CommandLine::areaKeys()
{
    return {QStringLiteral("scenarios"), QStringLiteral("candidates"), QStringLiteral("assistant"),
            QStringLiteral("contacts")};
}

void CommandLine::installLanguage(QCoreApplication &app, const QStringList &arguments)
{
    QString language;
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < arguments.size()) {
        language = arguments.at(langAt + 1).toLower();
    }
    Translator::install(app, language.isEmpty() ? Settings().language() : language);
}

qsizetype CommandLine::commandIndex(const QStringList &arguments, QStringView word)
{
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        if (argument == u"--database" || argument == u"--lang") {
            i += 2;
        } else if (argument.startsWith(u"--database=") || argument.startsWith(u"--lang=")) {
            ++i;
        } else {
            break;
        }
    }
    return i < arguments.size() && arguments.at(i) == word ? i : -1;
}

QString CommandLine::absolutePath(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(path)));
}

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Butterboard Desk: onboarding scenarios, candidates, the assistant and fallback "
           "contacts for HR staff and recruiters, on a local database that works offline."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Use the SQLite database at <path> instead of the default one in the user's "
           "application data folder."),
        tr("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Load the demo data (vacancies, candidates, scenarios, articles, contacts) into the "
           "database unless it is already there."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Interface language: ru or en (default: the system's)."),
                                        tr("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Open the main window, render it to the PNG <file> and exit."), tr("file"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"), tr("Area to open: %1.").arg(areaKeys().join(QStringLiteral(", "))),
        tr("area"));
    parser.addOptions({databaseOption, demoOption, langOption, screenshotOption, areaOption});

    CommandLineResult result;
    const bool parsed = parser.parse(arguments);
    // Read first, so that even --help and error messages come in the language asked for.
    result.options.language = parser.value(langOption).toLower();
    if (!parsed) {
        result.action = CommandLineResult::Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.text = QCoreApplication::applicationName() + QLatin1Char(' ') +
                      QCoreApplication::applicationVersion();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Error;
        result.text = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    CommandLineOptions &options = result.options;
    options.databasePath = parser.value(databaseOption);
    if (!options.databasePath.isEmpty()) {
        options.databasePath = absolutePath(options.databasePath);
    }
    options.loadDemo = parser.isSet(demoOption);
    if (parser.isSet(langOption) && options.language != QLatin1String("ru") &&
        options.language != QLatin1String("en")) {
        result.action = CommandLineResult::Action::Error;
        result.text = tr("Unknown language \"%1\": use ru or en.").arg(parser.value(langOption));
        return result;
    }
    options.screenshotPath = parser.value(screenshotOption);
    options.area = parser.value(areaOption).toLower();
    if (parser.isSet(areaOption) && !areaKeys().contains(options.area)) {
        result.action = CommandLineResult::Action::Error;
        result.text = tr("Unknown area \"%1\": use one of %2.")
                          .arg(parser.value(areaOption), areaKeys().join(QStringLiteral(", ")));
        return result;
    }
    return result;
}

HeadlessCommand::HeadlessCommand(QCoreApplication &app, const QStringList &arguments,
                                 qsizetype commandAt, QTextStream &out, QTextStream &err)
    : m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{
    // The language has to be known before the help text is built.
    CommandLine::installLanguage(app, arguments);
    if (commandAt > 0) {
        m_arguments.removeAt(commandAt);
    }
    m_parser.addHelpOption();
}

HeadlessCommand::~HeadlessCommand() = default;

int HeadlessCommand::runOnConsole(QCoreApplication &app, Run run)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(app, app.arguments(), out, err);
}

std::optional<int> HeadlessCommand::parse()
{
    if (!m_parser.parse(m_arguments)) {
        m_err << m_parser.errorText() << Qt::endl;
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText() << Qt::endl;
        return Ok;
    }
    return std::nullopt;
}

QString HeadlessCommand::databasePath() const
{
    const QString option = QStringLiteral("database");
    return m_parser.isSet(option) ? CommandLine::absolutePath(m_parser.value(option))
                                  : Database::defaultPath();
}

Database *HeadlessCommand::openDatabase(bool *created)
{
    m_database = std::make_unique<Database>(QStringLiteral("bbd-cli"));
    const Database::OpenResult opened = m_database->open(databasePath());
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        m_database.reset();
        return nullptr;
    }
    if (created) {
        *created = opened.created;
    }
    return m_database.get();
}

} // namespace bbd
