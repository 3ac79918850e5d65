#pragma once

#include "models/PagedTableModel.h"

#include <QDateTime>

namespace bbd {

// One request an onboarding stage sent (or is about to send) to a service, and the answer.
struct StageDelivery
{
    enum class State { Waiting, Sending, Sent, Failed, Conflict };

    qint64 id = 0;   // outbox.id
    QString service; // jira, zoom, graph, slack, platform
    QString what;    // "Jira task ONB-12", "E-mail to alina@…", "Zoom meeting"
    State state = State::Waiting;
    QDateTime queuedAt;
    QDateTime sentAt;
    int attempts = 0;
    QString answer; // what the service said: the task key, the join link, or the error
};

class StageDeliveryModel : public PagedTableModel<StageDelivery>
{
    Q_OBJECT

public:
    enum Column { Queued, Service, What, State, Answer, ColumnCount };
    enum Role { StateRole = FirstCustomRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;
    static QString stateText(StageDelivery::State state);
    static QString serviceName(const QString &service);

protected:
    QVariant cellData(const StageDelivery &delivery, int column, int role) const override;
};

} // namespace bbd
