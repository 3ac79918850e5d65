#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bbd {

struct Candidate
{
    qint64 id = 0;
    qint64 vacancyId = 0;
    QString vacancyTitle;
    qint64 stageId = 0;
    QString stageName;
    QString fullName;
    QString email;
    QString phoneE164;    // empty when the number could not be parsed
    QString phoneRaw;     // exactly as it was typed or imported
    QString phoneDisplay; // national format, or phoneRaw when the number is invalid
    QString source;
    int rating = 0;
    QStringList tags;
    QDateTime appliedAt;
    QDateTime stageEnteredAt;
};

} // namespace bbd
