#pragma once

#include "app/kb/KbStore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace bbd {

// Every version of an article, newest first. The one chosen is compared with the version
// before it (removed lines red, added lines green); Restore makes an earlier version the
// current text again, after asking. A restore is itself a new version, so it can be undone by
// restoring the version it replaced.
class ArticleHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleHistoryDialog(KbStore &store, qint64 articleId, QWidget *parent = nullptr);

    int revisionCount() const { return int(m_revisions.size()); }
    // The diff of one version against the previous one, as the view shows it.
    static QString diffHtml(const QList<KbStore::DiffLine> &lines);

public slots:
    void restoreSelected();

signals:
    // An earlier version became the current one.
    void restored(qint64 articleId);

private:
    void reload();
    void showRevision(int row);

    KbStore &m_store;
    qint64 m_articleId = 0;
    QList<KbStore::Revision> m_revisions;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace bbd
