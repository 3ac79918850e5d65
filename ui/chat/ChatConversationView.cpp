#include "ui/chat/ChatConversationView.h"

#include "app/chat/ChatAnswer.h"
#include "app/contacts/ContactActions.h"
#include "app/phones/PhoneNumbers.h"
#include "ui/chat/ChatMessageModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bbd {

namespace {

QLabel *wrapped(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QFrame *frame(const QString &objectName, const QString &style)
{
    auto *card = new QFrame;
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("QFrame#%1 { %2 }").arg(objectName, style));
    return card;
}

// A button that looks like a link but is a button: Tab reaches it and Space presses it.
QPushButton *linkButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-align: left; "
                                         "text-decoration: underline; border: none; "
                                         "padding: 0; } QPushButton:disabled { "
                                         "color: palette(mid); text-decoration: none; }"));
    return button;
}

} // namespace

ChatConversationView::ChatConversationView(ChatMessageModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("chatConversation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    m_column = new QVBoxLayout(content);
    m_column->setSpacing(10);
    m_column->addStretch(1);
    setWidget(content);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatConversationView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                insertCards(first, last);
                scrollToEndLater();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeCards(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChatConversationView::updateRatings);
    rebuild();
}

QString ChatConversationView::confidenceText(int confidence)
{
    switch (static_cast<ChatConfidence>(confidence)) {
    case ChatConfidence::High:
        return tr("High confidence");
    case ChatConfidence::Medium:
        return tr("Medium confidence");
    case ChatConfidence::Low:
        return tr("Low confidence: check the article");
    case ChatConfidence::None:
        break;
    }
    return {};
}

QColor ChatConversationView::confidenceColor(int confidence)
{
    switch (static_cast<ChatConfidence>(confidence)) {
    case ChatConfidence::High:
        return QColor(0x2e, 0x7d, 0x32);
    case ChatConfidence::Medium:
        return QColor(0xb2, 0x6a, 0x00);
    case ChatConfidence::Low:
        return QColor(0xc6, 0x28, 0x28);
    case ChatConfidence::None:
        break;
    }
    return {};
}

void ChatConversationView::rebuild()
{
    removeCards(0, int(m_cards.size()) - 1);
    if (m_model->rowCount() > 0) {
        insertCards(0, m_model->rowCount() - 1);
    }
    scrollToEndLater();
}

void ChatConversationView::insertCards(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        QWidget *card = makeCard(row);
        m_cards.insert(row, card);
        // The stretch stays last, so cards gather at the top.
        m_column->insertWidget(row, card);
    }
}

void ChatConversationView::removeCards(int first, int last)
{
    for (int row = last; row >= first && row < m_cards.size(); --row) {
        QWidget *card = m_cards.takeAt(row);
        m_column->removeWidget(card);
        card->deleteLater();
    }
}

void ChatConversationView::updateRatings(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_cards.size(); ++row) {
        const int rating = m_model->index(row).data(ChatMessageModel::RatingRole).toInt();
        if (auto *up = m_cards[row]->findChild<QToolButton *>(QStringLiteral("usefulButton"))) {
            up->setChecked(rating > 0);
        }
        if (auto *down =
                m_cards[row]->findChild<QToolButton *>(QStringLiteral("notUsefulButton"))) {
            down->setChecked(rating < 0);
        }
    }
}

void ChatConversationView::scrollToRow(int row)
{
    if (QWidget *card = cardAt(row)) {
        // The layout places a new card only on the next pass.
        QTimer::singleShot(0, this, [this, card = QPointer<QWidget>(card)] {
            if (card) {
                ensureWidgetVisible(card);
            }
        });
    }
}

