#include "ui/contacts/DirectoryModels.h"

#include <QBrush>
#include <QColor>

namespace bbd {

ChannelListModel::ChannelListModel(const ContactDirectory &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

void ChannelListModel::setRecords(const QList<DirectoryChannel> &channels,
                                  const QList<DirectoryContact> &people)
{
    beginResetModel();
    m_channels = channels;
    m_people = people;
    endResetModel();
}

int ChannelListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size()) {
        return {};
    }
    const DirectoryChannel &c = m_channels.at(index.row());
    if (role == Qt::UserRole) {
        return c.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return c.name;
    case Kind:
        return ContactDirectory::kindText(c.kind);
    case Address:
        // Dialled as E.164 (the Call button), read in the form people write it.
        return c.kind == u"phone" ? m_directory.displayPhone(c.address) : c.address;
    case Purpose:
        return c.purpose;
    case WhenToUse:
        return c.whenToUse;
    case Responsible: {
        QStringList names;
        for (const qint64 id : c.contactIds) {
            for (const DirectoryContact &p : m_people) {
                if (p.id == id) {
                    names << p.fullName;
                }
            }
        }
        return names.join(QStringLiteral(", "));
    }
    case Confidential:
        return c.confidentialAllowed ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Channel");
    case Kind:
        return tr("Kind");
    case Address:
        return tr("Address");
    case Purpose:
        return tr("Purpose");
    case WhenToUse:
        return tr("When to use");
    case Responsible:
        return tr("Responsible");
    case Confidential:
        return tr("Confidential matters");
    default:
        return {};
    }
}

PersonListModel::PersonListModel(const ContactDirectory &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

void PersonListModel::setRecords(const QList<DirectoryContact> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PersonListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size()) {
        return {};
    }
    const DirectoryContact &p = m_people.at(index.row());
    const bool badPhone = !p.phoneRaw.isEmpty() && p.phoneE164.isEmpty();
    if (role == Qt::UserRole) {
        return p.id;
    }
    if (index.column() == Phone && badPhone) {
        if (role == Qt::ForegroundRole) {
            return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        if (role == Qt::ToolTipRole) {
            return tr("Not a valid phone number, kept as typed: it cannot be called.");
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Phone || index.column() == Email)) {
        QStringList lines;
        if (index.column() == Phone) {
            for (const QString &raw : p.allPhones()) {
                lines << (m_directory.toE164(raw).isEmpty() ? tr("%1 (not valid)").arg(raw)
                                                            : m_directory.displayPhone(raw));
            }
        } else {
            lines = p.allEmails();
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const auto more = [](const QString &text, qsizetype others) {
        return others > 0 && !text.isEmpty() ? tr("%1 (+%2)").arg(text).arg(others) : text;
    };
    switch (index.column()) {
    case Order:
        return p.escalationOrder;
    case Name:
        return p.fullName;
    case Role:
        return p.role;
    case Phone:
        return more(badPhone ? tr("%1 (not valid)").arg(p.phoneRaw) : m_directory.displayPhone(p),
                    p.morePhones.size());
    case Email:
        return more(p.email, p.moreEmails.size());
    case Slack:
        return p.slackHandle;
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Slack:
        return tr("Slack");
    default:
        return {};
    }
}

} // namespace bbd
