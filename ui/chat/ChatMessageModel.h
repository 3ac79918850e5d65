#pragma once

#include "app/chat/ChatHistory.h"

#include <QAbstractListModel>
#include <QHash>

namespace bbd {

// One conversation of chat_messages as a list, oldest first, with the questions still waiting
// for their answer at the end (pending rows: they are not in the table until answered, because
// a question and its answer are written together).
class ChatMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1, // 0 for a pending row
        IsAnswerRole,
        AnswerRole, // QVariant<bbd::ChatAnswer>, answers only
        RatingRole,
        CreatedAtRole,
        PendingRole,        // the request id of a question waiting for its answer, else 0
        FallbackReasonRole, // why the local engine answered although the platform was asked
    };

    explicit ChatMessageModel(ChatHistory &history, QObject *parent = nullptr);

    // Reads `conversationId` from the table; pending rows are dropped.
    bool load(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }

    void addPending(qint64 requestId, const QString &question);
    // The answer to `requestId` was saved: its pending row goes, the saved rows come in.
    void resolve(qint64 requestId, const QString &fallbackReason, qint64 answerMessageId);
    bool setRating(int row, int rating);
    int rowOfMessage(qint64 messageId) const;
    QString lastError() const { return m_history.lastError(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct PendingRow
    {
        qint64 requestId = 0;
        QString question;
    };

    ChatHistory &m_history;
    QString m_conversationId;
    QList<ChatMessage> m_messages;
    QList<PendingRow> m_pending;
    QHash<qint64, QString> m_fallbackReasons; // answer id -> reason, for this session
};

} // namespace bbd

Q_DECLARE_METATYPE(bbd::ChatAnswer)
