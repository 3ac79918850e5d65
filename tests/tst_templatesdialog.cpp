#include "app/AppContext.h"
#include "app/ats/MessageService.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/TemplatesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace bbd;

namespace {

void whenModal(std::function<void(QWidget *)> act, int attempts = 100)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            act(modal);
        } else if (attempts > 0) {
            whenModal(std::move(act), attempts - 1);
        }
    });
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestTemplatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheTemplates();
    void unknownPlaceholderIsRefused_data();
    void unknownPlaceholderIsRefused();
    void fixedTemplateIsSaved();
    void insertPlaceholderAtTheCursor();
    void previewIsFilled();
    void smsHasNoSubject();
    void switchingWithUnsavedEditsAsks();
    void senderDetailsAreSaved();
    void deleteAsksAndRemoves();
    void screenshot();

private:
    std::unique_ptr<TemplatesDialog> makeDialog();
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;
    int liveTemplates() const
    {
        return int(
            scalar(QStringLiteral("SELECT count(*) FROM message_templates WHERE deleted = 0")));
    }

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("templates")};
    std::unique_ptr<Settings> m_settings;
    AppContext m_context;
};

void TestTemplatesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("t.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    m_context.settings = m_settings.get();
    QVERIFY(liveTemplates() > 0);
}

qint64 TestTemplatesDialog::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

std::unique_ptr<TemplatesDialog> TestTemplatesDialog::makeDialog()
{
    auto dialog = std::make_unique<TemplatesDialog>(m_context);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    return dialog;
}

void TestTemplatesDialog::listsTheTemplates()
{
    auto dialog = makeDialog();
    auto *list = child<QTreeWidget>(dialog.get(), "templateList");
    const QList<MessageTemplate> templates = MessageService(m_db, *m_settings).templates();
    QCOMPARE(list->topLevelItemCount(), templates.size());
    QCOMPARE(list->topLevelItem(0)->text(0), templates.constFirst().name);
    // The first template is open in the editor.
    QCOMPARE(dialog->currentTemplateId(), templates.constFirst().id);
    QCOMPARE(child<QLineEdit>(dialog.get(), "templateNameEdit")->text(),
             templates.constFirst().name);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")->toPlainText(),
             templates.constFirst().body);
    QVERIFY(!dialog->hasUnsavedChanges());
}

void TestTemplatesDialog::unknownPlaceholderIsRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("unknown");

    QTest::newRow("typo in the body") << "Приглашение"
                                      << "Здравствуйте, {frist_name}!"
                                      << ""
                                      << "{frist_name}";
    QTest::newRow("in the subject") << "{vacansy}"
                                    << "Здравствуйте, {first_name}!"
                                    << ""
                                    << "{vacansy}";
    QTest::newRow("in the signature") << "Тема"
                                      << "Текст"
                                      << "{recruter}"
                                      << "{recruter}";
}

void TestTemplatesDialog::unknownPlaceholderIsRefused()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, signature);
    QFETCH(QString, unknown);
    auto dialog = makeDialog();
    const int before = liveTemplates();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newTemplateButton"), Qt::LeftButton);
    QCOMPARE(dialog->currentTemplateId(), 0);
    QVERIFY(child<QLineEdit>(dialog.get(), "templateNameEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "templateNameEdit"),
                     QStringLiteral("Invitation with a typo"));
    child<QLineEdit>(dialog.get(), "templateSubjectEdit")->setText(subject);
    child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")->setPlainText(body);
    child<QPlainTextEdit>(dialog.get(), "templateSignatureEdit")->setPlainText(signature);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveTemplateButton"), Qt::LeftButton);

    auto *error = child<QLabel>(dialog.get(), "templateErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(unknown), qPrintable(error->text()));
    QCOMPARE(liveTemplates(), before);
    // The edits stay for the user to fix.
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")->toPlainText(), body);
    QCOMPARE(child<QLineEdit>(dialog.get(), "templateNameEdit")->text(),
             QStringLiteral("Invitation with a typo"));
    QVERIFY(dialog->hasUnsavedChanges());
    // Closing would ask; this test discards on purpose.
    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestTemplatesDialog::fixedTemplateIsSaved()
{
    auto dialog = makeDialog();
    QSignalSpy changed(dialog.get(), &TemplatesDialog::templatesChanged);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newTemplateButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "templateNameEdit"),
                     QStringLiteral("Meeting invitation"));
    child<QLineEdit>(dialog.get(), "templateSubjectEdit")->setText(QStringLiteral("{vacancy}"));
    auto *body = child<QPlainTextEdit>(dialog.get(), "templateBodyEdit");
    body->setPlainText(QStringLiteral("Здравствуйте, {frist_name}!"));
    auto *save = child<QPushButton>(dialog.get(), "saveTemplateButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog.get(), "templateErrorLabel")->isVisible());

    body->setPlainText(QStringLiteral("Здравствуйте, {first_name}!"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog.get(), "templateErrorLabel")->isVisible());
    QVERIFY(!dialog->hasUnsavedChanges());
    const qint64 id = dialog->currentTemplateId();
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM message_templates WHERE id = ? AND "
                                   "name = ? AND body = ? AND subject = ? AND channel = 'email'"),
                    {id, QStringLiteral("Meeting invitation"),
                     QStringLiteral("Здравствуйте, {first_name}!"), QStringLiteral("{vacancy}")}),
             1);
    auto *list = child<QTreeWidget>(dialog.get(), "templateList");
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("Meeting invitation"));
    QCOMPARE(list->currentItem()->text(1), QStringLiteral("E-mail"));

    // Saving again updates the same row.
    body->setPlainText(QStringLiteral("Добрый день, {first_name}!"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->currentTemplateId(), id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM message_templates WHERE id = ? AND "
                                   "body = ?"),
                    {id, QStringLiteral("Добрый день, {first_name}!")}),
             1);
}

