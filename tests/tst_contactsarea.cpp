// The fallback-contact panel as the user meets it: clicks on the demo directory open the right
// tel:, mailto:, Slack and booking links through the injected opener, buttons are off with a
// reason for data that cannot make a link, editing is hidden for staff who are not HR
// administrators, an edit and a delete (which asks first) are undone with Ctrl+Z; and the main
// window bringing the panel forward when the real loopback server goes down, when the user
// marks it down, at a start while offline, and only after a modal dialog has closed. Phones in
// the display format (tel: stays E.164), further phones and e-mails added and removed in the
// dialog with a Call or Write each on the person's card, and an import undone in one step.
#include "TestServer.h"
#include "app/AppContext.h"
#include "app/contacts/ContactDirectory.h"
#include "app/contacts/PlatformOutage.h"
#include "app/phones/PhoneNumbers.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/PlatformSync.h"
#include "ui/ContactsArea.h"
#include "ui/MainWindow.h"
#include "ui/contacts/DirectoryDialogs.h"
#include "ui/contacts/DirectoryModels.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {

void whenModal(std::function<void(QWidget *)> act, int attempts = 200)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            act(modal);
        } else if (attempts > 0) {
            whenModal(std::move(act), attempts - 1);
        }
    });
}

void clickRow(QTableView *view, int row)
{
    view->scrollTo(view->model()->index(row, 1));
    const QRect rect = view->visualRect(view->model()->index(row, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Ctrl+Z as the user presses it, in the window that has the focus again after a dialog.
void pressUndo(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
}

void answer(QWidget *modal, QMessageBox::StandardButton button)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    QVERIFY(box);
    QTest::mouseClick(box->button(button), Qt::LeftButton);
}

CredentialResult waitFor(const std::function<void(QObject *, CredentialStore::Callback)> &call)
{
    CredentialResult answerGot;
    bool done = false;
    QObject context;
    call(&context, [&](const CredentialResult &result) {
        answerGot = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        answerGot.message = QStringLiteral("the keychain did not answer");
    }
    return answerGot;
}

} // namespace

class TestContactsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void actionsOpenTheRightLinks();
    void buttonsOffForBadData();
    void editingOnlyForHrAdministrators();
    void editAndDeleteAreUndone();
    void markingDownBringsThePanelForward();
    void comesForwardWhenTheServerGoesDown();
    void phonesInDisplayFormat();
    void severalPhonesAndEmails();
    void importIsOneUndoableStep();

private:
    int rowOfPerson(ContactsArea *area, const QString &name) const;
    int rowOfChannel(ContactsArea *area, const QString &kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    PhoneNumbers m_phones;
    QList<QUrl> m_opened;
};

void TestContactsArea::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("tst-contactsarea"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("a.sqlite"))).ok());
    QVERIFY(DemoData::load(*m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")));
    m_opened.clear();
}

void TestContactsArea::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

int TestContactsArea::rowOfPerson(ContactsArea *area, const QString &name) const
{
    for (int row = 0; row < area->personModel()->rowCount(); ++row) {
        if (area->personModel()->personAt(row).fullName == name) {
            return row;
        }
    }
    return -1;
}

int TestContactsArea::rowOfChannel(ContactsArea *area, const QString &kind) const
{
    for (int row = 0; row < area->channelModel()->rowCount(); ++row) {
        if (area->channelModel()->channelAt(row).kind == kind) {
            return row;
        }
    }
    return -1;
}

void TestContactsArea::actionsOpenTheRightLinks()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    ContactsArea area(context);
    area.setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *call = area.findChild<QPushButton *>(QStringLiteral("callButton"));
    auto *write = area.findChild<QPushButton *>(QStringLiteral("writeButton"));
    auto *slack = area.findChild<QPushButton *>(QStringLiteral("slackButton"));
    auto *booking = area.findChild<QPushButton *>(QStringLiteral("bookingButton"));
    auto *copy = area.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(!call->isEnabled()); // nothing selected yet
    QVERIFY(!call->toolTip().isEmpty());

    // The people in escalation order, the first is HR.
    QCOMPARE(area.personModel()->personAt(0).fullName, QStringLiteral("Антон Эйчаров"));
    clickRow(area.personView(), 0);
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    QTest::mouseClick(write, Qt::LeftButton);
    QTest::mouseClick(slack, Qt::LeftButton);
    QVERIFY(!booking->isEnabled());
    QCOMPARE(m_opened.size(), 3);
    QCOMPARE(m_opened.at(0), QUrl(QStringLiteral("tel:+74951234567")));
    QCOMPARE(m_opened.at(1).scheme(), QStringLiteral("mailto"));
    QCOMPARE(m_opened.at(1).path(), QStringLiteral("hr@butterboard.online"));
    QVERIFY(!QUrlQuery(m_opened.at(1)).queryItemValue(QStringLiteral("subject")).isEmpty());
    QCOMPARE(QUrlQuery(m_opened.at(2)).queryItemValue(QStringLiteral("channel")),
             QStringLiteral("anton.eicharov"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("hr@butterboard.online")));

    // A channel: the meeting one books, the phone one calls, the others are off.
    m_opened.clear();
    clickRow(area.channelView(), rowOfChannel(&area, QStringLiteral("meeting")));
    QVERIFY(booking->isEnabled());
    QVERIFY(!call->isEnabled());
    QTest::mouseClick(booking, Qt::LeftButton);
    clickRow(area.channelView(), rowOfChannel(&area, QStringLiteral("phone")));
    QTest::mouseClick(call, Qt::LeftButton);
    clickRow(area.channelView(), rowOfChannel(&area, QStringLiteral("slack")));
    QTest::mouseClick(slack, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 3);
    QCOMPARE(m_opened.at(0),
             QUrl(QStringLiteral("https://butterboard.online/asana/onboarding-meetings")));
    QCOMPARE(m_opened.at(1), QUrl(QStringLiteral("tel:+74951234567")));
    QCOMPARE(m_opened.at(2), QUrl(QStringLiteral("https://butterboard.online/slack/new-hires")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("https://butterboard.online/slack/new-hires"));
    // Channels come in priority order with who is responsible.
    QCOMPARE(area.channelModel()->channelAt(0).kind, QStringLiteral("email"));
    QVERIFY(
        !area.channelModel()->index(0, ChannelListModel::Responsible).data().toString().isEmpty());
}

void TestContactsArea::buttonsOffForBadData()
{
    ContactDirectory directory(m_db->connection(), m_phones);
    DirectoryContact odd;
    odd.fullName = QStringLiteral("Без Номера");
    odd.phoneRaw = QStringLiteral("12-34");
    odd.slackHandle = QStringLiteral("@odd");
    QVERIFY(directory.saveContact(odd));
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    ContactsArea area(context);
    area.setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    area.resize(1200, 800);
    area.show();
    const int row = rowOfPerson(&area, odd.fullName);
    QVERIFY(row >= 0);
    // Shown as typed, flagged.
    QVERIFY(area.personModel()
                ->index(row, PersonListModel::Phone)
                .data()
                .toString()
                .contains(QStringLiteral("12-34")));
    QVERIFY(
        area.personModel()->index(row, PersonListModel::Phone).data(Qt::ForegroundRole).isValid());
    clickRow(area.personView(), row);
    auto *call = area.findChild<QPushButton *>(QStringLiteral("callButton"));
    auto *write = area.findChild<QPushButton *>(QStringLiteral("writeButton"));
    QVERIFY(!call->isEnabled());
    QVERIFY(call->toolTip().contains(QStringLiteral("12-34")));
    QVERIFY(!write->isEnabled());
    QVERIFY(write->toolTip().contains(odd.fullName));
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(m_opened.isEmpty());
}

void TestContactsArea::editingOnlyForHrAdministrators()
{
    m_settings->setHrAdministrator(false);
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    ContactsArea area(context);
    area.show();
    auto *editBar = area.findChild<QWidget *>(QStringLiteral("editBar"));
    auto *import = area.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!editBar->isVisible());
    QVERIFY(!import->isVisible());
    QVERIFY(area.findChild<QPushButton *>(QStringLiteral("exportButton"))->isVisible());
    m_settings->setHrAdministrator(true);
    area.applyRole();
    QVERIFY(editBar->isVisible());
    QVERIFY(import->isVisible());
}

