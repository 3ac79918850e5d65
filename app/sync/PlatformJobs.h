#pragma once

#include "app/sync/NetworkJob.h"

#include <QJsonArray>
#include <QJsonObject>

// The request kinds of the platform contract (resources/api/butterboard-platform.openapi.yaml),
// one job class each.
namespace bbd {

// GET /api/v1/health: needs no key. A 503 "down" still reads its status.
class HealthJob : public NetworkJob
{
    Q_OBJECT

public:
    enum class Status { Unknown, Ok, Degraded, Down };

    HealthJob(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    Status status() const { return m_status; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/api/v1/health"); }
    bool sendsApiKey() const override { return false; }
    bool parseSuccess(const QJsonDocument &json) override;
    void parseFailure(const QJsonDocument &json) override;

private:
    static Status statusFrom(const QJsonDocument &json);
    Status m_status = Status::Unknown;
};

// One page of GET /api/v1/<resource>?updated_since&page_size&page_token.
class PullPageJob : public NetworkJob
{
    Q_OBJECT

public:
    struct Page
    {
        QString resource;   // "candidates"
        QString cursor;     // updated_since: the cursor of the last finished pull; empty = all
        QString pageToken;  // next_page_token of the previous page; empty = first page
        int pageSize = 100; // 1..1000
    };

    PullPageJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
                Page page, QObject *parent = nullptr);

    const Page &page() const { return m_page; }
    QJsonArray items() const { return m_items; }          // records and tombstones
    QString nextPageToken() const { return m_nextToken; } // empty on the last page
    QString cursor() const { return m_cursor; }           // store after the last page

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool parseSuccess(const QJsonDocument &json) override;

private:
    Page m_page;
    QJsonArray m_items;
    QString m_nextToken;
    QString m_cursor;
};

// One write of the outbox: POST, PATCH, PUT or DELETE with its Idempotency-Key (the same on
// every retry, so the server applies it once) and If-Match for edits and deletes.
class PushJob : public NetworkJob
{
    Q_OBJECT

public:
    struct Write
    {
        QByteArray method;
        QString path; // "/api/v1/candidates/cand_17"
        QByteArray body;
        QByteArray idempotencyKey;
        QByteArray ifMatch; // empty: no If-Match header
    };

    PushJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey, Write write,
            QObject *parent = nullptr);

    // The record the server answered with (empty for a 202/204 without a body).
    QJsonObject record() const { return m_record; }
    // After a 412: the record as it is on the server now.
    QJsonObject current() const { return m_current; }
    bool replayed() const { return responseHeader("Idempotent-Replayed") == "true"; }

protected:
    QByteArray method() const override { return m_write.method; }
    QString path() const override { return m_write.path; }
    QByteArray requestBody() const override { return m_write.body; }
    void addHeaders(QNetworkRequest &request) const override;
    bool parseSuccess(const QJsonDocument &json) override;
    void parseFailure(const QJsonDocument &json) override;

private:
    Write m_write;
    QJsonObject m_record;
    QJsonObject m_current;
};

} // namespace bbd