void TestTemplatesDialog::insertPlaceholderAtTheCursor()
{
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto *button = child<QPushButton>(dialog.get(), "insertPlaceholderButton");
    QVERIFY(button && button->menu());
    QCOMPARE(button->menu()->actions().size(), MessageService::placeholders().size());
    const auto action = [&](const QString &name) -> QAction * {
        for (QAction *item : button->menu()->actions()) {
            if (item->data().toString() == name) {
                return item;
            }
        }
        return nullptr;
    };

    auto *body = child<QPlainTextEdit>(dialog.get(), "templateBodyEdit");
    body->setPlainText(QStringLiteral("Здравствуйте, !"));
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(14); // after "Здравствуйте, "
    body->setTextCursor(cursor);
    QVERIFY(action(QStringLiteral("first_name")));
    action(QStringLiteral("first_name"))->trigger();
    QCOMPARE(body->toPlainText(), QStringLiteral("Здравствуйте, {first_name}!"));

    // The subject, when it was the field edited last.
    auto *subject = child<QLineEdit>(dialog.get(), "templateSubjectEdit");
    subject->setFocus();
    QTRY_VERIFY(subject->hasFocus());
    subject->setText(QStringLiteral("Вакансия: "));
    action(QStringLiteral("vacancy"))->trigger();
    QCOMPARE(subject->text(), QStringLiteral("Вакансия: {vacancy}"));
    QCOMPARE(body->toPlainText(), QStringLiteral("Здравствуйте, {first_name}!"));
    QVERIFY(dialog->hasUnsavedChanges());
    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    dialog->reject();
}

void TestTemplatesDialog::previewIsFilled()
{
    auto dialog = makeDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newTemplateButton"), Qt::LeftButton);
    child<QLineEdit>(dialog.get(), "templateNameEdit")->setText(QStringLiteral("Превью"));
    child<QLineEdit>(dialog.get(), "templateSubjectEdit")
        ->setText(QStringLiteral("Собеседование: {vacancy}"));
    child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")
        ->setPlainText(QStringLiteral("{first_name}, ждём вас {interview_time}."));
    child<QLineEdit>(dialog.get(), "senderNameEdit")->setText(QStringLiteral("Ольга Петрова"));
    child<QPlainTextEdit>(dialog.get(), "senderSignatureEdit")
        ->setPlainText(QStringLiteral("{recruiter}, отдел подбора"));

    const QHash<QString, QString> values = dialog->sampleValues();
    const QString preview = child<QPlainTextEdit>(dialog.get(), "templatePreview")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Собеседование: ") + values.value("vacancy")),
             qPrintable(preview));
    QVERIFY(preview.contains(values.value(QStringLiteral("first_name")) +
                             QStringLiteral(", ждём вас ") +
                             values.value(QStringLiteral("interview_time"))));
    // The sender's own name and signature, as typed, not yet saved.
    QVERIFY(preview.contains(QStringLiteral("Ольга Петрова, отдел подбора")));
    QVERIFY(!preview.contains(u'{'));
    QVERIFY(!child<QLabel>(dialog.get(), "templatePreviewProblems")->isVisible());

    child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")
        ->setPlainText(QStringLiteral("{first_nam}"));
    auto *problems = child<QLabel>(dialog.get(), "templatePreviewProblems");
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("{first_nam}")));
    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Discard)->click();
    });
    dialog->reject();
}

