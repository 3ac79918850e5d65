#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace bbd {

class ChannelTableModel;
class ContactTableModel;

// The reserve channels and the people behind them, for when the platform cannot be reached.
class ContactsArea : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    ChannelTableModel *channelModel() const { return m_channels; }
    ContactTableModel *contactModel() const { return m_contacts; }

private:
    AppContext m_context;
    ChannelTableModel *m_channels = nullptr;
    ContactTableModel *m_contacts = nullptr;
    QTableView *m_channelView = nullptr;
    QTableView *m_contactView = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace bbd
