// CSV import and export of the whole fallback directory: a round trip of people and channels
// with who is responsible, re-import updating instead of duplicating (matched on the E.164
// phone or the e-mail), broken rows rejected with their line, a Windows-1251 file from Excel,
// and a file that fails as a whole keeping nothing. Several e-mails and phones of a person
// share a cell separated by ";", are matched on any of them, and an import is undone and
// redone as one step (one transaction with the outbox rows), or refused as a whole.
#include "app/contacts/ContactDirectory.h"
#include "app/contacts/ContactTransfer.h"
#include "app/io/Csv.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestContactsImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void demoRoundTrip();
    void reimportUpdates();
    void brokenRowsRejectedWithLine();
    void windows1251();
    void missingHeaderKeepsNothing();
    void fileByExtension();
    void severalValuesInACell();
    void reimportMatchesAnyOfThem_data();
    void reimportMatchesAnyOfThem();
    void undoAndRedoOfAnImport();
    void undoRefusedAsAWhole();

private:
    int scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<ContactDirectory> m_directory;
};

void TestContactsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("tst-contactsimport"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("i.sqlite"))).ok());
    m_directory = std::make_unique<ContactDirectory>(m_db->connection(), m_phones);
}

void TestContactsImport::cleanup()
{
    m_directory.reset();
    m_db.reset();
    m_dir.reset();
}

void TestContactsImport::demoRoundTrip()
{
    QVERIFY(DemoData::load(*m_db, m_phones).ok);
    const QList<DirectoryChannel> channels = m_directory->channels();
    const QList<DirectoryContact> people = m_directory->contacts();
    QVERIFY(channels.size() >= 5);
    QVERIFY(people.size() >= 3);
    const QByteArray csvData = ContactTransfer(*m_directory).exportCsv();

    QTemporaryDir other;
    Database db(QStringLiteral("tst-contactsimport-2"));
    QVERIFY(db.open(other.filePath(QStringLiteral("j.sqlite"))).ok());
    ContactDirectory copy(db.connection(), m_phones);
    const DirectoryImportReport report = ContactTransfer(copy).importCsv(csvData);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.rejected.size(), 0);
    QCOMPARE(report.imported, int(channels.size() + people.size()));
    const QList<DirectoryChannel> channels2 = copy.channels();
    const QList<DirectoryContact> people2 = copy.contacts();
    QCOMPARE(channels2.size(), channels.size());
    QCOMPARE(people2.size(), people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        QCOMPARE(people2.at(i).fullName, people.at(i).fullName);
        QCOMPARE(people2.at(i).phoneE164, people.at(i).phoneE164);
        QCOMPARE(people2.at(i).email, people.at(i).email);
        QCOMPARE(people2.at(i).escalationOrder, people.at(i).escalationOrder);
    }
    for (qsizetype i = 0; i < channels.size(); ++i) {
        QCOMPARE(channels2.at(i).name, channels.at(i).name);
        QCOMPARE(channels2.at(i).purpose, channels.at(i).purpose);
        QCOMPARE(channels2.at(i).whenToUse, channels.at(i).whenToUse);
        QCOMPARE(channels2.at(i).confidentialAllowed, channels.at(i).confidentialAllowed);
        QCOMPARE(channels2.at(i).priority, channels.at(i).priority);
        QCOMPARE(channels2.at(i).contactIds.size(), channels.at(i).contactIds.size());
    }
}

