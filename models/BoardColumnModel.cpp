#include "models/BoardColumnModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace bbd {

BoardColumnModel::BoardColumnModel(QObject *parent)
    : PagedTableModel<Candidate>(parent)
{}

QStringList BoardColumnModel::columnTitles() const
{
    return {tr("Candidate")};
}

QHash<int, QByteArray> BoardColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel<Candidate>::roleNames();
    names.insert(IdRole, "candidateId");
    names.insert(NameRole, "name");
    names.insert(SourceRole, "source");
    names.insert(PhoneDisplayRole, "phoneDisplay");
    names.insert(PhoneValidRole, "phoneValid");
    names.insert(RatingRole, "rating");
    names.insert(TagsRole, "tags");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(StuckRole, "stuck");
    names.insert(StageEnteredRole, "stageEnteredAt");
    return names;
}

void BoardColumnModel::setStuckAfterDays(int days)
{
    m_stuckAfterDays = qMax(0, days);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {StuckRole});
    }
}

QDateTime BoardColumnModel::referenceTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int BoardColumnModel::daysInStage(const Candidate &candidate) const
{
    if (!candidate.stageEnteredAt.isValid()) {
        return 0;
    }
    return int(qMax<qint64>(0, candidate.stageEnteredAt.secsTo(referenceTime()) / 86400));
}

int BoardColumnModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->id == id) {
            return row;
        }
    }
    return -1;
}

QVariant BoardColumnModel::cellData(const Candidate &candidate, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return candidate.fullName;
    case Qt::ToolTipRole: {
        QStringList lines{candidate.fullName};
        if (!candidate.phoneRaw.isEmpty() && candidate.phoneE164.isEmpty()) {
            lines << tr("The number %1 could not be recognised; it is kept as it was entered.")
                         .arg(candidate.phoneRaw);
        }
        return lines.join(u'\n');
    }
    case IdRole:
        return candidate.id;
    case SourceRole:
        return candidate.source;
    case PhoneDisplayRole:
        return candidate.phoneDisplay;
    case PhoneValidRole:
        return candidate.phoneRaw.isEmpty() || !candidate.phoneE164.isEmpty();
    case RatingRole:
        return candidate.rating;
    case TagsRole:
        return candidate.tags;
    case DaysInStageRole:
        return daysInStage(candidate);
    case StuckRole:
        return m_stuckAfterDays > 0 && candidate.stageEnteredAt.isValid() &&
               daysInStage(candidate) >= m_stuckAfterDays;
    case StageEnteredRole:
        return candidate.stageEnteredAt;
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        // Dropping on the empty space below the cards puts them at the end.
        return Qt::ItemIsDropEnabled;
    }
    return PagedTableModel<Candidate>::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions BoardColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QByteArray BoardColumnModel::encodeIds(const QList<qint64> &ids, qint64 fromStageId)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream << fromStageId << ids;
    return data;
}

bool BoardColumnModel::decodeIds(const QByteArray &data, QList<qint64> *ids, qint64 *fromStageId)
{
    QDataStream stream(data);
    qint64 stage = 0;
    QList<qint64> list;
    stream >> stage >> list;
    if (stream.status() != QDataStream::Ok || list.isEmpty()) {
        return false;
    }
    *ids = list;
    *fromStageId = stage;
    return true;
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    // Cards travel in the order they are shown, whatever order they were selected in.
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row())) {
            rows << index.row();
        }
    }
    if (rows.isEmpty()) {
        return nullptr;
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        ids << rowAt(row)->id;
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), encodeIds(ids, m_stageId));
    return data;
}

bool BoardColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return data && action == Qt::MoveAction && data->hasFormat(mimeType());
}

bool BoardColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    QList<qint64> ids;
    qint64 fromStageId = 0;
    if (!decodeIds(data->data(mimeType()), &ids, &fromStageId)) {
        return false;
    }
    // A drop onto a card (rather than between two) goes before that card.
    const int target = parent.isValid() ? parent.row() : row;
    emit dropRequested(ids, fromStageId, target >= 0 && target <= rowCount() ? target : -1);
    // The rows are not moved here: the owner reloads the columns once the database agrees.
    return true;
}

} // namespace bbd
