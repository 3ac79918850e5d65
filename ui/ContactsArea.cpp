#include "ui/ContactsArea.h"

#include "app/contacts/ContactActions.h"
#include "app/contacts/ContactDirectory.h"
#include "app/contacts/ContactTransfer.h"
#include "app/contacts/OutageNotices.h"
#include "app/contacts/PlatformOutage.h"
#include "app/integrations/IntegrationHub.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "ui/ViewHelpers.h"
#include "ui/contacts/DirectoryCommand.h"
#include "ui/contacts/DirectoryDialogs.h"
#include "ui/contacts/DirectoryModels.h"
#include "ui/contacts/NoticeDialog.h"
#include "ui/contacts/PersonCard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bbd {
namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

// A button that can only do something with a link: off, with the reason as its tooltip.
void offer(QPushButton *b, const QUrl &url, const QString &enabledTip, const QString &reason)
{
    b->setEnabled(url.isValid());
    b->setToolTip(url.isValid() ? enabledTip : reason);
}

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ContactsArea::ContactsArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_directory(
          std::make_unique<ContactDirectory>(context.database->connection(), *context.phones))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_channels(new ChannelListModel(*m_directory, this))
    , m_people(new PersonListModel(*m_directory, this))
    , m_undo(new QUndoStack(this))
{
    m_markDown = new QAction(tr("&Mark the Platform Down"), this);
    m_markDown->setObjectName(QStringLiteral("markDownAction"));
    m_markDown->setCheckable(true);
    m_markDown->setToolTip(tr("You know the platform is down before the checks do: bring the "
                              "fallback contacts forward and offer the notice to new hires"));
    m_markDown->setEnabled(false);
    connect(m_markDown, &QAction::toggled, this, [this](bool down) {
        if (m_outage) {
            m_outage->setMarkedDown(down);
        }
    });

    auto *channelPane = new QWidget;
    auto *channelLayout = new QVBoxLayout(channelPane);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    channelLayout->addWidget(ui::makeHeading(tr("Reserve channels, in the order to use them")));
    m_emptyHint = ui::makeEmptyHint(
        tr("No reserve channels or contacts are set up. Add the ways to reach HR here so that "
           "people know where to turn when the platform is down."));
    channelLayout->addWidget(m_emptyHint);
    m_channelView = new QTableView;
    m_channelView->setObjectName(QStringLiteral("channelTable"));
    ui::configureTableView(m_channelView);
    m_channelView->setModel(m_channels);
    channelLayout->addWidget(m_channelView, 1);

    auto *personPane = new QWidget;
    auto *personLayout = new QVBoxLayout(personPane);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(ui::makeHeading(tr("People to contact, in order of escalation")));
    m_personView = new QTableView;
    m_personView->setObjectName(QStringLiteral("contactTable"));
    ui::configureTableView(m_personView);
    m_personView->setModel(m_people);
    personLayout->addWidget(m_personView, 1);
    m_card = new PersonCard(*m_directory, personPane);
    connect(m_card, &PersonCard::openRequested, this, &ContactsArea::open);
    personLayout->addWidget(m_card);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(channelPane);
    splitter->addWidget(personPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildBanner());
    layout->addWidget(buildActions());
    layout->addWidget(buildEditBar());
    layout->addWidget(splitter, 1);

    connect(m_channelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { selectionChanged(Selected::Channel); });
    connect(m_personView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { selectionChanged(Selected::Person); });
    connect(m_channelView, &QTableView::clicked, this,
            [this] { selectionChanged(Selected::Channel); });
    connect(m_personView, &QTableView::clicked, this,
            [this] { selectionChanged(Selected::Person); });
    connect(m_channelView, &QTableView::doubleClicked, this, &ContactsArea::editSelected);
    connect(m_personView, &QTableView::doubleClicked, this, &ContactsArea::editSelected);
    reload();
    applyRole();
}

ContactsArea::~ContactsArea() = default;