void TestContactsImport::reimportUpdates()
{
    const QByteArray first = "type,name,role,email,phone,order\n"
                             "person,Антон Эйчаров,HR,hr@butterboard.online,+7 495 123-45-67,1\n"
                             "person,Олег Иванов,CEO,o.ivanov@butterboard.online,,2\n";
    ContactTransfer transfer(*m_directory);
    DirectoryImportReport report = transfer.importCsv(first);
    QCOMPARE(report.imported, 2);
    // The same people written differently: the national phone form, another case of the
    // e-mail; an empty cell keeps what is stored.
    const QByteArray second = "type,name,role,email,phone\n"
                              "person,Антон Эйчаров,Head of HR,,8 (495) 123-45-67\n"
                              "person,Олег Иванов,,O.Ivanov@Butterboard.online,+7 916 111-22-33\n"
                              "person,Новый Человек,,new@butterboard.online,\n";
    report = transfer.importCsv(second);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.updated, 2);
    const QList<DirectoryContact> people = m_directory->contacts();
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.at(0).role, QStringLiteral("Head of HR"));
    QCOMPARE(people.at(0).email, QStringLiteral("hr@butterboard.online"));
    QCOMPARE(people.at(1).role, QStringLiteral("CEO"));
    QCOMPARE(people.at(1).phoneE164, QStringLiteral("+79161112233"));
    QCOMPARE(people.at(2).escalationOrder, 3);
}

void TestContactsImport::brokenRowsRejectedWithLine()
{
    const QByteArray data = "type,name,email,phone,address,responsible\n"
                            "person,Good,good@example.com,,,\n"
                            "person,,nobody@example.com,,,\n"
                            "person,Bad Mail,bad-at-example,,,\n"
                            "fax,Old Fax,,,+7 495 000,\n"
                            "email,HR mail,,,hr@example.com,Good; Ghost\n"
                            "phone,HR phone,,,12,\n"
                            "person,Odd Phone,,12-34,,\n";
    ContactTransfer transfer(*m_directory);
    const DirectoryImportReport report = transfer.importCsv(data);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 3); // Good, Odd Phone (kept, flagged), HR mail
    QCOMPARE(report.rejected.size(), 4);
    QList<qint64> lines;
    for (const auto &r : report.rejected) {
        lines << r.line;
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 7}));
    // The unknown person named as responsible and the number that cannot be called.
    QCOMPARE(report.warnings.size(), 2);
    QVERIFY(report.warnings.join(u' ').contains(QStringLiteral("Ghost")));
    QCOMPARE(m_directory->channels().first().contactIds.size(), 1);
    QVERIFY(report.summary().contains(QStringLiteral("4")));
}

void TestContactsImport::windows1251()
{
    const QString text = QStringLiteral("type;name;role;email\r\nperson;Екатерина Петрова;"
                                        "Поддержка;support@butterboard.online\r\n");
    qint64 unmappable = 0;
    const QByteArray bytes = csv::Writer::encode(text, csv::Encoding::Windows1251, &unmappable);
    QCOMPARE(unmappable, 0);
    QVERIFY(bytes.size() < text.toUtf8().size()); // one byte a letter: really cp1251
    const DirectoryImportReport report = ContactTransfer(*m_directory).importCsv(bytes);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 1);
    QCOMPARE(m_directory->contacts().first().fullName, QStringLiteral("Екатерина Петрова"));
    QCOMPARE(m_directory->contacts().first().role, QStringLiteral("Поддержка"));
}

void TestContactsImport::missingHeaderKeepsNothing()
{
    const DirectoryImportReport report =
        ContactTransfer(*m_directory).importCsv("Антон,hr@butterboard.online\n");
    QVERIFY(!report.ok());
    QVERIFY(report.summary().contains(QStringLiteral("type")));
    QVERIFY(m_directory->contacts().isEmpty());
}

void TestContactsImport::fileByExtension()
{
    DirectoryContact c;
    c.fullName = QStringLiteral("Антон Эйчаров");
    c.email = QStringLiteral("hr@butterboard.online");
    QVERIFY(m_directory->saveContact(c));
    ContactTransfer transfer(*m_directory);
    QString error;
    const QString vcf = m_dir->filePath(QStringLiteral("people.vcf"));
    const QString csvPath = m_dir->filePath(QStringLiteral("people.csv"));
    QVERIFY(transfer.exportFile(vcf, &error));
    QVERIFY(transfer.exportFile(csvPath, &error));
    QFile card(vcf);
    QVERIFY(card.open(QIODevice::ReadOnly));
    QVERIFY(card.readAll().startsWith("BEGIN:VCARD"));
    QFile table(csvPath);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QVERIFY(table.readAll().startsWith("\xEF\xBB\xBFtype,name"));
    QCOMPARE(transfer.importFile(vcf).updated, 1);
    QCOMPARE(transfer.importFile(csvPath).updated, 1);
    QCOMPARE(m_directory->contacts().size(), 1);
    QVERIFY(!transfer.importFile(m_dir->filePath(QStringLiteral("missing.csv"))).ok());
}

