#include "ui/kb/KnowledgeBasePane.h"

#include "app/kb/KbStore.h"
#include "app/storage/Database.h"
#include "app/storage/PageSources.h"
#include "models/KbArticleListModel.h"
#include "ui/ViewHelpers.h"
#include "ui/kb/ArticleEditorDialog.h"
#include "ui/kb/ArticleHistoryDialog.h"
#include "ui/kb/KbImportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bbd {
namespace {

QPushButton *makeButton(const QString &text, const char *objectName, const QString &toolTip = {})
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(toolTip);
    return button;
}

} // namespace

KnowledgeBasePane::KnowledgeBasePane(const AppContext &context, KbStore &store, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(store)
    , m_articles(new KbArticleListModel(this))
{
    setObjectName(QStringLiteral("knowledgeBasePane"));

    // --- search and filters ------------------------------------------------------------
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("kbTagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("kbDepartmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMinimumContentsLength(14);
    m_dateFilter = new QCheckBox(tr("Updated from"));
    m_dateFilter->setObjectName(QStringLiteral("kbDateFilter"));
    m_dateFrom = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_dateFrom->setObjectName(QStringLiteral("kbDateFrom"));
    m_dateFrom->setCalendarPopup(true);
    m_dateTo = new QDateEdit(QDate::currentDate());
    m_dateTo->setObjectName(QStringLiteral("kbDateTo"));
    m_dateTo->setCalendarPopup(true);
    m_dateFrom->setEnabled(false);
    m_dateTo->setEnabled(false);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag);
    filters->addWidget(m_department);
    filters->addStretch();
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_dateFrom);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_dateTo);

    // --- actions -----------------------------------------------------------------------
    auto *newButton = makeButton(tr("&New…"), "kbNewButton", tr("New article (Ctrl+N)"));
    m_editButton = makeButton(tr("&Edit…"), "kbEditButton", tr("Edit the article (F2, Enter)"));
    m_historyButton = makeButton(tr("&History…"), "kbHistoryButton",
                                 tr("Earlier versions, what changed, restore"));
    m_deleteButton = makeButton(tr("Delete…"), "kbDeleteButton");
    auto *importFilesButton = makeButton(tr("Import Files…"), "kbImportFilesButton",
                                         tr("Markdown (.md) and text (.txt) files"));
    auto *importFolderButton = makeButton(tr("Import Folder…"), "kbImportFolderButton",
                                          tr("Every Markdown and text file of a folder and "
                                             "its subfolders, e.g. an exported wiki"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_historyButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    actions->addWidget(importFilesButton);
    actions->addWidget(importFolderButton);

    // --- list ----------------------------------------------------------------------------
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(ui::makeHeading(tr("Knowledge base")));
    listLayout->addWidget(m_search);
    listLayout->addLayout(filters);
    m_emptyHint = ui::makeEmptyHint(QString());
    m_emptyHint->setObjectName(QStringLiteral("kbEmptyHint"));
    listLayout->addWidget(m_emptyHint);
    m_articleView = new QTableView;
    m_articleView->setObjectName(QStringLiteral("articleList"));
    ui::configureTableView(m_articleView);
    m_articleView->setModel(m_articles);
    listLayout->addWidget(m_articleView, 1);

    // --- reader --------------------------------------------------------------------------
    auto *readerPane = new QWidget;
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("articleMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true);
    m_reader = new QTextBrowser;
    m_reader->setObjectName(QStringLiteral("articleReader"));
    m_reader->setOpenExternalLinks(true);
    m_ratingRow = new QWidget;
    auto *ratingLayout = new QHBoxLayout(m_ratingRow);
    ratingLayout->setContentsMargins(0, 0, 0, 0);
    m_ratingLabel = new QLabel;
    m_ratingLabel->setObjectName(QStringLiteral("kbRatingLabel"));
    m_usefulYes = makeButton(tr("Yes"), "kbUsefulYes");
    m_usefulNo = makeButton(tr("No"), "kbUsefulNo");
    ratingLayout->addWidget(m_ratingLabel, 1);
    ratingLayout->addWidget(m_usefulYes);
    ratingLayout->addWidget(m_usefulNo);
    readerLayout->addWidget(m_meta);
    readerLayout->addWidget(m_reader, 1);
    readerLayout->addWidget(m_ratingRow);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(listPane);
    splitter->addWidget(readerPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    // --- keyboard ------------------------------------------------------------------------
    const auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(QKeySequence::New, &KnowledgeBasePane::newArticle);
    addShortcut(QKeySequence(Qt::Key_F2), &KnowledgeBasePane::editArticle);
    addShortcut(QKeySequence::Find, &KnowledgeBasePane::focusSearch);
    // Enter edits from the list only: in the search field it has nothing to confirm.
    auto *enter = new QAction(this);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &KnowledgeBasePane::editArticle);
    m_articleView->addAction(enter);

    connect(m_search, &QLineEdit::textChanged, this, &KnowledgeBasePane::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &KnowledgeBasePane::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &KnowledgeBasePane::applyFilter);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_dateFrom->setEnabled(on);
        m_dateTo->setEnabled(on);
        applyFilter();
    });
    connect(m_dateFrom, &QDateEdit::dateChanged, this, &KnowledgeBasePane::applyFilter);
    connect(m_dateTo, &QDateEdit::dateChanged, this, &KnowledgeBasePane::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &KnowledgeBasePane::newArticle);
    connect(m_editButton, &QPushButton::clicked, this, &KnowledgeBasePane::editArticle);
    connect(m_historyButton, &QPushButton::clicked, this, &KnowledgeBasePane::showHistory);
    connect(m_deleteButton, &QPushButton::clicked, this, &KnowledgeBasePane::deleteArticle);
    connect(importFilesButton, &QPushButton::clicked, this, &KnowledgeBasePane::importFiles);
    connect(importFolderButton, &QPushButton::clicked, this, &KnowledgeBasePane::importFolder);
    connect(m_usefulYes, &QPushButton::clicked, this, [this] { rate(true); });
    connect(m_usefulNo, &QPushButton::clicked, this, [this] { rate(false); });
    connect(m_articleView, &QTableView::doubleClicked, this, &KnowledgeBasePane::editArticle);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KnowledgeBasePane::showArticle);
    reload();
}