QWidget *ContactsArea::buildBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("outageBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#outageBanner { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"));
    auto *layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("outageBannerText"));
    m_bannerText->setWordWrap(true);
    layout->addWidget(m_bannerText, 1);
    QPushButton *notice = button(tr("&Notify New Hires…"), "prepareNoticeButton", m_banner);
    notice->setToolTip(tr("The prepared notice: what is down and how to reach HR meanwhile"));
    connect(notice, &QPushButton::clicked, this, &ContactsArea::prepareNotice);
    layout->addWidget(notice);
    m_banner->hide();
    return m_banner;
}

QWidget *ContactsArea::buildActions()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_callButton = button(tr("&Call"), "callButton", bar);
    m_writeButton = button(tr("&Write"), "writeButton", bar);
    m_slackButton = button(tr("Open &Slack"), "slackButton", bar);
    m_bookingButton = button(tr("&Book a Meeting"), "bookingButton", bar);
    m_copyButton = button(tr("C&opy"), "copyButton", bar);
    connect(m_callButton, &QPushButton::clicked, this, [this] { open(m_callUrl); });
    connect(m_writeButton, &QPushButton::clicked, this, [this] { open(m_writeUrl); });
    connect(m_slackButton, &QPushButton::clicked, this, [this] { open(m_slackUrl); });
    connect(m_bookingButton, &QPushButton::clicked, this, [this] { open(m_bookingUrl); });
    connect(m_copyButton, &QPushButton::clicked, this, &ContactsArea::copySelection);
    for (QPushButton *b :
         {m_callButton, m_writeButton, m_slackButton, m_bookingButton, m_copyButton}) {
        layout->addWidget(b);
    }
    layout->addStretch(1);
    auto *markButton = new QPushButton(bar);
    markButton->setObjectName(QStringLiteral("markDownButton"));
    markButton->setCheckable(true);
    markButton->setText(m_markDown->text());
    markButton->setToolTip(m_markDown->toolTip());
    connect(markButton, &QPushButton::toggled, m_markDown, &QAction::setChecked);
    connect(m_markDown, &QAction::toggled, markButton, &QPushButton::setChecked);
    connect(m_markDown, &QAction::changed, markButton,
            [this, markButton] { markButton->setEnabled(m_markDown->isEnabled()); });
    markButton->setEnabled(false);
    layout->addWidget(markButton);
    QPushButton *exportButton = button(tr("E&xport…"), "exportButton", bar);
    connect(exportButton, &QPushButton::clicked, this, &ContactsArea::chooseExport);
    m_importButton = button(tr("&Import…"), "importButton", bar);
    connect(m_importButton, &QPushButton::clicked, this, &ContactsArea::chooseImport);
    layout->addWidget(m_importButton);
    layout->addWidget(exportButton);
    return bar;
}

QWidget *ContactsArea::buildEditBar()
{
    m_editBar = new QWidget;
    m_editBar->setObjectName(QStringLiteral("editBar"));
    auto *layout = new QHBoxLayout(m_editBar);
    layout->setContentsMargins(0, 0, 0, 0);
    QPushButton *addChannel = button(tr("Add C&hannel…"), "addChannelButton", m_editBar);
    QPushButton *addPerson = button(tr("Add &Person…"), "addPersonButton", m_editBar);
    m_editButton = button(tr("&Edit…"), "editButton", m_editBar);
    m_deleteButton = button(tr("&Delete"), "deleteButton", m_editBar);
    m_upButton = button(tr("Move &Up"), "upButton", m_editBar);
    m_downButton = button(tr("Move Do&wn"), "downButton", m_editBar);
    connect(addChannel, &QPushButton::clicked, this, &ContactsArea::addChannel);
    connect(addPerson, &QPushButton::clicked, this, &ContactsArea::addPerson);
    connect(m_editButton, &QPushButton::clicked, this, &ContactsArea::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ContactsArea::deleteSelected);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    for (QPushButton *b :
         {addChannel, addPerson, m_editButton, m_deleteButton, m_upButton, m_downButton}) {
        layout->addWidget(b);
    }
    layout->addStretch(1);
    return m_editBar;
}

