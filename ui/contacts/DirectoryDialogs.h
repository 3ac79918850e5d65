#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
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

// The further phones or e-mails of a person in the dialog: one line each, a remove button per
// line, "Add" for another. A phone that is not valid is flagged under its line (and kept).
class ContactPointsEditor : public QWidget
{
    Q_OBJECT

public:
    ContactPointsEditor(const ContactDirectory &directory, bool phones, const QStringList &values,
                        QWidget *parent = nullptr);

    QStringList values() const;
    QList<QLineEdit *> edits() const { return m_edits; }
    QPushButton *addButton() const { return m_add; }
    QLineEdit *addLine(const QString &text = {});

private:
    void updateHint(QLineEdit *edit, QLabel *hint);

    const ContactDirectory &m_directory;
    bool m_phones = false;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_add = nullptr;
    QList<QLineEdit *> m_edits;
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
    ContactPointsEditor *morePhones() const { return m_morePhones; }
    ContactPointsEditor *moreEmails() const { return m_moreEmails; }
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
    ContactPointsEditor *m_morePhones = nullptr;
    ContactPointsEditor *m_moreEmails = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace bbd
