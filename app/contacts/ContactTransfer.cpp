#include "app/contacts/ContactTransfer.h"

#include "app/io/Csv.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

namespace bbd {
namespace {

const QStringList kCsvHeader{
    QStringLiteral("type"),       QStringLiteral("name"),        QStringLiteral("role"),
    QStringLiteral("email"),      QStringLiteral("phone"),       QStringLiteral("slack"),
    QStringLiteral("order"),      QStringLiteral("notes"),       QStringLiteral("address"),
    QStringLiteral("purpose"),    QStringLiteral("when_to_use"), QStringLiteral("confidential"),
    QStringLiteral("responsible")};

QString decodeText(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    bool errors = false;
    return csv::decodeCp1251(bytes, &errors); // old Outlook exports of Russian address books
}

bool yes(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"yes" || t == u"1" || t == u"true" || t == u"да" || t == u"y";
}

// Splits on the separator where it is not escaped with a backslash.
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

// "Антон Эйчаров" -> family "Эйчаров", given "Антон": the order the seed writes names in.
QString structuredName(const QString &fullName)
{
    QStringList words = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString family = words.isEmpty() ? QString() : words.takeLast();
    return ContactTransfer::escapeValue(family) + u';' +
           ContactTransfer::escapeValue(words.join(u' ')) + QStringLiteral(";;;");
}

struct VCardProperty
{
    QString name;
    QStringList types; // lower-case TYPE values, and a bare 3.0 parameter ("CELL")
    bool preferred = false;
    QString value; // raw, still escaped
};

VCardProperty parseProperty(const QString &line)
{
    VCardProperty property;
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"') {
            quoted = !quoted;
        } else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) {
        return property;
    }
    const QStringList head = line.left(colon).split(u';');
    property.name = head.first().section(u'.', -1).trimmed().toUpper();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString param = head.at(i);
        const QString key = param.section(u'=', 0, 0).trimmed().toUpper();
        QString value = param.section(u'=', 1);
        value.remove(u'"');
        if (!param.contains(u'=')) {
            property.types << key.toLower();
        } else if (key == u"TYPE") {
            for (const QString &type : value.split(u',', Qt::SkipEmptyParts)) {
                property.types << type.trimmed().toLower();
            }
        } else if (key == u"PREF") {
            property.preferred = true;
        }
    }
    if (property.types.contains(QStringLiteral("pref"))) {
        property.preferred = true;
    }
    property.value = line.mid(colon + 1);
    return property;
}

} // namespace

QString DirectoryImportReport::summary() const
{
    if (!error.isEmpty()) {
        return ContactTransfer::tr("Nothing was imported: %1").arg(error);
    }
    return ContactTransfer::tr("%n imported, ", nullptr, imported) +
           ContactTransfer::tr("%n updated, ", nullptr, updated) +
           ContactTransfer::tr("%n rejected.", nullptr, int(rejected.size()));
}

ContactTransfer::ContactTransfer(ContactDirectory &directory)
    : m_directory(directory)
{}

ContactTransfer::Format ContactTransfer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"vcf" || suffix == u"vcard" ? Format::VCard4 : Format::Csv;
}

QString ContactTransfer::escapeValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c != u'\r') {
            out += c;
        }
    }
    return out;
}

QString ContactTransfer::unescapeValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ContactTransfer::foldLine(const QString &line)
{
    QByteArray out;
    int octets = 0;
    int limit = 75;
    for (qsizetype i = 0; i < line.size(); ++i) {
        // A surrogate pair is one character: never split it.
        const qsizetype length = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
        const QByteArray bytes = line.mid(i, length).toUtf8();
        i += length - 1;
        if (octets + bytes.size() > limit) {
            out += "\r\n ";
            octets = 1;
            limit = 75;
        }
        out += bytes;
        octets += int(bytes.size());
    }
    return out + "\r\n";
}

