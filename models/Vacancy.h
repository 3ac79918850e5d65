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

// Stable text keys, as stored in the database.
QString vacancyStatusKey(Vacancy::Status status);
Vacancy::Status vacancyStatusFromKey(const QString &key);

} // namespace bbd
