#include "models/ContactTableModel.h"

namespace bbd {

QStringList ContactTableModel::columnTitles() const
{
    return {tr("#"), tr("Name"), tr("Role"), tr("Email"), tr("Phone"), tr("Slack")};
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
