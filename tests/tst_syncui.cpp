// The sync as the user meets it: the Outbox view (filters, Retry, Discard that asks first, a
// conflict settled field by field), the conflict dialog's choices, and the main window's status
// bar and key prompt driven by a real sync against the loopback server and a real keychain.
#include "TestServer.h"
#include "app/AppContext.h"
#include "app/integrations/IntegrationHub.h"
#include "app/phones/PhoneNumbers.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/PlatformSync.h"
#include "models/IntegrationHealthModel.h"
#include "models/OutboxTableModel.h"
#include "models/StageProgressModel.h"
#include "ui/MainWindow.h"
#include "ui/scenarios/ProgressPane.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/IntegrationsDialog.h"
#include "ui/sync/OutboxDialog.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bbd;
using bbd::testserver::Faults;
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

// On the indicator: a radio button only takes clicks on its indicator and text, and its
// centre may lie beyond the text in a wide grid cell.
void clickRadio(QRadioButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY(button->isChecked());
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CredentialResult waitFor(const std::function<void(QObject *, CredentialStore::Callback)> &call)
{
    CredentialResult answer;
    bool done = false;
    QObject context;
    call(&context, [&](const CredentialResult &result) {
        answer = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        answer.message = QStringLiteral("the keychain did not answer");
    }
    return answer;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void outboxFilters_data();
    void outboxFilters();
    void retryPutsAFailedRequestBack();
    void discardAsksFirst_data();
    void discardAsksFirst();
    void conflictSettledFieldByField();
    void conflictChoices_data();
    void conflictChoices();
    void conflictingDelete_data();
    void conflictingDelete();
    void notConnectedWithoutKey();
    void statusBarFollowsTheServer();
    void refusedKeyIsAskedForAgain();
    void markingAStageDoneQueuesItsJiraTask();
    void integrationSettingsGoToSettingsAndKeychain();

private:
    qint64 enqueue(const QString &method, const QString &path, const QJsonObject &body,
                   qint64 entityId = 0);
    void setStatus(qint64 id, const QString &status, const QString &error = {},
                   const QJsonObject &serverRecord = {});
    QString status(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_pending = 0;
    qint64 m_failed = 0;
    qint64 m_conflict = 0;
    qint64 m_sent = 0;
};

void TestSyncUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("syncui"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_pending = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                        {{QStringLiteral("name"), QStringLiteral("Welcome")},
                         {QStringLiteral("channel"), QStringLiteral("email")},
                         {QStringLiteral("subject"), QStringLiteral("Welcome")},
                         {QStringLiteral("body"), QStringLiteral("Glad to have you")}});
    m_failed = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                       {{QStringLiteral("name"), QStringLiteral("Broken")}});
    setStatus(m_failed, QStringLiteral("failed"), QStringLiteral("channel: unknown value"));
    m_conflict = enqueue(QStringLiteral("PATCH"), QStringLiteral("/api/v1/candidates/c_7"),
                         {{QStringLiteral("full_name"), QStringLiteral("Anna Local")},
                          {QStringLiteral("notes"), QStringLiteral("called twice")}},
                         7);
    setStatus(m_conflict, QStringLiteral("conflict"), QStringLiteral("changed on the server"),
              {{QStringLiteral("id"), QStringLiteral("c_7")},
               {QStringLiteral("version"), 5},
               {QStringLiteral("full_name"), QStringLiteral("Anna Server")},
               {QStringLiteral("notes"), QStringLiteral("prefers e-mail")}});
    m_sent = enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                     {{QStringLiteral("name"), QStringLiteral("Old")}});
    setStatus(m_sent, QStringLiteral("sent"));
}

void TestSyncUi::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestSyncUi::enqueue(const QString &method, const QString &path, const QJsonObject &body,
                           qint64 entityId)
{
    Transaction transaction(m_db->connection());
    QString error;
    const qint64 id = enqueueOutbox(m_db->connection(),
                                    {QStringLiteral("platform"), method, path, json(body),
                                     entityId ? QStringLiteral("candidate") : QString(), entityId,
                                     method == u"POST" ? QString() : QStringLiteral("4")},
                                    &error);
    if (id == 0 || !transaction.commit()) {
        qWarning() << error;
        return 0;
    }
    return id;
}

