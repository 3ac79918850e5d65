#include "app/integrations/SlackConnector.h"

#include <QJsonDocument>
#include <QUrl>

namespace bbd {

QString SlackMessage::webhookPath(const QString &secret)
{
    const QString text = secret.trimmed();
    if (text.startsWith(u'/')) {
        return text;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.path().startsWith(u'/')) {
        return url.path(QUrl::FullyEncoded);
    }
    return {};
}

QJsonObject SlackMessage::json() const
{
    QJsonObject object{{QStringLiteral("text"), text}};
    if (!blocks.isEmpty()) {
        object.insert(QStringLiteral("blocks"), blocks);
    }
    return object;
}

OutboxItem SlackMessage::outboxItem(const QString &entityType, qint64 entityId) const
{
    return jsonPost(QStringLiteral("slack"), placeholderPath(), json(), entityType, entityId);
}

} // namespace bbd