KbArticleFilter KnowledgeBasePane::filter() const
{
    KbArticleFilter filter;
    filter.text = m_search->text();
    filter.tag = m_tag->currentData().toString();
    filter.department = m_department->currentData().toString();
    if (m_dateFilter->isChecked()) {
        filter.updatedFrom = m_dateFrom->date();
        filter.updatedTo = m_dateTo->date();
    }
    return filter;
}

qint64 KnowledgeBasePane::currentArticleId() const
{
    const KbArticle *article = m_articles->rowAt(m_articleView->currentIndex().row());
    return article ? article->id : 0;
}

void KnowledgeBasePane::reload()
{
    reloadChoices();
    applyFilter();
}

void KnowledgeBasePane::reloadChoices()
{
    // Rebuilding the lists must not run a search per item added.
    const QSignalBlocker tagBlocker(m_tag);
    const QSignalBlocker departmentBlocker(m_department);
    const auto refill = [](QComboBox *combo, const QString &all, const QStringList &items) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &item : items) {
            combo->addItem(item, item);
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_tag, tr("All tags"), m_store.tags());
    refill(m_department, tr("All departments"), m_store.departments());
}

void KnowledgeBasePane::applyFilter()
{
    const qint64 keep = m_shownId;
    const KbArticleFilter current = filter();
    m_articles->setSource(sources::kbArticles(*m_context.database, current));
    ui::fitColumns(m_articleView, KbArticleListModel::Title, 200);
    const bool empty = m_articles->rowCount() == 0;
    if (empty) {
        m_emptyHint->setText(
            current.isEmpty()
                ? tr("The knowledge base is empty. The assistant answers questions from these "
                     "articles, so it has nothing to say until some are written or imported "
                     "(Import Folder… loads a whole wiki).")
                : tr("No article matches. Try fewer or shorter words, or other filters."));
    }
    m_emptyHint->setVisible(empty);
    m_articleView->setVisible(!empty);
    const int row = m_articles->rowOf(keep);
    if (row >= 0) {
        selectArticle(keep, false);
    } else if (!empty) {
        selectArticle(m_articles->rowAt(0)->id, false);
    } else {
        showArticle({});
    }
    updateActions();
}

