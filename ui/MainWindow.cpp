#include "ui/MainWindow.h"

#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "models/PagedTableModel.h"
#include "ui/AssistantArea.h"
#include "ui/CandidatesArea.h"
#include "ui/ContactsArea.h"
#include "ui/ScenariosArea.h"
#include "ui/SettingsDialog.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
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
    // Edit > Undo/Redo act on the area on screen and name what they will undo.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_candidates->undoStack());
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
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), editMenu);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_candidatesMenu);
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

    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(
        tr("Local database: %1").arg(QDir::toNativeSeparators(m_context.database->path())));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);
    updateConnectionState();
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
    m_undoGroup->setActiveStack(candidates ? m_candidates->undoStack() : nullptr);
    m_candidatesMenu->menuAction()->setVisible(candidates);
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    if (dialog.exec() == QDialog::Accepted) {
        updateConnectionState();
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

void MainWindow::updateConnectionState()
{
    // Sync with the platform is not part of this build yet: everything shown is the local copy.
    m_connectionLabel->setText(tr("Offline"));
    m_connectionLabel->setToolTip(
        tr("Working on the local database. Synchronisation with %1 is not set up yet.")
            .arg(m_context.settings->serverUrl().toDisplayString()));
}

} // namespace bbd
