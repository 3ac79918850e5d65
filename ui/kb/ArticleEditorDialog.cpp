#include "ui/kb/ArticleEditorDialog.h"

#include "app/kb/KbStore.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace bbd {

ArticleEditorDialog::ArticleEditorDialog(KbStore &store, const KbArticle &article,
                                         const QStringList &tags, const QStringList &departments,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_article(article)
{
    setObjectName(QStringLiteral("articleEditor"));
    setWindowTitle(article.id == 0 ? tr("New Article") : tr("Edit Article"));

    m_title = new QLineEdit(article.title);
    m_title->setObjectName(QStringLiteral("articleTitleEdit"));
    m_title->setPlaceholderText(tr("What the article answers, in a few words"));
    m_tags = new QLineEdit(article.tags.join(QStringLiteral(", ")));
    m_tags->setObjectName(QStringLiteral("articleTagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. onboarding, IT"));
    auto *tagCompleter = new QCompleter(tags, m_tags);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("articleDepartmentEdit"));
    m_department->setEditable(true);
    m_department->addItem(QString());
    m_department->addItems(departments);
    m_department->setCurrentText(article.department);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Department:"), m_department);

    m_body = new QPlainTextEdit(article.body);
    m_body->setObjectName(QStringLiteral("articleBodyEdit"));
    m_body->setPlaceholderText(tr("The article in Markdown: # headings, **bold**, - lists, "
                                  "[links](https://…)"));
    m_body->setTabChangesFocus(true);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("articlePreview"));
    m_preview->setOpenExternalLinks(true);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_body);
    splitter->addWidget(m_preview);
    splitter->setSizes({480, 480});

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("articleEditorError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xB0, 0x20, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("articleSaveButton"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Ctrl+S from any field, the body included (a QPlainTextEdit does not claim it).
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &ArticleEditorDialog::save);
    addAction(saveAction);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Rendering a long article on every keystroke would lag the typing; a pause is enough.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditorDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_title, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    updatePreview();
    resize(1000, 680);
    m_title->setFocus();
}

void ArticleEditorDialog::updatePreview()
{
    const QString body = m_body->toPlainText();
    const bool hasHeading = body.trimmed().startsWith(QLatin1Char('#'));
    const QString title = m_title->text().trimmed();
    m_preview->setMarkdown(hasHeading || title.isEmpty()
                               ? body
                               : QStringLiteral("# ") + title + QStringLiteral("\n\n") + body);
}

void ArticleEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ArticleEditorDialog::save()
{
    if (m_title->text().trimmed().isEmpty()) {
        showError(tr("Give the article a title: it is what the list and the chat-bot show."));
        m_title->setFocus();
        return;
    }
    if (m_body->toPlainText().trimmed().isEmpty()) {
        showError(tr("The article has no text yet: write what a reader needs to know."));
        m_body->setFocus();
        return;
    }
    KbArticle article = m_article;
    article.title = m_title->text();
    article.body = m_body->toPlainText();
    article.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    article.department = m_department->currentText();
    if (article.author.isEmpty()) {
        article.author = KbStore::localAuthor();
    }
    if (article.id == 0) {
        const qint64 id = m_store.create(article);
        if (id == 0) {
            showError(tr("The article was not saved: %1").arg(m_store.lastError()));
            return;
        }
        article.id = id;
    } else if (!m_store.update(article)) {
        showError(tr("The article was not saved: %1").arg(m_store.lastError()));
        return;
    }
    m_article = article;
    accept();
}

} // namespace bbd
