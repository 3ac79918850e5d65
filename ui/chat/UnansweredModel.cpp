#include "ui/chat/UnansweredModel.h"

#include <QLocale>

namespace bbd {

UnansweredModel::UnansweredModel(ChatHistory &history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{}

bool UnansweredModel::reload()
{
    beginResetModel();
    m_rows = m_history.unanswered();
    m_error = m_history.lastError();
    endResetModel();
    return m_error.isEmpty();
}

QString UnansweredModel::reasonText(const QString &reason)
{
    if (reason == u"low_confidence") {
        return tr("low confidence");
    }
    if (reason == u"no_match") {
        return tr("no match");
    }
    // A reason a newer version wrote: shown as it is rather than hidden.
    return reason;
}

int UnansweredModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnansweredModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnansweredModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const UnansweredQuestion &row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case QuestionColumn:
            return row.question;
        case WhenColumn:
            return QLocale().toString(row.askedAt.toLocalTime(), QLocale::ShortFormat);
        case ReasonColumn:
            return reasonText(row.reason);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn) {
        return row.question;
    }
    if (role == Qt::UserRole && index.column() == WhenColumn) {
        return row.askedAt;
    }
    return {};
}

QVariant UnansweredModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case WhenColumn:
        return tr("When");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace bbd
