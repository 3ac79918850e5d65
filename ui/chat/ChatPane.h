#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace bbd {

class ChatConversationView;
class ChatMessageModel;
class ChatService;
struct ChatAnswer;

// The chat with the assistant: a question field (Enter asks, Up recalls earlier questions),
// the conversation with each answer's source and confidence, a search over earlier
// conversations, and example questions while the conversation is empty. Asking never blocks
// the field: the next question can be typed while the platform is still asked.
class ChatPane : public QWidget
{
    Q_OBJECT

public:
    // Opens call, mail and Slack links; QDesktopServices::openUrl unless replaced (tests).
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ChatPane(ChatService &service, QWidget *parent = nullptr);
    ~ChatPane() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    ChatMessageModel *model() const { return m_model; }
    ChatConversationView *conversation() const { return m_conversation; }
    QLineEdit *questionField() const { return m_question; }

    // The questions the empty state offers (they work with the demo knowledge base).
    static QStringList exampleQuestions();

public slots:
    void focusQuestion();
    void ask(const QString &question);
    void startConversation();

signals:
    void articleRequested(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askFromField();
    void onAnswered(qint64 requestId, qint64 answerId, const ChatAnswer &answer,
                    const QString &fallbackReason);
    void updateState();
    void searchHistory(const QString &text);
    void openHit(QListWidgetItem *item);
    void recall(int step);
    QWidget *makeEmptyState();

    ChatService &m_service;
    ChatMessageModel *m_model = nullptr;
    ChatConversationView *m_conversation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QListWidget *m_results = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_newConversation = nullptr;
    QLineEdit *m_question = nullptr;
    QPushButton *m_askButton = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_error = nullptr;
    UrlOpener m_openUrl;
    QStringList m_asked; // this session's questions, oldest first, for Up and Down
    int m_recallIndex = -1;
    QString m_draft; // what was typed before Up was pressed
};

} // namespace bbd
