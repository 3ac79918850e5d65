#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace bbd {

// Adds or edits a reserve channel; OK stays in the dialog until the directory accepts it.
class ChannelDialog : public QDialog
{
    Q_OBJECT

public:
    ChannelDialog(const ContactDirectory &directory, const DirectoryChannel &channel,
                  QWidget *parent = nullptr);

    DirectoryChannel channel() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *problemLabel() const { return m_problems; }

    void accept() override;

private:
    const ContactDirectory &m_directory;
    DirectoryChannel m_channel;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QPlainTextEdit *m_whenToUse = nullptr;
    QCheckBox *m_confidential = nullptr;
    QListWidget *m_people = nullptr;
    QLabel *m_problems = nullptr;
};

// Adds or edits a person; a phone number that is not valid is allowed after a warning.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(const ContactDirectory &directory, const DirectoryContact &contact,
                  QWidget *parent = nullptr);

    DirectoryContact contact() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *problemLabel() const { return m_problems; }

    void accept() override;

private:
    void showPhoneHint();

    const ContactDirectory &m_directory;
    DirectoryContact m_contact;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_slack = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace bbd
