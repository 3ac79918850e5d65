#pragma once

#include "app/AppContext.h"
#include "app/ats/MessageService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bbd {

// Message templates to candidates (e-mail and SMS, with {placeholders}) and the sender's own
// name, company and signature. Nothing typed is dropped: switching templates or closing with
// unsaved changes asks first.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(const AppContext &context, QWidget *parent = nullptr);

    // The template being edited (id 0 for a new one not yet saved).
    qint64 currentTemplateId() const { return m_currentId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Sample values the preview fills the placeholders with.
    QHash<QString, QString> sampleValues() const;
    // Human name of a placeholder ("first_name" -> "First name").
    static QString placeholderTitle(const QString &name);

public slots:
    // Saves the template in the editor and the sender's details; false (error shown) if not.
    bool save();
    void newTemplate();
    void deleteTemplate();
    // Inserts {name} at the cursor of the text field last edited (the body by default).
    void insertPlaceholder(const QString &name);

signals:
    void templatesChanged();

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadList(qint64 selectId);
    void showTemplate(const MessageTemplate &item);
    MessageTemplate editedTemplate() const;
    void currentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    bool maySwitch();
    void markDirty();
    void updatePreview();
    void updateChannel();
    void saveSender();

    AppContext m_context;
    MessageService m_service;
    QHash<qint64, MessageTemplate> m_templates;
    qint64 m_currentId = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QWidget *m_lastTextField = nullptr;

    QTreeWidget *m_list = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QPlainTextEdit *m_signatureEdit = nullptr;
    QPushButton *m_insertButton = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_previewProblems = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_senderNameEdit = nullptr;
    QLineEdit *m_companyEdit = nullptr;
    QPlainTextEdit *m_senderSignatureEdit = nullptr;
};

} // namespace bbd
