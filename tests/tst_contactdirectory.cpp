// ContactDirectory on a migrated database: each edit is one transaction with its platform
// outbox row (and none is kept when the outbox write fails), delete/restore, reorder, phones
// stored in E.164 or kept as typed and flagged, a person's further phones and e-mails
// (schema 18) stored, sent and tidied, and the validation messages.
#include "app/contacts/ContactDirectory.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestContactDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void createWritesRowAndOutboxTogether();
    void failedOutboxWriteRollsBack();
    void editOfKnownRecordIsPatchWithVersion();
    void invalidPhoneKeptAndFlagged();
    void deleteAndRestore();
    void reorderRenumbersAndSendsOnlyChanges();
    void channelLinksToPeople();
    void furtherPhonesAndEmailsStoredAndSent();
    void tidied_data();
    void tidied();
    void contactValidation_data();
    void contactValidation();
    void channelValidation_data();
    void channelValidation();

private:
    int scalar(const QString &sql, const QVariantList &binds = {});
    QJsonObject lastOutboxBody(QString *method = nullptr, QString *path = nullptr);
    DirectoryContact person(const QString &name, const QString &phone, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<ContactDirectory> m_directory;
};

void TestContactDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("tst-contactdirectory"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("d.sqlite"))).ok());
    m_directory = std::make_unique<ContactDirectory>(m_db->connection(), m_phones);
}

void TestContactDirectory::cleanup()
{
    m_directory.reset();
    m_db.reset();
    m_dir.reset();
}

int TestContactDirectory::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, binds) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QJsonObject TestContactDirectory::lastOutboxBody(QString *method, QString *path)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, QStringLiteral("SELECT method, path, body FROM outbox ORDER BY id DESC "
                                        "LIMIT 1")) ||
        !query.next()) {
        return {};
    }
    if (method) {
        *method = query.value(0).toString();
    }
    if (path) {
        *path = query.value(1).toString();
    }
    return QJsonDocument::fromJson(query.value(2).toByteArray()).object();
}

DirectoryContact TestContactDirectory::person(const QString &name, const QString &phone,
                                              const QString &email)
{
    DirectoryContact c;
    c.fullName = name;
    c.phoneRaw = phone;
    c.email = email;
    return c;
}

void TestContactDirectory::createWritesRowAndOutboxTogether()
{
    DirectoryContact c =
        person(QStringLiteral("Антон Эйчаров"), QStringLiteral("8 (495) 123-45-67"),
               QStringLiteral("hr@butterboard.online"));
    c.role = QStringLiteral("Head of HR");
    QVERIFY2(m_directory->saveContact(c), qPrintable(m_directory->lastError()));
    QVERIFY(c.id > 0);
    QCOMPARE(c.phoneE164, QStringLiteral("+74951234567"));
    QCOMPARE(c.escalationOrder, 1); // a new person goes last
    QString method;
    QString path;
    const QJsonObject body = lastOutboxBody(&method, &path);
    QCOMPARE(method, QStringLiteral("POST"));
    QCOMPARE(path, QStringLiteral("/api/v1/contacts"));
    QCOMPARE(body.value(u"full_name").toString(), QStringLiteral("Антон Эйчаров"));
    QCOMPARE(body.value(u"phone_e164").toString(), QStringLiteral("+74951234567"));
    QCOMPARE(body.value(u"phone_raw").toString(), QStringLiteral("8 (495) 123-45-67"));
    QVERIFY(!body.contains(u"notes")); // empty fields are not sent on create
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = 'contact' AND "
                                   "entity_id = ?"),
                    {c.id}),
             1);
    DirectoryContact second = person(QStringLiteral("Олег Иванов"), {}, QStringLiteral("o@b.ru"));
    QVERIFY(m_directory->saveContact(second));
    QCOMPARE(second.escalationOrder, 2);
}