void ChatConversationView::scrollToEndLater()
{
    QTimer::singleShot(0, this,
                       [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

QWidget *ChatConversationView::makeCard(int row)
{
    const QModelIndex index = m_model->index(row);
    return index.data(ChatMessageModel::IsAnswerRole).toBool() ? makeAnswer(index)
                                                               : makeQuestion(index);
}

QWidget *ChatConversationView::makeQuestion(const QModelIndex &index)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(60, 0, 0, 0);
    layout->addStretch(1);
    QFrame *bubble = frame(QStringLiteral("questionBubble"),
                           QStringLiteral("background: palette(alternate-base); "
                                          "border-radius: 8px; padding: 6px;"));
    auto *inner = new QVBoxLayout(bubble);
    inner->addWidget(wrapped(index.data().toString(), QStringLiteral("questionText")));
    if (index.data(ChatMessageModel::PendingRole).toLongLong() != 0) {
        auto *waiting = new QLabel(tr("Looking for an answer…"));
        waiting->setObjectName(QStringLiteral("pendingLabel"));
        waiting->setEnabled(false);
        inner->addWidget(waiting);
    }
    layout->addWidget(bubble);
    return row;
}

void ChatConversationView::showMarkdown(QLabel *label)
{
    label->setTextFormat(Qt::MarkdownText);
    label->setTextInteractionFlags(label->textInteractionFlags() | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    connect(label, &QLabel::linkActivated, this,
            [this](const QString &link) { emit urlRequested(QUrl(link)); });
}

QWidget *ChatConversationView::makeAnswer(const QModelIndex &index)
{
    const ChatAnswer answer = index.data(ChatMessageModel::AnswerRole).value<ChatAnswer>();
    const qint64 messageId = index.data(ChatMessageModel::MessageIdRole).toLongLong();
    QFrame *card =
        frame(QStringLiteral("answerCard"),
              QStringLiteral("background: palette(base); border-radius: 8px; padding: 4px;"));
    card->setProperty("messageId", messageId);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    // Knowledge-base text is Markdown: a table of phone numbers reads as a table.
    QLabel *answerLabel = wrapped(answer.text, QStringLiteral("answerText"));
    showMarkdown(answerLabel);
    layout->addWidget(answerLabel);

    for (const ChatSource &source : answer.sources) {
        if (!source.passage.isEmpty() && source.passage.trimmed() != answer.text.trimmed()) {
            QLabel *quote = wrapped(source.passage, QStringLiteral("passageText"));
            showMarkdown(quote);
            quote->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid palette(mid); "
                                                "padding-left: 8px; font-style: italic; }"));
            layout->addWidget(quote);
        }
        QString title =
            source.articleTitle.isEmpty() ? tr("(untitled article)") : source.articleTitle;
        if (!source.heading.isEmpty()) {
            title += QStringLiteral(" — ") + source.heading;
        }
        QPushButton *link = linkButton(tr("Source: %1").arg(title), QStringLiteral("sourceButton"));
        link->setProperty("articleId", source.articleId);
        if (source.articleId == 0) {
            link->setEnabled(false);
            link->setToolTip(tr("This article is not in the copy on this computer yet; it "
                                "arrives with the next sync."));
        } else {
            link->setToolTip(tr("Open the article in the knowledge base"));
            connect(link, &QPushButton::clicked, this,
                    [this, id = source.articleId] { emit articleRequested(id); });
        }
        layout->addWidget(link, 0, Qt::AlignLeft);
    }

    if (answer.isHandover()) {
        layout->addWidget(makeHandover(index));
    }

    auto *meta = new QHBoxLayout;
    if (answer.confidence != ChatConfidence::None) {
        const int level = static_cast<int>(answer.confidence);
        auto *confidence = new QLabel(QStringLiteral("● ") + confidenceText(level));
        confidence->setObjectName(QStringLiteral("confidenceLabel"));
        confidence->setProperty("confidence", chatjson::confidenceName(answer.confidence));
        confidence->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(confidenceColor(level).name()));
        confidence->setToolTip(tr("How well the quoted passage matches the question"));
        meta->addWidget(confidence);
    }
    const bool platform = answer.answeredBy == ChatAnsweredBy::Platform;
    auto *by =
        new QLabel(platform ? tr("Answered by the platform") : tr("Answered on this computer"));
    by->setObjectName(QStringLiteral("answeredByLabel"));
    by->setProperty("answeredBy", platform ? QStringLiteral("platform") : QStringLiteral("local"));
    by->setEnabled(false);
    const QString reason = index.data(ChatMessageModel::FallbackReasonRole).toString();
    if (!reason.isEmpty()) {
        by->setText(tr("Answered on this computer (%1)").arg(reason));
    }
    meta->addWidget(by);
    meta->addStretch(1);

    const int rating = index.data(ChatMessageModel::RatingRole).toInt();
    const auto rateButton = [this, messageId](const QString &text, const QString &name, int value,
                                              bool checked) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(checked);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, messageId, value](bool on) {
            const int row = m_model->rowOfMessage(messageId);
            if (row >= 0) {
                emit ratingRequested(row, on ? value : 0);
            }
        });
        return button;
    };
    if (messageId != 0) {
        meta->addWidget(rateButton(tr("Useful"), QStringLiteral("usefulButton"), 1, rating > 0));
        meta->addWidget(
            rateButton(tr("Not useful"), QStringLiteral("notUsefulButton"), -1, rating < 0));
    }
    layout->addLayout(meta);

    auto *row = new QWidget;
    auto *outer = new QHBoxLayout(row);
    outer->setContentsMargins(0, 0, 60, 0);
    outer->addWidget(card, 1);
    return row;
}