int TestContactsImport::scalar(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestContactsImport::severalValuesInACell()
{
    const QByteArray data = "type,name,email,phone\n"
                            "person,Антон Эйчаров,hr@butterboard.online; Anton@Example.com,"
                            "\"8 495 123-45-67; +7 916 111-22-33;12-34\"\n";
    ContactTransfer transfer(*m_directory);
    DirectoryImportReport report = transfer.importCsv(data);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.warnings.size(), 1); // 12-34, kept as typed
    DirectoryContact c = m_directory->contacts().first();
    QCOMPARE(c.email, QStringLiteral("hr@butterboard.online"));
    QCOMPARE(c.moreEmails, QStringList{QStringLiteral("Anton@Example.com")});
    QCOMPARE(c.phoneE164, QStringLiteral("+74951234567"));
    QCOMPARE(c.morePhones,
             (QStringList{QStringLiteral("+7 916 111-22-33"), QStringLiteral("12-34")}));

    // The export writes them back the same way, and reading that again changes nothing.
    const QByteArray exported = transfer.exportCsv();
    QVERIFY(exported.contains("hr@butterboard.online; Anton@Example.com"));
    QVERIFY(exported.contains("8 495 123-45-67; +7 916 111-22-33; 12-34"));
    report = transfer.importCsv(exported);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.updated, 1);
    QCOMPARE(m_directory->contacts().size(), 1);
    const DirectoryContact again = m_directory->contacts().first();
    QCOMPARE(again.morePhones, c.morePhones);
    QCOMPARE(again.moreEmails, c.moreEmails);
}

void TestContactsImport::reimportMatchesAnyOfThem_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("updated");
    QTest::addColumn<QStringList>("emailsAfter"); // of the stored person, main one first
    QTest::addColumn<QStringList>("phonesAfter");

    const QString main = QStringLiteral("hr@butterboard.online");
    const QString second = QStringLiteral("anton@example.com");
    const QString office = QStringLiteral("+7 495 123-45-67");
    const QString mobile = QStringLiteral("+7 916 111-22-33");
    QTest::newRow("the second e-mail")
        << QByteArray("person,A. Eicharov,ANTON@example.com,\n") << 1
        << QStringList{QStringLiteral("ANTON@example.com"), main} << QStringList{office, mobile};
    QTest::newRow("the second phone, no e-mail in the file")
        << QByteArray("person,A. Eicharov,,8 916 111 22 33\n") << 1 << QStringList{main, second}
        << QStringList{QStringLiteral("8 916 111 22 33"), office};
    QTest::newRow("a common phone but another e-mail: someone else")
        << QByteArray("person,Колега,duty@butterboard.online,+7 916 111-22-33\n") << 0
        << QStringList{main, second} << QStringList{office, mobile};
    QTest::newRow("new e-mail and phone added to a match on the main one")
        << QByteArray("person,A. Eicharov,hr@butterboard.online;new@example.com,+7 903 777-88-99\n")
        << 1 << QStringList{main, QStringLiteral("new@example.com"), second}
        << QStringList{QStringLiteral("+7 903 777-88-99"), office, mobile};
}

void TestContactsImport::reimportMatchesAnyOfThem()
{
    QFETCH(QByteArray, row);
    QFETCH(int, updated);
    DirectoryContact c;
    c.fullName = QStringLiteral("Антон Эйчаров");
    c.email = QStringLiteral("hr@butterboard.online");
    c.moreEmails = {QStringLiteral("anton@example.com")};
    c.phoneRaw = QStringLiteral("+7 495 123-45-67");
    c.morePhones = {QStringLiteral("+7 916 111-22-33")};
    QVERIFY(m_directory->saveContact(c));
    const DirectoryImportReport report =
        ContactTransfer(*m_directory).importCsv("type,name,email,phone\n" + row);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.updated, updated);
    QCOMPARE(report.imported, 1 - updated);
    QCOMPARE(m_directory->contacts().size(), 2 - updated);
    const DirectoryContact stored = *m_directory->contact(c.id);
    QTEST(stored.allEmails(), "emailsAfter");
    QTEST(stored.allPhones(), "phonesAfter");
}

