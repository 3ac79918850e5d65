#include "app/contacts/ContactActions.h"

#include <QTest>
#include <QUrlQuery>

using namespace bbd;

class TestContactActions : public QObject
{
    Q_OBJECT

private slots:
    void callUrl_data();
    void callUrl();
    void mailUrl_data();
    void mailUrl();
    void mailUrlKeepsTextExact();
    void slackUrl_data();
    void slackUrl();
    void bookingUrl_data();
    void bookingUrl();
};

void TestContactActions::callUrl_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected"); // empty: no link

    QTest::newRow("moscow landline") << "+74951234567"
                                     << "tel:+74951234567";
    QTest::newRow("mobile") << "+79161112233"
                            << "tel:+79161112233";
    QTest::newRow("national format") << "8 (495) 123-45-67"
                                     << "";
    QTest::newRow("no plus") << "74951234567"
                             << "";
    QTest::newRow("too short") << "+7495"
                               << "";
    QTest::newRow("letters") << "+7495CALLHR"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestContactActions::callUrl()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    const QUrl url = contactactions::callUrl(number);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (!expected.isEmpty()) {
        QCOMPARE(url.toString(), expected);
        QCOMPARE(url.scheme(), QStringLiteral("tel"));
    }
}

void TestContactActions::mailUrl_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected"); // encoded form; empty: no link

    QTest::newRow("address only") << "hr@butterboard.example"
                                  << ""
                                  << "mailto:hr@butterboard.example";
    QTest::newRow("spaces trimmed") << "  hr@butterboard.example "
                                    << ""
                                    << "mailto:hr@butterboard.example";
    QTest::newRow("subject with & and ?") << "hr@butterboard.example"
                                          << "A & B?"
                                          << "mailto:hr@butterboard.example?subject=A%20%26%20B%3F";
    QTest::newRow("cyrillic subject") << "hr@butterboard.example"
                                      << "Платформа"
                                      << "mailto:hr@butterboard.example?subject=%D0%9F%D0%BB%D0%B0%"
                                         "D1%82%D1%84%D0%BE%D1%80%D0%BC%D0%B0";
    QTest::newRow("no at") << "hr.butterboard.example"
                           << ""
                           << "";
    QTest::newRow("two addresses") << "a@x.example,b@x.example"
                                   << ""
                                   << "";
    QTest::newRow("header injection") << "hr@x.example?bcc=all@x.example"
                                      << ""
                                      << "";
    QTest::newRow("empty") << ""
                           << "Hello"
                           << "";
}

void TestContactActions::mailUrl()
{
    QFETCH(QString, address);
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    const QUrl url = contactactions::mailUrl(address, subject);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(QString::fromLatin1(url.toEncoded()), expected);
}

void TestContactActions::mailUrlKeepsTextExact()
{
    const QString subject = QStringLiteral("Платформа недоступна: что делать + куда писать");
    const QString body = QStringLiteral("Строка 1\nСтрока 2 & 100% =");
    const QUrl url =
        contactactions::mailUrl(QStringLiteral("hr@butterboard.example"), subject, body);
    QVERIFY(url.isValid());
    QCOMPARE(url.path(), QStringLiteral("hr@butterboard.example"));
    // What a mail program decodes must be exactly what was typed.
    QString decodedSubject;
    QString decodedBody;
    const QStringList pairs =
        QString::fromLatin1(url.query(QUrl::FullyEncoded).toLatin1()).split(u'&');
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString value = QUrl::fromPercentEncoding(pair.mid(equals + 1).toLatin1());
        if (pair.startsWith(u"subject="))
            decodedSubject = value;
        else if (pair.startsWith(u"body="))
            decodedBody = value;
    }
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(decodedSubject, subject);
    QCOMPARE(decodedBody, body);
}

void TestContactActions::slackUrl_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name with hash") << "#hr-help"
                                    << "https://slack.com/app_redirect?channel=hr-help";
    QTest::newRow("bare name") << "new-hires"
                               << "https://slack.com/app_redirect?channel=new-hires";
    QTest::newRow("channel id") << "C0123ABC"
                                << "https://slack.com/app_redirect?channel=C0123ABC";
    QTest::newRow("https link kept") << "https://butterboard.slack.com/archives/C0123ABC"
                                     << "https://butterboard.slack.com/archives/C0123ABC";
    QTest::newRow("spaces") << "#hr help"
                            << "";
    QTest::newRow("query injection") << "#hr&team=T1"
                                     << "";
    QTest::newRow("http link") << "http://evil.example/"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestContactActions::slackUrl()
{
    QFETCH(QString, channel);
    QFETCH(QString, expected);
    const QUrl url = contactactions::slackUrl(channel);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(url.toString(), expected);
}

void TestContactActions::bookingUrl_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("opens");

    QTest::newRow("https") << "https://calendar.example/hr-office" << true;
    QTest::newRow("http") << "http://intranet.example/book" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("words") << "room 301, ask at reception" << false;
}

void TestContactActions::bookingUrl()
{
    QFETCH(QString, link);
    QFETCH(bool, opens);
    QCOMPARE(contactactions::bookingUrl(link).isValid(), opens);
}

QTEST_GUILESS_MAIN(TestContactActions)
#include "tst_contactactions.moc"