void TestTemplatesDialog::smsHasNoSubject()
{
    auto dialog = makeDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "newTemplateButton"), Qt::LeftButton);
    auto *subject = child<QLineEdit>(dialog.get(), "templateSubjectEdit");
    QVERIFY(subject->isVisible());
    auto *channel = child<QComboBox>(dialog.get(), "templateChannelCombo");
    channel->setCurrentIndex(channel->findText(QStringLiteral("SMS")));
    QVERIFY(!subject->isVisible());
    child<QLineEdit>(dialog.get(), "templateNameEdit")->setText(QStringLiteral("СМС-напоминание"));
    child<QPlainTextEdit>(dialog.get(), "templateBodyEdit")
        ->setPlainText(QStringLiteral("{first_name}, напоминаем о встрече {interview_time}."));
    QVERIFY(dialog->save());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM message_templates WHERE id = ? AND "
                                   "channel = 'sms' AND coalesce(subject, '') = ''"),
                    {dialog->currentTemplateId()}),
             1);
    QVERIFY(child<QPlainTextEdit>(dialog.get(), "templatePreview")
                ->toPlainText()
                .contains(QStringLiteral("character")));
}

void TestTemplatesDialog::switchingWithUnsavedEditsAsks()
{
    auto dialog = makeDialog();
    auto *list = child<QTreeWidget>(dialog.get(), "templateList");
    QVERIFY(list->topLevelItemCount() >= 2);
    const qint64 first = dialog->currentTemplateId();
    auto *body = child<QPlainTextEdit>(dialog.get(), "templateBodyEdit");
    const QString original = body->toPlainText();
    body->setPlainText(original + QStringLiteral(" Правка."));

    // Cancel: the selection and the edits stay.
    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
    });
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(dialog->currentTemplateId(), first);
    QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toLongLong(), first);
    QCOMPARE(body->toPlainText(), original + QStringLiteral(" Правка."));

    // Save: stored, then the other template opens.
    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Save)->click();
    });
    const qint64 second = list->topLevelItem(1)->data(0, Qt::UserRole).toLongLong();
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(dialog->currentTemplateId(), second);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM message_templates WHERE id = ? AND "
                                   "body = ?"),
                    {first, QString(original + QStringLiteral(" Правка."))}),
             1);
    QVERIFY(!dialog->hasUnsavedChanges());
}

void TestTemplatesDialog::senderDetailsAreSaved()
{
    auto dialog = makeDialog();
    child<QLineEdit>(dialog.get(), "senderNameEdit")->setText(QStringLiteral("Ольга Петрова"));
    child<QLineEdit>(dialog.get(), "companyNameEdit")->setText(QStringLiteral("ООО «Баттерборд»"));
    child<QPlainTextEdit>(dialog.get(), "senderSignatureEdit")
        ->setPlainText(QStringLiteral("С уважением,\nОльга"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveTemplateButton"), Qt::LeftButton);
    Settings reread(m_dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(reread.senderName(), QStringLiteral("Ольга Петрова"));
    QCOMPARE(reread.companyName(), QStringLiteral("ООО «Баттерборд»"));
    QCOMPARE(reread.senderSignature(), QStringLiteral("С уважением,\nОльга"));

    // And on close.
    child<QLineEdit>(dialog.get(), "senderNameEdit")->setText(QStringLiteral("Ольга П."));
    dialog->reject();
    QCOMPARE(Settings(m_dir.filePath(QStringLiteral("s.ini"))).senderName(),
             QStringLiteral("Ольга П."));
}

void TestTemplatesDialog::deleteAsksAndRemoves()
{
    auto dialog = makeDialog();
    const qint64 id = dialog->currentTemplateId();
    QVERIFY(id > 0);
    const int before = liveTemplates();
    auto *remove = child<QPushButton>(dialog.get(), "deleteTemplateButton");

    whenModal([](QWidget *modal) {
        qobject_cast<QMessageBox *>(modal)->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(liveTemplates(), before);

    QString question;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(question.startsWith(QStringLiteral("Delete the template")));
    QCOMPARE(liveTemplates(), before - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM message_templates WHERE id = ?"), {id}), 1);
    auto *list = child<QTreeWidget>(dialog.get(), "templateList");
    QCOMPARE(list->topLevelItemCount(), before - 1);
    QVERIFY(dialog->currentTemplateId() != id);
}

void TestTemplatesDialog::screenshot()
{
    const QString directory = qEnvironmentVariable("BBD_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        QSKIP("Set BBD_SCREENSHOT_DIR to save screenshots.");
    }
    auto dialog = makeDialog();
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/insights-templates.png")));
    dialog->resize(dialog->minimumSizeHint());
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/insights-templates-small.png")));
}

QTEST_MAIN(TestTemplatesDialog)
#include "tst_templatesdialog.moc"
