#include "ui/MainWindow.h"

#include "app/contacts/PlatformOutage.h"
#include "app/integrations/IntegrationHub.h"
#include "app/integrations/JobBoardPull.h"
#include "app/scenarios/StageRunner.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/sync/PlatformSync.h"
#include "models/PagedTableModel.h"
#include "ui/AssistantArea.h"
#include "ui/CandidatesArea.h"
#include "ui/ContactsArea.h"
#include "ui/ScenariosArea.h"
#include "ui/SettingsDialog.h"
#include "ui/scenarios/ProgressPane.h"
#include "ui/scenarios/ScenarioEditor.h"
#include "ui/sync/FullResync.h"
#include "ui/sync/IntegrationsDialog.h"
#include "ui/sync/OutboxDialog.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace bbd {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/bbd/icons/butterdesk.svg")));

    m_scenarios = new ScenariosArea(m_context);
    m_candidates = new CandidatesArea(m_context);
    m_assistant = new AssistantArea(m_context);
    m_contacts = new ContactsArea(m_context);
    // Stack order follows the Area enum.
    m_ui->areaStack->addWidget(m_scenarios);
    m_ui->areaStack->addWidget(m_candidates);
    m_ui->areaStack->addWidget(m_assistant);
    m_ui->areaStack->addWidget(m_contacts);

    auto *areaGroup = new QActionGroup(this);
    const std::pair<QAction *, Area> areaActions[] = {
        {m_ui->scenariosAction, Area::Scenarios},
        {m_ui->candidatesAction, Area::Candidates},
        {m_ui->assistantAction, Area::Assistant},
        {m_ui->contactsAction, Area::Contacts},
    };
    for (const auto &[action, area] : areaActions) {
        areaGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, area = area] { showArea(area); });
    }
    // Ctrl+Shift+A is taken by the employees pane's "assign"; K as in knowledge base.
    auto *askAction = new QAction(tr("As&k the Assistant"), this);
    askAction->setObjectName(QStringLiteral("askAssistantAction"));
    askAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    askAction->setToolTip(tr("Open the chat and put the cursor in its question field"));
    askAction->setEnabled(m_assistant->chat() != nullptr);
    connect(askAction, &QAction::triggered, this, [this] {
        showArea(Area::Assistant);
        m_assistant->showChat();
    });
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(askAction);
    // Edit > Undo/Redo act on the area on screen and name what they will undo.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_candidates->undoStack());
    m_undoGroup->addStack(m_scenarios->editor()->undoStack());
    m_undoGroup->addStack(m_contacts->undoStack());
    auto *editMenu = new QMenu(tr("&Edit"), this);
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    m_candidatesMenu = new QMenu(tr("&Candidates"), this);
    m_candidatesMenu->setObjectName(QStringLiteral("candidatesMenu"));
    m_candidatesMenu->addActions(m_candidates->menuActions());
    m_scenarioMenu = new QMenu(tr("Sce&nario"), this);
    m_scenarioMenu->setObjectName(QStringLiteral("scenarioMenu"));
    for (QAction *action : m_scenarios->editor()->menuActions()) {
        if (action) {
            m_scenarioMenu->addAction(action);
        } else {
            m_scenarioMenu->addSeparator();
        }
    }
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addActions(m_scenarios->paneActions());
    connect(m_scenarios, &ScenariosArea::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), editMenu);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_candidatesMenu);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_scenarioMenu);
    showArea(Area::Scenarios);

    connect(m_ui->reloadAction, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    const auto models = findChildren<PagedTableModelBase *>();
    for (PagedTableModelBase *model : models) {
        connect(model, &PagedTableModelBase::loadFailed, this, &MainWindow::showLoadError);
    }

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(
        tr("Local database: %1").arg(QDir::toNativeSeparators(m_context.database->path())));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_syncStatus = new SyncStatusWidget(*m_context.database, m_context.sync);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::outboxRequested, this, &MainWindow::showOutbox);
    createSyncMenu();
    wireIntegrations();
    wireOutage();
}

