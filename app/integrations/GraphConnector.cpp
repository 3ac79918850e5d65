#include "app/integrations/GraphConnector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bbd {
namespace {

QJsonArray recipients(const QStringList &addresses)
{
    QJsonArray list;
    for (const QString &address : addresses) {
        if (!address.trimmed().isEmpty()) {
            list.append(QJsonObject{{QStringLiteral("emailAddress"),
                                     QJsonObject{{QStringLiteral("address"), address.trimmed()}}}});
        }
    }
    return list;
}

} // namespace

QJsonObject GraphMail::json() const
{
    QJsonObject message{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("contentType"),
                      html ? QStringLiteral("html") : QStringLiteral("text")},
                     {QStringLiteral("content"), body}}},
        {QStringLiteral("toRecipients"), recipients(to)},
    };
    if (!cc.isEmpty()) {
        message.insert(QStringLiteral("ccRecipients"), recipients(cc));
    }
    return {{QStringLiteral("message"), message},
            {QStringLiteral("saveToSentItems"), saveToSentItems}};
}

OutboxItem GraphMail::outboxItem(const QString &entityType, qint64 entityId) const
{
    return jsonPost(QStringLiteral("graph"), path(), json(), entityType, entityId);
}

} // namespace bbd
