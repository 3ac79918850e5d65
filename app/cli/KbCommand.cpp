#include "app/cli/KbCommand.h"

#include "app/cli/CommandLine.h"
#include "app/kb/KbImporter.h"
#include "app/storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace bbd {
namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(path)));
}

// Where `kb` stands: after the program and the global options that take a value, which may
// come first ("butterdesk --database x.db kb import …"). -1 when it is not the command.
qsizetype commandIndex(const QStringList &arguments)
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
    return i < arguments.size() && arguments.at(i) == u"kb" ? i : -1;
}

} // namespace

bool KbCommand::matches(const QStringList &arguments)
{
    return commandIndex(arguments) > 0;
}

int KbCommand::run(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(app, app.arguments(), out, err);
}

int KbCommand::run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                   QTextStream &err)
{
    // The language has to be known before the help text is built.
    CommandLine::installLanguage(app, arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports Markdown and text files into the knowledge base.\n\n"
           "  kb import PATH... [--json]\n\n"
           "Each PATH is a .md, .markdown or .txt file, or a folder whose files of those kinds "
           "are imported with its subfolders (which become tags). The title is the first "
           "\"# \" heading, else the file name. A file imported before (the same absolute "
           "path) updates its article, keeping the previous text in its history, or is "
           "skipped when it has not changed. Files that are empty, binary or in an unknown "
           "encoding are rejected with the reason (UTF-8, UTF-16 with a byte order mark and "
           "Windows-1251 are read).\n\n"
           "Exit codes: 0 when every file was imported, updated or unchanged; 1 when the "
           "database cannot be used, no file was found or the import stopped; 2 for wrong "
           "arguments; 3 when some files were rejected (the others are imported)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("import"));
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to import."),
                                 tr("PATH..."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Use the SQLite database at <path> instead of the default one."), tr("path"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print the report as JSON (every file with its outcome)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: ru or en."),
                                        tr("language"));
    parser.addOptions({databaseOption, jsonOption, langOption});

    QStringList args = arguments;
    const qsizetype at = commandIndex(args);
    if (at > 0) {
        args.removeAt(at); // "kb"
    }
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.constFirst() != u"import") {
        err << tr("Usage: butterdesk kb import PATH... [--json]; see butterdesk kb --help.")
            << Qt::endl;
        return Usage;
    }
    positional.removeFirst();
    QStringList paths;
    for (const QString &path : std::as_const(positional)) {
        paths << absolute(path);
    }

    const QString databasePath = parser.isSet(databaseOption)
                                     ? absolute(parser.value(databaseOption))
                                     : Database::defaultPath();
    Database database(QStringLiteral("bbd-cli"));
    const Database::OpenResult opened = database.open(databasePath);
    if (!opened.ok()) {
        err << opened.message << Qt::endl;
        return Failed;
    }

    KbImporter importer(databasePath, paths);
    const KbImportReport report = importer.run();
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        out.flush();
    } else {
        out << report.summary() << Qt::endl;
    }
    if (!report.completed()) {
        if (parser.isSet(jsonOption) && !report.error.isEmpty()) {
            err << report.error << Qt::endl;
        }
        return Failed;
    }
    if (report.entries.isEmpty()) {
        err << tr("No Markdown or text file was found in the paths given.") << Qt::endl;
        return Failed;
    }
    return report.count(KbImportEntry::Outcome::Rejected) > 0 ? Rejected : Ok;
}

} // namespace bbd
