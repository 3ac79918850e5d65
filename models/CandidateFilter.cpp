#include "models/CandidateFilter.h"

namespace bbd {
namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject CandidateFilter::toJson() const
{
    QJsonObject json;
    // Only what filters is written, so a saved filter reads like what the user chose.
    if (!text.isEmpty()) {
        json.insert(u"text", text);
    }
    if (vacancyId != 0) {
        json.insert(u"vacancy_id", vacancyId);
    }
    if (stageId != 0) {
        json.insert(u"stage_id", stageId);
    }
    if (!source.isEmpty()) {
        json.insert(u"source", source);
    }
    if (!tag.isEmpty()) {
        json.insert(u"tag", tag);
    }
    if (minRating != 0) {
        json.insert(u"min_rating", minRating);
    }
    if (appliedFrom.isValid()) {
        json.insert(u"applied_from", dateText(appliedFrom));
    }
    if (appliedTo.isValid()) {
        json.insert(u"applied_to", dateText(appliedTo));
    }
    return json;
}

CandidateFilter CandidateFilter::fromJson(const QJsonObject &json)
{
    CandidateFilter filter;
    filter.text = json.value(u"text").toString();
    filter.vacancyId = json.value(u"vacancy_id").toInteger();
    filter.stageId = json.value(u"stage_id").toInteger();
    filter.source = json.value(u"source").toString();
    filter.tag = json.value(u"tag").toString();
    filter.minRating = qBound(0, json.value(u"min_rating").toInt(), 5);
    filter.appliedFrom = QDate::fromString(json.value(u"applied_from").toString(), Qt::ISODate);
    filter.appliedTo = QDate::fromString(json.value(u"applied_to").toString(), Qt::ISODate);
    return filter;
}

} // namespace bbd