void KnowledgeBasePane::selectArticle(qint64 articleId, bool countView)
{
    const int row = m_articles->rowOf(articleId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_articles->index(row, 0);
    if (m_articleView->currentIndex().row() == row) {
        // Already current: the selection model stays silent, but the text may be new.
        if (countView && articleId != m_shownId) {
            showArticle(index);
        } else {
            m_selectingQuietly = !countView;
            showArticle(index);
            m_selectingQuietly = false;
        }
        return;
    }
    m_selectingQuietly = !countView;
    m_articleView->setCurrentIndex(index);
    m_selectingQuietly = false;
    m_articleView->scrollTo(index);
}

bool KnowledgeBasePane::openArticle(qint64 articleId)
{
    if (!m_store.article(articleId)) {
        return false;
    }
    if (m_articles->rowOf(articleId) < 0) {
        // Hidden by a filter or not loaded yet: show everything, then page down to it.
        {
            const QSignalBlocker searchBlocker(m_search);
            const QSignalBlocker tagBlocker(m_tag);
            const QSignalBlocker departmentBlocker(m_department);
            const QSignalBlocker dateBlocker(m_dateFilter);
            m_search->clear();
            m_tag->setCurrentIndex(0);
            m_department->setCurrentIndex(0);
            m_dateFilter->setChecked(false);
            m_dateFrom->setEnabled(false);
            m_dateTo->setEnabled(false);
        }
        applyFilter();
        while (m_articles->rowOf(articleId) < 0 && m_articles->canFetchMore({})) {
            m_articles->fetchMore({});
        }
    }
    m_shownId = 0; // opening is a view even when it is the article shown already
    selectArticle(articleId, true);
    return m_shownId == articleId;
}

void KnowledgeBasePane::showArticle(const QModelIndex &current)
{
    const KbArticle *article = current.isValid() ? m_articles->rowAt(current.row()) : nullptr;
    if (!article) {
        m_shownId = 0;
        m_meta->clear();
        m_reader->clear();
        m_ratingRow->hide();
        updateActions();
        return;
    }
    int views = article->views;
    if (!m_selectingQuietly && article->id != m_shownId && m_store.recordView(article->id)) {
        // The list's count is read again with the next search; the caption shows it now.
        if (const std::optional<KbArticle> fresh = m_store.article(article->id)) {
            views = fresh->views;
        }
    }
    m_shownId = article->id;
    QStringList meta;
    if (!article->author.isEmpty()) {
        meta << article->author;
    }
    if (!article->department.isEmpty()) {
        meta << article->department;
    }
    meta << tr("updated %1")
                .arg(QLocale().toString(article->updatedAt.toLocalTime().date(),
                                        QLocale::LongFormat));
    if (!article->tags.isEmpty()) {
        meta << article->tags.join(QStringLiteral(", "));
    }
    meta << tr("%n view(s)", nullptr, views);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    // Most articles (and every imported Markdown file) open with their own heading.
    const bool hasHeading = article->body.trimmed().startsWith(QLatin1Char('#'));
    m_reader->setMarkdown(hasHeading ? article->body
                                     : QStringLiteral("# ") + article->title +
                                           QStringLiteral("\n\n") + article->body);
    m_ratingRow->show();
    const bool rated = m_rated.contains(article->id);
    m_usefulYes->setEnabled(!rated);
    m_usefulNo->setEnabled(!rated);
    m_ratingLabel->setText(rated ? tr("Thank you for your answer.") : tr("Was this useful?"));
    updateActions();
}

void KnowledgeBasePane::rate(bool useful)
{
    const qint64 id = m_shownId;
    if (id == 0 || m_rated.contains(id)) {
        return;
    }
    if (!m_store.rate(id, useful)) {
        QMessageBox::warning(this, tr("Knowledge Base"),
                             tr("The answer was not saved: %1").arg(m_store.lastError()));
        return;
    }
    m_rated.insert(id);
    m_usefulYes->setEnabled(false);
    m_usefulNo->setEnabled(false);
    m_ratingLabel->setText(useful ? tr("Thank you — glad it helped.")
                                  : tr("Thank you — HR will see that this article needs work."));
    emit articlesChanged();
}

void KnowledgeBasePane::updateActions()
{
    const bool has = m_shownId != 0;
    m_editButton->setEnabled(has);
    m_historyButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
}

void KnowledgeBasePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KnowledgeBasePane::newArticle()
{
    KbArticle article;
    article.department = m_department->currentData().toString();
    if (const QString tag = m_tag->currentData().toString(); !tag.isEmpty()) {
        article.tags << tag;
    }
    auto *dialog =
        new ArticleEditorDialog(m_store, article, m_store.tags(), m_store.departments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_shownId = dialog->articleId();
        reload();
        emit articlesChanged();
    });
    dialog->open();
}

void KnowledgeBasePane::editArticle()
{
    const std::optional<KbArticle> article = m_shownId ? m_store.article(m_shownId) : std::nullopt;
    if (!article) {
        return;
    }
    auto *dialog =
        new ArticleEditorDialog(m_store, *article, m_store.tags(), m_store.departments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit articlesChanged();
    });
    dialog->open();
}

void KnowledgeBasePane::showHistory()
{
    if (m_shownId == 0) {
        return;
    }
    auto *dialog = new ArticleHistoryDialog(m_store, m_shownId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleHistoryDialog::restored, this, [this] {
        reload();
        emit articlesChanged();
    });
    dialog->open();
}

void KnowledgeBasePane::deleteArticle()
{
    const std::optional<KbArticle> article = m_shownId ? m_store.article(m_shownId) : std::nullopt;
    if (!article) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete Article"),
        tr("Delete \"%1\"? Readers and the chat-bot will no longer find it.").arg(article->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_store.remove(article->id)) {
        QMessageBox::warning(this, tr("Delete Article"),
                             tr("The article was not deleted: %1").arg(m_store.lastError()));
        return;
    }
    m_shownId = 0;
    reload();
    emit articlesChanged();
}

void KnowledgeBasePane::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Markdown and text (*.md *.markdown *.txt);;All files (*)"));
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void KnowledgeBasePane::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void KnowledgeBasePane::importPaths(const QStringList &paths)
{
    auto *dialog = new KbImportDialog(m_context.database->path(), paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KbImportDialog::importFinished, this, [this] {
        reload();
        emit articlesChanged();
    });
    dialog->open();
}

} // namespace bbd