QWidget *ChatConversationView::makeHandover(const QModelIndex &index)
{
    const ChatAnswer answer = index.data(ChatMessageModel::AnswerRole).value<ChatAnswer>();
    QFrame *card = frame(QStringLiteral("handoverCard"),
                         QStringLiteral("border: 1px solid palette(highlight); "
                                        "border-radius: 6px; padding: 6px;"));
    auto *layout = new QVBoxLayout(card);
    if (!answer.contact) {
        layout->addWidget(wrapped(tr("Nobody is listed in the fallback contacts yet: ask HR "
                                     "to fill them in (Contacts area)."),
                                  QStringLiteral("handoverPerson")));
        return card;
    }
    const ChatContact &contact = *answer.contact;
    QString who = contact.contactName.isEmpty() ? contact.channelName : contact.contactName;
    if (!contact.contactRole.isEmpty()) {
        who += QStringLiteral(", ") + contact.contactRole;
    }
    auto *title = new QLabel(tr("Ask a person: %1").arg(who));
    title->setObjectName(QStringLiteral("handoverPerson"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    if (!contact.channelName.isEmpty() && !contact.contactName.isEmpty()) {
        layout->addWidget(
            wrapped(tr("Channel: %1").arg(contact.channelName), QStringLiteral("handoverChannel")));
    }

    const auto kind = [&contact](const char *name) {
        return contact.channelKind == QLatin1String(name);
    };
    const QString email = !contact.email.isEmpty() ? contact.email
                          : kind("email")          ? contact.channelAddress
                                                   : QString();
    const QString phone = !contact.phoneE164.isEmpty() ? contact.phoneE164
                          : kind("phone")              ? contact.channelAddress
                                                       : QString();
    const QString slack = kind("slack") ? contact.channelAddress : contact.slackHandle;
    const QUrl write = contactactions::mailUrl(email, tr("Question: %1").arg(answer.question));
    const QUrl call = contactactions::callUrl(phone);
    const QUrl openSlack = contactactions::slackUrl(slack);
    const QUrl book = kind("meeting") ? contactactions::bookingUrl(contact.channelAddress) : QUrl();

    // A person with further phones or e-mails: the button's menu offers each of them, the
    // main one first.
    const PhoneNumbers phones;
    QList<std::pair<QString, QUrl>> calls{{phones.formatForDisplay(phone), call}};
    for (const QString &other : contact.otherPhones) {
        calls.append({phones.formatForDisplay(other), contactactions::callUrl(other)});
    }
    QList<std::pair<QString, QUrl>> writes{{email, write}};
    for (const QString &other : contact.otherEmails) {
        writes.append(
            {other, contactactions::mailUrl(other, tr("Question: %1").arg(answer.question))});
    }

    auto *buttons = new QHBoxLayout;
    const auto addChoices = [this, buttons](const QString &text, const QString &name,
                                            QList<std::pair<QString, QUrl>> choices,
                                            const QString &tip) {
        choices.removeIf([](const auto &choice) { return !choice.second.isValid(); });
        if (choices.isEmpty()) {
            return;
        }
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        button->setToolTip(tip);
        if (choices.size() == 1) {
            const QUrl url = choices.constFirst().second;
            connect(button, &QPushButton::clicked, this, [this, url] { emit urlRequested(url); });
        } else {
            auto *menu = new QMenu(button);
            for (const auto &[label, url] : std::as_const(choices)) {
                connect(menu->addAction(label), &QAction::triggered, this,
                        [this, url] { emit urlRequested(url); });
            }
            button->setMenu(menu);
        }
        buttons->addWidget(button);
    };
    const auto add = [&addChoices](const QString &text, const QString &name, const QUrl &url,
                                   const QString &tip) {
        addChoices(text, name, {{tip, url}}, tip);
    };
    addChoices(tr("Write"), QStringLiteral("writeButton"), writes, email);
    addChoices(tr("Call"), QStringLiteral("callButton"), calls, phone);
    add(tr("Open Slack"), QStringLiteral("slackButton"), openSlack, slack);
    add(tr("Book a meeting"), QStringLiteral("bookButton"), book, contact.channelAddress);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return card;
}

} // namespace bbd