void TestContactsArea::editAndDeleteAreUndone()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showArea(MainWindow::Area::Contacts);
    ContactsArea *area = window.contactsArea();
    const QString name = QStringLiteral("Олег Иванов");
    clickRow(area->personView(), rowOfPerson(area, name));
    const QString oldRole = area->personModel()->personAt(rowOfPerson(area, name)).role;

    // A bad e-mail keeps the dialog open with the reason; a good edit is saved.
    bool sawProblem = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ContactDialog *>(modal);
        QVERIFY(dialog);
        dialog->emailEdit()->setText(QStringLiteral("not-an-address"));
        QTest::keyClick(dialog, Qt::Key_Return);
        sawProblem = dialog->isVisible() && dialog->problemLabel()->isVisible();
        dialog->emailEdit()->setText(QStringLiteral("oleg@butterboard.online"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(area->findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
    QVERIFY(sawProblem);
    ContactDirectory &directory = area->directory();
    const qint64 id = area->personModel()->personAt(rowOfPerson(area, name)).id;
    QCOMPARE(directory.contact(id)->email, QStringLiteral("oleg@butterboard.online"));
    QCOMPARE(directory.contact(id)->role, oldRole);

    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().contains(name), qPrintable(undo->text()));
    pressUndo(&window);
    QCOMPARE(directory.contact(id)->email, QStringLiteral("o.ivanov@butterboard.online"));

    // Delete asks; "No" keeps the person, "Yes" deletes, Ctrl+Z brings them back.
    clickRow(area->personView(), rowOfPerson(area, name));
    auto *remove = area->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    whenModal([](QWidget *modal) { answer(modal, QMessageBox::No); });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(directory.contact(id).has_value());
    whenModal([](QWidget *modal) { answer(modal, QMessageBox::Yes); });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!directory.contact(id).has_value());
    QCOMPARE(rowOfPerson(area, name), -1);
    pressUndo(&window);
    QVERIFY(directory.contact(id).has_value());
    QVERIFY(rowOfPerson(area, name) >= 0);

    // Reorder: down one place, and back with undo.
    const int row = rowOfPerson(area, name);
    clickRow(area->personView(), row);
    QTest::mouseClick(area->findChild<QPushButton *>(QStringLiteral("downButton")), Qt::LeftButton);
    QCOMPARE(rowOfPerson(area, name), row + 1);
    pressUndo(&window);
    QCOMPARE(rowOfPerson(area, name), row);
}