bool ContactsArea::canEdit() const
{
    return m_context.settings && m_context.settings->isHrAdministrator();
}

void ContactsArea::applyRole()
{
    // Hidden rather than disabled: staff who only use the directory have nothing to wait for.
    m_editBar->setVisible(canEdit());
    m_importButton->setVisible(canEdit());
    updateActions();
}

void ContactsArea::setOutage(PlatformOutage *outage)
{
    m_outage = outage;
    m_markDown->setEnabled(outage != nullptr);
    if (outage) {
        connect(outage, &PlatformOutage::changed, this, &ContactsArea::updateBanner);
    }
    updateBanner();
}

void ContactsArea::reload()
{
    const qint64 channelId =
        m_selected == Selected::Channel && m_channelView->currentIndex().isValid()
            ? m_channels->channelAt(m_channelView->currentIndex().row()).id
            : 0;
    const qint64 personId = m_selected == Selected::Person && m_personView->currentIndex().isValid()
                                ? m_people->personAt(m_personView->currentIndex().row()).id
                                : 0;
    const QList<DirectoryContact> people = m_directory->contacts();
    m_channels->setRecords(m_directory->channels(), people);
    m_people->setRecords(people);
    ui::fitColumns(m_channelView, ChannelListModel::Purpose);
    ui::fitColumns(m_personView, PersonListModel::Role);
    const bool empty = m_channels->rowCount() == 0 && m_people->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_channelView->setVisible(!empty);
    if (channelId) {
        select(Selected::Channel, channelId);
    } else if (personId) {
        select(Selected::Person, personId);
    } else {
        m_selected = Selected::None;
    }
    updateActions();
    updateBanner();
}

void ContactsArea::select(Selected which, qint64 id)
{
    QTableView *view = which == Selected::Channel ? m_channelView : m_personView;
    const int row = which == Selected::Channel ? m_channels->rowOf(id) : m_people->rowOf(id);
    if (row >= 0) {
        view->setCurrentIndex(view->model()->index(row, 0));
        view->selectRow(row);
    }
    m_selected = row >= 0 ? which : Selected::None;
    updateActions();
}

void ContactsArea::selectionChanged(Selected which)
{
    QTableView *other = which == Selected::Channel ? m_personView : m_channelView;
    QTableView *view = which == Selected::Channel ? m_channelView : m_personView;
    if (!view->currentIndex().isValid()) {
        return;
    }
    if (m_selected != which) {
        const QSignalBlocker blocker(other->selectionModel());
        other->clearSelection();
        other->setCurrentIndex({});
    }
    m_selected = which;
    updateActions();
}

QString ContactsArea::mailSubject() const
{
    return m_outage && m_outage->isDown()
               ? tr("Butterboard is unavailable: a question about onboarding")
               : tr("A question about onboarding");
}

