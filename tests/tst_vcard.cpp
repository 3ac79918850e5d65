// vCard 3.0/4.0 of the fallback directory (RFC 6350): escaping, folding that never splits a
// UTF-8 character, unfolding on import, TEL and EMAIL with their types, a round trip that
// keeps every field, several TEL and EMAIL lines (the main one PREF) read back as the person's
// further phones and e-mails, and cards without a name or an END reported with their line.
#include "app/contacts/ContactDirectory.h"
#include "app/contacts/ContactTransfer.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void escaping_data();
    void escaping();
    void foldingKeepsCharactersWhole();
    void roundTrip_data();
    void roundTrip();
    void readsForeignCards();
    void severalPhonesAndEmails_data();
    void severalPhonesAndEmails();
    void brokenCardsRejectedWithLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<ContactDirectory> m_directory;
};

void TestVCard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("tst-vcard"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("v.sqlite"))).ok());
    m_directory = std::make_unique<ContactDirectory>(m_db->connection(), m_phones);
}

void TestVCard::cleanup()
{
    m_directory.reset();
    m_db.reset();
    m_dir.reset();
}

void TestVCard::escaping_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("comma") << "HR, onboarding"
                           << "HR\\, onboarding";
    QTest::newRow("semicolon") << "a;b"
                               << "a\\;b";
    QTest::newRow("backslash") << "C:\\hr"
                               << "C:\\\\hr";
    QTest::newRow("newline") << "line 1\nline 2"
                             << "line 1\\nline 2";
    QTest::newRow("cyrillic") << "Отдел кадров"
                              << "Отдел кадров";
}

void TestVCard::escaping()
{
    QFETCH(QString, plain);
    QFETCH(QString, escaped);
    QCOMPARE(ContactTransfer::escapeValue(plain), escaped);
    QCOMPARE(ContactTransfer::unescapeValue(escaped), plain);
}

void TestVCard::foldingKeepsCharactersWhole()
{
    const QString line = QStringLiteral("NOTE:") + QString(100, QChar(0x0416)); // "Ж", 2 octets
    const QByteArray folded = ContactTransfer::foldLine(line);
    const QList<QByteArray> parts = folded.split('\n');
    QVERIFY(parts.size() > 2);
    for (const QByteArray &part : parts) {
        QVERIFY2(part.size() <= 76, part.constData()); // 75 octets and the CR
        QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
    }
    // Unfolding gives the line back.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(unfolded).trimmed(), line);
    QCOMPARE(ContactTransfer::foldLine(QStringLiteral("FN:A")), QByteArray("FN:A\r\n"));
}

void TestVCard::roundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("4.0") << 4;
    QTest::newRow("3.0") << 3;
}

void TestVCard::roundTrip()
{
    QFETCH(int, version);
    DirectoryContact hr;
    hr.fullName = QStringLiteral("Антон Эйчаров");
    hr.role = QStringLiteral("Head of HR; онбординг, резервные каналы");
    hr.email = QStringLiteral("hr@butterboard.online");
    hr.phoneRaw = QStringLiteral("+7 (495) 123-45-67");
    hr.slackHandle = QStringLiteral("@anton.eicharov");
    hr.notes = QStringLiteral("Звонить с 10 до 19,\nпо пятницам до 17 ") + QString(60, u'я');
    QVERIFY(m_directory->saveContact(hr));
    DirectoryContact odd;
    odd.fullName = QStringLiteral("Дмитрий Иванов");
    odd.phoneRaw = QStringLiteral("доб. 12"); // not a number: kept as text
    QVERIFY(m_directory->saveContact(odd));

    ContactTransfer transfer(*m_directory);
    const QByteArray card = transfer.exportVCard(version);
    QVERIFY(card.contains(version == 4 ? "VERSION:4.0" : "VERSION:3.0"));
    QVERIFY(card.contains("N:Эйчаров;Антон;;;"));
    QVERIFY(card.contains(version == 4 ? "tel:+74951234567" : "TEL;TYPE=WORK,VOICE:+74951234567"));
    QVERIFY(card.contains("ROLE:Head of HR\\; онбординг\\, резервные каналы"));
    for (const QByteArray &line : card.split('\n')) {
        QVERIFY(line.size() <= 76);
    }

    // Into an empty directory: the same people, field for field.
    QTemporaryDir other;
    Database db(QStringLiteral("tst-vcard-2"));
    QVERIFY(db.open(other.filePath(QStringLiteral("w.sqlite"))).ok());
    ContactDirectory copy(db.connection(), m_phones);
    ContactTransfer into(copy);
    const DirectoryImportReport report = into.importVCard(card);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.rejected.size(), 0);
    const QList<DirectoryContact> people = copy.contacts();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).fullName, hr.fullName);
    QCOMPARE(people.at(0).role, hr.role);
    QCOMPARE(people.at(0).email, hr.email);
    QCOMPARE(people.at(0).phoneE164, QStringLiteral("+74951234567"));
    QCOMPARE(people.at(0).slackHandle, hr.slackHandle);
    QCOMPARE(people.at(0).notes, hr.notes.trimmed());
    QCOMPARE(people.at(0).escalationOrder, 1);
    QCOMPARE(people.at(1).phoneRaw, QStringLiteral("доб. 12"));
    QVERIFY(people.at(1).phoneE164.isEmpty());
    QCOMPARE(report.warnings.size(), 1); // the number that cannot be called

    // Again: updated, not duplicated.
    const DirectoryImportReport again = into.importVCard(card);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 2); // the one without phone or e-mail is matched on the name
    QCOMPARE(copy.contacts().size(), 2);
}