void TestContactsArea::markingDownBringsThePanelForward()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    MainWindow window(context);
    window.show();
    window.showArea(MainWindow::Area::Candidates);
    ContactsArea *area = window.contactsArea();
    auto *mark = area->findChild<QPushButton *>(QStringLiteral("markDownButton"));
    QVERIFY(mark->isEnabled());
    QVERIFY(area->markDownAction()->isEnabled()); // also in the Sync menu
    QVERIFY(area->bannerText().isEmpty());
    area->markDownAction()->trigger();
    QCOMPARE(window.currentArea(), MainWindow::Area::Contacts);
    QVERIFY(mark->isChecked());
    QVERIFY(area->banner()->isVisible());
    QVERIFY(area->bannerText().contains(QStringLiteral("marked down")));
    QVERIFY(area->bannerText().contains(QStringLiteral("e-mail and phone first")));
    QVERIFY(area->bannerText().contains(m_phones.formatForDisplay(QStringLiteral("+74951234567"))));
    QTest::mouseClick(mark, Qt::LeftButton);
    QVERIFY(!area->banner()->isVisible());
    QVERIFY(!window.outage()->isDown());
}

void TestContactsArea::comesForwardWhenTheServerGoesDown()
{
    TestServer server;
    server.setApiKey("contacts-key");
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    m_settings->setServerUrl(server.baseUrl());
    m_settings->setLastArea(QStringLiteral("scenarios"));
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests contacts area"));
    const CredentialKey key = PlatformSync::apiKeyFor(server.baseUrl());
    const CredentialResult written = waitFor([&](QObject *ctx, CredentialStore::Callback done) {
        credentials.write(key, QStringLiteral("contacts-key"), ctx, std::move(done));
    });
    QVERIFY2(written.ok(), qPrintable(written.message));
    QNetworkAccessManager network;
    std::shared_ptr<PlatformResources> resources;
    {
        PlatformSync sync(m_db->connection(), &network, *m_settings, &credentials);
        sync.setRegistrar([&](SyncEngine &engine) {
            resources = registerPlatformResources(engine, m_db->connection(), m_phones);
        });
        const AppContext context{m_db.get(), &m_phones, m_settings.get(), &credentials, &sync};
        MainWindow window(context);
        window.show();
        sync.start();
        window.restoreFromSettings();
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), ConnectionState::Online, 20000);
        QCOMPARE(window.currentArea(), MainWindow::Area::Scenarios);

        // The health check fails: the panel comes forward, saying since when.
        // The server goes away (an answered request would count as the platform being back).
        const quint16 port = quint16(server.baseUrl().port());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        server.stop();
        sync.engine()->connection().check();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentArea(), MainWindow::Area::Contacts, 20000);
        ContactsArea *area = window.contactsArea();
        QVERIFY(area->banner()->isVisible());
        const QDateTime since = window.outage()->since();
        QVERIFY(since >= before && since <= QDateTime::currentDateTimeUtc());
        QVERIFY(area->bannerText().contains(
            QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(area->bannerText().contains(QStringLiteral("does not answer")));

        // Back up; the user goes elsewhere; down again while a dialog is open: it waits.
        QVERIFY2(server.start(port), qPrintable(server.errorString()));
        sync.engine()->connection().check();
        QTRY_VERIFY_WITH_TIMEOUT(!area->banner()->isVisible(), 20000);
        window.showArea(MainWindow::Area::Candidates);
        auto *dialog =
            new QMessageBox(QMessageBox::Information, QStringLiteral("Busy"),
                            QStringLiteral("A dialog the user is in"), QMessageBox::Ok, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->show();
        QTRY_VERIFY(QApplication::activeModalWidget() == dialog);
        server.stop();
        sync.engine()->connection().check();
        QTRY_VERIFY_WITH_TIMEOUT(window.outage()->isDown(), 20000);
        QTest::qWait(600);
        QCOMPARE(window.currentArea(), MainWindow::Area::Candidates);
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentArea(), MainWindow::Area::Contacts, 5000);
        sync.engine()->connection().stop();
    }

    // The next start, still offline, opens on the panel whatever area was left last.
    m_settings->setLastArea(QStringLiteral("candidates"));
    PlatformSync sync(m_db->connection(), &network, *m_settings, &credentials);
    sync.setRegistrar([&](SyncEngine &engine) {
        resources = registerPlatformResources(engine, m_db->connection(), m_phones);
    });
    const AppContext context{m_db.get(), &m_phones, m_settings.get(), &credentials, &sync};
    MainWindow window(context);
    window.show();
    sync.start();
    window.restoreFromSettings();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentArea(), MainWindow::Area::Contacts, 20000);
    QVERIFY(window.contactsArea()->banner()->isVisible());
    waitFor([&](QObject *ctx, CredentialStore::Callback done) {
        credentials.remove(key, ctx, std::move(done));
    });
}

