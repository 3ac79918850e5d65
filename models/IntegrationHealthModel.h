#pragma once

#include "models/IntegrationHealth.h"

#include <QAbstractTableModel>

namespace bbd {

// The integration health view's table: one row per service, fed a list of rows (see
// app/sync/IntegrationHealth.h), read-only. Times are shown in local time; the raw values are
// in SortRole for sorting and in the row itself (rowAt()).
class IntegrationHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Service,
        State,
        LastSuccess,
        LastError,
        LastErrorAt,
        Errors,
        P50,
        P95,
        Calls,
        Outbox,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, ServiceKeyRole };

    explicit IntegrationHealthModel(QObject *parent = nullptr);

    // Replaces the rows; rows of the same services in the same order only change their data,
    // so a view keeps its selection across refreshes.
    void setRows(const QList<IntegrationHealthRow> &rows);
    const QList<IntegrationHealthRow> &rows() const { return m_rows; }
    IntegrationHealthRow rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString serviceName(const QString &service);
    static QString stateText(IntegrationHealthRow::State state);

private:
    QVariant display(const IntegrationHealthRow &row, int column) const;
    QVariant sortValue(const IntegrationHealthRow &row, int column) const;

    QList<IntegrationHealthRow> m_rows;
};

} // namespace bbd
