#include "app/ats/HiringService.h"
#include "app/ats/MessageService.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/HireDialog.h"
#include "ui/ats/MessageDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

// The two dialogs of the candidate flow that write to the outbox: a message and a hire.
class TestMessageDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interviewTimeIsRequiredWhereTheTemplateAsks();
    void bulkSendSkipsThoseWhoCannotReceive();
    void copyPutsSubjectAndBodyOnTheClipboard();
    void hireDialogCreatesEmployee();

private:
    qint64 scalar(const QString &sql) const;
    qint64 candidateWithEmail(bool withEmail) const;

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("msgdialog")};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MessageService> m_service;
};

void TestMessageDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("d.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_settings->setSenderName(QStringLiteral("Ольга Белова"));
    m_service = std::make_unique<MessageService>(m_db, *m_settings);
}

qint64 TestMessageDialog::scalar(const QString &sql) const
{
    QSqlQuery query(m_db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestMessageDialog::candidateWithEmail(bool withEmail) const
{
    return scalar(withEmail ? QStringLiteral("SELECT min(id) FROM candidates WHERE email IS NOT "
                                             "NULL AND phone_e164 IS NOT NULL")
                            : QStringLiteral("SELECT min(id) FROM candidates WHERE email IS NULL"));
}

void TestMessageDialog::interviewTimeIsRequiredWhereTheTemplateAsks()
{
    const qint64 id = candidateWithEmail(true);
    MessageDialog dialog(*m_service, {id});
    dialog.selectTemplate(QStringLiteral("SMS-напоминание о встрече"));
    auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("messageProblemLabel"));
    QVERIFY(!send->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("interview_time")));

    dialog.findChild<QLineEdit *>(QStringLiteral("interviewTimeEdit"))
        ->setText(QStringLiteral("завтра в 15:00"));
    QVERIFY(send->isEnabled());
    QVERIFY(problems->text().isEmpty());
    const QString preview =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("messagePreview"))->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("завтра в 15:00")));
    QVERIFY(!preview.contains(u'{'));

    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    send->click();
    QCOMPARE(dialog.sentCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), before + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE id = (SELECT max(id) FROM "
                                   "outbox) AND service = 'platform'")),
             1);
}

void TestMessageDialog::bulkSendSkipsThoseWhoCannotReceive()
{
    const QList<qint64> ids{candidateWithEmail(true), candidateWithEmail(false)};
    MessageDialog dialog(*m_service, ids);
    dialog.selectTemplate(QStringLiteral("Вежливый отказ"));
    auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send->isEnabled());
    QVERIFY(send->text().contains(u'1'));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageProblemLabel"))
                ->text()
                .contains(QStringLiteral("no e-mail")));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    send->click();
    QCOMPARE(dialog.sentCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), before + 1);
}

void TestMessageDialog::copyPutsSubjectAndBodyOnTheClipboard()
{
    MessageDialog dialog(*m_service, {candidateWithEmail(true)});
    dialog.selectTemplate(QStringLiteral("Оффер"));
    dialog.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.startsWith(dialog.findChild<QLineEdit *>(QStringLiteral("subjectView"))->text()));
    QVERIFY(text.contains(QStringLiteral("Ольга Белова")));
}

void TestMessageDialog::hireDialogCreatesEmployee()
{
    HiringService hiring(m_db);
    const qint64 id = candidateWithEmail(true);
    HireDialog dialog(hiring, id);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("workEmailEdit"));
    email->setText(QStringLiteral("not an address"));
    ok->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("hireProblemLabel"))->text().isEmpty());
    email->setText(QStringLiteral("new.hire@butterboard.online"));
    const qint64 employees = scalar(QStringLiteral("SELECT count(*) FROM employees"));
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.employeeId() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM employees")), employees + 1);
    QCOMPARE(hiring.employeeOf(id), dialog.employeeId());
    // A scenario was preselected, so the new hire's onboarding has its stages.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE employee_id = "
                                  "(SELECT max(id) FROM employees)")) == 1);
}

QTEST_MAIN(TestMessageDialog)
#include "tst_messagedialog.moc"
