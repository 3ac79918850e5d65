#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bbd {

// What an import did, record by record: nothing read from the file goes unaccounted for.
struct DirectoryImportReport
{
    struct Rejected
    {
        qint64 line = 0; // where the record starts in the file (1-based)
        QString reason;
    };
    int imported = 0;
    int updated = 0;
    QList<Rejected> rejected;
    QStringList warnings;           // saved, but worth a look (a phone number kept as typed)
    QString error;                  // the whole import failed (unreadable file, database refused)
    DirectoryImportChanges changes; // what it did, for Edit > Undo; empty when it failed

    bool ok() const { return error.isEmpty(); }
    QString summary() const;
};

// Import and export of the fallback directory.
//
// CSV (one file for the whole directory, as Excel opens it): a "type" column says "person"
// or the kind of channel; people have name, role, email, phone, slack, order, notes; channels
// have name, address, purpose, when_to_use, confidential (yes/no), order and responsible (the
// people's names, separated by ";"). A person's several e-mails or phones share their cell,
// separated by ";" (the first is the main one), as the responsible people do. Encoding and
// delimiter are detected (app/io/Csv).
//
// vCard 3.0 and 4.0 (RFC 6350, RFC 2426): people only. FN, N, ROLE, EMAIL and TEL (one line
// each, several allowed; PREF or TYPE=pref picks the main one, else the first), NOTE, X-SLACK
// and X-ESCALATION-ORDER; folded lines, escaped ",", ";" and "\n", UTF-8.
//
// Re-importing updates instead of duplicating: a person is matched on any of the e-mails
// (case-insensitive), on any E.164 phone where one side has no e-mail, and by name only when
// the record has neither; a channel on its kind and name. An update keeps what the file leaves
// out: the file's phones and e-mails come first, the ones stored already follow.
class ContactTransfer
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ContactTransfer)

public:
    enum class Format { Csv, VCard3, VCard4 };

    explicit ContactTransfer(ContactDirectory &directory);

    // The format of a file by its name (".vcf" is vCard 4.0 on export, either on import).
    static Format formatForPath(const QString &path);

    QByteArray exportCsv() const;
    QByteArray exportVCard(int version = 4) const;

    // All of it in one transaction: a database failure keeps nothing; rejected records are
    // reported and the others kept.
    DirectoryImportReport importCsv(const QByteArray &data);
    DirectoryImportReport importVCard(const QByteArray &data);
    DirectoryImportReport importFile(const QString &path);
    bool exportFile(const QString &path, QString *error) const;

    // vCard text helpers, public for the tests.
    static QString escapeValue(const QString &text);
    static QString unescapeValue(const QString &text);
    // Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence.
    static QByteArray foldLine(const QString &line);

private:
    // Finds the person `contact` matches; 0 when none.
    qint64 matchContact(const DirectoryContact &contact,
                        const QList<DirectoryContact> &existing) const;
    bool storeContact(DirectoryContact contact, qint64 line, QList<DirectoryContact> &existing,
                      DirectoryImportReport &report);
    bool storeChannel(DirectoryChannel channel, qint64 line, QList<DirectoryChannel> &existing,
                      DirectoryImportReport &report);
    DirectoryImportReport finish(DirectoryImportReport report);

    ContactDirectory &m_directory;
};

} // namespace bbd
