#pragma once

#include "app/AppContext.h"

#include <QWidget>

#include <memory>

class QTabWidget;
class QTableView;

namespace bbd {

class ChatHistory;
class ChatPane;
class KbArticleListModel;
class KbStatsView;
class KbStore;
class KnowledgeBasePane;
class UnansweredModel;

// The assistant's area as tabs: the chat (first, when the context has a ChatService), the
// knowledge base it answers from (read, search, edit, import) and the statistics HR watches,
// with the questions nobody could answer. Other panes are added with insertPage().
class AssistantArea : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantArea(const AppContext &context, QWidget *parent = nullptr);
    ~AssistantArea() override;

    void reload();
    // Puts `page` in a tab titled `title` at `index` (appended when out of range); the area
    // takes ownership.
    void insertPage(int index, QWidget *page, const QString &title);

    KnowledgeBasePane *knowledgeBase() const { return m_knowledgeBase; }
    KbStatsView *statistics() const { return m_stats; }
    KbArticleListModel *articleModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Null without a ChatService in the context.
    ChatPane *chat() const { return m_chat; }
    UnansweredModel *unansweredModel() const { return m_unanswered; }

public slots:
    // Switches to the knowledge base and shows the article (counting a view).
    void openArticle(qint64 articleId);
    // Switches to the chat and puts the cursor in its question field.
    void showChat();

private:
    void reloadStatistics();

    AppContext m_context;
    std::unique_ptr<KbStore> m_store;
    QTabWidget *m_tabs = nullptr;
    KnowledgeBasePane *m_knowledgeBase = nullptr;
    KbStatsView *m_stats = nullptr;
    ChatPane *m_chat = nullptr;
    std::unique_ptr<ChatHistory> m_history;
    UnansweredModel *m_unanswered = nullptr;
    QTableView *m_unansweredTable = nullptr;
};

} // namespace bbd
