#include "models/ChannelTableModel.h"

namespace bbd {

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Channel");
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Purpose:
        return tr("Use it for");
    case Confidential:
        return tr("Confidential");
    }
    return {};
}

QString ChannelTableModel::kindText(Channel::Kind kind)
{
    switch (kind) {
    case Channel::Kind::Email:
        return tr("Email");
    case Channel::Kind::Slack:
        return tr("Slack");
    case Channel::Kind::Phone:
        return tr("Phone");
    case Channel::Kind::Meeting:
        return tr("Meeting");
    case Channel::Kind::Chatbot:
        return tr("Chat-bot");
    }
    return {};
}

QVariant ChannelTableModel::cellData(const Channel &channel, int column, int role) const
{
    switch (role) {
    case IdRole:
        return channel.id;
    case WhenToUseRole:
        return channel.whenToUse;
    case Qt::ToolTipRole:
        return tr("%1\n\nWhen to use: %2").arg(channel.purpose, channel.whenToUse);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Kind:
        return kindText(channel.kind);
    case Name:
        return channel.name;
    case Address:
        return channel.address;
    case Purpose:
        return channel.purpose;
    case Confidential:
        return channel.confidentialAllowed ? tr("Allowed") : tr("Not allowed");
    }
    return {};
}

} // namespace bbd
