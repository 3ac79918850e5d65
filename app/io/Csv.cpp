#include "app/io/Csv.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>

#include <array>

namespace bbd::csv {
namespace {

constexpr qint64 kBlockSize = 1 << 20;
// Lines looked at to pick the delimiter: enough to outvote a comma inside one name.
constexpr int kDelimiterSampleLines = 30;

// The upper half of Windows-1251 (0x80..0xFF); 0x98 is unassigned.
constexpr std::array<char16_t, 128> kCp1251 = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};

bool hasHighBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            return true;
        }
    }
    return false;
}

// Strict UTF-8 check (no overlongs, no surrogates). A sequence cut by the end of the block is
// accepted when `truncatedTailOk`: the next block may complete it.
bool isValidUtf8(const QByteArray &bytes, bool truncatedTailOk)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar min = 0x80;
        uchar max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = c == 0xE0 ? 0xA0 : 0x80;
            max = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = c == 0xF0 ? 0x90 : 0x80;
            max = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                return truncatedTailOk;
            }
            const uchar next = p[i + k];
            if (next < (k == 1 ? min : 0x80) || next > (k == 1 ? max : 0xBF)) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

// Line breaks between from and to: LF, CRLF and a lone CR each count once.
qint64 countBreaks(const QChar *d, qsizetype from, qsizetype to)
{
    qint64 lines = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (d[i] == u'\n') {
            ++lines;
        } else if (d[i] == u'\r' && !(i + 1 < to && d[i + 1] == u'\n')) {
            ++lines;
        }
    }
    return lines;
}

} // namespace

QString decodeCp1251(const QByteArray &bytes, bool *errors)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x80) {
            d[i] = QChar(c);
        } else {
            const char16_t u = kCp1251[c - 0x80];
            *errors = *errors || u == 0xFFFD;
            d[i] = QChar(u);
        }
    }
    return out;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Windows1251:
        return QStringLiteral("cp1251");
    }
    return {};
}

bool encodingFromName(const QString &name, Encoding *encoding)
{
    const QString key = name.trimmed().toLower().remove(u'_');
    if (key == u"utf-8" || key == u"utf8") {
        *encoding = Encoding::Utf8;
    } else if (key == u"utf-8-bom" || key == u"utf8bom" || key == u"utf-8bom") {
        *encoding = Encoding::Utf8Bom;
    } else if (key == u"cp1251" || key == u"windows-1251" || key == u"win1251" || key == u"1251") {
        *encoding = Encoding::Windows1251;
    } else {
        return false;
    }
    return true;
}

QString problemText(Record::Problem problem)
{
    switch (problem) {
    case Record::Problem::None:
        return {};
    case Record::Problem::UnclosedQuote:
        return Reader::tr("A quoted field is not closed: the rest of the file was read into it.");
    case Record::Problem::StrayQuote:
        return Reader::tr("Text follows a closing quote; double the quotes inside a quoted "
                          "field.");
    case Record::Problem::BadEncoding:
        return Reader::tr("The line has bytes that are not valid in the file's encoding.");
    }
    return {};
}

Reader::Reader(QIODevice *device)
    : m_device(device)
    , m_utf8(QStringDecoder::Utf8)
{}

bool Reader::open()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the file: %1").arg(m_device->errorString());
        return false;
    }
    QByteArray first;
    while (first.size() < kBlockSize) {
        const QByteArray chunk = m_device->read(kBlockSize - first.size());
        if (chunk.isEmpty()) {
            break;
        }
        first += chunk;
    }
    m_bytesRead = first.size();
    m_atEnd = m_device->atEnd();
    if (first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF")) {
        m_error = tr("The file is in UTF-16. Save it as CSV in UTF-8 or Windows-1251.");
        return false;
    }
    if (first.startsWith("PK\x03\x04") || first.startsWith("\xD0\xCF\x11\xE0")) {
        m_error = tr("This is an Excel workbook, not a CSV file. In Excel, use File > Save As "
                     "> CSV and import that file.");
        return false;
    }
    qsizetype control = 0;
    for (const char c : std::as_const(first)) {
        const uchar u = uchar(c);
        if (u == 0) {
            m_error = tr("The file is not text (it has zero bytes): choose a CSV file.");
            return false;
        }
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F) {
            ++control;
        }
    }
    // Text has next to no control characters; a few stray ones are tolerated.
    if (control > 8 && control * 100 > first.size()) {
        m_error = tr("The file is not text (too many control characters): choose a CSV file.");
        return false;
    }
    if (first.startsWith("\xEF\xBB\xBF")) {
        first.remove(0, 3);
        m_encoding = Encoding::Utf8Bom;
        m_encodingKnown = true;
    }
    m_text = decode(first, m_atEnd);
    m_pos = 0;
    if (m_text.trimmed().isEmpty() && m_atEnd) {
        m_error = tr("The file is empty.");
        return false;
    }
    detectDelimiter();
    return true;
}

