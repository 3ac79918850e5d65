#include "ui/AssistantArea.h"

#include "app/kb/KbStore.h"
#include "app/storage/Database.h"
#include "ui/kb/KbStatsView.h"
#include "ui/kb/KnowledgeBasePane.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace bbd {

AssistantArea::AssistantArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(std::make_unique<KbStore>(context.database->connection()))
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("assistantTabs"));
    m_tabs->setDocumentMode(true);
    m_knowledgeBase = new KnowledgeBasePane(m_context, *m_store);
    m_stats = new KbStatsView(*m_store);
    m_tabs->addTab(m_knowledgeBase, tr("Knowledge base"));
    m_tabs->addTab(m_stats, tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    // Figures are read when they are looked at, not after every view or rating.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_stats) {
            m_stats->reload();
        }
    });
    connect(m_knowledgeBase, &KnowledgeBasePane::articlesChanged, this, [this] {
        if (m_tabs->currentWidget() == m_stats) {
            m_stats->reload();
        }
    });
    connect(m_stats, &KbStatsView::articleActivated, this, &AssistantArea::openArticle);
}

AssistantArea::~AssistantArea() = default;

void AssistantArea::reload()
{
    m_knowledgeBase->reload();
    m_stats->reload();
}

void AssistantArea::insertPage(int index, QWidget *page, const QString &title)
{
    m_tabs->insertTab(index, page, title);
}

KbArticleListModel *AssistantArea::articleModel() const
{
    return m_knowledgeBase->model();
}

void AssistantArea::openArticle(qint64 articleId)
{
    m_tabs->setCurrentWidget(m_knowledgeBase);
    m_knowledgeBase->openArticle(articleId);
}

} // namespace bbd
