#pragma once

#include "app/chat/ChatHistory.h"

#include <QAbstractTableModel>

namespace bbd {

// The questions the assistant could not answer (kb_unanswered), newest first, for the KB
// statistics: HR reads them to see which articles are missing.
class UnansweredModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, WhenColumn, ReasonColumn, ColumnCount };

    explicit UnansweredModel(ChatHistory &history, QObject *parent = nullptr);

    // Reads the table again; false with lastError() when it could not.
    bool reload();
    QString lastError() const { return m_error; }

    static QString reasonText(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ChatHistory &m_history;
    QList<UnansweredQuestion> m_rows;
    QString m_error;
};

} // namespace bbd
