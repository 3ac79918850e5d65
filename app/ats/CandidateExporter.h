#pragma once

#include "app/io/Csv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

namespace bbd {

class Database;

struct ExportResult
{
    bool ok = false;
    qint64 rows = 0;
    // Characters Windows-1251 cannot hold, written as '?' (the caller tells the user).
    qint64 unmappable = 0;
    QString error;
};

// Writes live candidates to CSV under the headers CandidateImporter recognises (full name,
// phones as typed, e-mails, source, vacancy, stage, applied, tags, rating, notes, consent),
// so that importing the file into an empty database with the same vacancies gives the same
// candidates back.
class CandidateExporter
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidateExporter)

public:
    explicit CandidateExporter(const Database &db);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setEncoding(csv::Encoding encoding) { m_encoding = encoding; }

    // All live candidates.
    ExportResult exportAll(const QString &path) const;
    // Live candidates of the vacancy with this title.
    ExportResult exportVacancy(const QString &path, const QString &vacancyTitle) const;
    ExportResult exportIds(const QString &path, const QList<qint64> &ids) const;
    // `condition` is an SQL expression over the candidates table aliased `c`, with `?`
    // placeholders for `values` (never values pasted into the text).
    ExportResult exportWhere(const QString &path, const QString &condition,
                             const QVariantList &values) const;

private:
    QString m_connectionName;
    QChar m_delimiter = u',';
    csv::Encoding m_encoding = csv::Encoding::Utf8Bom;
};

} // namespace bbd
