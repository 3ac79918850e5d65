#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QAbstractTableModel>

namespace bbd {

// The reserve channels in priority order, as the panel lists them; a phone channel's number
// in the display format.
class ChannelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Address, Purpose, WhenToUse, Responsible, Confidential, ColumnCount };

    explicit ChannelListModel(const ContactDirectory &directory, QObject *parent = nullptr);

    void setRecords(const QList<DirectoryChannel> &channels, const QList<DirectoryContact> &people);
    const DirectoryChannel &channelAt(int row) const { return m_channels.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ContactDirectory &m_directory;
    QList<DirectoryChannel> m_channels;
    QList<DirectoryContact> m_people;
};

// The people to contact in escalation order; phones in the display format, a number that is
// not valid shown as typed and flagged. A cell shows the main phone or e-mail and how many
// more there are; its tooltip lists them all.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Order, Name, Role, Phone, Email, Slack, ColumnCount };

    PersonListModel(const ContactDirectory &directory, QObject *parent = nullptr);

    void setRecords(const QList<DirectoryContact> &people);
    const DirectoryContact &personAt(int row) const { return m_people.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ContactDirectory &m_directory;
    QList<DirectoryContact> m_people;
};

} // namespace bbd
