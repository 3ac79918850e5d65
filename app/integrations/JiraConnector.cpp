#include "app/integrations/JiraConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bbd {

QJsonObject JiraIssue::adf(const QString &text)
{
    QJsonArray paragraphs;
    static const QRegularExpression blankLine(QStringLiteral(R"(\n\s*\n)"));
    const QStringList blocks = text.trimmed().split(blankLine, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QJsonArray content;
        const QStringList lines = block.trimmed().split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("hardBreak")}});
            }
            // ADF refuses empty text nodes.
            if (!lines[i].trimmed().isEmpty()) {
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                           {QStringLiteral("text"), lines[i].trimmed()}});
            }
        }
        paragraphs.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("paragraph")},
                                      {QStringLiteral("content"), content}});
    }
    return {{QStringLiteral("type"), QStringLiteral("doc")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("content"), paragraphs}};
}

QJsonObject JiraIssue::json() const
{
    QJsonObject fields{
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("key"), projectKey}}},
        {QStringLiteral("issuetype"), QJsonObject{{QStringLiteral("name"), issueType}}},
        {QStringLiteral("summary"), summary.simplified().left(255)},
    };
    if (!description.trimmed().isEmpty()) {
        fields.insert(QStringLiteral("description"), adf(description));
    }
    if (!assigneeAccountId.isEmpty()) {
        fields.insert(QStringLiteral("assignee"),
                      QJsonObject{{QStringLiteral("accountId"), assigneeAccountId}});
    }
    return {{QStringLiteral("fields"), fields}};
}

OutboxItem JiraIssue::outboxItem(const QString &entityType, qint64 entityId) const
{
    return jsonPost(QStringLiteral("jira"), path(), json(), entityType, entityId);
}

} // namespace bbd
