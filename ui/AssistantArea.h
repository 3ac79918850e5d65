#pragma once

#include "app/AppContext.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace bbd {

class KbArticleListModel;
class KbStatsView;
class KbStore;
class KnowledgeBasePane;

// The assistant's area as tabs: the knowledge base it answers from (read, search, edit,
// import) and the statistics HR watches. Other panes (the chat) are added with insertPage().
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

public slots:
    // Switches to the knowledge base and shows the article (counting a view).
    void openArticle(qint64 articleId);

private:
    AppContext m_context;
    std::unique_ptr<KbStore> m_store;
    QTabWidget *m_tabs = nullptr;
    KnowledgeBasePane *m_knowledgeBase = nullptr;
    KbStatsView *m_stats = nullptr;
};

} // namespace bbd