QByteArray ContactTransfer::exportCsv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::Writer writer(&buffer);
    writer.writeRecord(kCsvHeader);
    QHash<qint64, QString> names;
    for (const DirectoryContact &c : m_directory.contacts()) {
        names.insert(c.id, c.fullName);
        writer.writeRecord({QStringLiteral("person"),
                            c.fullName,
                            c.role,
                            c.email,
                            c.phoneRaw,
                            c.slackHandle,
                            QString::number(c.escalationOrder),
                            c.notes,
                            {},
                            {},
                            {},
                            {},
                            {}});
    }
    for (const DirectoryChannel &ch : m_directory.channels()) {
        QStringList responsible;
        for (const qint64 id : ch.contactIds) {
            responsible << names.value(id);
        }
        writer.writeRecord({ch.kind,
                            ch.name,
                            {},
                            {},
                            {},
                            {},
                            QString::number(ch.priority),
                            {},
                            ch.address,
                            ch.purpose,
                            ch.whenToUse,
                            ch.confidentialAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
                            responsible.join(QStringLiteral("; "))});
    }
    return buffer.data();
}

QByteArray ContactTransfer::exportVCard(int version) const
{
    QByteArray out;
    const bool four = version >= 4;
    for (const DirectoryContact &c : m_directory.contacts()) {
        out += "BEGIN:VCARD\r\n";
        out += four ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        out += foldLine(QStringLiteral("FN:") + escapeValue(c.fullName));
        out += foldLine(QStringLiteral("N:") + structuredName(c.fullName));
        if (!c.role.isEmpty()) {
            out += foldLine(QStringLiteral("ROLE:") + escapeValue(c.role));
        }
        if (!c.email.isEmpty()) {
            out += foldLine(QStringLiteral("EMAIL;TYPE=work:") + escapeValue(c.email));
        }
        if (!c.phoneE164.isEmpty()) {
            out += foldLine(four ? QStringLiteral("TEL;VALUE=uri;TYPE=\"work,voice\":tel:") +
                                       c.phoneE164
                                 : QStringLiteral("TEL;TYPE=WORK,VOICE:") + c.phoneE164);
        } else if (!c.phoneRaw.isEmpty()) {
            // Not a callable number: kept as the text it is.
            out += foldLine((four ? QStringLiteral("TEL;VALUE=text;TYPE=work:")
                                  : QStringLiteral("TEL;TYPE=WORK:")) +
                            escapeValue(c.phoneRaw));
        }
        if (!c.slackHandle.isEmpty()) {
            out += foldLine(QStringLiteral("X-SLACK:") + escapeValue(c.slackHandle));
        }
        out += foldLine(QStringLiteral("X-ESCALATION-ORDER:") + QString::number(c.escalationOrder));
        if (!c.notes.isEmpty()) {
            out += foldLine(QStringLiteral("NOTE:") + escapeValue(c.notes));
        }
        out += "END:VCARD\r\n";
    }
    return out;
}

bool ContactTransfer::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(formatForPath(path) == Format::Csv ? exportCsv() : exportVCard(4));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

DirectoryImportReport ContactTransfer::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DirectoryImportReport report;
        report.error = file.errorString();
        return report;
    }
    const QByteArray data = file.readAll();
    // A .csv that is really a vCard (some phones name them so) is read as what it is.
    if (formatForPath(path) != Format::Csv || data.trimmed().toUpper().startsWith("BEGIN:VCARD")) {
        return importVCard(data);
    }
    return importCsv(data);
}