void TestSyncUi::setStatus(qint64 id, const QString &status, const QString &error,
                           const QJsonObject &serverRecord)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("UPDATE outbox SET status = ?, last_error = ?, "
                                    "conflict_record = ?, http_status = ? WHERE id = ?"),
                     {status, sql::nullIfEmpty(error),
                      serverRecord.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(QString::fromUtf8(json(serverRecord))),
                      status == u"failed"     ? 422
                      : status == u"conflict" ? 412
                                              : 0,
                      id}));
}

QString TestSyncUi::status(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {id}) &&
                   query.next()
               ? query.value(0).toString()
               : QStringLiteral("gone");
}

void TestSyncUi::outboxFilters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QList<qint64>>("expected"); // ids, in the order shown
    QTest::newRow("not delivered") << 0 << QList<qint64>{1, 2, 3};
    QTest::newRow("failed") << 1 << QList<qint64>{2};
    QTest::newRow("conflicts") << 2 << QList<qint64>{3};
    QTest::newRow("delivered") << 3 << QList<qint64>{4};
}

void TestSyncUi::outboxFilters()
{
    QFETCH(int, filter);
    QFETCH(QList<qint64>, expected);
    OutboxDialog dialog(*m_db);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.showFilter(filter);
    QList<qint64> shown;
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        shown.append(dialog.model()->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong());
    }
    QCOMPARE(shown, expected);
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("outboxCounts"));
    QVERIFY(counts->text().contains(QLatin1String("1")));
    if (filter == 1) {
        const QModelIndex message = dialog.model()->index(0, OutboxTableModel::Message);
        QCOMPARE(message.data().toString(), QStringLiteral("channel: unknown value (HTTP 422)"));
    }
    if (filter == 2) {
        const QString change = dialog.model()->index(0, OutboxTableModel::Change).data().toString();
        QVERIFY2(change.startsWith(QLatin1String("Update candidate")), qPrintable(change));
    }
}

void TestSyncUi::retryPutsAFailedRequestBack()
{
    OutboxDialog dialog(*m_db);
    dialog.show();
    QSignalSpy sendRequested(&dialog, &OutboxDialog::sendRequested);
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    dialog.selectRow(0); // the pending row: nothing to retry
    QVERIFY(!retry->isEnabled());
    dialog.selectRow(1);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(status(m_failed), QStringLiteral("pending"));
    QCOMPARE(sendRequested.count(), 1);
    QCOMPARE(status(m_conflict), QStringLiteral("conflict"));
}

void TestSyncUi::discardAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cancel keeps it") << QMessageBox::Cancel << QStringLiteral("failed");
    QTest::newRow("discard removes it") << QMessageBox::Discard << QStringLiteral("gone");
}

void TestSyncUi::discardAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(QString, expected);
    OutboxDialog dialog(*m_db);
    dialog.show();
    dialog.selectRow(1);
    QString question;
    whenModal([&question, answer](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("will never reach Butterboard platform")),
             qPrintable(question));
    QCOMPARE(status(m_failed), expected);
    QCOMPARE(status(m_pending), QStringLiteral("pending"));
}

