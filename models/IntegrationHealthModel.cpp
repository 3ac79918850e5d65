#include "models/IntegrationHealthModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bbd {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

IntegrationHealthModel::IntegrationHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IntegrationHealthModel::setRows(const QList<IntegrationHealthRow> &rows)
{
    bool sameServices = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameServices && i < rows.size(); ++i) {
        sameServices = rows.at(i).service == m_rows.at(i).service;
    }
    if (!sameServices) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int IntegrationHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationHealthModel::serviceName(const QString &service)
{
    if (service == u"platform") {
        return tr("Butterboard platform");
    }
    if (service == u"jira") {
        return tr("Jira");
    }
    if (service == u"zoom") {
        return tr("Zoom");
    }
    if (service == u"graph") {
        return tr("Microsoft 365 mail");
    }
    if (service == u"slack") {
        return tr("Slack");
    }
    if (service == u"hh") {
        return tr("hh.ru");
    }
    return service;
}

QString IntegrationHealthModel::stateText(IntegrationHealthRow::State state)
{
    switch (state) {
    case IntegrationHealthRow::State::NotConfigured:
        return tr("Not configured");
    case IntegrationHealthRow::State::Unknown:
        return tr("Not used yet");
    case IntegrationHealthRow::State::Online:
        return tr("Working");
    case IntegrationHealthRow::State::Degraded:
        return tr("Having trouble");
    case IntegrationHealthRow::State::Offline:
        return tr("Unreachable");
    }
    return {};
}

QVariant IntegrationHealthModel::display(const IntegrationHealthRow &row, int column) const
{
    const bool used = row.calls > 0;
    switch (column) {
    case Service:
        return serviceName(row.service);
    case State:
        return stateText(row.state);
    case LastSuccess:
        return row.lastSuccessAt.isValid() ? timeText(row.lastSuccessAt) : tr("Never");
    case LastError:
        return row.lastError;
    case LastErrorAt:
        return timeText(row.lastFailureAt);
    case Errors:
        return row.errorCount;
    case P50:
        return used ? tr("%1 ms").arg(row.p50Ms) : QString();
    case P95:
        return used ? tr("%1 ms").arg(row.p95Ms) : QString();
    case Calls:
        return used ? tr("%1 (%2 failed)").arg(row.calls).arg(row.failures) : QString();
    case Outbox:
        return tr("%1 waiting, %2 failed, %3 in conflict")
            .arg(row.pending)
            .arg(row.failed)
            .arg(row.conflicts);
    }
    return {};
}

QVariant IntegrationHealthModel::sortValue(const IntegrationHealthRow &row, int column) const
{
    switch (column) {
    case State:
        return int(row.state);
    case LastSuccess:
        return row.lastSuccessAt;
    case LastErrorAt:
        return row.lastFailureAt;
    case P50:
        return row.p50Ms;
    case P95:
        return row.p95Ms;
    case Calls:
        return row.calls;
    case Outbox:
        return row.pending + row.failed + row.conflicts;
    }
    return display(row, column);
}

QVariant IntegrationHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IntegrationHealthRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastError || index.column() == State) {
            return row.lastError.isEmpty() ? QVariant() : QVariant(row.lastError);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && (row.state == IntegrationHealthRow::State::Degraded ||
                                        row.state == IntegrationHealthRow::State::Offline)) {
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Errors || index.column() == P50 || index.column() == P95) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case StateRole:
        return int(row.state);
    case ServiceKeyRole:
        return row.service;
    }
    return {};
}

QVariant IntegrationHealthModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Service");
    case State:
        return tr("State");
    case LastSuccess:
        return tr("Last success");
    case LastError:
        return tr("Last error");
    case LastErrorAt:
        return tr("Error at");
    case Errors:
        return tr("Errors in a row");
    case P50:
        return tr("Latency p50");
    case P95:
        return tr("Latency p95");
    case Calls:
        return tr("Last calls");
    case Outbox:
        return tr("Outbox");
    }
    return {};
}

} // namespace bbd
