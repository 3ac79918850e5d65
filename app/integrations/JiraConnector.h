#pragma once

#include "app/sync/OutboxWriter.h"

#include <QJsonObject>
#include <QString>

namespace bbd {

// Jira Cloud REST v3, `POST /rest/api/3/issue` on the site's base URL
// ("https://acme.atlassian.net"), authenticated with Basic "email:api_token".
struct JiraIssue
{
    QString projectKey;                         // fields.project.key, "ONB"
    QString issueType = QStringLiteral("Task"); // fields.issuetype.name
    QString summary;           // one line; Jira refuses line breaks and > 255 chars
    QString description;       // plain text; blank lines separate paragraphs
    QString assigneeAccountId; // optional: fields.assignee.accountId

    static QString path() { return QStringLiteral("/rest/api/3/issue"); }
    // v3 takes rich text only as an Atlassian Document: doc > paragraph > text.
    static QJsonObject adf(const QString &text);
    QJsonObject json() const;
    OutboxItem outboxItem(const QString &entityType, qint64 entityId) const;
};

} // namespace bbd
