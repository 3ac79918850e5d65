#pragma once

#include <QList>
#include <QScrollArea>
#include <QUrl>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QVBoxLayout;

namespace bbd {

class ChatMessageModel;

// Shows a ChatMessageModel as a column of cards: the user's questions on the right, the
// answers on the left with their quoted passages, article links, confidence, who answered,
// rating buttons and, on a handover, the person to turn to with Write / Call / Slack buttons.
// Real widgets rather than painted rows, so that every link and button takes the keyboard
// focus and a screen reader reads it.
class ChatConversationView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChatConversationView(ChatMessageModel *model, QWidget *parent = nullptr);

    // The card of `row` (tests, scrolling to a search hit).
    QWidget *cardAt(int row) const { return m_cards.value(row); }
    int cardCount() const { return int(m_cards.size()); }
    void scrollToRow(int row);

    // Words and colour of a confidence level.
    static QString confidenceText(int confidence);
    static QColor confidenceColor(int confidence);

signals:
    void articleRequested(qint64 articleId);
    void ratingRequested(int row, int rating);
    void urlRequested(const QUrl &url);

private:
    void rebuild();
    void insertCards(int first, int last);
    void removeCards(int first, int last);
    void updateRatings(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QWidget *makeCard(int row);
    QWidget *makeQuestion(const QModelIndex &index);
    QWidget *makeAnswer(const QModelIndex &index);
    QWidget *makeHandover(const QModelIndex &index);
    // Knowledge-base text is Markdown: a table of phone numbers reads as a table, and its
    // mailto: and web links open through the pane like the card's buttons.
    void showMarkdown(QLabel *label);
    void scrollToEndLater();

    ChatMessageModel *m_model;
    QVBoxLayout *m_column = nullptr;
    QList<QWidget *> m_cards;
};

} // namespace bbd