void TestSyncUi::conflictSettledFieldByField()
{
    OutboxDialog dialog(*m_db);
    dialog.show();
    dialog.showFilter(2);
    dialog.selectRow(0);
    auto *resolve = dialog.findChild<QPushButton *>(QStringLiteral("resolveButton"));
    QVERIFY(resolve->isEnabled());
    QStringList shownFields;
    whenModal([&shownFields](QWidget *modal) {
        auto *conflict = qobject_cast<ConflictDialog *>(modal);
        QVERIFY(conflict);
        shownFields = conflict->fields();
        // For a look by a person: BBD_SCREENSHOT_DIR=/tmp ctest -R syncui.
        if (const QString dir = qEnvironmentVariable("BBD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(conflict->grab().save(dir + QStringLiteral("/conflict.png")));
            QVERIFY(conflict->parentWidget()->grab().save(dir + QStringLiteral("/outbox.png")));
        }
        // The user's name stays; the server's note wins.
        clickRadio(conflict->findChild<QRadioButton *>(QStringLiteral("server_notes")));
        conflict->accept();
    });
    QSignalSpy sendRequested(&dialog, &OutboxDialog::sendRequested);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(shownFields, (QStringList{QStringLiteral("full_name"), QStringLiteral("notes")}));
    QCOMPARE(sendRequested.count(), 1);

    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT status, body, if_match, conflict_record FROM outbox "
                                    "WHERE id = ?"),
                     {m_conflict}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("pending"));
    const QJsonObject body = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
    QCOMPARE(body.value(QStringLiteral("full_name")).toString(), QStringLiteral("Anna Local"));
    QCOMPARE(body.value(QStringLiteral("notes")).toString(), QStringLiteral("prefers e-mail"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("5"));
    QVERIFY(query.value(3).isNull());
}

void TestSyncUi::conflictChoices_data()
{
    QTest::addColumn<QStringList>("serverFields"); // the fields the user takes from the server
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject server{{QStringLiteral("rating"), 2},
                             {QStringLiteral("tags"), QJsonArray{QStringLiteral("java")}}};
    QTest::newRow("all mine") << QStringList{}
                              << QJsonObject{{QStringLiteral("rating"), 4},
                                             {QStringLiteral("tags"), QJsonArray{}},
                                             {QStringLiteral("stage_id"), QStringLiteral("s_2")}};
    QTest::newRow("rating from server")
        << QStringList{QStringLiteral("rating")}
        << QJsonObject{{QStringLiteral("rating"), 2},
                       {QStringLiteral("tags"), QJsonArray{}},
                       {QStringLiteral("stage_id"), QStringLiteral("s_2")}};
    // A field the server does not have is left out rather than sent as null.
    QTest::newRow("missing on server dropped")
        << QStringList{QStringLiteral("stage_id"), QStringLiteral("tags")}
        << QJsonObject{{QStringLiteral("rating"), 4},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("java")}}};
}

void TestSyncUi::conflictChoices()
{
    QFETCH(QStringList, serverFields);
    QFETCH(QJsonObject, expected);
    OutboxQueue::Item item;
    item.method = QStringLiteral("PATCH");
    item.body = json({{QStringLiteral("rating"), 4},
                      {QStringLiteral("tags"), QJsonArray{}},
                      {QStringLiteral("stage_id"), QStringLiteral("s_2")},
                      {QStringLiteral("version"), 3}});
    item.serverRecord = {{QStringLiteral("rating"), 2},
                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("java")}},
                         {QStringLiteral("version"), 9}};
    ConflictDialog dialog(item);
    // Bookkeeping fields are never offered.
    QVERIFY(!dialog.fields().contains(QStringLiteral("version")));
    for (const QString &field : serverFields) {
        dialog.choose(field, ConflictDialog::Side::Server);
    }
    QJsonObject body = dialog.resolvedBody();
    body.remove(QStringLiteral("version"));
    QCOMPARE(body, expected);
    QCOMPARE(dialog.serverVersion(), 9);
}

void TestSyncUi::conflictingDelete_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    QTest::newRow("delete anyway") << QStringLiteral("deleteAnyway") << QStringLiteral("pending");
    QTest::newRow("keep server's") << QStringLiteral("keepServer") << QStringLiteral("gone");
}

