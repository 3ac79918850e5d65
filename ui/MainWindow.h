#pragma once

#include "app/AppContext.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

class QMenu;
class QUndoGroup;

namespace bbd {

class AssistantArea;
class CandidatesArea;
class ContactsArea;
class IntegrationsDialog;
class JobBoardPull;
class OutboxDialog;
class PlatformOutage;
class ScenariosArea;
class SyncStatusWidget;

// One window, four areas, one click or Ctrl+1..4 apart.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area { Scenarios, Candidates, Assistant, Contacts };

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void showArea(Area area);
    // `key` as on the command line: scenarios, candidates, assistant, contacts.
    bool showArea(const QString &key);
    static QString areaKey(Area area);

    // Window geometry and the last area, as the user left them.
    void restoreFromSettings();

    ScenariosArea *scenariosArea() const { return m_scenarios; }
    CandidatesArea *candidatesArea() const { return m_candidates; }
    AssistantArea *assistantArea() const { return m_assistant; }
    ContactsArea *contactsArea() const { return m_contacts; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    PlatformOutage *outage() const { return m_outage; }
    // Opens (or raises) the Outbox view.
    OutboxDialog *showOutbox();
    IntegrationsDialog *showIntegrations();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadAll();
    void openSettings();
    void showAbout();
    void showLoadError(const QString &message);
    void createSyncMenu();
    void askForApiKey(const QString &reason);
    void fullResync();
    void wireIntegrations();
    void pullJobBoardResponses();
    void wireOutage();
    // Shows the fallback contacts now, or once the modal dialog on screen has closed.
    void bringContactsForward();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext m_context;
    ScenariosArea *m_scenarios = nullptr;
    CandidatesArea *m_candidates = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_candidatesMenu = nullptr;
    QMenu *m_scenarioMenu = nullptr;
    AssistantArea *m_assistant = nullptr;
    ContactsArea *m_contacts = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    OutboxDialog *m_outboxDialog = nullptr;
    IntegrationsDialog *m_integrationsDialog = nullptr;
    JobBoardPull *m_jobBoardPull = nullptr;
    bool m_askingForKey = false;
    PlatformOutage *m_outage = nullptr;
    bool m_forwardPending = false;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace bbd
