#include "app/ats/ImportReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace bbd {

QString ImportReport::outcomeKey(ImportLine::Outcome outcome)
{
    switch (outcome) {
    case ImportLine::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportLine::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportLine::Outcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray array;
    for (const ImportLine &line : lines) {
        QJsonObject object{{QStringLiteral("line"), line.line},
                           {QStringLiteral("outcome"), outcomeKey(line.outcome)}};
        switch (line.outcome) {
        case ImportLine::Outcome::Imported:
            object.insert(QStringLiteral("candidate_id"), line.candidateId);
            if (!line.note.isEmpty()) {
                object.insert(QStringLiteral("warning"), line.note);
            }
            break;
        case ImportLine::Outcome::Duplicate:
            object.insert(QStringLiteral("duplicate_of"), line.candidateId);
            object.insert(QStringLiteral("reason"), line.note);
            break;
        case ImportLine::Outcome::Rejected:
            object.insert(QStringLiteral("reason"), line.note);
            break;
        }
        array.append(object);
    }
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("rows"), rows},
                                               {QStringLiteral("imported"), imported},
                                               {QStringLiteral("duplicates"), duplicates},
                                               {QStringLiteral("rejected"), rejected}}},
        {QStringLiteral("lines"), array},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("last_settled_line"), lastSettledLine},
    };
}

bool ImportReport::writeJson(const QString &path, QString *errorText) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        *errorText = tr("Cannot write the report to %1: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

bool ImportReport::writeRejectedCsv(const QString &path, QString *errorText) const
{
    QSaveFile out(path);
    bool ok = out.open(QIODevice::WriteOnly);
    if (ok) {
        // A file read as UTF-8 without a BOM goes back with one, so that Excel reads it right.
        csv::Writer writer(&out, delimiter,
                           encoding == csv::Encoding::Utf8 ? csv::Encoding::Utf8Bom : encoding);
        ok = writer.writeRecord(header);
        for (const csv::Record &record : rejectedRecords) {
            ok = ok && writer.writeRecord(record.cells);
        }
        ok = ok && out.commit();
    }
    if (!ok) {
        *errorText = tr("Cannot write the rejected rows to %1: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
    }
    return ok;
}

QString ImportReport::summary() const
{
    if (!error.isEmpty() && rows == 0) {
        return error;
    }
    QString text = tr("%1: rows read: %2, imported: %3, duplicates: %4, rejected: %5.")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(rows)
                       .arg(imported)
                       .arg(duplicates)
                       .arg(rejected);
    if (cancelled || !error.isEmpty()) {
        text += u' ';
        text += lastSettledLine > 0
                    ? tr("The import stopped: the rows up to line %1 are settled as listed; "
                         "the rows after it were not imported. Import the file again to add "
                         "them (the rows already in will show as duplicates).")
                          .arg(lastSettledLine)
                    : tr("The import stopped before any row was imported.");
    }
    if (!error.isEmpty()) {
        text += u' ' + error;
    }
    return text;
}

} // namespace bbd
