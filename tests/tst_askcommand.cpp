// `butterdesk ask` as a script runs it, on a database with the demo data: the plain answer
// with its source and confidence, the --json form, a hand-over with the contact to turn to,
// and the exit codes (0 answered, 3 handed over, 2 wrong arguments, 1 no database).
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run butterdesk(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BBD_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestAskCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainAnswer();
    void jsonAnswer();
    void confidentialHandover();
    void unknownQuestionIsLogged();
    void optionsBeforeCommand();
    void newDatabaseGetsDemoData();
    void usage_data();
    void usage();
    void databaseProblem();

private:
    Run ask(const QStringList &arguments)
    {
        return butterdesk(QStringList{QStringLiteral("ask")} + arguments +
                          QStringList{QStringLiteral("--database"), m_database,
                                      QStringLiteral("--lang"), QStringLiteral("en")});
    }

    QTemporaryDir m_dir;
    QString m_database;
};

void TestAskCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("ask.sqlite"));
    Database db(QStringLiteral("tst-askcommand-setup"));
    QVERIFY(db.open(m_database).ok());
    PhoneNumbers phones;
    const DemoLoadResult demo = DemoData::load(db, phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
}

void TestAskCommand::plainAnswer()
{
    const Run run = ask({QStringLiteral("телефон HR-отдела")});
    QCOMPARE(run.exitCode, 0);
    // The remark about calling, with the table of numbers above it in its section.
    QVERIFY2(run.out.startsWith(QStringLiteral("| Кто |")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("| Антон Эйчаров | Head of HR | "
                                             "hr@butterboard.online | +7 (495) 123-45-67 |")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral(" |\n\nПо телефону отдела кадров")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Source: Кому звонить: телефоны и зоны "
                                             "ответственности › Отдел кадров и руководство")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Confidence: medium")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Contact:")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestAskCommand::jsonAnswer()
{
    const Run run = ask({QStringLiteral("How do I get an API key?"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(json.value(u"question").toString(), QStringLiteral("How do I get an API key?"));
    QCOMPARE(json.value(u"answered_by").toString(), QStringLiteral("local"));
    QCOMPARE(json.value(u"handover").toString(), QStringLiteral("none"));
    QVERIFY(!json.value(u"confidence").toString().isEmpty());
    QVERIFY(json.value(u"contact").isNull());
    const QJsonArray sources = json.value(u"sources").toArray();
    QVERIFY(!sources.isEmpty());
    const QJsonObject source = sources.at(0).toObject();
    QCOMPARE(source.value(u"title").toString(),
             QStringLiteral("Butterboard REST API and API keys"));
    QCOMPARE(json.value(u"answer").toString(), source.value(u"passage").toString());
    QVERIFY(source.value(u"article_id").toInteger() > 0);
    QVERIFY(source.value(u"score").toDouble() >= 0.5);
}

void TestAskCommand::confidentialHandover()
{
    Run run = ask({QStringLiteral("Когда выплачивают зарплату?")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("confidential")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Contact: Антон Эйчаров, Head of HR")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Phone: +7 495 123-45-67")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("E-mail: hr@butterboard.online")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Source:")));

    run = ask({QStringLiteral("When is the salary paid?"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"handover").toString(), QStringLiteral("confidential"));
    QVERIFY(json.value(u"confidence").isNull());
    QVERIFY(json.value(u"sources").toArray().isEmpty());
    const QJsonObject person = json.value(u"contact").toObject().value(u"person").toObject();
    QCOMPARE(person.value(u"name").toString(), QStringLiteral("Антон Эйчаров"));
    QCOMPARE(person.value(u"phone").toString(), QStringLiteral("+74951234567"));
    QCOMPARE(json.value(u"contact").toObject().value(u"channel").toObject().value(u"kind"),
             QJsonValue(QStringLiteral("email")));
}

void TestAskCommand::unknownQuestionIsLogged()
{
    const QString question = QStringLiteral("Как заказать пиццу в офис?");
    const Run run = ask({question});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("Contact: Антон Эйчаров")), qPrintable(run.out));
    Database db(QStringLiteral("tst-askcommand-check"));
    QVERIFY(db.open(m_database).ok());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT reason FROM kb_unanswered WHERE question = ?"));
    query.addBindValue(question);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("no_match"));
}

void TestAskCommand::optionsBeforeCommand()
{
    // Global options may come before the command, and an unquoted question is one question.
    const Run run = butterdesk({QStringLiteral("--database"), m_database, QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("ask"),
                                QStringLiteral("телефон"), QStringLiteral("HR-отдела")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("телефону отдела кадров")), qPrintable(run.out));
}

void TestAskCommand::newDatabaseGetsDemoData()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    const Run run = butterdesk({QStringLiteral("ask"), QStringLiteral("телефон HR-отдела"),
                                QStringLiteral("--database"), fresh, QStringLiteral("--lang"),
                                QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("demo data")), qPrintable(run.err));
    QVERIFY(QFile::exists(fresh));
}

void TestAskCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no question") << QStringList{};
    QTest::newRow("blank question") << QStringList{QStringLiteral("   ")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("где анкета"), QStringLiteral("--colour")};
    QTest::newRow("unknown language") << QStringList{
        QStringLiteral("где анкета"), QStringLiteral("--lang"), QStringLiteral("de")};
}

void TestAskCommand::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = butterdesk(QStringList{QStringLiteral("ask")} + arguments +
                               QStringList{QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestAskCommand::databaseProblem()
{
    const QString notADatabase = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Run run = butterdesk({QStringLiteral("ask"), QStringLiteral("где анкета"),
                                QStringLiteral("--database"), notADatabase,
                                QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestAskCommand)
#include "tst_askcommand.moc"
