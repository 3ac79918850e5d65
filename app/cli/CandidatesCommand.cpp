#include "app/cli/CandidatesCommand.h"

#include "app/ats/CandidateExporter.h"
#include "app/ats/CandidateImporter.h"
#include "app/cli/CommandLine.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QTextStream>

namespace bbd {
static_assert(int(CandidatesCommand::Ok) == HeadlessCommand::Ok &&
              int(CandidatesCommand::Failed) == HeadlessCommand::Failed &&
              int(CandidatesCommand::Usage) == HeadlessCommand::Usage);

bool CandidatesCommand::matches(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"candidates";
}

int CandidatesCommand::run(QCoreApplication &app)
{
    return HeadlessCommand::runOnConsole(app, run);
}

int CandidatesCommand::run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                           QTextStream &err)
{
    // Only the first argument: `candidates` takes no global option before it.
    HeadlessCommand cli(app, arguments, arguments.size() > 1 ? 1 : -1, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        tr("Imports candidates from a CSV file or exports them to one.\n\n"
           "  candidates import FILE [--vacancy NAME] [--report REPORT.json]\n"
           "  candidates export FILE [--delimiter ';'] [--encoding cp1251|utf-8] "
           "[--vacancy NAME]\n\n"
           "Import: the delimiter (, ; or tab) and the encoding (UTF-8 or Windows-1251) are "
           "detected and the columns recognised by their headers (ФИО, Телефон, E-mail, "
           "Источник, Вакансия, Этап, Дата отклика, Теги, Рейтинг, Комментарий…). Each row is "
           "imported, found to be a duplicate of an existing candidate (same phone or e-mail) "
           "or rejected with a reason; the report lists every line.\n\n"
           "Exit codes: 0 when the command ran to the end, even if some rows were rejected or "
           "were duplicates (see the report); 1 when the file is unreadable, empty or not "
           "text, the database cannot be used, the vacancy does not exist, or the import "
           "stopped; 2 for wrong arguments."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("import or export"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to read or write."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Use the SQLite database at <path> instead of the default one."), tr("path"));
    const QCommandLineOption vacancyOption(
        QStringLiteral("vacancy"),
        tr("Import: the vacancy for rows that name none. Export: only this vacancy's "
           "candidates."),
        tr("name"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), tr("Import: write the report as JSON to <file>."), tr("file"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("Export: the delimiter, ',' (default), ';' or tab."),
        tr("character"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("Export: utf-8 (default, with a byte order mark so that Excel reads it), "
           "utf-8-nobom or cp1251."),
        tr("encoding"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: ru or en."),
                                        tr("language"));
    parser.addOptions(
        {databaseOption, vacancyOption, reportOption, delimiterOption, encodingOption, langOption});

    if (const std::optional<int> done = cli.parse()) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() != 2 || (command != u"import" && command != u"export")) {
        err << tr("Usage: butterdesk candidates import|export FILE [options]; see "
                  "butterdesk candidates --help.")
            << Qt::endl;
        return Usage;
    }
    const QString file = CommandLine::absolutePath(positional.at(1));

    QChar delimiter = u',';
    if (parser.isSet(delimiterOption)) {
        const QString value = parser.value(delimiterOption);
        if (value == u"," || value == u";") {
            delimiter = value.front();
        } else if (value == u"\t" || value.toLower() == u"tab" || value == u"\\t") {
            delimiter = u'\t';
        } else {
            err << tr("Unknown delimiter \"%1\": use , ; or tab.").arg(value) << Qt::endl;
            return Usage;
        }
    }
    csv::Encoding encoding = csv::Encoding::Utf8Bom;
    if (parser.isSet(encodingOption)) {
        const QString value = parser.value(encodingOption).toLower();
        if (value == u"utf-8-nobom" || value == u"utf8-nobom") {
            encoding = csv::Encoding::Utf8;
        } else if (!csv::encodingFromName(value, &encoding)) {
            err << tr("Unknown encoding \"%1\": use utf-8 or cp1251.").arg(value) << Qt::endl;
            return Usage;
        } else if (encoding == csv::Encoding::Utf8) {
            encoding = csv::Encoding::Utf8Bom;
        }
    }

    Database *database = cli.openDatabase();
    if (!database) {
        return Failed;
    }

    if (command == u"export") {
        CandidateExporter exporter(*database);
        exporter.setDelimiter(delimiter);
        exporter.setEncoding(encoding);
        const ExportResult result = parser.isSet(vacancyOption)
                                        ? exporter.exportVacancy(file, parser.value(vacancyOption))
                                        : exporter.exportAll(file);
        if (!result.ok) {
            err << result.error << Qt::endl;
            return Failed;
        }
        out << tr("Candidates exported to %1: %2.")
                   .arg(QDir::toNativeSeparators(file))
                   .arg(result.rows)
            << Qt::endl;
        if (result.unmappable > 0) {
            err << tr("Characters with no Windows-1251 code were written as \"?\": %1. "
                      "Export in UTF-8 to keep them.")
                       .arg(result.unmappable)
                << Qt::endl;
        }
        return Ok;
    }

    const PhoneNumbers phones;
    ImportOptions options;
    options.databasePath = cli.databasePath();
    options.filePath = file;
    options.defaultVacancy = parser.value(vacancyOption);
    CandidateImporter importer(options, phones);
    const ImportReport report = importer.run();
    out << report.summary() << Qt::endl;
    if (parser.isSet(reportOption)) {
        QString error;
        if (!report.writeJson(CommandLine::absolutePath(parser.value(reportOption)), &error)) {
            err << error << Qt::endl;
            return Failed;
        }
    }
    if (!report.error.isEmpty()) {
        if (report.rows > 0) {
            err << report.error << Qt::endl;
        }
        return Failed;
    }
    return report.cancelled ? Failed : Ok;
}

} // namespace bbd
