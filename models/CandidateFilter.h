#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace bbd {

// What a recruiter narrows the candidates down to: the search field plus the filter bar.
// Empty or zero members do not filter. Saved filters store it as JSON.
struct CandidateFilter
{
    QString text; // search-as-you-type: name, phones (any format), emails, tags, notes
    qint64 vacancyId = 0;
    qint64 stageId = 0;
    QString source;
    QString tag;
    int minRating = 0; // 0..5
    QDate appliedFrom; // inclusive
    QDate appliedTo;   // inclusive

    bool isEmpty() const { return *this == CandidateFilter{}; }
    QJsonObject toJson() const;
    static CandidateFilter fromJson(const QJsonObject &json);
    friend bool operator==(const CandidateFilter &, const CandidateFilter &) = default;
};

} // namespace bbd
