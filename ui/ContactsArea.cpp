#include "ui/ContactsArea.h"

#include "app/storage/PageSources.h"
#include "models/ChannelTableModel.h"
#include "models/ContactTableModel.h"
#include "ui/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {

ContactsArea::ContactsArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_channels(new ChannelTableModel(this))
    , m_contacts(new ContactTableModel(this))
{
    auto *channelPane = new QWidget;
    auto *channelLayout = new QVBoxLayout(channelPane);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    channelLayout->addWidget(ui::makeHeading(tr("Reserve channels")));
    auto *intro = new QLabel(tr("When the platform cannot be reached, use these channels in the "
                                "order shown. For anything critical, call."));
    intro->setWordWrap(true);
    channelLayout->addWidget(intro);
    m_emptyHint = ui::makeEmptyHint(
        tr("No reserve channels or contacts are set up. Add the ways to reach HR here so that "
           "people know where to turn when the platform is down."));
    channelLayout->addWidget(m_emptyHint);
    m_channelView = new QTableView;
    m_channelView->setObjectName(QStringLiteral("channelTable"));
    ui::configureTableView(m_channelView);
    m_channelView->setModel(m_channels);
    channelLayout->addWidget(m_channelView, 1);

    auto *contactPane = new QWidget;
    auto *contactLayout = new QVBoxLayout(contactPane);
    contactLayout->setContentsMargins(0, 0, 0, 0);
    contactLayout->addWidget(ui::makeHeading(tr("People to contact, in order of escalation")));
    m_contactView = new QTableView;
    m_contactView->setObjectName(QStringLiteral("contactTable"));
    ui::configureTableView(m_contactView);
    m_contactView->setModel(m_contacts);
    contactLayout->addWidget(m_contactView, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(channelPane);
    splitter->addWidget(contactPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    reload();
}

void ContactsArea::reload()
{
    m_channels->setSource(sources::channels(*m_context.database, *m_context.phones));
    m_contacts->setSource(sources::contacts(*m_context.database, *m_context.phones));
    ui::fitColumns(m_channelView, ChannelTableModel::Purpose);
    ui::fitColumns(m_contactView, ContactTableModel::Role);
    const bool empty = m_channels->rowCount() == 0 && m_contacts->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_channelView->setVisible(!empty);
}

} // namespace bbd
