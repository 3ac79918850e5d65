#include "ui/chat/ChatMessageModel.h"

namespace bbd {

ChatMessageModel::ChatMessageModel(ChatHistory &history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
{}

bool ChatMessageModel::load(const QString &conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages = m_history.conversation(conversationId);
    m_pending.clear();
    endResetModel();
    return m_history.lastError().isEmpty();
}

void ChatMessageModel::addPending(qint64 requestId, const QString &question)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_pending.append({requestId, question});
    endInsertRows();
}

void ChatMessageModel::resolve(qint64 requestId, const QString &fallbackReason,
                               qint64 answerMessageId)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].requestId == requestId) {
            const int row = int(m_messages.size() + i);
            beginRemoveRows({}, row, row);
            m_pending.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    if (answerMessageId != 0 && !fallbackReason.isEmpty()) {
        m_fallbackReasons.insert(answerMessageId, fallbackReason);
    }
    // Whatever was saved since the last read (this exchange, and any other finished before).
    const qint64 lastId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    QList<ChatMessage> fresh;
    for (const ChatMessage &message : m_history.conversation(m_conversationId)) {
        if (message.id > lastId) {
            fresh.append(message);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_messages.append(fresh);
    endInsertRows();
}

bool ChatMessageModel::setRating(int row, int rating)
{
    if (row < 0 || row >= m_messages.size() || !m_messages[row].isAnswer()) {
        return false;
    }
    if (!m_history.rate(m_messages[row].id, rating)) {
        return false;
    }
    m_messages[row].rating = rating;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {RatingRole});
    return true;
}

int ChatMessageModel::rowOfMessage(qint64 messageId) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages[i].id == messageId) {
            return int(i);
        }
    }
    return -1;
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size() + m_pending.size());
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    if (index.row() >= m_messages.size()) {
        const PendingRow &pending = m_pending[index.row() - m_messages.size()];
        switch (role) {
        case Qt::DisplayRole:
            return pending.question;
        case PendingRole:
            return pending.requestId;
        case IsAnswerRole:
            return false;
        case MessageIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const ChatMessage &message = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return message.text;
    case MessageIdRole:
        return message.id;
    case IsAnswerRole:
        return message.isAnswer();
    case AnswerRole:
        return message.answer ? QVariant::fromValue(*message.answer) : QVariant();
    case RatingRole:
        return message.rating;
    case CreatedAtRole:
        return message.createdAt;
    case PendingRole:
        return qint64(0);
    case FallbackReasonRole:
        return m_fallbackReasons.value(message.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(IsAnswerRole, "isAnswer");
    names.insert(AnswerRole, "answer");
    names.insert(RatingRole, "rating");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(PendingRole, "pending");
    names.insert(FallbackReasonRole, "fallbackReason");
    return names;
}

} // namespace bbd