void MainWindow::wireOutage()
{
    m_outage = new PlatformOutage(*m_context.settings, m_context.database->connection(), this);
    m_contacts->setOutage(m_outage);
    connect(m_contacts, &ContactsArea::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_contacts, &ContactsArea::noticesQueued, m_syncStatus,
            &SyncStatusWidget::refreshOutbox);
    connect(m_outage, &PlatformOutage::changed, this, [this] {
        if (m_outage->isDown()) {
            bringContactsForward();
        }
    });
    if (PlatformSync *sync = m_context.sync) {
        connect(sync, &PlatformSync::stateChanged, m_outage,
                [this](ConnectionState state) { m_outage->setConnectionState(state); });
        // A new engine starts from the state stored at the last run, without a stateChanged.
        connect(sync, &PlatformSync::setupChanged, m_outage,
                [this] { m_outage->setConnectionState(m_context.sync->state()); });
        m_outage->setConnectionState(sync->state());
    }
}

void MainWindow::bringContactsForward()
{
    // Never pulled out of a dialog: the switch waits until it is closed.
    if (QApplication::activeModalWidget()) {
        if (!m_forwardPending) {
            m_forwardPending = true;
            auto *poll = new QTimer(this);
            poll->setInterval(200);
            connect(poll, &QTimer::timeout, this, [this, poll] {
                if (QApplication::activeModalWidget()) {
                    return;
                }
                poll->deleteLater();
                m_forwardPending = false;
                if (m_outage->isDown()) {
                    showArea(Area::Contacts);
                }
            });
            poll->start();
        }
        return;
    }
    showArea(Area::Contacts);
}

