#include "ui/chat/ChatPane.h"

#include "app/chat/ChatService.h"
#include "ui/chat/ChatConversationView.h"
#include "ui/chat/ChatMessageModel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bbd {

namespace {
enum Page { EmptyPage, ConversationPage, SearchPage };
constexpr int ConversationRole = Qt::UserRole + 1;
constexpr int MessageRole = Qt::UserRole + 2;
} // namespace

ChatPane::ChatPane(ChatService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("chatPane"));
    m_model = new ChatMessageModel(m_service.history(), this);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search earlier questions and answers…"));
    m_search->setClearButtonEnabled(true);
    m_newConversation = new QToolButton;
    m_newConversation->setObjectName(QStringLiteral("newConversationButton"));
    m_newConversation->setText(tr("New conversation"));
    m_newConversation->setToolTip(tr("Start over with an empty conversation; the earlier one "
                                     "stays in the history"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_newConversation);

    m_conversation = new ChatConversationView(m_model);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("historyResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_empty = makeEmptyState();
    m_stack = new QStackedWidget;
    m_stack->insertWidget(EmptyPage, m_empty);
    m_stack->insertWidget(ConversationPage, m_conversation);
    m_stack->insertWidget(SearchPage, m_results);

    m_busy = new QLabel;
    m_busy->setObjectName(QStringLiteral("busyLabel"));
    m_busy->setEnabled(false);
    m_busy->hide();
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();

    m_question = new QLineEdit;
    m_question->setObjectName(QStringLiteral("questionField"));
    m_question->setPlaceholderText(tr("Ask a question, in Russian or English (Enter sends)"));
    m_question->installEventFilter(this);
    m_askButton = new QPushButton(tr("Ask"));
    m_askButton->setObjectName(QStringLiteral("askButton"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_question, 1);
    bottom->addWidget(m_askButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    setFocusProxy(m_question);

    connect(m_question, &QLineEdit::returnPressed, this, &ChatPane::askFromField);
    connect(m_askButton, &QPushButton::clicked, this, &ChatPane::askFromField);
    connect(m_newConversation, &QToolButton::clicked, this, &ChatPane::startConversation);
    connect(m_search, &QLineEdit::textChanged, this, &ChatPane::searchHistory);
    connect(m_results, &QListWidget::itemActivated, this, &ChatPane::openHit);
    connect(m_results, &QListWidget::itemClicked, this, &ChatPane::openHit);

    connect(&m_service, &ChatService::asked, this, [this](qint64 id, const QString &question) {
        m_model->addPending(id, question);
        updateState();
    });
    connect(&m_service, &ChatService::answered, this, &ChatPane::onAnswered);
    connect(&m_service, &ChatService::busyChanged, this, &ChatPane::updateState);
    connect(&m_service, &ChatService::platformAsked, this, &ChatPane::updateState);
    connect(&m_service, &ChatService::historyFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(&m_service, &ChatService::conversationChanged, this, [this](const QString &id) {
        m_model->load(id);
        updateState();
    });
    connect(m_conversation, &ChatConversationView::articleRequested, this,
            &ChatPane::articleRequested);
    connect(m_conversation, &ChatConversationView::urlRequested, this,
            [this](const QUrl &url) { m_openUrl(url); });
    connect(m_conversation, &ChatConversationView::ratingRequested, this,
            [this](int row, int rating) {
                if (!m_model->setRating(row, rating)) {
                    m_error->setText(m_model->lastError());
                    m_error->show();
                }
            });

    m_model->load(m_service.conversationId());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (!index.data(ChatMessageModel::IsAnswerRole).toBool()) {
            m_asked.append(index.data().toString());
        }
    }
    updateState();
}

ChatPane::~ChatPane() = default;

QStringList ChatPane::exampleQuestions()
{
    return {tr("Какой телефон у отдела кадров?"), tr("Как записаться на встречу с HR?"),
            tr("Что делать, если платформа недоступна?"),
            tr("What happens at the weekly 1:1 with my manager?")};
}

QWidget *ChatPane::makeEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("chatEmptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Ask the assistant"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("It answers from the knowledge base and quotes the passage it "
                               "found, with a link to the article. Personal matters (salary, "
                               "health, complaints) go to a person, and it says whom to ask."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
    auto *examples = new QLabel(tr("Try one of these:"));
    examples->setAlignment(Qt::AlignCenter);
    layout->addWidget(examples);
    for (const QString &question : exampleQuestions()) {
        auto *button = new QPushButton(question);
        button->setObjectName(QStringLiteral("exampleButton"));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        // Drawn as links: a flat button's text alone does not look like something to click.
        button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); border: none; "
                                             "padding: 2px 6px; }"
                                             "QPushButton:hover { text-decoration: underline; }"));
        connect(button, &QPushButton::clicked, this, [this, question] { ask(question); });
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    return page;
}

void ChatPane::focusQuestion()
{
    m_question->setFocus(Qt::ShortcutFocusReason);
    m_question->selectAll();
}

void ChatPane::ask(const QString &question)
{
    const QString text = question.trimmed();
    if (text.isEmpty()) {
        return;
    }
    m_error->hide();
    if (!m_search->text().isEmpty()) {
        m_search->clear();
    }
    if (m_asked.isEmpty() || m_asked.last() != text) {
        m_asked.append(text);
    }
    m_recallIndex = -1;
    m_service.ask(text);
}

void ChatPane::askFromField()
{
    const QString text = m_question->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    m_question->clear();
    ask(text);
}

void ChatPane::startConversation()
{
    m_search->clear();
    m_service.startConversation();
    focusQuestion();
}

void ChatPane::onAnswered(qint64 requestId, qint64 answerId, const ChatAnswer &answer,
                          const QString &fallbackReason)
{
    Q_UNUSED(answer)
    m_model->resolve(requestId, fallbackReason, answerId);
    updateState();
}

void ChatPane::updateState()
{
    if (m_search->text().trimmed().isEmpty()) {
        m_stack->setCurrentIndex(m_model->rowCount() == 0 ? EmptyPage : ConversationPage);
    }
    if (m_service.isBusy()) {
        m_busy->setText(m_service.isAskingPlatform() ? tr("Asking the platform…")
                                                     : tr("Looking in the knowledge base…"));
        m_busy->show();
    } else {
        m_busy->hide();
    }
}

void ChatPane::searchHistory(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        updateState();
        return;
    }
    m_results->clear();
    const QLocale locale;
    for (const ChatHistory::Hit &hit : m_service.history().search(text)) {
        const QString who = hit.role == ChatMessage::Role::User ? tr("You asked") : tr("Answer");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1, %2: %3")
                .arg(who, locale.toString(hit.createdAt.toLocalTime(), QLocale::ShortFormat),
                     hit.text.simplified().left(300)));
        item->setData(ConversationRole, hit.conversationId);
        item->setData(MessageRole, hit.messageId);
        m_results->addItem(item);
    }
    if (m_results->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing in the history matches."));
        none->setFlags(Qt::NoItemFlags);
        m_results->addItem(none);
    }
    m_stack->setCurrentIndex(SearchPage);
}

void ChatPane::openHit(QListWidgetItem *item)
{
    const QString conversation = item ? item->data(ConversationRole).toString() : QString();
    if (conversation.isEmpty()) {
        return;
    }
    const qint64 messageId = item->data(MessageRole).toLongLong();
    // Clearing the search deletes the item, which the list still uses inside this signal.
    QTimer::singleShot(0, this, [this, conversation, messageId] {
        m_search->clear();
        if (conversation != m_model->conversationId()) {
            m_service.openConversation(conversation);
        }
        updateState();
        m_conversation->scrollToRow(m_model->rowOfMessage(messageId));
    });
}

void ChatPane::recall(int step)
{
    if (m_asked.isEmpty()) {
        return;
    }
    if (m_recallIndex < 0) {
        if (step > 0) {
            return;
        }
        m_draft = m_question->text();
        m_recallIndex = int(m_asked.size());
    }
    m_recallIndex = qBound(0, m_recallIndex + step, int(m_asked.size()));
    if (m_recallIndex == m_asked.size()) {
        m_question->setText(m_draft);
        m_recallIndex = -1;
    } else {
        m_question->setText(m_asked[m_recallIndex]);
    }
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_question && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier) {
            recall(-1);
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            recall(+1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bbd