void TestContactsImport::undoAndRedoOfAnImport()
{
    DirectoryContact hr;
    hr.fullName = QStringLiteral("Антон Эйчаров");
    hr.role = QStringLiteral("HR");
    hr.email = QStringLiteral("hr@butterboard.online");
    QVERIFY(m_directory->saveContact(hr));
    const QByteArray data = "type,name,role,email,phone,address,responsible\n"
                            "person,Антон Эйчаров,Head of HR,hr@butterboard.online,"
                            "+7 916 111-22-33,,\n"
                            "person,Олег Иванов,CEO,o.ivanov@butterboard.online,,,\n"
                            "phone,Critical line,,,,+7 495 123-45-67,Олег Иванов\n";
    const DirectoryImportReport report = ContactTransfer(*m_directory).importCsv(data);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.changes.createdContacts.size(), 1);
    QCOMPARE(report.changes.createdChannels.size(), 1);
    QCOMPARE(report.changes.updatedContacts.size(), 1);
    QCOMPARE(report.changes.updatedContacts.first().first.role, QStringLiteral("HR"));
    QCOMPARE(m_directory->contacts().size(), 2);
    const int outboxBefore = scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    QVERIFY2(m_directory->revertImport(report.changes), qPrintable(m_directory->lastError()));
    QCOMPARE(m_directory->contacts().size(), 1);
    QVERIFY(m_directory->channels().isEmpty());
    const DirectoryContact back = *m_directory->contact(hr.id);
    QCOMPARE(back.role, QStringLiteral("HR"));
    QVERIFY(back.phoneRaw.isEmpty());
    // Each change has its row: the update of Антон, and the removal of the two records whose
    // create is still waiting to be sent (so they are deleted as soon as they exist there).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE method = 'DELETE' AND "
                                   "path LIKE '%{remote_id}'")),
             2);

    QVERIFY2(m_directory->reapplyImport(report.changes), qPrintable(m_directory->lastError()));
    QCOMPARE(m_directory->contacts().size(), 2);
    QCOMPARE(m_directory->contact(hr.id)->role, QStringLiteral("Head of HR"));
    QCOMPARE(m_directory->contact(hr.id)->phoneE164, QStringLiteral("+79161112233"));
    const QList<DirectoryChannel> channels = m_directory->channels();
    QCOMPARE(channels.size(), 1);
    QCOMPARE(channels.first().contactIds, report.changes.createdContacts);
}

void TestContactsImport::undoRefusedAsAWhole()
{
    const QByteArray data = "type,name,email\n"
                            "person,Олег Иванов,o.ivanov@butterboard.online\n"
                            "person,Мария Смирнова,m.smirnova@butterboard.online\n";
    const DirectoryImportReport report = ContactTransfer(*m_directory).importCsv(data);
    QCOMPARE(report.changes.createdContacts.size(), 2);
    const int outbox = scalar(QStringLiteral("SELECT count(*) FROM outbox"));

    // The outbox refuses a row half-way: nothing is undone, not even the first delete.
    m_directory->failNextOutboxWriteForTest();
    QVERIFY(!m_directory->revertImport(report.changes));
    QCOMPARE(m_directory->contacts().size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outbox);

    // One of them was deleted meanwhile: the undo says so and changes nothing.
    QVERIFY(m_directory->deleteContact(report.changes.createdContacts.last()));
    QVERIFY(!m_directory->revertImport(report.changes));
    QVERIFY(m_directory->lastError().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(m_directory->contacts().size(), 1);
    QCOMPARE(m_directory->contacts().first().fullName, QStringLiteral("Олег Иванов"));
}

QTEST_GUILESS_MAIN(TestContactsImport)
#include "tst_contactsimport.moc"