void TestContactDirectory::failedOutboxWriteRollsBack()
{
    DirectoryContact c =
        person(QStringLiteral("Олег Иванов"), QStringLiteral("+7 916 111-22-33"), {});
    m_directory->failNextOutboxWriteForTest();
    QVERIFY(!m_directory->saveContact(c));
    QVERIFY(!m_directory->lastError().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);

    // An edit that fails leaves the stored record as it was.
    c.id = 0;
    QVERIFY(m_directory->saveContact(c));
    DirectoryContact edited = c;
    edited.role = QStringLiteral("CEO");
    m_directory->failNextOutboxWriteForTest();
    QVERIFY(!m_directory->saveContact(edited));
    QCOMPARE(m_directory->contact(c.id)->role, QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1);

    DirectoryChannel channel;
    channel.kind = QStringLiteral("email");
    channel.name = QStringLiteral("HR mail");
    channel.address = QStringLiteral("hr@butterboard.online");
    channel.contactIds = {c.id};
    m_directory->failNextOutboxWriteForTest();
    QVERIFY(!m_directory->saveChannel(channel));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM channels")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM channel_contacts")), 0);

    // A reorder is all or nothing too.
    DirectoryContact other =
        person(QStringLiteral("Антон Титоренко"), {}, QStringLiteral("a@b.ru"));
    QVERIFY(m_directory->saveContact(other));
    m_directory->failNextOutboxWriteForTest();
    QVERIFY(!m_directory->setContactOrder({other.id, c.id}));
    QCOMPARE(m_directory->contacts().first().id, c.id);
}

void TestContactDirectory::editOfKnownRecordIsPatchWithVersion()
{
    DirectoryContact c = person(QStringLiteral("Елена Петрова"), {}, QStringLiteral("e@b.ru"));
    QVERIFY(m_directory->saveContact(c));
    // Before the platform answered: the edit is addressed by placeholders.
    c.role = QStringLiteral("Integrations");
    QVERIFY(m_directory->saveContact(c));
    QString method;
    QString path;
    lastOutboxBody(&method, &path);
    QCOMPARE(method, QStringLiteral("PATCH"));
    QCOMPARE(path, QStringLiteral("/api/v1/contacts/{remote_id}"));

    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("UPDATE contacts SET remote_id = 'cont_9', remote_version = 4 "
                                    "WHERE id = ?"),
                     {c.id}));
    c.notes = QStringLiteral("prefers calls");
    QVERIFY(m_directory->saveContact(c));
    const QJsonObject body = lastOutboxBody(&method, &path);
    QCOMPARE(method, QStringLiteral("PATCH"));
    QCOMPARE(path, QStringLiteral("/api/v1/contacts/cont_9"));
    QCOMPARE(body.value(u"notes").toString(), QStringLiteral("prefers calls"));
    QVERIFY(
        sql::run(query, QStringLiteral("SELECT if_match FROM outbox ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("4"));
}

void TestContactDirectory::invalidPhoneKeptAndFlagged()
{
    DirectoryContact c = person(QStringLiteral("Дмитрий Иванов"), QStringLiteral("12-34"), {});
    QCOMPARE(m_directory->warnings(c).size(), 1);
    QVERIFY(m_directory->validate(c).isEmpty()); // kept, not refused
    QVERIFY(m_directory->saveContact(c));
    const DirectoryContact stored = *m_directory->contact(c.id);
    QCOMPARE(stored.phoneRaw, QStringLiteral("12-34"));
    QVERIFY(stored.phoneE164.isEmpty());
    QCOMPARE(m_directory->displayPhone(stored), QStringLiteral("12-34"));
    DirectoryContact valid = person(QStringLiteral("A"), QStringLiteral("+79161112233"), {});
    QVERIFY(m_directory->warnings(valid).isEmpty());
    QVERIFY(m_directory->saveContact(valid));
    QCOMPARE(m_directory->displayPhone(valid),
             m_phones.formatForDisplay(QStringLiteral("+79161112233")));
}

void TestContactDirectory::deleteAndRestore()
{
    DirectoryContact c = person(QStringLiteral("Екатерина Петрова"), {}, QStringLiteral("s@b.ru"));
    QVERIFY(m_directory->saveContact(c));
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("UPDATE contacts SET remote_id = 'cont_1', remote_version = 2 "
                                    "WHERE id = ?"),
                     {c.id}));
    QVERIFY(m_directory->deleteContact(c.id));
    QVERIFY(m_directory->contacts().isEmpty());
    QString method;
    QString path;
    lastOutboxBody(&method, &path);
    QCOMPARE(method, QStringLiteral("DELETE"));
    QCOMPARE(path, QStringLiteral("/api/v1/contacts/cont_1"));
    QVERIFY(!m_directory->deleteContact(c.id)); // already gone

    QVERIFY(m_directory->restoreContact(c.id));
    QCOMPARE(m_directory->contacts().size(), 1);
    const QJsonObject body = lastOutboxBody(&method, &path);
    QCOMPARE(method, QStringLiteral("POST")); // deleted on the platform: created anew
    QCOMPARE(path, QStringLiteral("/api/v1/contacts"));
    QCOMPARE(body.value(u"email").toString(), QStringLiteral("s@b.ru"));

    // A record the platform never saw leaves no DELETE behind.
    QVERIFY(sql::run(query, QStringLiteral("UPDATE outbox SET status = 'sent'")));
    DirectoryContact local = person(QStringLiteral("Local"), {}, QStringLiteral("l@b.ru"));
    QVERIFY(m_directory->saveContact(local));
    QVERIFY(sql::run(query, QStringLiteral("UPDATE outbox SET status = 'sent'")));
    QVERIFY(sql::run(query, QStringLiteral("UPDATE contacts SET remote_id = NULL WHERE id = ?"),
                     {local.id}));
    const int before = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(m_directory->deleteContact(local.id));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), before);
}