QString Reader::decode(const QByteArray &bytes, bool last)
{
    if (!m_encodingKnown) {
        if (!hasHighBytes(bytes)) {
            return QString::fromLatin1(bytes);
        }
        // ASCII reads the same in both, so the first block with other bytes decides.
        m_encoding = isValidUtf8(bytes, !last) ? Encoding::Utf8 : Encoding::Windows1251;
        m_encodingKnown = true;
    }
    if (m_encoding == Encoding::Windows1251) {
        return decodeCp1251(bytes, &m_encodingErrors);
    }
    QString text = m_utf8.decode(bytes);
    m_encodingErrors = m_encodingErrors || m_utf8.hasError();
    return text;
}

bool Reader::fill()
{
    if (m_atEnd) {
        return false;
    }
    const QByteArray bytes = m_device->read(kBlockSize);
    m_bytesRead += bytes.size();
    m_atEnd = bytes.isEmpty() || m_device->atEnd();
    m_text = QStringView(m_text).mid(m_pos) + decode(bytes, m_atEnd);
    m_pos = 0;
    return true;
}

void Reader::detectDelimiter()
{
    static constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool quoted = false;
    const qsizetype end = std::min<qsizetype>(m_text.size(), 256 * 1024);
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < end && m_text.at(i + 1) == u'\n') {
                ++i;
            }
            for (int k = 0; k < 3; ++k) {
                counts[k] << current[k];
                current[k] = 0;
            }
            if (counts[0].size() >= kDelimiterSampleLines) {
                break;
            }
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                current[k] += c == QChar(candidates[k]) ? 1 : 0;
            }
        }
    }
    if (current[0] + current[1] + current[2] > 0) {
        for (int k = 0; k < 3; ++k) {
            counts[k] << current[k];
        }
    }
    // The delimiter is the one the header has and most lines have as many times.
    int best = -1;
    qsizetype bestAgree = -1;
    int bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        if (counts[k].isEmpty() || counts[k].first() == 0) {
            continue;
        }
        const qsizetype agree = counts[k].count(counts[k].first());
        if (agree > bestAgree || (agree == bestAgree && counts[k].first() > bestCount)) {
            best = k;
            bestAgree = agree;
            bestCount = counts[k].first();
        }
    }
    m_delimiter = QChar(candidates[best < 0 ? 0 : best]);
}

