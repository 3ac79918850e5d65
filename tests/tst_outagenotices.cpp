// The outage notice to new hires: e-mail and phone first, the chat-bot left out, the time it is
// down since, both languages; who counts as a new hire; the outbox rows for Outlook (one per
// person with an address) and Slack (one message); and PlatformOutage's "since when".
#include "app/contacts/ContactDirectory.h"
#include "app/contacts/OutageNotices.h"
#include "app/contacts/PlatformOutage.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestOutageNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void orderAndChannels_data();
    void orderAndChannels();
    void newHires();
    void queuedByEmail();
    void queuedToSlack();
    void outageSince();

private:
    qint64 employee(const QString &first, const QString &email, const QDate &start);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
};

void TestOutageNotices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("tst-outagenotices"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("o.sqlite"))).ok());
}

void TestOutageNotices::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestOutageNotices::employee(const QString &first, const QString &email, const QDate &start)
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO employees (first_name, last_name, email, start_date, "
                                 "updated_at) VALUES (?, 'Test', ?, ?, ?)"),
                  {first, sql::nullIfEmpty(email), start.toString(Qt::ISODate), sql::nowUtc()})) {
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

void TestOutageNotices::orderAndChannels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("marker"); // a word only that language's text has
    QTest::newRow("ru") << "ru"
                        << "Куда обращаться";
    QTest::newRow("en") << "en"
                        << "Where to turn";
    QTest::newRow("both") << "both"
                          << "Where to turn";
}

void TestOutageNotices::orderAndChannels()
{
    QFETCH(QString, language);
    QFETCH(QString, marker);
    DirectoryChannel slack{0,
                           QStringLiteral("slack"),
                           QStringLiteral("Slack #new-hires"),
                           QStringLiteral("#new-hires"),
                           {},
                           {},
                           false,
                           1,
                           {}};
    DirectoryChannel bot{
        0, QStringLiteral("chatbot"), QStringLiteral("Chat-bot"), {}, {}, {}, false, 2, {}};
    DirectoryChannel phone{0,
                           QStringLiteral("phone"),
                           QStringLiteral("HR phone"),
                           QStringLiteral("+7 (495) 123-45-67"),
                           {},
                           {},
                           true,
                           3,
                           {7}};
    DirectoryChannel mail{0,
                          QStringLiteral("email"),
                          QStringLiteral("HR mail"),
                          QStringLiteral("hr@butterboard.online"),
                          {},
                          {},
                          true,
                          4,
                          {}};
    DirectoryContact hr;
    hr.id = 7;
    hr.fullName = QStringLiteral("Антон Эйчаров");
    const QDateTime since =
        QDateTime::fromString(QStringLiteral("2026-12-07T09:30:00Z"), Qt::ISODate);
    const OutageNotices::Notice notice =
        OutageNotices::build({slack, bot, phone, mail}, {hr}, since, language);
    QVERIFY(notice.body.contains(marker));
    QVERIFY(notice.body.contains(QStringLiteral("2026-12-07 09:30")));
    const qsizetype m = notice.body.indexOf(QStringLiteral("hr@butterboard.online"));
    const qsizetype p = notice.body.indexOf(QStringLiteral("+7 (495) 123-45-67"));
    const qsizetype s = notice.body.indexOf(QStringLiteral("#new-hires"));
    QVERIFY(m >= 0 && p > m && s > p); // e-mail, then phone, then the rest
    QVERIFY(!notice.body.contains(QStringLiteral("Chat-bot")));
    QVERIFY(notice.body.contains(QStringLiteral("Антон Эйчаров")));
    QVERIFY(!notice.subject.isEmpty());
    if (language == u"both") {
        QVERIFY(notice.body.contains(QStringLiteral("Куда обращаться")));
        QVERIFY(notice.body.indexOf(QStringLiteral("Куда")) < notice.body.indexOf(marker));
    }
    QCOMPARE(OutageNotices::workingChannels({slack, bot, phone, mail}).size(), 3);
}

