#pragma once

#include <QDate>
#include <QString>

namespace bbd {

struct Vacancy
{
    enum class Status { Draft, Open, Paused, Closed };

    qint64 id = 0;
    QString title;
    QString department;
    Status status = Status::Open;
    QDate openedAt;
    int candidateCount = 0;
    int hiredCount = 0;
};

// One column of a vacancy's board.
struct PipelineStage
{
    enum class Kind { Normal, Hired, Rejected };

    qint64 id = 0;
    qint64 vacancyId = 0;
    int position = 0;
    QString name;
    Kind kind = Kind::Normal;
    int stuckAfterDays = 0; // 0: never marked as stuck
    bool folded = false;
    int candidateCount = 0; // filled by queries that count, 0 otherwise

    bool isFinal() const { return kind != Kind::Normal; }
    friend bool operator==(const PipelineStage &, const PipelineStage &) = default;
};

// Stable text keys, as stored in the database.
QString vacancyStatusKey(Vacancy::Status status);
Vacancy::Status vacancyStatusFromKey(const QString &key);
QString pipelineStageKindKey(PipelineStage::Kind kind);
PipelineStage::Kind pipelineStageKindFromKey(const QString &key);

} // namespace bbd