bool Reader::next(Record &record)
{
    for (;;) {
        const QChar *d = m_text.constData();
        const qsizetype n = m_text.size();
        if (m_pos >= n) {
            if (!fill()) {
                return false;
            }
            if (m_text.isEmpty() && m_atEnd) {
                return false;
            }
            continue;
        }
        qsizetype i = m_pos;
        qint64 line = m_line;
        record.cells.clear();
        record.problem = Record::Problem::None;
        record.line = m_line;
        bool needMore = false;
        bool sawQuote = false;
        for (;;) { // one field per turn
            if (i < n && d[i] == u'"') {
                sawQuote = true;
                QString field;
                qsizetype segment = ++i;
                bool closed = false;
                while (!closed) {
                    const qsizetype q = m_text.indexOf(u'"', i);
                    if (q < 0) {
                        if (!m_atEnd) {
                            needMore = true;
                            break;
                        }
                        field += QStringView(m_text).mid(segment);
                        line += countBreaks(d, segment, n);
                        record.problem = Record::Problem::UnclosedQuote;
                        i = n;
                        break;
                    }
                    if (q + 1 >= n && !m_atEnd) {
                        needMore = true;
                        break;
                    }
                    line += countBreaks(d, segment, q);
                    field += QStringView(m_text).mid(segment, q - segment);
                    if (q + 1 < n && d[q + 1] == u'"') {
                        field += u'"';
                        i = segment = q + 2;
                    } else {
                        i = q + 1;
                        closed = true;
                    }
                }
                if (needMore) {
                    break;
                }
                if (closed && i < n && d[i] != m_delimiter && d[i] != u'\r' && d[i] != u'\n') {
                    const qsizetype start = i;
                    while (i < n && d[i] != m_delimiter && d[i] != u'\r' && d[i] != u'\n') {
                        ++i;
                    }
                    if (i >= n && !m_atEnd) {
                        needMore = true;
                        break;
                    }
                    field += QStringView(m_text).mid(start, i - start);
                    record.problem = Record::Problem::StrayQuote;
                }
                record.cells << field;
            } else {
                const qsizetype start = i;
                while (i < n && d[i] != m_delimiter && d[i] != u'\r' && d[i] != u'\n') {
                    ++i;
                }
                if (i >= n && !m_atEnd) {
                    needMore = true;
                    break;
                }
                record.cells << m_text.mid(start, i - start);
            }
            if (i >= n) {
                break; // end of the file ends the record
            }
            if (d[i] == m_delimiter) {
                ++i;
                continue;
            }
            if (d[i] == u'\r') {
                if (i + 1 >= n && !m_atEnd) {
                    needMore = true;
                    break;
                }
                ++i;
                if (i < n && d[i] == u'\n') {
                    ++i;
                }
            } else {
                ++i; // '\n'
            }
            ++line;
            break;
        }
        if (needMore) {
            // The record runs past the decoded text: decode more and parse it again whole.
            if (!fill()) {
                return false;
            }
            continue;
        }
        m_pos = i;
        m_line = line;
        if (record.cells.size() == 1 && !sawQuote && record.cells.first().isEmpty()) {
            continue; // a blank line
        }
        if (m_encodingErrors && record.problem == Record::Problem::None) {
            for (const QString &cell : std::as_const(record.cells)) {
                if (cell.contains(QChar(0xFFFD))) {
                    record.problem = Record::Problem::BadEncoding;
                    break;
                }
            }
        }
        return true;
    }
}

QList<Record> Reader::parseAll(const QByteArray &data, QString *error, QChar *delimiter,
                               Encoding *encoding)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    QList<Record> records;
    if (!reader.open()) {
        if (error) {
            *error = reader.error();
        }
        return records;
    }
    Record record;
    while (reader.next(record)) {
        records << record;
    }
    if (error) {
        *error = reader.error();
    }
    if (delimiter) {
        *delimiter = reader.delimiter();
    }
    if (encoding) {
        *encoding = reader.encoding();
    }
    return records;
}

Writer::Writer(QIODevice *device, QChar delimiter, Encoding encoding)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_encoding(encoding)
{}

QByteArray Writer::encode(const QString &text, Encoding encoding, qint64 *unmappable)
{
    if (encoding != Encoding::Windows1251) {
        return text.toUtf8();
    }
    static const QHash<char16_t, uchar> reverse = [] {
        QHash<char16_t, uchar> map;
        for (int i = 0; i < 128; ++i) {
            if (kCp1251[i] != 0xFFFD) {
                map.insert(kCp1251[i], uchar(0x80 + i));
            }
        }
        return map;
    }();
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(char(c.unicode()));
            continue;
        }
        const auto found = reverse.constFind(c.unicode());
        if (found == reverse.constEnd()) {
            out.append('?');
            if (unmappable && !c.isLowSurrogate()) {
                ++*unmappable;
            }
        } else {
            out.append(char(*found));
        }
    }
    return out;
}

bool Writer::writeRecord(const QStringList &cells)
{
    if (!m_started) {
        m_started = true;
        if (m_encoding == Encoding::Utf8Bom && m_device->write("\xEF\xBB\xBF", 3) != 3) {
            return false;
        }
    }
    QString line;
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (k > 0) {
            line += m_delimiter;
        }
        const QString &cell = cells.at(k);
        const bool quote = cell.contains(m_delimiter) || cell.contains(u'"') ||
                           cell.contains(u'\n') || cell.contains(u'\r') ||
                           (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            line += u'"' + QString(cell).replace(u'"', QLatin1String("\"\"")) + u'"';
        } else {
            line += cell;
        }
    }
    // A record of one empty cell would read back as a blank line, which readers skip.
    if (cells.size() == 1 && cells.first().isEmpty()) {
        line = QStringLiteral("\"\"");
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = encode(line, m_encoding, &m_unmappable);
    return m_device->write(bytes) == bytes.size();
}

} // namespace bbd::csv
