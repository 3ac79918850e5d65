#include "ui/contacts/DirectoryDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace bbd {
namespace {

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QPlainTextEdit *shortText(const QString &text)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

ChannelDialog::ChannelDialog(const ContactDirectory &directory, const DirectoryChannel &channel,
                             QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_channel(channel)
{
    setObjectName(QStringLiteral("channelDialog"));
    setWindowTitle(channel.id ? tr("Edit Channel") : tr("Add Channel"));
    m_kind = new QComboBox;
    for (const QString &kind : ContactDirectory::channelKinds()) {
        m_kind->addItem(ContactDirectory::kindText(kind), kind);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(channel.kind)));
    m_name = new QLineEdit(channel.name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_address = new QLineEdit(channel.address);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("hr@example.com, +7 495 123-45-67, #channel or a link"));
    m_purpose = shortText(channel.purpose);
    m_whenToUse = shortText(channel.whenToUse);
    m_confidential = new QCheckBox(tr("Confidential matters may be raised here"));
    m_confidential->setChecked(channel.confidentialAllowed);
    m_people = new QListWidget;
    m_people->setMaximumHeight(110);
    for (const DirectoryContact &person : directory.contacts()) {
        auto *item = new QListWidgetItem(person.fullName, m_people);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(channel.contactIds.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&When to use:"), m_whenToUse);
    form->addRow(QString(), m_confidential);
    form->addRow(tr("&Responsible:"), m_people);
    m_problems = bbd::problemLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons(this));
}

DirectoryChannel ChannelDialog::channel() const
{
    DirectoryChannel c = m_channel;
    c.kind = m_kind->currentData().toString();
    c.name = m_name->text().simplified();
    c.address = m_address->text().trimmed();
    c.purpose = m_purpose->toPlainText().trimmed();
    c.whenToUse = m_whenToUse->toPlainText().trimmed();
    c.confidentialAllowed = m_confidential->isChecked();
    c.contactIds.clear();
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked) {
            c.contactIds << m_people->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    return c;
}

void ChannelDialog::accept()
{
    const QStringList problems = m_directory.validate(channel());
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

ContactPointsEditor::ContactPointsEditor(const ContactDirectory &directory, bool phones,
                                         const QStringList &values, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_phones(phones)
{
    setObjectName(phones ? QStringLiteral("morePhones") : QStringLiteral("moreEmails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    m_add = new QPushButton(phones ? tr("Add Phone") : tr("Add E-mail"));
    m_add->setObjectName(phones ? QStringLiteral("addPhoneButton")
                                : QStringLiteral("addEmailButton"));
    m_add->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, [this] { addLine()->setFocus(); });
    for (const QString &value : values) {
        addLine(value);
    }
}

QLineEdit *ContactPointsEditor::addLine(const QString &text)
{
    auto *row = new QWidget;
    auto *rowLayout = new QGridLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(text);
    edit->setObjectName(m_phones ? QStringLiteral("morePhoneEdit")
                                 : QStringLiteral("moreEmailEdit"));
    edit->setPlaceholderText(m_phones ? QStringLiteral("+7 916 111-22-33")
                                      : QStringLiteral("name@example.com"));
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(m_phones ? tr("Remove this phone") : tr("Remove this e-mail"));
    auto *hint = new QLabel;
    hint->setObjectName(QStringLiteral("pointHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #b00020;"));
    hint->hide();
    rowLayout->addWidget(edit, 0, 0);
    rowLayout->addWidget(remove, 0, 1);
    rowLayout->addWidget(hint, 1, 0, 1, 2);
    m_rows->addWidget(row);
    row->show(); // at once, not when the layout gets round to it: the dialog may be open
    m_edits.append(edit);
    connect(edit, &QLineEdit::textChanged, this, [this, edit, hint] { updateHint(edit, hint); });
    connect(remove, &QToolButton::clicked, this, [this, row, edit] {
        m_edits.removeOne(edit);
        row->deleteLater();
        row->hide();
    });
    updateHint(edit, hint);
    return edit;
}

void ContactPointsEditor::updateHint(QLineEdit *edit, QLabel *hint)
{
    QStringList problems;
    if (m_phones) {
        DirectoryContact probe;
        probe.phoneRaw = edit->text();
        problems = m_directory.warnings(probe);
    } else if (!edit->text().trimmed().isEmpty() &&
               !ContactDirectory::isValidEmail(edit->text().trimmed())) {
        problems << tr("\"%1\" is not an e-mail address (name@example.com).")
                        .arg(edit->text().trimmed());
    }
    hint->setText(problems.join(u' '));
    hint->setVisible(!problems.isEmpty());
}

QStringList ContactPointsEditor::values() const
{
    QStringList list;
    for (const QLineEdit *edit : m_edits) {
        if (!edit->text().trimmed().isEmpty()) {
            list << edit->text().trimmed();
        }
    }
    return list;
}

ContactDialog::ContactDialog(const ContactDirectory &directory, const DirectoryContact &contact,
                             QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id ? tr("Edit Person") : tr("Add Person"));
    m_name = new QLineEdit(contact.fullName);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role = new QLineEdit(contact.role);
    m_email = new QLineEdit(contact.email);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_phone = new QLineEdit(contact.phoneRaw);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(QStringLiteral("+7 495 123-45-67"));
    m_phoneHint = new QLabel;
    m_phoneHint->setWordWrap(true);
    m_slack = new QLineEdit(contact.slackHandle);
    m_slack->setPlaceholderText(QStringLiteral("@name"));
    m_morePhones = new ContactPointsEditor(directory, true, contact.morePhones);
    m_moreEmails = new ContactPointsEditor(directory, false, contact.moreEmails);
    m_notes = shortText(contact.notes);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("More e-mails:"), m_moreEmails);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneHint);
    form->addRow(tr("More phones:"), m_morePhones);
    form->addRow(tr("&Slack:"), m_slack);
    form->addRow(tr("N&otes:"), m_notes);
    m_problems = bbd::problemLabel();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons(this));
    connect(m_phone, &QLineEdit::textChanged, this, &ContactDialog::showPhoneHint);
    showPhoneHint();
}

void ContactDialog::showPhoneHint()
{
    DirectoryContact probe;
    probe.phoneRaw = m_phone->text();
    const QStringList warnings = m_directory.warnings(probe);
    m_phoneHint->setText(warnings.join(u' '));
    m_phoneHint->setVisible(!warnings.isEmpty());
}

DirectoryContact ContactDialog::contact() const
{
    DirectoryContact c = m_contact;
    c.fullName = m_name->text().simplified();
    c.role = m_role->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phoneRaw = m_phone->text().trimmed();
    c.morePhones = m_morePhones->values();
    c.moreEmails = m_moreEmails->values();
    c.slackHandle = m_slack->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void ContactDialog::accept()
{
    const QStringList problems = m_directory.validate(contact());
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace bbd
