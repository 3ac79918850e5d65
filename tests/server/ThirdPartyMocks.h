#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace bbd::testserver {

// The third-party endpoints the app calls, answering as the vendors document them:
//  - Jira Cloud  POST /rest/api/3/issue            -> 201 {id, key, self}
//  - Zoom        POST /v2/users/me/meetings        -> 201 meeting (id, join_url, start_url...)
//  - MS Graph    POST /v1.0/me/sendMail            -> 202, empty body
//  - Slack       POST /slack/webhook/<any path>    -> 200 "ok" (incoming webhook)
//  - hh.ru       GET  /negotiations/response?vacancy_id=&page=&per_page=  -> a page of responses
//                GET  /resumes/<id>?topic_id=<response id>                 -> the full resume
// Authorization is only checked for presence (the real services check it, this one records
// it for the tests to read), except for hh.ru once setHhToken() named the valid token. The
// server records every request; see TestServer::recorded().
//
// hh.ru as documented in github.com/hhru/api (docs/employer_negotiations.md, docs/errors.md):
// the list gives each response a short resume without contacts and with a `url` to the full
// one, which has the `contact` array (phones as {country, city, number, formatted}, e-mail as
// a string); a missing or wrong token is 403 {"errors":[{"type":"oauth","value":
// "bad_authorization"}]}; a request without User-Agent (or HH-User-Agent) is 400
// bad_user_agent.
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
    // One response by a named applicant; `phone` as hh.ru formats it ("+7 (903) 123-45-67"),
    // either contact may be empty. Returns the response id.
    QString addHhResponse(const QString &vacancyId, const QString &lastName,
                          const QString &firstName, const QString &phone, const QString &email);
    int hhResponseCount(const QString &vacancyId) const;
    // The resume answers 404 from now on (the applicant hid it); the list still names it.
    void hideHhResume(const QString &resumeId) { m_hhHidden.insert(resumeId); }
    // Only this token is accepted from now on (empty: any token); another one is refused with
    // `refusedStatus` (hh.ru documents 403 "oauth"; 401 is what a proxy in front may answer).
    void setHhToken(const QByteArray &token, int refusedStatus = 403)
    {
        m_hhToken = token;
        m_hhRefusedStatus = refusedStatus;
    }

private:
    HttpResponse jira(const HttpRequest &request, const QByteArray &baseUrl);
    HttpResponse zoom(const HttpRequest &request, const QByteArray &baseUrl);
    HttpResponse graph(const HttpRequest &request);
    HttpResponse slack(const HttpRequest &request);
    HttpResponse hh(const HttpRequest &request, const QByteArray &baseUrl);
    QJsonObject hhShortResume(const QJsonObject &resume, const QString &responseId,
                              const QByteArray &baseUrl) const;
    void appendHhResponse(const QString &vacancyId, const QJsonObject &fullResume);

    int m_jiraIssues = 0;
    qint64 m_zoomMeetings = 0;
    QHash<QString, QJsonArray> m_hhResponses; // vacancy id -> negotiations (resume id only)
    QHash<QString, QJsonObject> m_hhResumes;  // resume id -> full resume
    QSet<QString> m_hhHidden;
    QByteArray m_hhToken;
    int m_hhRefusedStatus = 403;
    int m_hhNextResponse = 0;
};

} // namespace bbd::testserver
