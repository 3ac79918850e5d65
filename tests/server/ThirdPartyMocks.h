#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace bbd::testserver {

// The third-party endpoints the app calls, answering as the vendors document them:
//  - Jira Cloud  POST /rest/api/3/issue            -> 201 {id, key, self}
//  - Zoom        POST /v2/users/me/meetings        -> 201 meeting (id, join_url, start_url...)
//  - MS Graph    POST /v1.0/me/sendMail            -> 202, empty body
//  - Slack       POST /slack/webhook/<any path>    -> 200 "ok" (incoming webhook)
//  - hh.ru       GET  /negotiations/response?vacancy_id=&page=&per_page=  -> a page of responses
// Authorization is only checked for presence (the real services check it, this one records
// it for the tests to read). The server records every request; see TestServer::recorded().
class ThirdPartyMocks
{
public:
    static constexpr int HhMaxPerPage = 50;

    // "jira", "zoom", "graph", "slack", "hh", or empty when the path is none of theirs.
    static QString serviceFor(const QString &path);
    HttpResponse handle(const HttpRequest &request, const QString &service,
                        const QByteArray &baseUrl);

    // hh.ru: `count` responses (negotiations) to vacancy `vacancyId`, each with a resume that
    // carries a name, a phone and an e-mail; numbered from the ones already there.
    void seedHhResponses(const QString &vacancyId, int count);
    int hhResponseCount(const QString &vacancyId) const;

private:
    HttpResponse jira(const HttpRequest &request, const QByteArray &baseUrl);
    HttpResponse zoom(const HttpRequest &request, const QByteArray &baseUrl);
    HttpResponse graph(const HttpRequest &request);
    HttpResponse slack(const HttpRequest &request);
    HttpResponse hh(const HttpRequest &request);

    int m_jiraIssues = 0;
    qint64 m_zoomMeetings = 0;
    QHash<QString, QJsonArray> m_hhResponses; // vacancy id -> negotiations
};

} // namespace bbd::testserver