void TestSyncUi::conflictingDelete()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    const qint64 id =
        enqueue(QStringLiteral("DELETE"), QStringLiteral("/api/v1/candidates/c_9"), {}, 9);
    setStatus(id, QStringLiteral("conflict"), QStringLiteral("changed"),
              {{QStringLiteral("id"), QStringLiteral("c_9")}, {QStringLiteral("version"), 8}});
    OutboxDialog dialog(*m_db);
    dialog.show();
    dialog.showFilter(2);
    dialog.selectRow(1);
    whenModal([button](QWidget *modal) {
        auto *conflict = qobject_cast<ConflictDialog *>(modal);
        QVERIFY(conflict);
        QVERIFY(conflict->isDelete());
        clickRadio(conflict->findChild<QRadioButton *>(button));
        conflict->accept();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resolveButton")),
                      Qt::LeftButton);
    QCOMPARE(status(id), expected);
    if (expected == u"pending") {
        QSqlQuery query(m_db->connection());
        QVERIFY(sql::run(query, QStringLiteral("SELECT if_match FROM outbox WHERE id = ?"), {id}));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("8"));
    }
}

void TestSyncUi::notConnectedWithoutKey()
{
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    PhoneNumbers phones;
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests sync ui"));
    const AppContext context{m_db.get(), &phones, &settings, &credentials, nullptr};
    MainWindow window(context);
    QVERIFY(window.syncStatus()->stateText().contains(QLatin1String("Not connected")));
    QCOMPARE(window.syncStatus()->outboxText(),
             QStringLiteral("Outbox: 1 waiting, 2 need attention"));
    auto *syncNow = window.findChild<QAction *>(QStringLiteral("syncNowAction"));
    QVERIFY(!syncNow->isEnabled());
    QCOMPARE(syncNow->shortcut(), QKeySequence(QKeySequence::Refresh));
    OutboxDialog *outbox = window.showOutbox();
    QVERIFY(outbox->isVisible());
    QCOMPARE(outbox->model()->rowCount(), 3);
}

