#pragma once

#include "app/sync/OutboxWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bbd {

// A Slack incoming webhook (base URL "https://hooks.slack.com"). The webhook's address is its
// secret: it lives in the keychain, and the outbox row holds only placeholderPath(), which the
// dispatcher replaces with the stored address when it sends (webhookPath()). The channel
// (#new-hires, say) is the one the webhook was created for. Slack answers 200 "ok" as text.
struct SlackMessage
{
    QString text;      // fallback text, also shown in notifications
    QJsonArray blocks; // optional Block Kit blocks

    static QString placeholderPath() { return QStringLiteral("/slack/webhook"); }
    // The path to send to, from the stored secret: either the path itself
    // ("/services/T…/B…/X…") or the whole webhook URL as Slack shows it. Empty when the
    // secret is neither.
    static QString webhookPath(const QString &secret);
    QJsonObject json() const;
    OutboxItem outboxItem(const QString &entityType, qint64 entityId) const;
};

} // namespace bbd
