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

} // namespace bbd