void TestContactDirectory::reorderRenumbersAndSendsOnlyChanges()
{
    QList<qint64> ids;
    for (const char *name : {"A", "B", "C"}) {
        DirectoryContact c =
            person(QString::fromLatin1(name), {}, QString::fromLatin1(name) + u"@b.ru");
        QVERIFY(m_directory->saveContact(c));
        ids << c.id;
    }
    const int before = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(m_directory->setContactOrder({ids.at(0), ids.at(2), ids.at(1)}));
    const QList<DirectoryContact> people = m_directory->contacts();
    QCOMPARE(people.at(1).fullName, QStringLiteral("C"));
    QCOMPARE(people.at(1).escalationOrder, 2);
    QCOMPARE(people.at(2).escalationOrder, 3);
    // A kept its place: two rows, each with only the order.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), before + 2);
    const QJsonObject body = lastOutboxBody();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("escalation_order")});
}

void TestContactDirectory::channelLinksToPeople()
{
    DirectoryContact hr = person(QStringLiteral("HR"), {}, QStringLiteral("hr@b.ru"));
    QVERIFY(m_directory->saveContact(hr));
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(
        query, QStringLiteral("UPDATE contacts SET remote_id = 'cont_hr' WHERE id = ?"), {hr.id}));
    DirectoryChannel channel;
    channel.kind = QStringLiteral("phone");
    channel.name = QStringLiteral("HR phone");
    channel.address = QStringLiteral("+7 (495) 123-45-67");
    channel.confidentialAllowed = true;
    channel.contactIds = {hr.id};
    QVERIFY2(m_directory->saveChannel(channel), qPrintable(m_directory->lastError()));
    const QJsonObject body = lastOutboxBody();
    QCOMPARE(body.value(u"contact_ids").toArray().size(), 1);
    QCOMPARE(body.value(u"contact_ids").toArray().first().toString(), QStringLiteral("cont_hr"));
    QCOMPARE(body.value(u"confidential_allowed").toBool(), true);
    QCOMPARE(m_directory->channels().first().contactIds, QList<qint64>{hr.id});
    channel.contactIds.clear();
    QVERIFY(m_directory->saveChannel(channel));
    QVERIFY(m_directory->channels().first().contactIds.isEmpty());
}