void MainWindow::wireIntegrations()
{
    ProgressPane *progress = m_scenarios->progressPane();
    connect(progress, &ProgressPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(progress, &ProgressPane::workQueued, m_syncStatus, &SyncStatusWidget::refreshOutbox);
    if (StageRunner *runner = m_context.stageRunner) {
        connect(runner, &StageRunner::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        connect(runner, &StageRunner::stagesChanged, progress, &ProgressPane::reload);
        connect(runner, &StageRunner::workQueued, m_syncStatus, &SyncStatusWidget::refreshOutbox);
        if (m_context.integrations) {
            connect(runner, &StageRunner::workQueued, m_context.integrations,
                    &IntegrationHub::drainAll);
        }
    }
    IntegrationHub *hub = m_context.integrations;
    if (!hub) {
        return;
    }
    connect(progress, &ProgressPane::workQueued, hub, &IntegrationHub::drainAll);
    connect(hub, &IntegrationHub::itemSent, m_syncStatus, &SyncStatusWidget::refreshOutbox);
    connect(hub, &IntegrationHub::itemFailed, m_syncStatus, &SyncStatusWidget::refreshOutbox);
    connect(hub, &IntegrationHub::meetingSaved, progress, &ProgressPane::reload);
    connect(hub, &IntegrationHub::tokenNeeded, this,
            [this](const QString &service, const QString &message) {
                statusBar()->showMessage(
                    tr("%1 needs its secret (Sync > Integrations…): %2").arg(service, message),
                    10000);
            });
    connect(hub, &IntegrationHub::storageFailed, this,
            [this](const QString &, const QString &message) { showLoadError(message); });
}

IntegrationsDialog *MainWindow::showIntegrations()
{
    if (!m_integrationsDialog) {
        m_integrationsDialog = new IntegrationsDialog(m_context, this);
        m_integrationsDialog->setObjectName(QStringLiteral("integrationsDialog"));
        if (m_context.integrations) {
            connect(m_integrationsDialog, &IntegrationsDialog::configurationChanged,
                    m_context.integrations, [this] { m_context.integrations->reload(); });
        }
        connect(m_integrationsDialog, &IntegrationsDialog::pullResponsesRequested, this,
                &MainWindow::pullJobBoardResponses);
    } else {
        m_integrationsDialog->refresh();
    }
    m_integrationsDialog->show();
    m_integrationsDialog->raise();
    m_integrationsDialog->activateWindow();
    return m_integrationsDialog;
}

void MainWindow::pullJobBoardResponses()
{
    if (!m_context.network) {
        return;
    }
    if (!m_jobBoardPull) {
        m_jobBoardPull =
            new JobBoardPull(m_context.database->connection(), m_context.network, *m_context.phones,
                             *m_context.settings, m_context.credentials, this);
        connect(m_jobBoardPull, &JobBoardPull::progress, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
        connect(m_jobBoardPull, &JobBoardPull::finished, this, [this](const HhPullReport &report) {
            statusBar()->clearMessage();
            m_candidates->reload();
            QMessageBox::information(this, tr("hh.ru responses"), report.summary());
        });
        const auto problem = [this](const QString &message) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("hh.ru responses"), message);
        };
        connect(m_jobBoardPull, &JobBoardPull::failed, this, problem);
        connect(m_jobBoardPull, &JobBoardPull::tokenNeeded, this, problem);
    }
    m_jobBoardPull->start();
}

void MainWindow::createSyncMenu()
{
    auto *menu = new QMenu(tr("S&ync"), this);
    menu->setObjectName(QStringLiteral("syncMenu"));
    QAction *syncNow = menu->addAction(tr("&Sync Now"));
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setToolTip(tr("Send waiting changes and receive what changed on the platform"));
    QAction *outbox = menu->addAction(tr("&Outbox…"));
    outbox->setObjectName(QStringLiteral("outboxAction"));
    outbox->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(outbox, &QAction::triggered, this, &MainWindow::showOutbox);
    QAction *integrations = menu->addAction(tr("&Integrations…"));
    integrations->setObjectName(QStringLiteral("integrationsAction"));
    integrations->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    integrations->setToolTip(tr("How Jira, Zoom, Outlook, Slack and hh.ru answer, and where "
                                "they are set up"));
    connect(integrations, &QAction::triggered, this, &MainWindow::showIntegrations);
    menu->addSeparator();
    menu->addAction(m_contacts->markDownAction());
    menu->addSeparator();
    QAction *enterKey = menu->addAction(tr("Enter &API Key…"));
    enterKey->setObjectName(QStringLiteral("enterApiKeyAction"));
    QAction *resync = menu->addAction(tr("&Full Resync…"));
    resync->setObjectName(QStringLiteral("fullResyncAction"));
    resync->setToolTip(tr("Receive every record from the platform again"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), menu);

    PlatformSync *sync = m_context.sync;
    const auto updateActions = [=] {
        const bool ready = sync && sync->setup() == PlatformSync::Setup::Ready;
        syncNow->setEnabled(ready);
        resync->setEnabled(ready);
        enterKey->setEnabled(sync != nullptr);
    };
    updateActions();
    if (!sync) {
        return;
    }
    connect(sync, &PlatformSync::setupChanged, this, updateActions);
    connect(syncNow, &QAction::triggered, sync, &PlatformSync::syncNow);
    connect(enterKey, &QAction::triggered, this, [this] { askForApiKey(QString()); });
    connect(resync, &QAction::triggered, this, &MainWindow::fullResync);
    connect(sync, &PlatformSync::apiKeyNeeded, this, &MainWindow::askForApiKey);
    // What the pull brought is in the database now; the lists read it again.
    connect(sync, &PlatformSync::dataReceived, this, [this] {
        m_scenarios->reload();
        m_candidates->reload();
        m_assistant->reload();
        m_contacts->reload();
    });
    connect(sync, &PlatformSync::runFinished, this, [this](bool ok, const QString &message) {
        if (!ok && !message.isEmpty()) {
            statusBar()->showMessage(tr("Sync stopped: %1").arg(message), 8000);
        }
    });
}

OutboxDialog *MainWindow::showOutbox()
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(*m_context.database, this);
        m_outboxDialog->setObjectName(QStringLiteral("outboxDialog"));
        if (m_context.sync) {
            connect(m_context.sync, &PlatformSync::outboxChanged, m_outboxDialog,
                    &OutboxDialog::refresh);
            connect(m_outboxDialog, &OutboxDialog::sendRequested, m_context.sync,
                    &PlatformSync::syncNow);
        }
        if (m_context.integrations) {
            connect(m_outboxDialog, &OutboxDialog::sendRequested, m_context.integrations,
                    &IntegrationHub::drainAll);
        }
        connect(m_outboxDialog, &OutboxDialog::sendRequested, m_syncStatus,
                &SyncStatusWidget::refreshOutbox);
        connect(m_outboxDialog, &QDialog::finished, m_syncStatus, &SyncStatusWidget::refreshOutbox);
    } else {
        m_outboxDialog->refresh();
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
    return m_outboxDialog;
}

