#pragma once

#include "app/sync/OutboxWriter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bbd {

// Microsoft Graph v1.0, `POST /me/sendMail` on the base URL "https://graph.microsoft.com/v1.0"
// (the vendor's server URL carries the version), with the OAuth token as Bearer. Answers 202
// without a body. Property names are sent in Graph's own camelCase.
struct GraphMail
{
    QString subject;
    QString body;
    bool html = false; // body.contentType "html", else "text"
    QStringList to;    // toRecipients
    QStringList cc;    // ccRecipients
    bool saveToSentItems = true;

    static QString path() { return QStringLiteral("/me/sendMail"); }
    QJsonObject json() const;
    OutboxItem outboxItem(const QString &entityType, qint64 entityId) const;
};

} // namespace bbd