qint64 ContactTransfer::matchContact(const DirectoryContact &contact,
                                     const QList<DirectoryContact> &existing) const
{
    // Two e-mails decide on their own: colleagues share a department's phone (seed 000: the
    // HR line), so a common number only matches when an e-mail does not say otherwise.
    for (const DirectoryContact &e : existing) {
        if (!contact.email.isEmpty() && !e.email.isEmpty()) {
            if (contact.email.compare(e.email.trimmed(), Qt::CaseInsensitive) == 0) {
                return e.id;
            }
            continue;
        }
        if (!contact.phoneE164.isEmpty() && contact.phoneE164 == e.phoneE164) {
            return e.id;
        }
    }
    // Someone with neither (only Slack, or a number that is not valid) is known by the name.
    if (contact.phoneE164.isEmpty() && contact.email.isEmpty()) {
        for (const DirectoryContact &e : existing) {
            if (e.fullName.compare(contact.fullName.simplified(), Qt::CaseInsensitive) == 0) {
                return e.id;
            }
        }
    }
    return 0;
}

bool ContactTransfer::storeContact(DirectoryContact contact, qint64 line,
                                   QList<DirectoryContact> &existing, DirectoryImportReport &report)
{
    contact.email = contact.email.trimmed();
    contact.phoneRaw = contact.phoneRaw.trimmed();
    if (const QStringList problems = m_directory.validate(contact); !problems.isEmpty()) {
        report.rejected.append({line, problems.join(u' ')});
        return true;
    }
    for (const QString &warning : m_directory.warnings(contact)) {
        report.warnings << tr("Line %1: %2").arg(line).arg(warning);
    }
    // The E.164 form decides the match, so "8 (495) 123-45-67" finds "+74951234567".
    contact.phoneE164 = m_directory.toE164(contact.phoneRaw);
    const qint64 id = matchContact(contact, existing);
    if (id != 0) {
        for (DirectoryContact &e : existing) {
            if (e.id != id) {
                continue;
            }
            // What the file leaves empty is kept: an import adds, it does not wipe.
            DirectoryContact merged = e;
            merged.fullName = contact.fullName;
            if (!contact.role.isEmpty()) {
                merged.role = contact.role;
            }
            if (!contact.email.isEmpty()) {
                merged.email = contact.email;
            }
            if (!contact.phoneRaw.isEmpty()) {
                merged.phoneRaw = contact.phoneRaw;
            }
            if (!contact.slackHandle.isEmpty()) {
                merged.slackHandle = contact.slackHandle;
            }
            if (contact.escalationOrder > 0) {
                merged.escalationOrder = contact.escalationOrder;
            }
            if (!contact.notes.isEmpty()) {
                merged.notes = contact.notes;
            }
            if (!m_directory.saveContact(merged)) {
                report.error = tr("Line %1: %2").arg(line).arg(m_directory.lastError());
                return false;
            }
            e = merged;
            ++report.updated;
            return true;
        }
    }
    if (!m_directory.saveContact(contact)) {
        report.error = tr("Line %1: %2").arg(line).arg(m_directory.lastError());
        return false;
    }
    existing.append(contact);
    ++report.imported;
    return true;
}

DirectoryImportReport ContactTransfer::finish(DirectoryImportReport report)
{
    if (!report.ok()) {
        m_directory.rollbackBatch();
        report.imported = 0;
        report.updated = 0;
        return report;
    }
    if (!m_directory.commitBatch()) {
        report.error = m_directory.lastError();
        report.imported = 0;
        report.updated = 0;
    }
    return report;
}