void MainWindow::askForApiKey(const QString &reason)
{
    PlatformSync *sync = m_context.sync;
    // A burst of 401s asks once, not once per request.
    if (!sync || m_askingForKey) {
        return;
    }
    m_askingForKey = true;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("apiKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API key"));
    const QString server = sync->serverUrl().toDisplayString();
    dialog->setLabelText(
        reason.isEmpty()
            ? tr("API key for %1 (stored in the system keychain only):").arg(server)
            : tr("%1 did not accept the API key: %2\n\nEnter the key again (stored in the "
                 "system keychain only). Until then, changes wait in the outbox.")
                  .arg(server, reason));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QDialog::finished, this, [this] { m_askingForKey = false; });
    connect(dialog, &QInputDialog::textValueSelected, this, [this, sync](const QString &text) {
        const QString key = text.trimmed();
        if (key.isEmpty()) {
            return;
        }
        m_context.credentials->write(
            PlatformSync::apiKeyFor(sync->serverUrl()), key, this,
            [this, sync, key](const CredentialResult &result) {
                if (!result.ok()) {
                    QMessageBox::warning(this, tr("API key"),
                                         tr("The key could not be stored, so it was not used: "
                                            "%1")
                                             .arg(result.message));
                    return;
                }
                sync->useApiKey(key);
            });
    });
    dialog->open();
}

void MainWindow::fullResync()
{
    FullResync::confirmAndStart(this, m_context.sync);
}

MainWindow::~MainWindow() = default;

QString MainWindow::areaKey(Area area)
{
    switch (area) {
    case Area::Scenarios:
        return QStringLiteral("scenarios");
    case Area::Candidates:
        return QStringLiteral("candidates");
    case Area::Assistant:
        return QStringLiteral("assistant");
    case Area::Contacts:
        return QStringLiteral("contacts");
    }
    return {};
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->areaStack->currentIndex());
}

void MainWindow::showArea(Area area)
{
    m_ui->areaStack->setCurrentIndex(static_cast<int>(area));
    QAction *const actions[] = {m_ui->scenariosAction, m_ui->candidatesAction,
                                m_ui->assistantAction, m_ui->contactsAction};
    actions[static_cast<int>(area)]->setChecked(true);
    const bool candidates = area == Area::Candidates;
    const bool scenarios = area == Area::Scenarios;
    m_undoGroup->setActiveStack(candidates               ? m_candidates->undoStack()
                                : scenarios              ? m_scenarios->editor()->undoStack()
                                : area == Area::Contacts ? m_contacts->undoStack()
                                                         : nullptr);
    m_candidatesMenu->menuAction()->setVisible(candidates);
    if (m_scenarioMenu) {
        m_scenarioMenu->menuAction()->setVisible(scenarios);
    }
}

bool MainWindow::showArea(const QString &key)
{
    for (Area area : {Area::Scenarios, Area::Candidates, Area::Assistant, Area::Contacts}) {
        if (areaKey(area) == key) {
            showArea(area);
            return true;
        }
    }
    return false;
}

void MainWindow::restoreFromSettings()
{
    const Settings &settings = *m_context.settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        resize(1280, 800);
    }
    restoreState(settings.windowState());
    showArea(settings.lastArea());
    if (m_outage && m_outage->isDown()) {
        bringContactsForward(); // started while the platform is down
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_scenarios->maybeSave()) {
        event->ignore();
        return;
    }
    Settings &settings = *m_context.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setLastArea(areaKey(currentArea()));
    settings.sync();
    event->accept();
}

void MainWindow::reloadAll()
{
    m_scenarios->reload();
    m_candidates->reload();
    m_assistant->reload();
    m_contacts->reload();
    statusBar()->showMessage(tr("Lists read again from the local database."), 3000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_contacts->applyRole();
    if (accepted && m_context.sync) {
        // Server, key or interval may have changed: the sync starts over from them.
        m_context.sync->reconfigure();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Butterboard Desk"),
        tr("<h3>Butterboard Desk %1</h3>"
           "<p>Onboarding scenarios, candidates, the knowledge-base assistant and fallback "
           "contacts for HR staff and recruiters, on a local database that works offline.</p>"
           "<p>Database: %2<br>Schema version: %3<br>Qt %4</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_context.database->path()).toHtmlEscaped())
            .arg(Database::schemaVersion())
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::showLoadError(const QString &message)
{
    statusBar()->showMessage(tr("Could not read from the local database: %1").arg(message));
}

} // namespace bbd
