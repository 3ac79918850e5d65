#include "ui/contacts/PersonCard.h"

#include "app/contacts/ContactActions.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {

PersonCard::PersonCard(const ContactDirectory &directory, QWidget *parent)
    : QFrame(parent)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("personCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("personCardTitle"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    hide();
}

void PersonCard::showContact(const DirectoryContact *contact, const QString &mailSubject)
{
    delete m_lines; // rebuilt for each person: a few rows, nothing worth reusing
    m_lines = nullptr;
    m_grid = nullptr;
    if (!contact) {
        hide();
        return;
    }
    m_title->setText(
        contact->role.isEmpty()
            ? QStringLiteral("<b>%1</b>").arg(contact->fullName.toHtmlEscaped())
            : QStringLiteral("<b>%1</b> — %2")
                  .arg(contact->fullName.toHtmlEscaped(), contact->role.toHtmlEscaped()));
    m_lines = new QWidget(this);
    m_lines->setObjectName(QStringLiteral("personCardLines"));
    m_grid = new QGridLayout(m_lines);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_lines);
    for (const QString &raw : contact->allPhones()) {
        const QString e164 = m_directory.toE164(raw);
        addLine(e164.isEmpty() ? tr("%1 (not valid)").arg(raw) : m_directory.displayPhone(raw),
                e164.isEmpty(), tr("Call"), "cardCallButton", contactactions::callUrl(e164),
                tr("\"%1\" is not a valid phone number, so it cannot be called.").arg(raw));
    }
    for (const QString &email : contact->allEmails()) {
        const bool valid = ContactDirectory::isValidEmail(email);
        addLine(email, !valid, tr("Write"), "cardWriteButton",
                valid ? contactactions::mailUrl(email, mailSubject) : QUrl(),
                tr("\"%1\" is not an e-mail address.").arg(email));
    }
    if (m_grid->count() == 0) {
        auto *none =
            new QLabel(tr("No phone or e-mail: reach %1 through Slack.").arg(contact->fullName));
        none->setTextFormat(Qt::PlainText);
        m_grid->addWidget(none, 0, 0, 1, 3);
    }
    show();
}

void PersonCard::addLine(const QString &text, bool flagged, const QString &buttonText,
                         const char *buttonName, const QUrl &url, const QString &reason)
{
    const int row = m_grid->count() / 2;
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("personCardValue"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (flagged) {
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->setToolTip(reason);
    }
    auto *button = new QPushButton(buttonText);
    button->setObjectName(QString::fromLatin1(buttonName));
    button->setAutoDefault(false);
    button->setEnabled(url.isValid());
    button->setToolTip(url.isValid() ? url.toString() : reason);
    button->setProperty("url", url);
    connect(button, &QPushButton::clicked, this, [this, url] { emit openRequested(url); });
    m_grid->addWidget(label, row, 0, 1, 2);
    m_grid->addWidget(button, row, 2);
}

} // namespace bbd