DirectoryImportReport ContactTransfer::importCsv(const QByteArray &data)
{
    DirectoryImportReport report;
    QString parseError;
    const QList<csv::Record> records = csv::Reader::parseAll(data, &parseError);
    if (records.isEmpty()) {
        report.error = parseError.isEmpty() ? tr("The file is empty.") : parseError;
        return report;
    }
    QHash<QString, qsizetype> column;
    const QStringList header = records.first().cells;
    for (qsizetype i = 0; i < header.size(); ++i) {
        column.insert(header.at(i).trimmed().toLower(), i);
    }
    if (!column.contains(QStringLiteral("type")) || !column.contains(QStringLiteral("name"))) {
        report.error = tr("The first line must name the columns, at least \"type\" and \"name\" "
                          "(as an export writes them).");
        return report;
    }
    const auto cell = [&column](const csv::Record &record, const char *name) {
        const qsizetype i = column.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < record.cells.size() ? record.cells.at(i).trimmed() : QString();
    };
    if (!m_directory.beginBatch()) {
        report.error = m_directory.lastError();
        return report;
    }
    QList<DirectoryContact> existing = m_directory.contacts();
    // People first, so that channels can name them whatever the order of the rows.
    for (qsizetype r = 1; r < records.size(); ++r) {
        const csv::Record &record = records.at(r);
        const QString type = cell(record, "type").toLower();
        if (record.problem != csv::Record::Problem::None) {
            report.rejected.append({record.line, csv::problemText(record.problem)});
            continue;
        }
        if (type != u"person" && type != u"contact") {
            if (!ContactDirectory::channelKinds().contains(type)) {
                report.rejected.append(
                    {record.line,
                     tr("Unknown type \"%1\": use person, email, phone, slack, meeting or "
                        "chatbot.")
                         .arg(type)});
            }
            continue;
        }
        DirectoryContact contact;
        contact.fullName = cell(record, "name");
        contact.role = cell(record, "role");
        contact.email = cell(record, "email");
        contact.phoneRaw = cell(record, "phone");
        contact.slackHandle = cell(record, "slack");
        contact.escalationOrder = cell(record, "order").toInt();
        contact.notes = cell(record, "notes");
        if (!storeContact(contact, record.line, existing, report)) {
            return finish(report);
        }
    }
    QList<DirectoryChannel> channels = m_directory.channels();
    for (qsizetype r = 1; r < records.size(); ++r) {
        const csv::Record &record = records.at(r);
        const QString type = cell(record, "type").toLower();
        if (record.problem != csv::Record::Problem::None ||
            !ContactDirectory::channelKinds().contains(type)) {
            continue;
        }
        DirectoryChannel channel;
        channel.kind = type;
        channel.name = cell(record, "name");
        channel.address = cell(record, "address");
        channel.purpose = cell(record, "purpose");
        channel.whenToUse = cell(record, "when_to_use");
        channel.confidentialAllowed = yes(cell(record, "confidential"));
        channel.priority = cell(record, "order").toInt();
        for (const QString &name : cell(record, "responsible").split(u';', Qt::SkipEmptyParts)) {
            bool found = false;
            for (const DirectoryContact &c : std::as_const(existing)) {
                if (c.fullName.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
                    channel.contactIds << c.id;
                    found = true;
                    break;
                }
            }
            if (!found) {
                report.warnings << tr("Line %1: nobody called \"%2\" in the directory.")
                                       .arg(record.line)
                                       .arg(name.simplified());
            }
        }
        if (const QStringList problems = m_directory.validate(channel); !problems.isEmpty()) {
            report.rejected.append({record.line, problems.join(u' ')});
            continue;
        }
        bool updated = false;
        for (DirectoryChannel &e : channels) {
            if (e.kind == channel.kind && e.name.compare(channel.name, Qt::CaseInsensitive) == 0) {
                channel.id = e.id;
                if (channel.priority <= 0) {
                    channel.priority = e.priority;
                }
                updated = true;
                break;
            }
        }
        if (!m_directory.saveChannel(channel)) {
            report.error = tr("Line %1: %2").arg(record.line).arg(m_directory.lastError());
            return finish(report);
        }
        if (updated) {
            ++report.updated;
        } else {
            channels.append(channel);
            ++report.imported;
        }
    }
    return finish(report);
}