void TestSyncUi::statusBarFollowsTheServer()
{
    TestServer server;
    server.setApiKey("ui-key");
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServerUrl(server.baseUrl());
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests sync ui"));
    const CredentialKey key = PlatformSync::apiKeyFor(server.baseUrl());
    const CredentialResult written = waitFor([&](QObject *context, CredentialStore::Callback done) {
        credentials.write(key, QStringLiteral("ui-key"), context, std::move(done));
    });
    QVERIFY2(written.ok(), qPrintable(written.message));

    QNetworkAccessManager network;
    PhoneNumbers phones;
    PlatformSync sync(m_db->connection(), &network, settings, &credentials);
    sync.setOutboxPollInterval(50);
    server.platform().seedCandidates(5);
    std::shared_ptr<PlatformResources> resources;
    sync.setRegistrar([&](SyncEngine &engine) {
        resources = registerPlatformResources(engine, m_db->connection(), phones);
    });
    QSignalSpy received(&sync, &PlatformSync::dataReceived);
    QSignalSpy finished(&sync, &PlatformSync::runFinished);
    const AppContext context{m_db.get(), &phones, &settings, &credentials, &sync};
    MainWindow window(context);
    window.show();
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.syncStatus()->stateText().contains(QLatin1String("Online")),
                             20000);
    // The first run sent the waiting template (the failed one waits for a person).
    QTRY_COMPARE(server.platform().count(QStringLiteral("message_templates")), 1);
    // The server stores the row before its answer reaches the client.
    QTRY_COMPARE(status(m_pending), QStringLiteral("sent"));
    QTRY_COMPARE(window.syncStatus()->outboxText(),
                 QStringLiteral("Outbox: 0 waiting, 2 need attention"));
    // The first run brought the server's candidates; a second run with nothing new leaves the
    // window's lists alone.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(received.count(), 1);
    QSqlQuery pulled(m_db->connection());
    QVERIFY(sql::run(pulled, QStringLiteral("SELECT count(*) FROM candidates WHERE remote_id "
                                            "IS NOT NULL")));
    QVERIFY(pulled.next());
    QCOMPARE(pulled.value(0).toInt(), 5);
    sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(received.count(), 1);

    if (const QString dir = qEnvironmentVariable("BBD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1280, 800);
        window.showArea(MainWindow::Area::Scenarios);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(dir + QStringLiteral("/synced.png")));
    }
    // A change made while the app runs goes out by itself, without F5.
    const qint64 later =
        enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/message_templates"),
                {{QStringLiteral("name"), QStringLiteral("Later")},
                 {QStringLiteral("channel"), QStringLiteral("email")},
                 {QStringLiteral("subject"), QStringLiteral("Hi")},
                 {QStringLiteral("body"), QStringLiteral("Hello")}});
    QTRY_COMPARE(status(later), QStringLiteral("sent"));

    // The server going down shows as offline, not as an error dialog.
    server.faults().setHealth(Faults::Health::Down);
    sync.engine()->connection().check();
    QTRY_VERIFY(window.syncStatus()->stateText().contains(QLatin1String("Offline")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    server.faults().setHealth(Faults::Health::Ok);
    sync.engine()->connection().check();
    QTRY_VERIFY(window.syncStatus()->stateText().contains(QLatin1String("Online")));

    waitFor([&](QObject *c, CredentialStore::Callback done) {
        credentials.remove(key, c, std::move(done));
    });
}

void TestSyncUi::refusedKeyIsAskedForAgain()
{
    TestServer server;
    server.setApiKey("right-key");
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServerUrl(server.baseUrl());
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests sync ui"));
    const CredentialKey key = PlatformSync::apiKeyFor(server.baseUrl());
    QVERIFY(waitFor([&](QObject *c, CredentialStore::Callback done) {
                credentials.write(key, QStringLiteral("stale-key"), c, std::move(done));
            }).ok());

    QNetworkAccessManager network;
    PhoneNumbers phones;
    PlatformSync sync(m_db->connection(), &network, settings, &credentials);
    const AppContext context{m_db.get(), &phones, &settings, &credentials, &sync};
    MainWindow window(context);
    window.show();
    sync.start();
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window.findChild<QInputDialog *>(QStringLiteral("apiKeyDialog"))) != nullptr,
        20000);
    QVERIFY(prompt->labelText().contains(QLatin1String("did not accept")));
    QCOMPARE(server.platform().count(QStringLiteral("message_templates")), 0);
    QCOMPARE(status(m_pending), QStringLiteral("pending"));
    // A second refusal while the prompt is open does not stack a second prompt.
    sync.syncNow();
    QTest::qWait(300);
    QCOMPARE(window.findChildren<QInputDialog *>(QStringLiteral("apiKeyDialog")).size(), 1);

    prompt->setTextValue(QStringLiteral("right-key"));
    prompt->accept();
    QTRY_COMPARE_WITH_TIMEOUT(status(m_pending), QStringLiteral("sent"), 20000);
    QCOMPARE(server.platform().count(QStringLiteral("message_templates")), 1);
    const CredentialResult stored = waitFor([&](QObject *c, CredentialStore::Callback done) {
        credentials.read(key, c, std::move(done));
    });
    QCOMPARE(stored.secret, QStringLiteral("right-key"));
    waitFor([&](QObject *c, CredentialStore::Callback done) {
        credentials.remove(key, c, std::move(done));
    });
}

