#include "ui/AssistantArea.h"

#include "app/chat/ChatHistory.h"
#include "app/chat/ChatService.h"
#include "app/kb/KbStore.h"
#include "app/storage/Database.h"
#include "ui/ViewHelpers.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/UnansweredModel.h"
#include "ui/kb/KbStatsView.h"
#include "ui/kb/KnowledgeBasePane.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {

AssistantArea::AssistantArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(std::make_unique<KbStore>(context.database->connection()))
    , m_history(std::make_unique<ChatHistory>(context.database->connection()))
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

    m_unanswered = new UnansweredModel(*m_history, this);
    m_unansweredTable = new QTableView;
    m_unansweredTable->setObjectName(QStringLiteral("kbUnanswered"));
    m_unansweredTable->setModel(m_unanswered);
    m_unansweredTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unansweredTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unansweredTable->verticalHeader()->hide();
    m_unansweredTable->horizontalHeader()->setSectionResizeMode(UnansweredModel::QuestionColumn,
                                                                QHeaderView::Stretch);
    m_unansweredTable->setWordWrap(false);
    m_stats->tablesLayout()->addWidget(ui::makeHeading(tr("Unanswered questions")));
    auto *hint = new QLabel(tr("Questions the assistant handed to a person: nothing in the "
                               "knowledge base matched, or the matter was confidential."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stats->tablesLayout()->addWidget(hint);
    m_stats->tablesLayout()->addWidget(m_unansweredTable, 1);
    m_unanswered->reload();

    if (m_context.chat) {
        m_chat = new ChatPane(*m_context.chat);
        insertPage(0, m_chat, tr("Chat"));
        m_tabs->setCurrentWidget(m_chat);
        connect(m_chat, &ChatPane::articleRequested, this, &AssistantArea::openArticle);
    }

    // Figures are read when they are looked at, not after every view or rating.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_stats) {
            reloadStatistics();
        }
    });
    connect(m_knowledgeBase, &KnowledgeBasePane::articlesChanged, this, [this] {
        if (m_tabs->currentWidget() == m_stats) {
            reloadStatistics();
        }
    });
    connect(m_stats, &KbStatsView::articleActivated, this, &AssistantArea::openArticle);
}

AssistantArea::~AssistantArea() = default;

void AssistantArea::reload()
{
    m_knowledgeBase->reload();
    reloadStatistics();
}

void AssistantArea::reloadStatistics()
{
    m_stats->reload();
    m_unanswered->reload();
}

void AssistantArea::showChat()
{
    if (m_chat) {
        m_tabs->setCurrentWidget(m_chat);
        m_chat->focusQuestion();
    }
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
