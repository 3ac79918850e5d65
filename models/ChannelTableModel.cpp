#include "models/ChannelTableModel.h"

namespace bbd {

QStringList ChannelTableModel::columnTitles() const
{
    return {tr("Channel"), tr("Name"), tr("Address"), tr("Purpose"), tr("Confidential topics")};
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