void ContactsArea::updateActions()
{
    m_callUrl = m_writeUrl = m_slackUrl = m_bookingUrl = {};
    const QString nothing = tr("Select a channel or a person first.");
    QString callWhy = nothing, writeWhy = nothing, slackWhy = nothing, bookingWhy = nothing;
    bool any = false;
    if (m_selected == Selected::Channel && m_channelView->currentIndex().isValid()) {
        any = true;
        const DirectoryChannel &c = m_channels->channelAt(m_channelView->currentIndex().row());
        const QString other = tr("This channel is not of that kind.");
        callWhy = writeWhy = slackWhy = bookingWhy = other;
        if (c.kind == u"phone") {
            m_callUrl = contactactions::callUrl(m_directory->toE164(c.address));
            callWhy = tr("\"%1\" is not a phone number that can be called.").arg(c.address);
        } else if (c.kind == u"email") {
            m_writeUrl = contactactions::mailUrl(c.address, mailSubject());
            writeWhy = tr("\"%1\" is not an e-mail address.").arg(c.address);
        } else if (c.kind == u"slack") {
            m_slackUrl = contactactions::slackUrl(c.address);
            slackWhy = tr("\"%1\" is neither a Slack channel nor a link.").arg(c.address);
        } else if (c.kind == u"meeting") {
            m_bookingUrl = contactactions::bookingUrl(c.address);
            bookingWhy = tr("The booking link is missing or not an http(s) link.");
        }
    }
    const DirectoryContact *person = nullptr;
    if (m_selected == Selected::Person && m_personView->currentIndex().isValid()) {
        any = true;
        const DirectoryContact &p = m_people->personAt(m_personView->currentIndex().row());
        person = &p;
        m_callUrl = contactactions::callUrl(p.phoneE164);
        callWhy =
            p.phoneRaw.isEmpty()
                ? tr("%1 has no phone number.").arg(p.fullName)
                : tr("\"%1\" is not a valid phone number, so it cannot be called.").arg(p.phoneRaw);
        m_writeUrl = ContactDirectory::isValidEmail(p.email)
                         ? contactactions::mailUrl(p.email, mailSubject())
                         : QUrl();
        writeWhy = p.email.isEmpty() ? tr("%1 has no e-mail address.").arg(p.fullName)
                                     : tr("\"%1\" is not an e-mail address.").arg(p.email);
        QString handle = p.slackHandle;
        if (handle.startsWith(u'@')) {
            handle.remove(0, 1);
        }
        m_slackUrl = contactactions::slackUrl(handle);
        slackWhy = tr("%1 has no Slack name.").arg(p.fullName);
        bookingWhy = tr("Meetings are booked through the meeting channel above.");
    }
    m_card->showContact(person, mailSubject());
    offer(m_callButton, m_callUrl, m_callUrl.toString(), callWhy);
    offer(m_writeButton, m_writeUrl, tr("Write an e-mail"), writeWhy);
    offer(m_slackButton, m_slackUrl, m_slackUrl.toString(), slackWhy);
    offer(m_bookingButton, m_bookingUrl, m_bookingUrl.toString(), bookingWhy);
    m_copyButton->setEnabled(any);
    m_copyButton->setToolTip(any ? tr("Copy the address or number to the clipboard") : nothing);
    const bool editable = any && canEdit();
    for (QPushButton *b : {m_editButton, m_deleteButton, m_upButton, m_downButton}) {
        b->setEnabled(editable);
    }
}

void ContactsArea::open(const QUrl &url)
{
    if (url.isValid() && !m_opener(url)) {
        emit message(tr("No program is set up to open %1").arg(url.scheme()));
    }
}

void ContactsArea::copySelection()
{
    QString text;
    if (m_selected == Selected::Channel && m_channelView->currentIndex().isValid()) {
        text = m_channels->channelAt(m_channelView->currentIndex().row()).address;
    } else if (m_selected == Selected::Person && m_personView->currentIndex().isValid()) {
        const DirectoryContact &p = m_people->personAt(m_personView->currentIndex().row());
        QStringList lines{p.fullName};
        for (const QString &raw : p.allPhones()) {
            lines << m_directory->displayPhone(raw);
        }
        lines << p.allEmails();
        if (!p.slackHandle.isEmpty()) {
            lines << p.slackHandle;
        }
        text = lines.join(u'\n');
    }
    QApplication::clipboard()->setText(text);
    emit message(tr("Copied: %1").arg(text.section(u'\n', 0, 0)));
}

