#include "ui/sync/SyncStatusWidget.h"

#include "app/storage/Database.h"
#include "app/sync/OutboxQueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bbd {
namespace {

QString dot(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(color.name());
}

} // namespace

SyncStatusWidget::SyncStatusWidget(Database &database, PlatformSync *sync, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_sync(sync)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("syncProgressLabel"));
    m_outbox = new QToolButton;
    m_outbox->setObjectName(QStringLiteral("outboxButton"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolTip(tr("Open the outbox: what is still on its way to the servers"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("connectionLabel"));
    m_state->setTextFormat(Qt::RichText);
    layout->addWidget(m_progress);
    layout->addWidget(m_outbox);
    layout->addWidget(m_state);
    connect(m_outbox, &QToolButton::clicked, this, &SyncStatusWidget::outboxRequested);

    if (m_sync) {
        connect(m_sync, &PlatformSync::setupChanged, this, &SyncStatusWidget::refreshState);
        connect(m_sync, &PlatformSync::stateChanged, this, &SyncStatusWidget::refreshState);
        connect(m_sync, &PlatformSync::progress, m_progress, &QLabel::setText);
        connect(m_sync, &PlatformSync::outboxChanged, this, &SyncStatusWidget::refreshOutbox);
        connect(m_sync, &PlatformSync::runFinished, this, [this](bool ok, const QString &message) {
            m_progress->setText(ok ? QString() : tr("Sync stopped: %1").arg(message));
        });
    }
    refreshState();
    refreshOutbox();
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::progressText() const
{
    return m_progress->text();
}

QString SyncStatusWidget::outboxText() const
{
    return m_outbox->text();
}

void SyncStatusWidget::refreshState()
{
    const QString server = m_sync ? m_sync->serverUrl().toDisplayString() : QString();
    if (!m_sync || m_sync->setup() == PlatformSync::Setup::NoKey) {
        m_state->setText(dot(Qt::gray) + tr("Not connected"));
        m_state->setToolTip(
            tr("No API key is stored for %1, so nothing is synchronised. Everything you do is "
               "kept in the local database; enter a key (Sync > Enter API Key…) to connect.")
                .arg(server.isEmpty() ? tr("the platform") : server));
        return;
    }
    if (m_sync->setup() == PlatformSync::Setup::Loading) {
        m_state->setText(dot(Qt::gray) + tr("Connecting…"));
        m_state->setToolTip(tr("Reading the API key from the system keychain."));
        return;
    }
    const QString detail = m_sync->detail();
    switch (m_sync->state()) {
    case ConnectionState::Unknown:
        m_state->setText(dot(Qt::gray) + tr("Connecting…"));
        m_state->setToolTip(tr("Asking %1 whether it is up.").arg(server));
        break;
    case ConnectionState::Online:
        m_state->setText(dot(QColor(0x2e, 0x7d, 0x32)) + tr("Online"));
        m_state->setToolTip(tr("%1 answers.").arg(server));
        break;
    case ConnectionState::Degraded:
        m_state->setText(dot(QColor(0xc7, 0x7c, 0x02)) + tr("Degraded"));
        m_state->setToolTip(tr("%1 answers with trouble: %2. Changes are retried by themselves.")
                                .arg(server, detail));
        break;
    case ConnectionState::Offline:
        m_state->setText(dot(QColor(0xb0, 0x1c, 0x1c)) + tr("Offline"));
        m_state->setToolTip(tr("%1 cannot be reached (%2). You work on the local copy; changes "
                               "wait in the outbox and go out when the server is back.")
                                .arg(server, detail));
        break;
    }
}

void SyncStatusWidget::refreshOutbox()
{
    const OutboxQueue::Counts counts = OutboxQueue(m_database.connection()).counts();
    const int waiting = counts.pending + counts.failed + counts.conflict;
    if (waiting == 0) {
        m_outbox->setText(tr("Outbox empty"));
    } else if (counts.failed + counts.conflict == 0) {
        m_outbox->setText(tr("Outbox: %n waiting", nullptr, waiting));
    } else {
        m_outbox->setText(tr("Outbox: %1 waiting, %2 need attention")
                              .arg(counts.pending)
                              .arg(counts.failed + counts.conflict));
    }
}

} // namespace bbd