void TestOutageNotices::newHires()
{
    const QDate today(2026, 12, 7);
    const qint64 recent =
        employee(QStringLiteral("Recent"), QStringLiteral("r@b.ru"), today.addDays(-10));
    const qint64 future = employee(QStringLiteral("Future"), {}, today.addDays(5));
    employee(QStringLiteral("Old"), QStringLiteral("o@b.ru"), today.addYears(-2));
    const qint64 onboarding =
        employee(QStringLiteral("Onboarding"), QStringLiteral("s@b.ru"), today.addDays(-200));
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO scenarios (name, updated_at) VALUES "
                                    "('Welcome', ?)"),
                     {sql::nowUtc()}));
    const qint64 scenario = query.lastInsertId().toLongLong();
    QVERIFY(sql::run(query,
                     QStringLiteral("INSERT INTO assignments (employee_id, scenario_id, "
                                    "start_date, status, created_at, updated_at) VALUES (?, ?, "
                                    "'2026-05-01', 'active', ?, ?)"),
                     {onboarding, scenario, sql::nowUtc(), sql::nowUtc()}));
    QList<qint64> ids;
    for (const OutageNotices::Recipient &r : OutageNotices::newHires(m_db->connection(), today)) {
        ids << r.employeeId;
    }
    QCOMPARE(ids, (QList<qint64>{future, recent, onboarding}));
}

void TestOutageNotices::queuedByEmail()
{
    const QDate today = QDate::currentDate();
    employee(QStringLiteral("Anna"), QStringLiteral("anna@b.ru"), today);
    employee(QStringLiteral("Boris"), {}, today);
    employee(QStringLiteral("Vera"), QStringLiteral("vera@b.ru"), today);
    const auto recipients = OutageNotices::newHires(m_db->connection(), today);
    QCOMPARE(recipients.size(), 3);
    QString error;
    const int rows =
        OutageNotices::queue(m_db->connection(), OutageNotices::Route::Email, recipients,
                             {QStringLiteral("S"), QStringLiteral("B")}, &error);
    QCOMPARE(rows, 2); // Boris has no address
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("SELECT service, path, body FROM outbox ORDER BY id")));
    QStringList to;
    while (query.next()) {
        QCOMPARE(query.value(0).toString(), QStringLiteral("graph"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("/me/sendMail"));
        const QJsonObject message = QJsonDocument::fromJson(query.value(2).toByteArray())
                                        .object()
                                        .value(u"message")
                                        .toObject();
        QCOMPARE(message.value(u"subject").toString(), QStringLiteral("S"));
        to << message.value(u"toRecipients")
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"emailAddress")
                  .toObject()
                  .value(u"address")
                  .toString();
    }
    to.sort();
    QCOMPARE(to, (QStringList{QStringLiteral("anna@b.ru"), QStringLiteral("vera@b.ru")}));
}

void TestOutageNotices::queuedToSlack()
{
    QString error;
    QCOMPARE(OutageNotices::queue(m_db->connection(), OutageNotices::Route::Slack, {},
                                  {QStringLiteral("Down"), QStringLiteral("Call HR")}, &error),
             1);
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("SELECT service, body FROM outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("slack"));
    QVERIFY(query.value(1).toString().contains(QStringLiteral("Call HR")));
}

void TestOutageNotices::outageSince()
{
    Settings settings(m_dir->filePath(QStringLiteral("s.ini")));
    // Started already offline: since when the stored state says it went.
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("INSERT INTO service_health (service, state, "
                                           "updated_at) VALUES ('platform', 'offline', "
                                           "'2026-12-01T08:00:00.000Z')")));
    PlatformOutage outage(settings, m_db->connection());
    QSignalSpy changed(&outage, &PlatformOutage::changed);
    QVERIFY(!outage.isDown());
    outage.setConnectionState(ConnectionState::Offline);
    QVERIFY(outage.isDown());
    QCOMPARE(changed.count(), 1);
    const QDateTime first =
        QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
    QCOMPARE(outage.since(), first);
    // Later failed checks keep the first time; degraded still answers.
    outage.setConnectionState(ConnectionState::Offline);
    QCOMPARE(outage.since(), first);
    outage.setConnectionState(ConnectionState::Degraded);
    QVERIFY(!outage.isDown());
    outage.setConnectionState(ConnectionState::Online);
    QVERIFY(!settings.platformUnreachableSince().isValid());
    // The user's mark: down from the moment of the mark, and only until it is taken back.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    outage.setMarkedDown(true);
    QVERIFY(outage.isDown());
    QVERIFY(outage.isMarkedDown());
    QVERIFY(outage.since() >= before);
    outage.setMarkedDown(false);
    QVERIFY(!outage.isDown());
    QCOMPARE(changed.count(), 4);
}

QTEST_GUILESS_MAIN(TestOutageNotices)
#include "tst_outagenotices.moc"
