#pragma once

#include "app/ats/MessageService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bbd {

// Writes to one or several candidates from a template: pick the template, fill what the
// template asks for (the interview time), read the filled text, then queue it for delivery,
// or open it in the mail client, or copy it. Nothing with an unfilled or unknown placeholder
// is ever sent; the dialog says which candidates cannot get the message and why.
class MessageDialog : public QDialog
{
    Q_OBJECT

public:
    MessageDialog(MessageService &service, QList<qint64> candidateIds, QWidget *parent = nullptr);

    // Preselects a template by name (the bulk "reject" action picks a refusal).
    void selectTemplate(const QString &name);
    int sentCount() const { return m_sent; }

private:
    void recompose();
    void send();
    void openInMailClient();
    void copyText();

    MessageService &m_service;
    QList<qint64> m_candidateIds;
    QList<MessageTemplate> m_templates;
    QList<ComposedMessage> m_messages; // one per candidate, in order
    QComboBox *m_templateCombo = nullptr;
    QLineEdit *m_interviewTimeEdit = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QLineEdit *m_subjectView = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_mailButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    int m_sent = 0;
};

} // namespace bbd
