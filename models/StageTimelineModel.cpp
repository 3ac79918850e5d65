#include "models/StageTimelineModel.h"

#include <QLocale>

namespace bbd {

void StageTimelineModel::setDeliveries(const QList<StageDelivery> &deliveries)
{
    beginResetModel();
    m_rows = deliveries;
    endResetModel();
}

QString StageTimelineModel::statusText(const StageDelivery &d)
{
    if (d.status == u"sent") {
        return d.httpStatus > 0 ? tr("Sent (%1)").arg(d.httpStatus) : tr("Sent");
    }
    if (d.status == u"in_flight") {
        return tr("Sending");
    }
    if (d.status == u"failed") {
        return d.httpStatus > 0 ? tr("Failed (%1), attempt %2").arg(d.httpStatus).arg(d.attempts)
                                : tr("Failed, attempt %1").arg(d.attempts);
    }
    if (d.status == u"conflict") {
        return tr("Conflict");
    }
    return tr("Waiting in the outbox");
}

int StageTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StageTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StageDelivery &d = m_rows.at(index.row());
    if (role == StatusRole) {
        return d.status;
    }
    if (role == OutboxIdRole) {
        return d.outboxId;
    }
    if (role == Qt::ToolTipRole && index.column() == Answer) {
        return d.answer;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Queued: {
        const QDateTime at = (d.sentAt.isValid() ? d.sentAt : d.queuedAt).toLocalTime();
        return QLocale().toString(at, QLocale::ShortFormat);
    }
    case Service:
        return d.service;
    case What:
        return d.what;
    case Status:
        return statusText(d);
    case Answer:
        return d.answer.left(120);
    default:
        return {};
    }
}

QVariant StageTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Queued:
        return tr("When");
    case Service:
        return tr("Service");
    case What:
        return tr("What");
    case Status:
        return tr("Status");
    case Answer:
        return tr("Answer");
    default:
        return {};
    }
}

} // namespace bbd
