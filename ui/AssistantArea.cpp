#include "ui/AssistantArea.h"

#include "app/storage/PageSources.h"
#include "models/KbArticleListModel.h"
#include "ui/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bbd {

AssistantArea::AssistantArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_articles(new KbArticleListModel(this))
{
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(ui::makeHeading(tr("Knowledge base")));
    m_emptyHint = ui::makeEmptyHint(
        tr("The knowledge base is empty. The assistant answers questions from these articles, "
           "so it has nothing to say until some are added."));
    listLayout->addWidget(m_emptyHint);
    m_articleView = new QTableView;
    m_articleView->setObjectName(QStringLiteral("articleList"));
    ui::configureTableView(m_articleView);
    m_articleView->setModel(m_articles);
    listLayout->addWidget(m_articleView, 1);

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
    readerLayout->addWidget(m_meta);
    readerLayout->addWidget(m_reader, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(listPane);
    splitter->addWidget(readerPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssistantArea::showArticle);
    reload();
}

void AssistantArea::reload()
{
    m_articles->setSource(sources::kbArticles(*m_context.database));
    ui::fitColumns(m_articleView, KbArticleListModel::Title, 200);
    const bool empty = m_articles->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_articleView->setVisible(!empty);
    if (!empty) {
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
    } else {
        showArticle({});
    }
}

void AssistantArea::showArticle(const QModelIndex &current)
{
    const KbArticle *article = current.isValid() ? m_articles->rowAt(current.row()) : nullptr;
    if (!article) {
        m_meta->clear();
        m_reader->clear();
        return;
    }
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
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    // Most articles (and every imported Markdown file) open with their own heading.
    const bool hasHeading = article->body.trimmed().startsWith(QLatin1Char('#'));
    m_reader->setMarkdown(hasHeading ? article->body
                                     : QStringLiteral("# ") + article->title +
                                           QStringLiteral("\n\n") + article->body);
}

} // namespace bbd
