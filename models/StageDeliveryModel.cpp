#include "models/StageDeliveryModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bbd {

QStringList StageDeliveryModel::columnTitles() const
{
    return {tr("Queued"), tr("Service"), tr("What"), tr("State"), tr("Answer")};
}

QString StageDeliveryModel::stateText(StageDelivery::State state)
{
    switch (state) {
    case StageDelivery::State::Waiting:
        return tr("Waiting in the outbox");
    case StageDelivery::State::Sending:
        return tr("Sending");
    case StageDelivery::State::Sent:
        return tr("Sent");
    case StageDelivery::State::Failed:
        return tr("Failed");
    case StageDelivery::State::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString StageDeliveryModel::serviceName(const QString &service)
{
    if (service == u"jira") {
        return tr("Jira");
    }
    if (service == u"zoom") {
        return tr("Zoom");
    }
    if (service == u"graph") {
        return tr("Outlook mail");
    }
    if (service == u"slack") {
        return tr("Slack");
    }
    if (service == u"platform") {
        return tr("Butterboard platform");
    }
    return service;
}

QVariant StageDeliveryModel::cellData(const StageDelivery &delivery, int column, int role) const
{
    switch (role) {
    case IdRole:
        return delivery.id;
    case StateRole:
        return static_cast<int>(delivery.state);
    case Qt::ToolTipRole:
        return column == Answer ? QVariant(delivery.answer) : QVariant();
    case Qt::ForegroundRole:
        if (column == State && delivery.state == StageDelivery::State::Failed) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Queued:
        return QLocale().toString(delivery.queuedAt.toLocalTime(), QLocale::ShortFormat);
    case Service:
        return serviceName(delivery.service);
    case What:
        return delivery.what;
    case State:
        if (delivery.state == StageDelivery::State::Sent && delivery.sentAt.isValid()) {
            return tr("Sent %1").arg(
                QLocale().toString(delivery.sentAt.toLocalTime(), QLocale::ShortFormat));
        }
        if (delivery.state == StageDelivery::State::Waiting && delivery.attempts > 0) {
            return tr("Waiting, %n attempt(s) so far", nullptr, delivery.attempts);
        }
        return stateText(delivery.state);
    case Answer:
        return delivery.answer;
    }
    return {};
}

} // namespace bbd
