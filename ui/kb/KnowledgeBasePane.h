#pragma once

#include "app/AppContext.h"
#include "models/KbArticle.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace bbd {

class KbArticleListModel;
class KbStore;

// The knowledge base to read and keep: a search that filters as you type (every word as a
// prefix), filters by tag, department and date, the list, and the article rendered from its
// Markdown with "Was this useful?". Opening an article counts a view. New (Ctrl+N), Edit (F2
// or Enter), History, Delete and Import of files or folders act on it; Ctrl+F goes to search.
class KnowledgeBasePane : public QWidget
{
    Q_OBJECT

public:
    KnowledgeBasePane(const AppContext &context, KbStore &store, QWidget *parent = nullptr);

    // Reads the filter choices and the list again, keeping the article shown where it still is.
    void reload();
    KbArticleListModel *model() const { return m_articles; }
    qint64 currentArticleId() const;
    KbArticleFilter filter() const;

public slots:
    // Shows the article (clearing the filters when they hide it) and counts a view. False when
    // there is no such live article.
    bool openArticle(qint64 articleId);
    void newArticle();
    void editArticle();
    void showHistory();
    void deleteArticle();
    void importFiles();
    void importFolder();
    // Runs the import dialog on `paths` (files and folders).
    void importPaths(const QStringList &paths);
    void focusSearch();

signals:
    // Articles were written (edit, restore, delete, import, rating): statistics are stale.
    void articlesChanged();

private:
    void applyFilter();
    void reloadChoices();
    void selectArticle(qint64 articleId, bool countView);
    void showArticle(const QModelIndex &current);
    void rate(bool useful);
    void updateActions();

    AppContext m_context;
    KbStore &m_store;
    KbArticleListModel *m_articles = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_dateFrom = nullptr;
    QDateEdit *m_dateTo = nullptr;
    QTableView *m_articleView = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_reader = nullptr;
    QWidget *m_ratingRow = nullptr;
    QLabel *m_ratingLabel = nullptr;
    QPushButton *m_usefulYes = nullptr;
    QPushButton *m_usefulNo = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    // Selection made by the pane itself (a reload), not a reader opening an article.
    bool m_selectingQuietly = false;
    qint64 m_shownId = 0;
    QSet<qint64> m_rated; // answered "Was this useful?" in this session
};

} // namespace bbd
