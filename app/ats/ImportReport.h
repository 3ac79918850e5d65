#pragma once

#include "app/io/Csv.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bbd {

// What happened to one data row of an imported file.
struct ImportLine
{
    enum class Outcome : quint8 { Imported, Duplicate, Rejected };

    qint64 line = 0; // physical line the row starts on (the header is line 1)
    Outcome outcome = Outcome::Rejected;
    qint64 candidateId = 0; // Imported: the new candidate; Duplicate: the one it matches
    QString note;           // Rejected: the reason; otherwise a warning or the match, or empty
};

// The outcome of an import. Every data row the import got to has exactly one line, so
// imported + duplicates + rejected == rows. A cancelled or failed import commits whole
// batches only: `lines` then holds the rows that are settled (those in the database and those
// turned away), all of them at or before `lastSettledLine`; rows after it were not imported.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ImportReport)

public:
    QString file;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    QList<ImportLine> lines;
    bool cancelled = false;
    QString error; // the import could not run or stopped on a failure; empty otherwise
    qint64 lastSettledLine = 0;

    // Enough of the file to write the rejected rows back in its own format.
    QStringList header;
    QChar delimiter = u',';
    csv::Encoding encoding = csv::Encoding::Utf8Bom;
    QList<csv::Record> rejectedRecords; // original cells, in file order

    bool completed() const { return error.isEmpty() && !cancelled; }
    // {file, counts{rows, imported, duplicates, rejected}, lines[{line, outcome,
    //  candidate_id | duplicate_of, reason | warning}], cancelled, error, last_settled_line}
    QJsonObject toJson() const;
    bool writeJson(const QString &path, QString *errorText) const;
    // The rejected rows under the file's header, each with its cells as they were, so that
    // the user can fix them and import that file again.
    bool writeRejectedCsv(const QString &path, QString *errorText) const;
    // Two or three sentences for a message box or a terminal.
    QString summary() const;

    static QString outcomeKey(ImportLine::Outcome outcome);
};

} // namespace bbd