void TestContactDirectory::furtherPhonesAndEmailsStoredAndSent()
{
    DirectoryContact c = person(QStringLiteral("Антон Эйчаров"), QStringLiteral("8 495 123-45-67"),
                                QStringLiteral("hr@butterboard.online"));
    c.morePhones = {QStringLiteral("8 (916) 111-22-33"), QStringLiteral("12-34")};
    c.moreEmails = {QStringLiteral("Anton@Example.com")};
    // The number that is not valid is kept and flagged, the others are not.
    const QStringList warnings = m_directory->warnings(c);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("12-34")));
    QVERIFY2(m_directory->saveContact(c), qPrintable(m_directory->lastError()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM contact_points WHERE contact_id = ?"), {c.id}),
        3);
    QSqlQuery query(m_db->connection());
    QVERIFY(
        sql::run(query, QStringLiteral("SELECT kind, position, raw, normalized FROM contact_points "
                                       "ORDER BY kind DESC, position")));
    QStringList rows;
    while (query.next()) {
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).isNull() ? QStringLiteral("NULL")
                                                 : query.value(3).toString());
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("phone 1 8 (916) 111-22-33 +79161112233"),
                                QStringLiteral("phone 2 12-34 NULL"),
                                QStringLiteral("email 1 Anton@Example.com anton@example.com")}));
    const DirectoryContact stored = *m_directory->contact(c.id);
    QCOMPARE(stored.morePhones, c.morePhones);
    QCOMPARE(stored.moreEmails, c.moreEmails);
    QCOMPARE(m_directory->contacts().first().morePhones, c.morePhones);

    // The POST carries them as the platform's `contacts` array, phones first.
    QJsonObject body = lastOutboxBody();
    QJsonArray points = body.value(u"contacts").toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).toObject().value(u"normalized").toString(),
             QStringLiteral("+79161112233"));
    QVERIFY(points.at(1).toObject().value(u"normalized").isNull());
    QCOMPARE(points.at(2).toObject().value(u"kind").toString(), QStringLiteral("email"));
    QCOMPARE(points.at(2).toObject().value(u"raw").toString(), QStringLiteral("Anton@Example.com"));

    // Removing one replaces the rows and the PATCH says so.
    c.morePhones.removeLast();
    QVERIFY(m_directory->saveContact(c));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_points WHERE kind = 'phone'")), 1);
    QString method;
    body = lastOutboxBody(&method);
    QCOMPARE(method, QStringLiteral("PATCH"));
    QCOMPARE(body.value(u"contacts").toArray().size(), 2);

    // A second address that is not one stops the save, like the first would.
    c.moreEmails << QStringLiteral("not-an-address");
    QVERIFY(!m_directory->saveContact(c));
    QVERIFY(m_directory->lastError().contains(QStringLiteral("not-an-address")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_points WHERE kind = 'email'")), 1);

    // Deleting the person takes the rows along only when the row itself goes (never: it is
    // kept for undo), so a restore has them back.
    QVERIFY(m_directory->deleteContact(c.id));
    QVERIFY(m_directory->restoreContact(c.id));
    QCOMPARE(m_directory->contact(c.id)->morePhones,
             QStringList{QStringLiteral("8 (916) 111-22-33")});
}

void TestContactDirectory::tidied_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("morePhones");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("moreEmails");
    QTest::addColumn<QString>("expectPhone");
    QTest::addColumn<QStringList>("expectMorePhones");
    QTest::addColumn<QString>("expectEmail");
    QTest::addColumn<QStringList>("expectMoreEmails");

    const QString hr = QStringLiteral("hr@butterboard.online");
    QTest::newRow("main empty: the first further one moves up")
        << QString() << QStringList{QStringLiteral("+7 916 111-22-33"), QStringLiteral("12")}
        << QString() << QStringList{hr} << QStringLiteral("+7 916 111-22-33")
        << QStringList{QStringLiteral("12")} << hr << QStringList{};
    QTest::newRow("the same number written differently once")
        << QStringLiteral("8 (916) 111-22-33")
        << QStringList{QStringLiteral("+79161112233"), QStringLiteral(" +7 916 111 22 33 ")} << hr
        << QStringList{QStringLiteral("HR@Butterboard.Online")}
        << QStringLiteral("8 (916) 111-22-33") << QStringList{} << hr << QStringList{};
    QTest::newRow("blanks dropped, numbers that are not valid compared as typed")
        << QStringLiteral("12-34")
        << QStringList{QStringLiteral("  "), QStringLiteral("12-34"), QStringLiteral("12 34")}
        << QString() << QStringList{QString(), QStringLiteral("a@b.ru")} << QStringLiteral("12-34")
        << QStringList{QStringLiteral("12 34")} << QStringLiteral("a@b.ru") << QStringList{};
    QTest::newRow("nothing to tidy")
        << QStringLiteral("+7 495 123-45-67") << QStringList{QStringLiteral("+7 916 111-22-33")}
        << hr << QStringList{QStringLiteral("a@b.ru")} << QStringLiteral("+7 495 123-45-67")
        << QStringList{QStringLiteral("+7 916 111-22-33")} << hr
        << QStringList{QStringLiteral("a@b.ru")};
}

