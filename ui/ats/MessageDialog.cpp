#include "ui/ats/MessageDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {

MessageDialog::MessageDialog(MessageService &service, QList<qint64> candidateIds, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_candidateIds(std::move(candidateIds))
    , m_templates(service.templates())
{
    setWindowTitle(m_candidateIds.size() == 1
                       ? tr("Message to the candidate")
                       : tr("Message to %n candidate(s)", nullptr, int(m_candidateIds.size())));
    resize(640, 560);

    m_templateCombo = new QComboBox;
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    for (const MessageTemplate &item : std::as_const(m_templates)) {
        m_templateCombo->addItem(item.channel == MessageTemplate::Channel::Sms
                                     ? tr("SMS: %1").arg(item.name)
                                     : tr("E-mail: %1").arg(item.name));
    }
    m_interviewTimeEdit = new QLineEdit;
    m_interviewTimeEdit->setObjectName(QStringLiteral("interviewTimeEdit"));
    m_interviewTimeEdit->setPlaceholderText(tr("for example: 25 November at 15:00"));
    m_recipientLabel = new QLabel;
    m_recipientLabel->setObjectName(QStringLiteral("recipientLabel"));
    m_recipientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subjectView = new QLineEdit;
    m_subjectView->setObjectName(QStringLiteral("subjectView"));
    m_subjectView->setReadOnly(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_templateCombo);
    form->addRow(tr("&Interview time:"), m_interviewTimeEdit);
    form->addRow(tr("To:"), m_recipientLabel);
    form->addRow(tr("Subject:"), m_subjectView);

    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setReadOnly(true);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("messageProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Queue for delivery; it goes out as soon as the mail service "
                                "is reachable, and appears in the candidate's timeline now."));
    m_mailButton = buttons->addButton(tr("Open in &mail client"), QDialogButtonBox::ActionRole);
    m_mailButton->setObjectName(QStringLiteral("mailClientButton"));
    m_copyButton = buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendButton, &QPushButton::clicked, this, &MessageDialog::send);
    connect(m_mailButton, &QPushButton::clicked, this, &MessageDialog::openInMailClient);
    connect(m_copyButton, &QPushButton::clicked, this, &MessageDialog::copyText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &MessageDialog::recompose);
    connect(m_interviewTimeEdit, &QLineEdit::textChanged, this, &MessageDialog::recompose);
    recompose();
}

void MessageDialog::selectTemplate(const QString &name)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).name == name) {
            m_templateCombo->setCurrentIndex(i);
            return;
        }
    }
}

void MessageDialog::recompose()
{
    m_messages.clear();
    const int index = m_templateCombo->currentIndex();
    if (index < 0 || index >= m_templates.size()) {
        m_preview->setPlainText(QString());
        m_problemLabel->setText(tr("There are no message templates yet. Create one in "
                                   "Candidates → Message templates."));
        m_sendButton->setEnabled(false);
        m_mailButton->setEnabled(false);
        m_copyButton->setEnabled(false);
        return;
    }
    const MessageTemplate &item = m_templates.at(index);
    QHash<QString, QString> extra;
    if (!m_interviewTimeEdit->text().trimmed().isEmpty()) {
        extra.insert(QStringLiteral("interview_time"), m_interviewTimeEdit->text().trimmed());
    }
    QStringList problems;
    int sendable = 0;
    for (const qint64 id : std::as_const(m_candidateIds)) {
        const ComposedMessage message = m_service.compose(item, id, extra);
        m_messages.append(message);
        if (message.isSendable()) {
            ++sendable;
        } else if (m_candidateIds.size() == 1) {
            problems << message.problems;
        } else {
            const QString name = m_service.valuesFor(id).value(QStringLiteral("full_name"));
            problems << tr("%1: %2").arg(name, message.problems.join(u' '));
        }
    }
    const ComposedMessage &first = m_messages.first();
    m_recipientLabel->setText(m_candidateIds.size() == 1
                                  ? first.to
                                  : tr("%n candidate(s)", nullptr, int(m_candidateIds.size())));
    m_subjectView->setText(first.subject);
    m_subjectView->setEnabled(item.channel == MessageTemplate::Channel::Email);
    m_preview->setPlainText(first.body);
    if (problems.isEmpty()) {
        m_problemLabel->clear();
    } else {
        m_problemLabel->setText((m_candidateIds.size() > 1
                                     ? tr("%n of them cannot get this message:", nullptr,
                                          int(m_candidateIds.size()) - sendable) +
                                           u'\n'
                                     : QString()) +
                                problems.join(u'\n'));
    }
    m_sendButton->setEnabled(sendable > 0);
    m_sendButton->setText(m_candidateIds.size() > 1 ? tr("&Send to %n", nullptr, sendable)
                                                    : tr("&Send"));
    m_mailButton->setEnabled(m_candidateIds.size() == 1 && first.isSendable());
    m_copyButton->setEnabled(m_candidateIds.size() == 1);
}

void MessageDialog::send()
{
    QStringList failures;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_messages.at(i).isSendable()) {
            continue;
        }
        if (m_service.send(m_messages.at(i), m_candidateIds.at(i))) {
            ++m_sent;
        } else {
            failures << m_service.lastError();
        }
    }
    if (!failures.isEmpty()) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("%n message(s) could not be queued:", nullptr, int(failures.size())) + u'\n' +
                failures.join(u'\n'));
    }
    if (m_sent > 0) {
        accept();
    }
}

void MessageDialog::openInMailClient()
{
    if (!m_messages.isEmpty() &&
        !QDesktopServices::openUrl(MessageService::mailtoUrl(m_messages.first()))) {
        QMessageBox::information(this, windowTitle(),
                                 tr("No mail client answered. Use Copy text and paste the "
                                    "message where you write e-mail."));
    }
}

void MessageDialog::copyText()
{
    if (m_messages.isEmpty()) {
        return;
    }
    const ComposedMessage &message = m_messages.first();
    QGuiApplication::clipboard()->setText(
        message.subject.isEmpty() ? message.body : message.subject + u"\n\n" + message.body);
}

} // namespace bbd