void TestContactsArea::phonesInDisplayFormat()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    ContactsArea area(context);
    area.show();
    const int channel = rowOfChannel(&area, QStringLiteral("phone"));
    QVERIFY(channel >= 0);
    const QString stored = area.channelModel()->channelAt(channel).address;
    QCOMPARE(stored, QStringLiteral("+74951234567")); // kept in E.164 ...
    const QString shown =
        area.channelModel()->index(channel, ChannelListModel::Address).data().toString();
    QCOMPARE(shown, m_phones.formatForDisplay(stored)); // ... shown as people write it
    QVERIFY(shown != stored);
    const int person = rowOfPerson(&area, QStringLiteral("Антон Эйчаров"));
    QCOMPARE(area.personModel()->index(person, PersonListModel::Phone).data().toString(),
             m_phones.formatForDisplay(QStringLiteral("+74951234567")));
}

void TestContactsArea::severalPhonesAndEmails()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    ContactsArea area(context);
    area.setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    const QString name = QStringLiteral("Антон Эйчаров");
    clickRow(area.personView(), rowOfPerson(&area, name));
    const qint64 id = area.personModel()->personAt(rowOfPerson(&area, name)).id;

    // In the dialog: two more phones (one not valid: flagged under its line, kept) and an
    // e-mail, each added with its own button.
    bool flagged = false;
    bool cleanNotFlagged = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ContactDialog *>(modal);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->morePhones()->addButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->morePhones()->edits().last(), QStringLiteral("8 916 111-22-33"));
        QTest::mouseClick(dialog->morePhones()->addButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->morePhones()->edits().last(), QStringLiteral("12-34"));
        const QList<QLabel *> hints =
            dialog->morePhones()->findChildren<QLabel *>(QStringLiteral("pointHint"));
        QCOMPARE(hints.size(), 2);
        cleanNotFlagged = !hints.first()->isVisible();
        flagged = hints.last()->isVisible() && hints.last()->text().contains(u"12-34");
        QTest::mouseClick(dialog->moreEmails()->addButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->moreEmails()->edits().last(), QStringLiteral("anton@example.com"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(area.findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
    QVERIFY(flagged);
    QVERIFY(cleanNotFlagged);
    ContactDirectory &directory = area.directory();
    QCOMPARE(directory.contact(id)->morePhones,
             (QStringList{QStringLiteral("8 916 111-22-33"), QStringLiteral("12-34")}));
    QCOMPARE(directory.contact(id)->moreEmails, QStringList{QStringLiteral("anton@example.com")});
    const int row = rowOfPerson(&area, name);
    QVERIFY(area.personModel()
                ->index(row, PersonListModel::Phone)
                .data()
                .toString()
                .endsWith(QStringLiteral("(+2)")));
    QVERIFY(area.personModel()
                ->index(row, PersonListModel::Phone)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(m_phones.formatForDisplay(QStringLiteral("+79161112233"))));

    // The card: a Call for each phone (off for the one that is not valid), a Write for each
    // e-mail, the numbers in the display format.
    clickRow(area.personView(), row);
    QWidget *card = area.findChild<QWidget *>(QStringLiteral("personCard"));
    QVERIFY(card && card->isVisible());
    const QList<QPushButton *> calls =
        card->findChildren<QPushButton *>(QStringLiteral("cardCallButton"));
    const QList<QPushButton *> writes =
        card->findChildren<QPushButton *>(QStringLiteral("cardWriteButton"));
    QCOMPARE(calls.size(), 3);
    QCOMPARE(writes.size(), 2);
    QVERIFY(calls.at(0)->isEnabled());
    QVERIFY(calls.at(1)->isEnabled());
    QVERIFY(!calls.at(2)->isEnabled());
    QVERIFY(calls.at(2)->toolTip().contains(QStringLiteral("12-34")));
    QStringList values;
    for (const QLabel *label : card->findChildren<QLabel *>(QStringLiteral("personCardValue"))) {
        values << label->text();
    }
    QVERIFY2(values.contains(m_phones.formatForDisplay(QStringLiteral("+79161112233"))),
             qPrintable(values.join(u'|')));
    QVERIFY(!values.contains(QStringLiteral("+79161112233")));
    QTest::mouseClick(calls.at(1), Qt::LeftButton);
    QTest::mouseClick(calls.at(2), Qt::LeftButton); // off: nothing opens
    QTest::mouseClick(writes.at(1), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.at(0), QUrl(QStringLiteral("tel:+79161112233")));
    QCOMPARE(m_opened.at(1).scheme(), QStringLiteral("mailto"));
    QCOMPARE(m_opened.at(1).path(), QStringLiteral("anton@example.com"));

    // Remove one in the dialog again; the edit is undone as one step.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ContactDialog *>(modal);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->morePhones()
                              ->findChildren<QToolButton *>(QStringLiteral("removeButton"))
                              .first(),
                          Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(area.findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
    QCOMPARE(directory.contact(id)->morePhones, QStringList{QStringLiteral("12-34")});
    area.undoStack()->undo();
    QCOMPARE(directory.contact(id)->morePhones.size(), 2);
    area.undoStack()->undo();
    QVERIFY(directory.contact(id)->morePhones.isEmpty());
    QVERIFY(directory.contact(id)->moreEmails.isEmpty());
}

void TestContactsArea::importIsOneUndoableStep()
{
    const AppContext context{m_db.get(), &m_phones, m_settings.get()};
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showArea(MainWindow::Area::Contacts);
    ContactsArea *area = window.contactsArea();
    ContactDirectory &directory = area->directory();
    const int people = area->personModel()->rowCount();
    const int channels = area->channelModel()->rowCount();
    const QString name = QStringLiteral("Антон Эйчаров");
    const DirectoryContact before = area->personModel()->personAt(rowOfPerson(area, name));

    const QString path = m_dir->filePath(QStringLiteral("more-people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("type,name,role,email,phone,address,responsible\n"
               "person,Антон Эйчаров,Head of People,hr@butterboard.online,"
               "+7 495 123-45-67; +7 916 111-22-33,,\n"
               "person,Ночной Дежурный,Night duty,night@butterboard.online,,,\n"
               "slack,Night shift,,,,#night-hr,Ночной Дежурный\n");
    file.close();
    QString reportText;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        reportText = box->informativeText();
        answer(modal, QMessageBox::Ok);
    });
    area->importFrom(path);
    QVERIFY2(reportText.contains(QStringLiteral("Undo")), qPrintable(reportText));
    QCOMPARE(area->personModel()->rowCount(), people + 1);
    QCOMPARE(area->channelModel()->rowCount(), channels + 1);
    QCOMPARE(directory.contact(before.id)->role, QStringLiteral("Head of People"));
    QCOMPARE(directory.contact(before.id)->morePhones.size(), 1);

    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("more-people.csv")), qPrintable(undo->text()));
    pressUndo(&window);
    QCOMPARE(area->personModel()->rowCount(), people);
    QCOMPARE(area->channelModel()->rowCount(), channels);
    QCOMPARE(rowOfPerson(area, QStringLiteral("Ночной Дежурный")), -1);
    QCOMPARE(directory.contact(before.id)->role, before.role);
    QVERIFY(directory.contact(before.id)->morePhones.isEmpty());

    area->undoStack()->redo();
    QCOMPARE(area->personModel()->rowCount(), people + 1);
    QCOMPARE(area->channelModel()->rowCount(), channels + 1);
    QCOMPARE(directory.contact(before.id)->role, QStringLiteral("Head of People"));
}

QTEST_MAIN(TestContactsArea)
#include "tst_contactsarea.moc"