DirectoryImportReport ContactTransfer::importVCard(const QByteArray &data)
{
    DirectoryImportReport report;
    // Unfolding: a line that starts with a space or a tab continues the one before.
    QList<QPair<qint64, QString>> lines;
    const QStringList physical = decodeText(data).split(u'\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString line = physical.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (!lines.isEmpty() && (line.startsWith(u' ') || line.startsWith(u'\t'))) {
            lines.last().second += line.mid(1);
        } else if (!line.trimmed().isEmpty()) {
            lines.append({i + 1, line});
        }
    }
    if (lines.isEmpty()) {
        report.error = tr("The file is empty.");
        return report;
    }
    if (!m_directory.beginBatch()) {
        report.error = m_directory.lastError();
        return report;
    }
    QList<DirectoryContact> existing = m_directory.contacts();
    qint64 cardLine = 0;
    bool inCard = false;
    DirectoryContact contact;
    QString family;
    QString given;
    QStringList extraPhones;
    QStringList extraEmails;
    bool phonePreferred = false;
    bool emailPreferred = false;
    for (const auto &[number, line] : std::as_const(lines)) {
        const VCardProperty p = parseProperty(line);
        if (p.name == u"BEGIN" && p.value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) == 0) {
            if (inCard) {
                report.rejected.append({cardLine, tr("The card has no END:VCARD.")});
            }
            inCard = true;
            cardLine = number;
            contact = {};
            family.clear();
            given.clear();
            extraPhones.clear();
            extraEmails.clear();
            phonePreferred = emailPreferred = false;
            continue;
        }
        if (!inCard) {
            report.rejected.append({number, tr("Text outside of a card: %1").arg(line.left(40))});
            continue;
        }
        if (p.name == u"END") {
            inCard = false;
            if (contact.fullName.simplified().isEmpty()) {
                contact.fullName = QString(given + u' ' + family).simplified();
            }
            // Only one phone and one e-mail are synchronised; the others stay in the notes.
            QStringList more;
            if (!extraPhones.isEmpty()) {
                more << tr("Other phones: %1").arg(extraPhones.join(QStringLiteral(", ")));
            }
            if (!extraEmails.isEmpty()) {
                more << tr("Other e-mails: %1").arg(extraEmails.join(QStringLiteral(", ")));
            }
            for (const QString &m : std::as_const(more)) {
                if (!contact.notes.contains(m)) {
                    contact.notes +=
                        (contact.notes.isEmpty() ? QString() : QStringLiteral("\n")) + m;
                }
            }
            if (!storeContact(contact, cardLine, existing, report)) {
                return finish(report);
            }
            continue;
        }
        const QString value = unescapeValue(p.value).trimmed();
        if (p.name == u"FN") {
            contact.fullName = value;
        } else if (p.name == u"N") {
            const QStringList parts = splitUnescaped(p.value, u';');
            family = unescapeValue(parts.value(0)).trimmed();
            given = unescapeValue(parts.value(1)).trimmed();
        } else if (p.name == u"ROLE" || (p.name == u"TITLE" && contact.role.isEmpty())) {
            contact.role = value;
        } else if (p.name == u"NOTE") {
            contact.notes = value;
        } else if (p.name == u"X-SLACK") {
            contact.slackHandle = value;
        } else if (p.name == u"X-ESCALATION-ORDER") {
            contact.escalationOrder = value.toInt();
        } else if (p.name == u"TEL") {
            QString phone = value;
            if (phone.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive)) {
                phone = phone.mid(4);
            }
            if (contact.phoneRaw.isEmpty() || (p.preferred && !phonePreferred)) {
                if (!contact.phoneRaw.isEmpty()) {
                    extraPhones.prepend(contact.phoneRaw);
                }
                contact.phoneRaw = phone;
                phonePreferred = p.preferred;
            } else {
                extraPhones << phone;
            }
        } else if (p.name == u"EMAIL") {
            if (contact.email.isEmpty() || (p.preferred && !emailPreferred)) {
                if (!contact.email.isEmpty()) {
                    extraEmails.prepend(contact.email);
                }
                contact.email = value;
                emailPreferred = p.preferred;
            } else {
                extraEmails << value;
            }
        }
    }
    if (inCard) {
        report.rejected.append({cardLine, tr("The card has no END:VCARD.")});
    }
    return finish(report);
}

} // namespace bbd
