#include "ui/kb/ArticleHistoryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bbd {

ArticleHistoryDialog::ArticleHistoryDialog(KbStore &store, qint64 articleId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_articleId(articleId)
{
    setObjectName(QStringLiteral("articleHistory"));
    setWindowTitle(tr("Article History"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("revisionCaption"));
    m_caption->setWordWrap(true);
    m_diff = new QTextBrowser;
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    auto *diffPane = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_caption);
    diffLayout->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(diffPane);
    splitter->setSizes({300, 700});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore This Version…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("revisionRestoreButton"));
    connect(m_restore, &QPushButton::clicked, this, &ArticleHistoryDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ArticleHistoryDialog::showRevision);
    resize(1000, 640);
    reload();
}

void ArticleHistoryDialog::reload()
{
    m_revisions = m_store.history(m_articleId);
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const KbStore::Revision &revision : std::as_const(m_revisions)) {
        QString when = locale.toString(revision.editedAt.toLocalTime(), QLocale::ShortFormat);
        QString text = revision.isCurrent ? tr("Current version — %1").arg(when) : when;
        if (!revision.author.isEmpty()) {
            text += QStringLiteral(" · ") + revision.author;
        }
        auto *item = new QListWidgetItem(text + u'\n' + revision.title);
        item->setData(Qt::UserRole, revision.id);
        m_list->addItem(item);
    }
    blocker.unblock();
    if (m_revisions.isEmpty()) {
        m_caption->setText(m_store.lastError());
        m_diff->clear();
        m_restore->setEnabled(false);
        return;
    }
    m_list->setCurrentRow(0);
    showRevision(0);
}

QString ArticleHistoryDialog::diffHtml(const QList<KbStore::DiffLine> &lines)
{
    QString html = QStringLiteral("<pre style=\"white-space: pre-wrap\">");
    for (const KbStore::DiffLine &line : lines) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case KbStore::DiffLine::Kind::Added:
            html += QStringLiteral("<span style=\"background-color:#d7f5dc; color:#145a21\">+ ") +
                    text + QStringLiteral("</span>\n");
            break;
        case KbStore::DiffLine::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#fbdada; color:#8a1616\">− ") +
                    text + QStringLiteral("</span>\n");
            break;
        case KbStore::DiffLine::Kind::Same:
            html += QStringLiteral("  ") + text + u'\n';
            break;
        }
    }
    return html + QStringLiteral("</pre>");
}

void ArticleHistoryDialog::showRevision(int row)
{
    if (row < 0 || row >= m_revisions.size()) {
        m_diff->clear();
        m_restore->setEnabled(false);
        return;
    }
    const KbStore::Revision &revision = m_revisions.at(row);
    m_restore->setEnabled(!revision.isCurrent);
    const bool hasPrevious = row + 1 < m_revisions.size();
    m_caption->setText(hasPrevious ? tr("What this version changed in the one before it:")
                                   : tr("The first version of the article:"));
    const QString previous =
        hasPrevious ? KbStore::revisionText(m_revisions.at(row + 1)) : QString();
    m_diff->setHtml(diffHtml(KbStore::diffLines(previous, KbStore::revisionText(revision))));
}

void ArticleHistoryDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row <= 0 || row >= m_revisions.size()) {
        return;
    }
    const KbStore::Revision revision = m_revisions.at(row);
    const auto answer = QMessageBox::question(
        this, tr("Restore Version"),
        tr("Make the version of %1 the current text of the article? The text it replaces "
           "stays in the history, so this can be undone by restoring that one.")
            .arg(QLocale().toString(revision.editedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_store.restore(revision.id)) {
        QMessageBox::warning(this, tr("Restore Version"),
                             tr("The version was not restored: %1").arg(m_store.lastError()));
        return;
    }
    reload();
    emit restored(m_articleId);
}

} // namespace bbd