void TestVCard::readsForeignCards()
{
    // Folded with a tab, grouped properties, TYPE=pref, a second phone and e-mail, CRLF and LF.
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Иванов;Олег;;;\r\n"
                            "item1.TEL;TYPE=CELL:8 916 111-22-33\r\n"
                            "TEL;TYPE=WORK,PREF:+7 926 333-44-55\r\n"
                            "EMAIL;TYPE=INTERNET:o.ivanov@butterboard.online\r\n"
                            "EMAIL;TYPE=INTERNET:oleg@example.com\r\n"
                            "TITLE:CEO\r\nNOTE:Critical mat\r\n\tters only\r\nEND:VCARD\n";
    ContactTransfer transfer(*m_directory);
    const DirectoryImportReport report = transfer.importVCard(data);
    QCOMPARE(report.imported, 1);
    const DirectoryContact c = m_directory->contacts().first();
    QCOMPARE(c.fullName, QStringLiteral("Олег Иванов"));
    QCOMPARE(c.role, QStringLiteral("CEO"));
    QCOMPARE(c.phoneE164, QStringLiteral("+79263334455")); // the preferred one
    QCOMPARE(c.email, QStringLiteral("o.ivanov@butterboard.online"));
    // Nothing lost: the others are the person's further phone and e-mail, not notes.
    QCOMPARE(c.notes, QStringLiteral("Critical matters only"));
    QCOMPARE(c.morePhones, QStringList{QStringLiteral("8 916 111-22-33")});
    QCOMPARE(c.moreEmails, QStringList{QStringLiteral("oleg@example.com")});
}

void TestVCard::severalPhonesAndEmails_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("preferredTel");
    QTest::newRow("4.0") << 4
                         << QByteArray("TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+74951234567");
    QTest::newRow("3.0") << 3 << QByteArray("TEL;TYPE=WORK,VOICE,PREF:+74951234567");
}

void TestVCard::severalPhonesAndEmails()
{
    QFETCH(int, version);
    QFETCH(QByteArray, preferredTel);
    DirectoryContact hr;
    hr.fullName = QStringLiteral("Антон Эйчаров");
    hr.email = QStringLiteral("hr@butterboard.online");
    hr.moreEmails = {QStringLiteral("anton@example.com")};
    hr.phoneRaw = QStringLiteral("8 (495) 123-45-67");
    hr.morePhones = {QStringLiteral("+7 916 111-22-33"), QStringLiteral("доб. 12")};
    QVERIFY(m_directory->saveContact(hr));
    ContactTransfer transfer(*m_directory);
    const QByteArray card = transfer.exportVCard(version);
    // One line each, the main one marked preferred; the text that is not a number as text.
    QCOMPARE(card.count("\r\nTEL;"), 3);
    QCOMPARE(card.count("\r\nEMAIL;"), 2);
    QVERIFY2(card.contains(preferredTel), card.constData());
    QVERIFY(card.contains(version == 4 ? "tel:+79161112233" : ":+79161112233"));
    QVERIFY(card.contains(":доб. 12\r\n"));
    QVERIFY(!card.contains("NOTE"));

    // Into an empty directory and back again: the same lists, in the same order, no duplicate.
    QTemporaryDir other;
    Database db(QStringLiteral("tst-vcard-several"));
    QVERIFY(db.open(other.filePath(QStringLiteral("s.sqlite"))).ok());
    ContactDirectory copy(db.connection(), m_phones);
    ContactTransfer into(copy);
    QCOMPARE(into.importVCard(card).imported, 1);
    DirectoryContact read = copy.contacts().first();
    QCOMPARE(read.phoneE164, QStringLiteral("+74951234567"));
    QCOMPARE(read.morePhones.size(), 2);
    QCOMPARE(copy.toE164(read.morePhones.first()), QStringLiteral("+79161112233"));
    QCOMPARE(read.morePhones.last(), QStringLiteral("доб. 12"));
    QCOMPARE(read.email, hr.email);
    QCOMPARE(read.moreEmails, hr.moreEmails);
    const DirectoryImportReport again = into.importVCard(card);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 1);
    read = copy.contacts().first();
    QCOMPARE(read.morePhones.size(), 2);
    QCOMPARE(read.moreEmails, hr.moreEmails);
}

void TestVCard::brokenCardsRejectedWithLine()
{
    const QByteArray data = "BEGIN:VCARD\nVERSION:4.0\nFN:Good\nEMAIL:good@example.com\nEND:VCARD\n"
                            "BEGIN:VCARD\nVERSION:4.0\nEMAIL:noname@example.com\nEND:VCARD\n"
                            "BEGIN:VCARD\nFN:Bad mail\nEMAIL:bad-at-example\nEND:VCARD\n"
                            "BEGIN:VCARD\nFN:Unfinished\nEMAIL:u@example.com\n";
    ContactTransfer transfer(*m_directory);
    const DirectoryImportReport report = transfer.importVCard(data);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.rejected.size(), 3);
    QCOMPARE(report.rejected.at(0).line, 6);
    QVERIFY(report.rejected.at(0).reason.contains(QStringLiteral("name")));
    QCOMPARE(report.rejected.at(1).line, 10);
    QVERIFY(report.rejected.at(1).reason.contains(QStringLiteral("bad-at-example")));
    QCOMPARE(report.rejected.at(2).line, 14);
    QVERIFY(report.rejected.at(2).reason.contains(QStringLiteral("END:VCARD")));
    QCOMPARE(m_directory->contacts().size(), 1);
}

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
