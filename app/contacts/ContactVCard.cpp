#include "app/contacts/ContactTransfer.h"
#include "app/io/Csv.h"

#include <QStringDecoder>

// The vCard half of ContactTransfer (RFC 6350 and RFC 2426); the CSV half and the matching
// shared by both are in ContactTransfer.cpp.
namespace bbd {
namespace {
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
        // One line per e-mail and phone; the main one (the first) is marked preferred when
        // there are others, so that a reader that keeps one keeps that one.
        const QStringList emails = c.allEmails();
        for (qsizetype i = 0; i < emails.size(); ++i) {
            const bool pref = i == 0 && emails.size() > 1;
            out += foldLine((pref ? (four ? QStringLiteral("EMAIL;TYPE=work;PREF=1:")
                                          : QStringLiteral("EMAIL;TYPE=WORK,PREF:"))
                                  : QStringLiteral("EMAIL;TYPE=work:")) +
                            escapeValue(emails.at(i)));
        }
        const QStringList phones = c.allPhones();
        for (qsizetype i = 0; i < phones.size(); ++i) {
            const bool pref = i == 0 && phones.size() > 1;
            const QString e164 = m_directory.toE164(phones.at(i));
            const QString prefParam = four ? (pref ? QStringLiteral(";PREF=1") : QString())
                                           : (pref ? QStringLiteral(",PREF") : QString());
            if (!e164.isEmpty()) {
                out += foldLine(four ? QStringLiteral("TEL;VALUE=uri;TYPE=\"work,voice\"") +
                                           prefParam + QStringLiteral(":tel:") + e164
                                     : QStringLiteral("TEL;TYPE=WORK,VOICE") + prefParam +
                                           QStringLiteral(":") + e164);
            } else {
                // Not a callable number: kept as the text it is.
                out += foldLine((four ? QStringLiteral("TEL;VALUE=text;TYPE=work") + prefParam
                                      : QStringLiteral("TEL;TYPE=WORK") + prefParam) +
                                u':' + escapeValue(phones.at(i)));
            }
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
            contact.morePhones = extraPhones;
            contact.moreEmails = extraEmails;
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
