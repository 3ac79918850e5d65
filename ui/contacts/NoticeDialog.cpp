#include "ui/contacts/NoticeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {

NoticeDialog::NoticeDialog(QSqlDatabase db, const QList<DirectoryChannel> &channels,
                           const QList<DirectoryContact> &people,
                           const QList<OutageNotices::Recipient> &recipients,
                           const QDateTime &since, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_channels(channels)
    , m_people(people)
    , m_all(recipients)
    , m_since(since)
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("Outage Notice to New Hires"));
    resize(640, 600);
    m_route = new QComboBox;
    m_route->setObjectName(QStringLiteral("routeBox"));
    m_route->addItem(tr("E-mail to each new hire (Outlook)"), int(OutageNotices::Route::Email));
    m_route->addItem(tr("One message to the Slack channel"), int(OutageNotices::Route::Slack));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Russian and English"), QStringLiteral("both"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_recipients = new QListWidget;
    m_recipients->setObjectName(QStringLiteral("recipientList"));
    m_recipients->setMaximumHeight(140);
    for (const OutageNotices::Recipient &r : m_all) {
        auto *item =
            new QListWidgetItem(r.email.isEmpty() ? tr("%1 — no e-mail address").arg(r.name)
                                                  : QStringLiteral("%1 <%2>").arg(r.name, r.email),
                                m_recipients);
        item->setData(Qt::UserRole, r.employeeId);
        item->setFlags(r.email.isEmpty() ? Qt::NoItemFlags
                                         : (item->flags() | Qt::ItemIsUserCheckable));
        item->setCheckState(r.email.isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
    m_subject = new QLineEdit;
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("noticeSummary"));
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Send &through:"), m_route);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&New hires:"), m_recipients);
    form->addRow(tr("&Subject:"), m_subject);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_send = box->addButton(tr("&Send…"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendNoticeButton"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &NoticeDialog::send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_summary);
    layout->addWidget(box);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeDialog::rebuild);
    connect(m_route, &QComboBox::currentIndexChanged, this, &NoticeDialog::rebuild);
    connect(m_recipients, &QListWidget::itemChanged, this, &NoticeDialog::rebuild);
    rebuild();
}

QList<OutageNotices::Recipient> NoticeDialog::chosen() const
{
    QList<OutageNotices::Recipient> list;
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->checkState() == Qt::Checked) {
            list << m_all.at(i);
        }
    }
    return list;
}

void NoticeDialog::rebuild()
{
    const bool slack = m_route->currentData().toInt() == int(OutageNotices::Route::Slack);
    // The text follows the language until the user edits it.
    const OutageNotices::Notice notice =
        OutageNotices::build(m_channels, m_people, m_since, m_language->currentData().toString());
    if (sender() != m_recipients && sender() != m_route) {
        m_subject->setText(notice.subject);
        m_body->setPlainText(notice.body);
    }
    m_recipients->setEnabled(!slack);
    const int count = int(chosen().size());
    m_summary->setText(
        slack ? tr("One message goes to the Slack channel of the webhook set up "
                   "in Sync > Integrations.")
              : tr("%n e-mail(s) will be sent through Outlook, one per person.", nullptr, count));
    m_send->setEnabled(slack || count > 0);
}

void NoticeDialog::send()
{
    const bool slack = m_route->currentData().toInt() == int(OutageNotices::Route::Slack);
    const QList<OutageNotices::Recipient> recipients = chosen();
    const QString question = slack ? tr("Send the notice to the Slack channel now?")
                                   : tr("Send the notice by e-mail to %n new hire(s) now?", nullptr,
                                        int(recipients.size()));
    if (QMessageBox::question(this, windowTitle(),
                              question + u'\n' +
                                  tr("Messages wait in the outbox until the service answers.")) !=
        QMessageBox::Yes) {
        return;
    }
    QString error;
    const int rows = OutageNotices::queue(
        m_db, slack ? OutageNotices::Route::Slack : OutageNotices::Route::Email, recipients,
        {m_subject->text(), m_body->toPlainText()}, &error);
    if (rows < 0) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was sent: %1").arg(error));
        return;
    }
    m_queued = rows;
    emit queuedNotices(rows);
    accept();
}

} // namespace bbd
