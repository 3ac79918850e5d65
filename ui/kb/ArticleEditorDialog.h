#pragma once

#include "models/KbArticle.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace bbd {

class KbStore;

// Writes a new article or edits one: title, Markdown body with a live preview beside it, tags
// (comma-separated) and department. Ctrl+S saves through the store and closes; an empty title
// or body, or a refusal of the database, is shown in the dialog, which stays open.
class ArticleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `article.id` 0: a new article. `tags` and `departments` are offered for completion.
    ArticleEditorDialog(KbStore &store, const KbArticle &article, const QStringList &tags,
                        const QStringList &departments, QWidget *parent = nullptr);

    // The article as saved (its id set for a new one); valid after accepted().
    qint64 articleId() const { return m_article.id; }

public slots:
    void save();

private:
    void updatePreview();
    void showError(const QString &message);

    KbStore &m_store;
    KbArticle m_article;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace bbd