void TestSyncUi::markingAStageDoneQueuesItsJiraTask()
{
    PhoneNumbers phones;
    QVERIFY(DemoData::load(*m_db, phones).ok);
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setServiceUrl(QStringLiteral("jira"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests sync ui"));
    const AppContext context{m_db.get(), &phones, &settings, &credentials, nullptr};
    ProgressPane pane(context);
    pane.show();
    QVERIFY(pane.model()->rowCount() > 0);
    pane.selectRow(0);
    const qint64 stageId = pane.model()->index(0, 0).data(PagedTableModelBase::IdRole).toLongLong();
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("UPDATE scenario_stages SET actions = ? WHERE id = (SELECT "
                                    "stage_id FROM assignment_stages WHERE id = ?)"),
                     {QStringLiteral(R"([{"on":"complete","type":"jira","project":"ONB",)"
                                     R"("summary":"{employee} finished {stage}"}])"),
                      stageId}));
    QSignalSpy queued(&pane, &ProgressPane::workQueued);
    QSignalSpy message(&pane, &ProgressPane::message);
    auto *done = pane.findChild<QPushButton *>(QStringLiteral("markDoneButton"));
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(queued.count(), 1);
    QVERIFY(message.first().first().toString().contains(QLatin1String("1 action")));
    QVERIFY(sql::run(query, QStringLiteral("SELECT status FROM assignment_stages WHERE id = ?"),
                     {stageId}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("done"));
    QVERIFY(
        sql::run(query, QStringLiteral("SELECT path, body FROM outbox WHERE service = 'jira'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("/rest/api/3/issue"));
    const QJsonObject fields = QJsonDocument::fromJson(query.value(1).toByteArray())
                                   .object()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    QCOMPARE(fields.value(QStringLiteral("project")).toObject().value(QStringLiteral("key")),
             QJsonValue(QStringLiteral("ONB")));
    // Done stages leave the open list; the done one cannot be completed twice.
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        QVERIFY(pane.model()->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong() !=
                stageId);
    }
}

void TestSyncUi::integrationSettingsGoToSettingsAndKeychain()
{
    PhoneNumbers phones;
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    CredentialStore credentials(QStringLiteral("Butterboard Desk tests sync ui"));
    const AppContext context{m_db.get(), &phones, &settings, &credentials, nullptr};
    IntegrationsDialog dialog(context);
    QVERIFY(!dialog.isRefreshing());
    dialog.show();
    QVERIFY(dialog.isRefreshing());
    QCOMPARE(dialog.model()->rowCount(), 6);
    dialog.selectService(QStringLiteral("jira"));
    QCOMPARE(dialog.selectedService(), QStringLiteral("jira"));
    QSignalSpy saved(&dialog, &IntegrationsDialog::saved);
    QSignalSpy changed(&dialog, &IntegrationsDialog::configurationChanged);
    dialog.findChild<QLineEdit *>(QStringLiteral("serviceUrlEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:8765"));
    dialog.findChild<QLineEdit *>(QStringLiteral("jira_project"))->setText(QStringLiteral("ONB"));
    const QString secret =
        QStringLiteral("hr@example.com:tok-%1").arg(QDateTime::currentMSecsSinceEpoch());
    dialog.findChild<QLineEdit *>(QStringLiteral("serviceSecretEdit"))->setText(secret);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveServiceButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.serviceUrl(QStringLiteral("jira")),
             QUrl(QStringLiteral("http://127.0.0.1:8765")));
    QCOMPARE(settings.serviceOption(QStringLiteral("jira"), QStringLiteral("project")),
             QStringLiteral("ONB"));
    const CredentialKey key = IntegrationHub::credentialKey(
        QStringLiteral("jira"), QUrl(QStringLiteral("http://127.0.0.1:8765")));
    const CredentialResult stored = waitFor([&](QObject *c, CredentialStore::Callback done) {
        credentials.read(key, c, std::move(done));
    });
    QCOMPARE(stored.secret, secret);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serviceSecretEdit"))->text().isEmpty());
    // The secret is nowhere in the settings file.
    settings.sync();
    QFile ini(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(secret.toUtf8()));
    // A bad address is refused with a message and nothing is saved.
    dialog.findChild<QLineEdit *>(QStringLiteral("serviceUrlEdit"))
        ->setText(QStringLiteral("ftp://x"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveServiceButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("integrationProblem"))->isVisible());
    QCOMPARE(settings.serviceUrl(QStringLiteral("jira")),
             QUrl(QStringLiteral("http://127.0.0.1:8765")));
    if (const QString dir = qEnvironmentVariable("BBD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/integrations.png")));
    }
    // Closed, the dialog stops reading the health table.
    dialog.reject();
    QVERIFY(!dialog.isRefreshing());
    waitFor([&](QObject *c, CredentialStore::Callback done) {
        credentials.remove(key, c, std::move(done));
    });
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
