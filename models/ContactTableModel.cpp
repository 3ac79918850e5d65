#include "models/ContactTableModel.h"

namespace bbd {

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Order:
        return tr("#");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Slack:
        return tr("Slack");
    }
    return {};
}

QVariant ContactTableModel::cellData(const Contact &contact, int column, int role) const
{
    switch (role) {
    case IdRole:
        return contact.id;
    case PhoneE164Role:
        return contact.phoneE164;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Order:
        return contact.escalationOrder;
    case Name:
        return contact.fullName;
    case Role:
        return contact.role;
    case Email:
        return contact.email;
    case Phone:
        return contact.phoneDisplay;
    case Slack:
        return contact.slackHandle;
    }
    return {};
}

} // namespace bbd
