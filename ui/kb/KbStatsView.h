#pragma once

#include <QWidget>

class QTableWidget;
class QVBoxLayout;

namespace bbd {

class KbStore;

// What HR learns from how the knowledge base is read: the most opened articles and the ones
// readers most often found not useful. More tables go into tablesLayout() (questions the
// chat-bot could not answer).
class KbStatsView : public QWidget
{
    Q_OBJECT

public:
    explicit KbStatsView(KbStore &store, QWidget *parent = nullptr);

    // Reads the figures again.
    void reload();
    // The column the tables stand in, top to bottom.
    QVBoxLayout *tablesLayout() const { return m_tables; }

    // Articles need this many "was this useful" answers before they are ranked as worst.
    static constexpr int MinimumVotes = 3;

signals:
    // An article's row was double-clicked or Enter pressed on it.
    void articleActivated(qint64 articleId);

private:
    QTableWidget *makeTable(const QString &objectName, const QStringList &headers);

    KbStore &m_store;
    QVBoxLayout *m_tables = nullptr;
    QTableWidget *m_mostViewed = nullptr;
    QTableWidget *m_worstRated = nullptr;
};

} // namespace bbd
