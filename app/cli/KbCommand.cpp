#include "app/cli/KbCommand.h"

#include "app/cli/CommandLine.h"
#include "app/kb/KbImporter.h"
#include "app/storage/Database.h"

#include <QJsonDocument>
#include <QTextStream>

namespace bbd {

static_assert(int(KbCommand::Ok) == HeadlessCommand::Ok &&
              int(KbCommand::Failed) == HeadlessCommand::Failed &&
              int(KbCommand::Usage) == HeadlessCommand::Usage);

bool KbCommand::matches(const QStringList &arguments)
{
    return CommandLine::commandIndex(arguments, u"kb") > 0;
}

int KbCommand::run(QCoreApplication &app)
{
    return HeadlessCommand::runOnConsole(app, run);
}

int KbCommand::run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                   QTextStream &err)
{
    HeadlessCommand cli(app, arguments, CommandLine::commandIndex(arguments, u"kb"), out, err);
    QCommandLineParser &parser = cli.parser();
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

    if (const std::optional<int> done = cli.parse()) {
        return *done;
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
        paths << CommandLine::absolutePath(path);
    }

    if (!cli.openDatabase()) {
        return Failed;
    }

    KbImporter importer(cli.databasePath(), paths);
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
