#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace bbd {

class KbArticleListModel;

// The knowledge base the assistant answers from: the articles and the one being read.
class AssistantArea : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    KbArticleListModel *articleModel() const { return m_articles; }

private:
    void showArticle(const QModelIndex &current);

    AppContext m_context;
    KbArticleListModel *m_articles = nullptr;
    QTableView *m_articleView = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_meta = nullptr;
};

} // namespace bbd
