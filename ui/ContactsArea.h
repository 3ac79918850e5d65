#pragma once

#include "app/AppContext.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace bbd {

class ChannelListModel;
class ContactDirectory;
class PersonCard;
class PersonListModel;
class PlatformOutage;

// The reserve channels and the people behind them, for when the platform cannot be reached:
// call, write, open Slack or the booking page, copy; HR administrators edit the directory
// (undoable), import and export it. When the platform is down a banner says since when, the
// order to use the channels, and offers the prepared notice to new hires.
class ContactsArea : public QWidget
{
    Q_OBJECT

public:
    // Opens a tel:, mailto: or https link; QDesktopServices::openUrl unless a test injects one.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ContactsArea(const AppContext &context, QWidget *parent = nullptr);
    ~ContactsArea() override;

    void reload();
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // The banner and the "Mark the platform down" toggle follow `outage` (owned by the caller).
    void setOutage(PlatformOutage *outage);
    // Shows or hides the editing controls after the role setting changed.
    void applyRole();
    bool canEdit() const;

    QUndoStack *undoStack() const { return m_undo; }
    // Checkable; shared with the window's menu.
    QAction *markDownAction() const { return m_markDown; }
    ContactDirectory &directory() const { return *m_directory; }
    ChannelListModel *channelModel() const { return m_channels; }
    PersonListModel *personModel() const { return m_people; }
    QTableView *channelView() const { return m_channelView; }
    QTableView *personView() const { return m_personView; }
    PersonCard *personCard() const { return m_card; }
    QWidget *banner() const { return m_banner; }
    QString bannerText() const;

    // The import and export behind the buttons, without the file dialogs.
    void importFrom(const QString &path);
    bool exportTo(const QString &path);

signals:
    void message(const QString &text);
    // Outage notices were written to the outbox (the window lets the senders run).
    void noticesQueued(int rows);

private:
    enum class Selected { None, Channel, Person };

    QWidget *buildActions();
    QWidget *buildEditBar();
    QWidget *buildBanner();
    void selectionChanged(Selected which);
    void updateActions();
    void updateBanner();
    void open(const QUrl &url);
    QString mailSubject() const;
    void copySelection();

    void addChannel();
    void addPerson();
    void editSelected();
    void deleteSelected();
    void moveSelected(int delta);
    void prepareNotice();
    void chooseImport();
    void chooseExport();
    void reportFailure();
    void select(Selected which, qint64 id);

    AppContext m_context;
    std::unique_ptr<ContactDirectory> m_directory;
    UrlOpener m_opener;
    PlatformOutage *m_outage = nullptr;
    ChannelListModel *m_channels = nullptr;
    PersonListModel *m_people = nullptr;
    QTableView *m_channelView = nullptr;
    QTableView *m_personView = nullptr;
    PersonCard *m_card = nullptr;
    QLabel *m_emptyHint = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QWidget *m_editBar = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_writeButton = nullptr;
    QPushButton *m_slackButton = nullptr;
    QPushButton *m_bookingButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QAction *m_markDown = nullptr;
    QUndoStack *m_undo = nullptr;
    Selected m_selected = Selected::None;
    QUrl m_callUrl;
    QUrl m_writeUrl;
    QUrl m_slackUrl;
    QUrl m_bookingUrl;
};

} // namespace bbd
