#pragma once

#include "app/sync/NetworkJob.h"

#include <QJsonArray>
#include <QJsonObject>

// The hh.ru API requests the job-board connector makes (https://github.com/hhru/api,
// docs/employer_negotiations.md and docs/resumes.md).
namespace bbd {

// What every hh.ru request shares: the User-Agent hh.ru insists on (it answers 400
// bad_user_agent without one) and hh.ru's error body, {"errors": [{"type", "value"}]}.
class HhJob : public NetworkJob
{
    Q_OBJECT

public:
    HhJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider token,
          QByteArray userAgent, QObject *parent = nullptr);

    // The first entry of hh.ru's "errors" ("oauth", "bad_argument", "not_found"…), if any.
    QString hhErrorType() const { return m_errorType; }
    QString hhErrorValue() const { return m_errorValue; }
    // The token is missing, wrong, expired or revoked: 401, or 403 with type "oauth".
    bool tokenRefused() const;
    // The failure in words a recruiter can act on.
    QString userMessage() const;

    // "ButterboardDesk/<version> (<contact>)", the form hh.ru asks for.
    static QByteArray userAgentFor(const QString &contact);

protected:
    void addHeaders(QNetworkRequest &request) const override;
    void parseFailure(const QJsonDocument &json) override;

private:
    QByteArray m_userAgent;
    QString m_errorType;
    QString m_errorValue;
};

// One page of a vacancy's "response" collection:
// GET /negotiations/response?vacancy_id=&page=&per_page= -> {items, found, pages, page, per_page}.
class HhResponsesPageJob : public HhJob
{
    Q_OBJECT

public:
    static constexpr int MaxPerPage = 50; // hh.ru's limit for negotiation lists

    HhResponsesPageJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider token,
                       QByteArray userAgent, QString vacancyId, int page, int perPage,
                       QObject *parent = nullptr);

    QString vacancyId() const { return m_vacancyId; }
    int page() const { return m_page; }
    QJsonArray items() const { return m_items; } // negotiations, each with a short resume
    int found() const { return m_found; }
    int pages() const { return m_pages; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/negotiations/response"); }
    QUrlQuery query() const override;
    bool parseSuccess(const QJsonDocument &json) override;

private:
    QString m_vacancyId;
    int m_page = 0;
    int m_perPage = MaxPerPage;
    QJsonArray m_items;
    int m_found = 0;
    int m_pages = 0;
};

// The full resume of a response, where the contacts are (the list gives a short resume
// without them). hh.ru wants it fetched by the `url` the response carries, so the view is
// counted against that response; only its path and query are used, on the configured base
// URL, so the token never goes to another host.
class HhResumeJob : public HhJob
{
    Q_OBJECT

public:
    HhResumeJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider token,
                QByteArray userAgent, const QUrl &resumeUrl, QObject *parent = nullptr);

    QJsonObject resume() const { return m_resume; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return m_path; }
    QUrlQuery query() const override { return m_query; }
    bool parseSuccess(const QJsonDocument &json) override;

private:
    QString m_path;
    QUrlQuery m_query;
    QJsonObject m_resume;
};

} // namespace bbd