void ContactsArea::updateBanner()
{
    const bool down = m_outage && m_outage->isDown();
    m_banner->setVisible(down);
    if (m_outage) {
        const QSignalBlocker blocker(m_markDown);
        m_markDown->setChecked(m_outage->isMarkedDown());
        emit m_markDown->toggled(m_outage->isMarkedDown()); // the panel's button follows
    }
    if (!down) {
        return;
    }
    QString phone;
    for (const DirectoryChannel &c : OutageNotices::workingChannels(m_directory->channels())) {
        if (c.kind == u"phone" && phone.isEmpty()) {
            DirectoryContact number;
            number.phoneRaw = c.address;
            number.phoneE164 = m_directory->toE164(c.address);
            phone = m_directory->displayPhone(number);
        }
    }
    const QString what =
        m_outage->isUnreachable()
            ? tr("The Butterboard platform (dashboard and chat-bot) does not answer since %1.")
                  .arg(localTime(m_outage->since()))
            : tr("The Butterboard platform (dashboard and chat-bot) was marked down at %1.")
                  .arg(localTime(m_outage->since()));
    const QString order = tr("Use e-mail and phone first; for critical questions, call%1.")
                              .arg(phone.isEmpty() ? QString() : u' ' + phone);
    m_bannerText->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(what.toHtmlEscaped(), order.toHtmlEscaped()));
}

QString ContactsArea::bannerText() const
{
    return m_banner->isVisible() || (m_outage && m_outage->isDown()) ? m_bannerText->text()
                                                                     : QString();
}

void ContactsArea::prepareNotice()
{
    if (!m_outage) {
        return;
    }
    NoticeDialog dialog(
        m_context.database->connection(), m_directory->channels(), m_directory->contacts(),
        OutageNotices::newHires(m_context.database->connection(), QDate::currentDate()),
        m_outage->since(), this);
    connect(&dialog, &NoticeDialog::queuedNotices, this, [this](int rows) {
        emit message(tr("%n notice(s) written to the outbox.", nullptr, rows));
        emit noticesQueued(rows);
        if (m_context.integrations) {
            m_context.integrations->drainAll();
        }
    });
    dialog.exec();
}

void ContactsArea::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Fallback Contacts"), QString(),
        tr("Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)"));
    if (!path.isEmpty()) {
        importFrom(path);
    }
}

void ContactsArea::importFrom(const QString &path)
{
    ContactTransfer transfer(*m_directory);
    const DirectoryImportReport report = transfer.importFile(path);
    if (report.ok() && !report.changes.isEmpty()) {
        // One step, however many records: undo deletes what the import created and puts the
        // updated records back as they were (each change with its outbox row, so the platform
        // follows; an undo after the rows were sent sends the deletes and the old values).
        const DirectoryImportChanges changes = report.changes;
        m_undo->push(new DirectoryCommand(
            tr("Import %1: %2 new, %3 updated")
                .arg(QFileInfo(path).fileName())
                .arg(changes.createdContacts.size() + changes.createdChannels.size())
                .arg(changes.updatedContacts.size() + changes.updatedChannels.size()),
            [this, changes] { return m_directory->reapplyImport(changes); },
            [this, changes] { return m_directory->revertImport(changes); },
            [this] { reportFailure(); }, [this] { reload(); }));
    }
    reload();
    QStringList details;
    for (const DirectoryImportReport::Rejected &r : report.rejected) {
        details << tr("Line %1: %2").arg(r.line).arg(r.reason);
    }
    details << report.warnings;
    QMessageBox box(report.ok() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import Fallback Contacts"), report.summary(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importReport"));
    if (!details.isEmpty()) {
        box.setInformativeText(tr("Some records need a look:"));
        box.setDetailedText(details.join(u'\n'));
    } else if (!report.changes.isEmpty()) {
        box.setInformativeText(tr("Edit > Undo takes the whole import back."));
    }
    box.exec();
}

void ContactsArea::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Fallback Contacts"),
                                                      QStringLiteral("fallback-contacts.csv"),
                                                      tr("CSV (*.csv);;vCard 4.0 (*.vcf)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ContactsArea::exportTo(const QString &path)
{
    QString error;
    if (!ContactTransfer(*m_directory).exportFile(path, &error)) {
        QMessageBox::warning(this, tr("Export Fallback Contacts"),
                             tr("The file was not written: %1").arg(error));
        return false;
    }
    emit message(tr("Fallback contacts written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace bbd
