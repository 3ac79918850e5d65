#include "app/contacts/ContactTransfer.h"

#include "app/io/Csv.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace bbd {
namespace {

const QStringList kCsvHeader{
    QStringLiteral("type"),       QStringLiteral("name"),        QStringLiteral("role"),
    QStringLiteral("email"),      QStringLiteral("phone"),       QStringLiteral("slack"),
    QStringLiteral("order"),      QStringLiteral("notes"),       QStringLiteral("address"),
    QStringLiteral("purpose"),    QStringLiteral("when_to_use"), QStringLiteral("confidential"),
    QStringLiteral("responsible")};

// Several values of one cell: "a@example.com; b@example.com".
QStringList cellValues(const QString &cell)
{
    QStringList values;
    for (const QString &value : cell.split(u';', Qt::SkipEmptyParts)) {
        if (!value.trimmed().isEmpty()) {
            values << value.trimmed();
        }
    }
    return values;
}

bool yes(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"yes" || t == u"1" || t == u"true" || t == u"да" || t == u"y";
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
                            c.allEmails().join(QStringLiteral("; ")),
                            c.allPhones().join(QStringLiteral("; ")),
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
    const auto emailsOf = [](const DirectoryContact &c) {
        QStringList list;
        for (const QString &email : c.allEmails()) {
            list << ContactDirectory::normalizedEmail(email);
        }
        return list;
    };
    const auto phonesOf = [this](const DirectoryContact &c) {
        QStringList list;
        for (const QString &raw : c.allPhones()) {
            if (const QString e164 = m_directory.toE164(raw); !e164.isEmpty()) {
                list << e164;
            }
        }
        return list;
    };
    const QStringList emails = emailsOf(contact);
    const QStringList phones = phonesOf(contact);
    const auto shares = [](const QStringList &a, const QStringList &b) {
        return std::any_of(a.cbegin(), a.cend(), [&b](const QString &x) { return b.contains(x); });
    };
    // E-mails decide on their own: colleagues share a department's phone (seed 000: the HR
    // line), so a common number only matches when an e-mail does not say otherwise.
    for (const DirectoryContact &e : existing) {
        const QStringList theirEmails = emailsOf(e);
        if (!emails.isEmpty() && !theirEmails.isEmpty()) {
            if (shares(emails, theirEmails)) {
                return e.id;
            }
            continue;
        }
        if (shares(phones, phonesOf(e))) {
            return e.id;
        }
    }
    // Someone with neither (only Slack, or a number that is not valid) is known by the name.
    if (phones.isEmpty() && emails.isEmpty()) {
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
    contact = m_directory.tidied(contact);
    if (const QStringList problems = m_directory.validate(contact); !problems.isEmpty()) {
        report.rejected.append({line, problems.join(u' ')});
        return true;
    }
    for (const QString &warning : m_directory.warnings(contact)) {
        report.warnings << tr("Line %1: %2").arg(line).arg(warning);
    }
    // The E.164 form decides the match, so "8 (495) 123-45-67" finds "+74951234567".
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
            // The file's phones and e-mails first (its main one becomes the main one), then
            // the stored ones it does not repeat: nothing known is dropped.
            merged.email = contact.email;
            merged.moreEmails = contact.moreEmails + e.allEmails();
            merged.phoneRaw = contact.phoneRaw;
            merged.morePhones = contact.morePhones + e.allPhones();
            merged = m_directory.tidied(merged);
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
            report.changes.noteContact(e, merged);
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
    report.changes.createdContacts.append(contact.id);
    ++report.imported;
    return true;
}

bool ContactTransfer::storeChannel(DirectoryChannel channel, qint64 line,
                                   QList<DirectoryChannel> &existing, DirectoryImportReport &report)
{
    if (const QStringList problems = m_directory.validate(channel); !problems.isEmpty()) {
        report.rejected.append({line, problems.join(u' ')});
        return true;
    }
    for (DirectoryChannel &e : existing) {
        if (e.kind != channel.kind || e.name.compare(channel.name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        channel.id = e.id;
        if (channel.priority <= 0) {
            channel.priority = e.priority;
        }
        if (!m_directory.saveChannel(channel)) {
            report.error = tr("Line %1: %2").arg(line).arg(m_directory.lastError());
            return false;
        }
        report.changes.noteChannel(e, channel);
        e = channel;
        ++report.updated;
        return true;
    }
    if (!m_directory.saveChannel(channel)) {
        report.error = tr("Line %1: %2").arg(line).arg(m_directory.lastError());
        return false;
    }
    existing.append(channel);
    report.changes.createdChannels.append(channel.id);
    ++report.imported;
    return true;
}

DirectoryImportReport ContactTransfer::finish(DirectoryImportReport report)
{
    if (!report.ok()) {
        m_directory.rollbackBatch();
        report.imported = 0;
        report.updated = 0;
        report.changes = {};
        return report;
    }
    if (!m_directory.commitBatch()) {
        report.error = m_directory.lastError();
        report.imported = 0;
        report.updated = 0;
        report.changes = {};
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
        contact.moreEmails = cellValues(cell(record, "email"));
        contact.morePhones = cellValues(cell(record, "phone"));
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
        if (!storeChannel(channel, record.line, channels, report)) {
            return finish(report);
        }
    }
    return finish(report);
}

} // namespace bbd
