#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace bbd::csv {

enum class Encoding {
    Utf8,        // no byte order mark
    Utf8Bom,     // what Excel needs to read UTF-8 without asking
    Windows1251, // what Russian Excel writes by default
};

QString encodingName(Encoding encoding);
// Windows-1251 bytes as text; `errors` is set (never cleared) when a byte has no character
// (0x98). Shared with every reader of Russian Windows files, not only CSV.
QString decodeCp1251(const QByteArray &bytes, bool *errors);
// "utf-8", "utf-8-bom", "cp1251"/"windows-1251" (case-insensitive); false when unknown.
bool encodingFromName(const QString &name, Encoding *encoding);

// One record of the file, with where it starts, so that a report can point at the line the
// user sees in a text editor.
struct Record
{
    enum class Problem {
        None,
        UnclosedQuote, // a quoted field runs to the end of the file
        StrayQuote,    // text right after a closing quote
        BadEncoding,   // bytes that are not valid in the file's encoding
    };

    QStringList cells;
    qint64 line = 0; // physical line (1-based) the record starts on
    Problem problem = Problem::None;
};

QString problemText(Record::Problem problem);

// Reads a CSV file as it streams from a device: the encoding (UTF-8 with or without a BOM,
// otherwise Windows-1251) and the delimiter (',' ';' or tab) are detected from the first
// block, then records are parsed per RFC 4180 (quoted fields with delimiters, doubled quotes
// and line breaks inside; CRLF, LF or CR line ends). Only a block of the file is decoded at a
// time, so a file of a million rows is never held in memory as text.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(bbd::csv::Reader)

public:
    explicit Reader(QIODevice *device);

    // Reads the first block and detects the format. False, with error() set for the user,
    // for an empty or binary file or a read error.
    bool open();
    QString error() const { return m_error; }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // Forces the delimiter (a user's choice in the preview); call after open().
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    // The next non-blank record; false at the end of the file or on a read error (error()).
    bool next(Record &record);
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

    // The whole text of `data` parsed at once (tests, previews of small files).
    static QList<Record> parseAll(const QByteArray &data, QString *error = nullptr,
                                  QChar *delimiter = nullptr, Encoding *encoding = nullptr);

private:
    enum class Decided { Unknown, Yes };
    bool fill();
    QString decode(const QByteArray &bytes, bool last);
    void detectDelimiter();

    QIODevice *m_device = nullptr;
    QString m_error;
    Encoding m_encoding = Encoding::Utf8;
    bool m_encodingKnown = false; // false while every byte so far was ASCII
    bool m_encodingErrors = false;
    QStringDecoder m_utf8;
    QChar m_delimiter = u',';
    QString m_text; // decoded text not yet parsed
    qsizetype m_pos = 0;
    bool m_atEnd = false; // the device has been read to the end
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QByteArray m_pending; // bytes of the first block kept for detection
};

// Writes CSV: cells quoted only when needed, CRLF line ends (RFC 4180, Excel).
class Writer
{
public:
    Writer(QIODevice *device, QChar delimiter = u',', Encoding encoding = Encoding::Utf8Bom);

    bool writeRecord(const QStringList &cells);
    // Characters that Windows-1251 cannot hold and were written as '?'.
    qint64 unmappableCount() const { return m_unmappable; }

    static QByteArray encode(const QString &text, Encoding encoding, qint64 *unmappable);

private:
    QIODevice *m_device = nullptr;
    QChar m_delimiter;
    Encoding m_encoding;
    bool m_started = false;
    qint64 m_unmappable = 0;
};

} // namespace bbd::csv
