#include "app/ats/CandidateRepository.h"
#include "app/ats/MessageService.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace bbd;

class TestMessageService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fill_data();
    void fill();
    void senderSignatureWinsOverTemplates();
    void sendQueuesAndWritesTimeline();
    void unsendableMessageWritesNothing();
    void templatesRejectUnknownPlaceholders();
    void mailtoEncodesEverything();

private:
    qint64 count(const QString &sql) const;

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("messages")};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MessageService> m_service;
};

void TestMessageService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("m.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_settings->setSenderName(QStringLiteral("Ольга Белова"));
    m_service = std::make_unique<MessageService>(m_db, *m_settings);
}

qint64 TestMessageService::count(const QString &sql) const
{
    QSqlQuery query(m_db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestMessageService::fill_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("problems");

    QTest::newRow("all known") << "Здравствуйте, {first_name}! {vacancy} в {company}."
                               << "a@b.ru"
                               << "Здравствуйте, Анна! Аналитик в Butterboard." << 0;
    QTest::newRow("repeated placeholder") << "{first_name}, {first_name}"
                                          << "a@b.ru"
                                          << "Анна, Анна" << 0;
    QTest::newRow("unknown placeholder") << "Привет, {firstname}"
                                         << "a@b.ru"
                                         << "Привет, {firstname}" << 1;
    QTest::newRow("empty value") << "Встреча {interview_time}"
                                 << "a@b.ru"
                                 << "Встреча {interview_time}" << 1;
    QTest::newRow("no address") << "Текст"
                                << ""
                                << "Текст" << 1;
    QTest::newRow("braces that are no placeholder") << "{ } {Имя} {}"
                                                    << "a@b.ru"
                                                    << "{ } {Имя} {}" << 0;
}

void TestMessageService::fill()
{
    QFETCH(QString, body);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QFETCH(int, problems);

    MessageTemplate item;
    item.subject = QStringLiteral("Тема");
    item.body = body;
    const QHash<QString, QString> values{
        {QStringLiteral("first_name"), QStringLiteral("Анна")},
        {QStringLiteral("vacancy"), QStringLiteral("Аналитик")},
        {QStringLiteral("company"), QStringLiteral("Butterboard")}};
    const ComposedMessage message = MessageService::fill(item, values, to, QString());
    QCOMPARE(message.body, expected);
    QCOMPARE(message.problems.size(), problems);
    QCOMPARE(message.isSendable(), problems == 0);
}

void TestMessageService::senderSignatureWinsOverTemplates()
{
    MessageTemplate item;
    item.subject = QStringLiteral("S");
    item.body = QStringLiteral("Текст");
    item.signature = QStringLiteral("Команда подбора");
    QCOMPARE(MessageService::fill(item, {}, QStringLiteral("a@b.ru"), QString()).body,
             QStringLiteral("Текст\n\nКоманда подбора"));
    QCOMPARE(MessageService::fill(item, {}, QStringLiteral("a@b.ru"), QStringLiteral("Ольга")).body,
             QStringLiteral("Текст\n\nОльга"));
}

void TestMessageService::sendQueuesAndWritesTimeline()
{
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, email FROM candidates WHERE email IS NOT NULL "
                                      "AND deleted = 0 ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    const qint64 candidateId = query.value(0).toLongLong();
    const QString email = query.value(1).toString();

    const QList<MessageTemplate> templates = m_service->templates();
    QCOMPARE(templates.size(), 5);
    const MessageTemplate invite = templates.first();
    QCOMPARE(invite.channel, MessageTemplate::Channel::Email);
    const ComposedMessage message = m_service->compose(invite, candidateId);
    QVERIFY2(message.isSendable(), qPrintable(message.problems.join(u' ')));
    QCOMPARE(message.to, email);
    QVERIFY(message.body.contains(QStringLiteral("Ольга Белова")));
    QVERIFY(!message.body.contains(u'{'));

    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY2(m_service->send(message, candidateId), qPrintable(m_service->lastError()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QVERIFY(query.exec(QStringLiteral("SELECT service, method, path, body, idempotency_key FROM "
                                      "outbox ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("graph"));
    // Relative to the Graph base URL, which carries the version: https://graph.microsoft.com/v1.0
    QCOMPARE(query.value(2).toString(), QStringLiteral("/me/sendMail"));
    const QJsonObject mail = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    QCOMPARE(mail.value(u"message")
                 .toObject()
                 .value(u"toRecipients")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"emailAddress")
                 .toObject()
                 .value(u"address")
                 .toString(),
             email);
    QVERIFY(!query.value(4).toString().isEmpty());
    CandidateRepository repo(m_db, m_phones);
    QCOMPARE(repo.timeline(candidateId).first().kind, CandidateEvent::Kind::Message);
}

void TestMessageService::unsendableMessageWritesNothing()
{
    MessageTemplate item;
    item.channel = MessageTemplate::Channel::Sms;
    item.body = QStringLiteral("{interview_time}");
    const ComposedMessage message = m_service->compose(item, 1);
    QVERIFY(!message.isSendable());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(!m_service->send(message, 1));
    QVERIFY(m_service->lastError().contains(QStringLiteral("interview_time")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), before);
}

void TestMessageService::templatesRejectUnknownPlaceholders()
{
    MessageTemplate item;
    item.name = QStringLiteral("Новый");
    item.body = QStringLiteral("Привет, {frist_name}");
    QCOMPARE(m_service->saveTemplate(item), 0);
    QVERIFY(m_service->lastError().contains(QStringLiteral("{frist_name}")));
    item.body = QStringLiteral("Привет, {first_name}");
    const qint64 id = m_service->saveTemplate(item);
    QVERIFY(id > 0);
    item.id = id;
    item.body = QStringLiteral("Добрый день, {first_name}");
    QCOMPARE(m_service->saveTemplate(item), id);
    QVERIFY(m_service->removeTemplate(id));
    QCOMPARE(m_service->templates().size(), 5);
}

void TestMessageService::mailtoEncodesEverything()
{
    ComposedMessage message;
    message.to = QStringLiteral("anna@example.ru");
    message.subject = QStringLiteral("Интервью & оффер + бонус");
    message.body = QStringLiteral("Строка 1\nСтрока 2 = 100%");
    const QUrl url = MessageService::mailtoUrl(message);
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("anna@example.ru"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), message.subject);
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QStringLiteral("Строка 1\r\nСтрока 2 = 100%"));
    QVERIFY(url.toEncoded().contains("%0D%0A"));
}

QTEST_GUILESS_MAIN(TestMessageService)
#include "tst_messageservice.moc"