void TestContactDirectory::tidied()
{
    QFETCH(QString, phone);
    QFETCH(QStringList, morePhones);
    QFETCH(QString, email);
    QFETCH(QStringList, moreEmails);
    DirectoryContact c = person(QStringLiteral("P"), phone, email);
    c.morePhones = morePhones;
    c.moreEmails = moreEmails;
    const DirectoryContact t = m_directory->tidied(c);
    QTEST(t.phoneRaw, "expectPhone");
    QTEST(t.morePhones, "expectMorePhones");
    QTEST(t.email, "expectEmail");
    QTEST(t.moreEmails, "expectMoreEmails");
    QCOMPARE(t.phoneE164, m_phones.toE164(t.phoneRaw));
    // What is saved is the tidied form.
    QVERIFY2(m_directory->saveContact(c), qPrintable(m_directory->lastError()));
    QCOMPARE(m_directory->contact(c.id)->morePhones, t.morePhones);
    QCOMPARE(m_directory->contact(c.id)->email, t.email);
}

void TestContactDirectory::contactValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("slack");
    QTest::addColumn<QString>("problem"); // a word of the message, empty when valid
    QTest::newRow("ok") << "Anna"
                        << "anna@example.com"
                        << ""
                        << ""
                        << "";
    QTest::newRow("no name") << "  "
                             << "anna@example.com"
                             << ""
                             << ""
                             << "name";
    QTest::newRow("no at") << "Anna"
                           << "anna.example.com"
                           << ""
                           << ""
                           << "e-mail";
    QTest::newRow("space") << "Anna"
                           << "an na@example.com"
                           << ""
                           << ""
                           << "e-mail";
    QTest::newRow("no domain") << "Anna"
                               << "anna@example"
                               << ""
                               << ""
                               << "e-mail";
    QTest::newRow("cyrillic ok") << "Анна"
                                 << "анна@пример.рф"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("no way to reach") << "Anna"
                                     << ""
                                     << ""
                                     << ""
                                     << "at least one";
    QTest::newRow("bad phone kept") << "Anna"
                                    << ""
                                    << "abc"
                                    << ""
                                    << "";
    QTest::newRow("slack only") << "Anna"
                                << ""
                                << ""
                                << "@anna"
                                << "";
    QTest::newRow("slack space") << "Anna"
                                 << ""
                                 << ""
                                 << "@an na"
                                 << "Slack";
}

void TestContactDirectory::contactValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, slack);
    QFETCH(QString, problem);
    DirectoryContact c = person(name, phone, email);
    c.slackHandle = slack;
    const QStringList problems = m_directory->validate(c);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'|')));
        QVERIFY(m_directory->saveContact(c));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        QVERIFY(!m_directory->saveContact(c));
        QCOMPARE(m_directory->lastError(), problems.first());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    }
}

void TestContactDirectory::channelValidation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("email") << "email"
                           << "HR"
                           << "hr@butterboard.online" << true;
    QTest::newRow("email bad") << "email"
                               << "HR"
                               << "hr-at-butterboard" << false;
    QTest::newRow("phone") << "phone"
                           << "HR"
                           << "+7 (495) 123-45-67" << true;
    QTest::newRow("phone bad") << "phone"
                               << "HR"
                               << "123" << false;
    QTest::newRow("slack name") << "slack"
                                << "S"
                                << "#new-hires" << true;
    QTest::newRow("slack link") << "slack"
                                << "S"
                                << "https://butterboard.online/slack/new-hires" << true;
    QTest::newRow("slack bad") << "slack"
                               << "S"
                               << "new hires!" << false;
    QTest::newRow("booking") << "meeting"
                             << "M"
                             << "https://butterboard.online/asana" << true;
    QTest::newRow("booking ftp") << "meeting"
                                 << "M"
                                 << "ftp://example.com/x" << false;
    QTest::newRow("chatbot") << "chatbot"
                             << "Bot"
                             << "" << true;
    QTest::newRow("unknown kind") << "fax"
                                  << "F"
                                  << "1" << false;
    QTest::newRow("no name") << "email"
                             << ""
                             << "hr@butterboard.online" << false;
}

void TestContactDirectory::channelValidation()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, valid);
    DirectoryChannel channel;
    channel.kind = kind;
    channel.name = name;
    channel.address = address;
    QCOMPARE(m_directory->validate(channel).isEmpty(), valid);
    QCOMPARE(m_directory->saveChannel(channel), valid);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM channels")), valid ? 1 : 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), valid ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestContactDirectory)
#include "tst_contactdirectory.moc"
