#include "app/sync/PlatformJobs.h"

#include <QNetworkRequest>

namespace bbd {

HealthJob::HealthJob(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : NetworkJob(network, baseUrl, {}, parent)
{}

HealthJob::Status HealthJob::statusFrom(const QJsonDocument &json)
{
    const QString status = json.object().value(u"status").toString();
    if (status == u"ok") {
        return Status::Ok;
    }
    if (status == u"degraded") {
        return Status::Degraded;
    }
    if (status == u"down") {
        return Status::Down;
    }
    return Status::Unknown;
}

bool HealthJob::parseSuccess(const QJsonDocument &json)
{
    m_status = statusFrom(json);
    return m_status != Status::Unknown;
}

void HealthJob::parseFailure(const QJsonDocument &json)
{
    m_status = statusFrom(json);
}

PullPageJob::PullPageJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
                         Page page, QObject *parent)
    : NetworkJob(network, baseUrl, std::move(apiKey), parent)
    , m_page(std::move(page))
{}

QString PullPageJob::path() const
{
    return QStringLiteral("/api/v1/") + m_page.resource;
}

QUrlQuery PullPageJob::query() const
{
    QUrlQuery query;
    if (!m_page.cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("updated_since"), m_page.cursor);
    }
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_page.pageSize));
    if (!m_page.pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("page_token"), m_page.pageToken);
    }
    return query;
}

bool PullPageJob::parseSuccess(const QJsonDocument &json)
{
    const QJsonObject page = json.object();
    const QJsonValue items = page.value(u"items");
    const QJsonValue token = page.value(u"next_page_token");
    const QJsonValue cursor = page.value(u"cursor");
    // A page without its cursor cannot be resumed from, so it counts as unreadable.
    if (!items.isArray() || !(token.isString() || token.isNull()) || !cursor.isString()) {
        return false;
    }
    m_items = items.toArray();
    m_nextToken = token.toString();
    m_cursor = cursor.toString();
    return true;
}

PushJob::PushJob(QNetworkAccessManager *network, const QUrl &baseUrl, ApiKeyProvider apiKey,
                 Write write, QObject *parent)
    : NetworkJob(network, baseUrl, std::move(apiKey), parent)
    , m_write(std::move(write))
{}

void PushJob::addHeaders(QNetworkRequest &request) const
{
    request.setRawHeader("Idempotency-Key", m_write.idempotencyKey);
    if (!m_write.ifMatch.isEmpty()) {
        request.setRawHeader("If-Match", m_write.ifMatch);
    }
}

bool PushJob::parseSuccess(const QJsonDocument &json)
{
    // 202 and 204 may come without a body, a text-answering service with its text; anything
    // else must be a record.
    if (json.isNull() && (responseBody().trimmed().isEmpty() || acceptsTextAnswer())) {
        return true;
    }
    if (!json.isObject()) {
        return false;
    }
    m_record = json.object();
    return true;
}

void PushJob::parseFailure(const QJsonDocument &json)
{
    m_current = json.object().value(u"current").toObject();
}

} // namespace bbd
