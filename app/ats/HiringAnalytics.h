#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bbd {

class Database;

struct FunnelStep
{
    qint64 stageId = 0;
    QString stageName;
    int reached = 0;        // candidates who got to this stage or further
    int current = 0;        // candidates in it now
    double conversion = 0;  // reached / reached at the first stage
    double averageDays = 0; // average time spent in the stage (finished stays and current ones)
    bool rejected = false;  // the rejection stage: not a step of the funnel
};

struct SourceFigures
{
    QString source;
    int candidates = 0;
    int hired = 0;
    int rejected = 0;
};

struct TimeToHire
{
    int hired = 0;
    double averageDays = 0;
    double medianDays = 0;
};

// Hiring figures for one vacancy, or for all when the vacancy id is 0 (the funnel then needs
// one vacancy: pipelines differ). Read-only aggregate queries over live candidates.
class HiringAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(bbd::HiringAnalytics)

public:
    explicit HiringAnalytics(const Database &db);
    // On an open connection of that name (a worker thread's; see BackgroundReader).
    explicit HiringAnalytics(QString connectionName);

    QString lastError() const { return m_lastError; }

    QList<FunnelStep> funnel(qint64 vacancyId) const;
    QList<SourceFigures> bySource(qint64 vacancyId) const;
    TimeToHire timeToHire(qint64 vacancyId) const;

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

// Candidates whose personal data has been kept longer than the retention period, and the
// anonymisation that erases it while keeping the statistics (vacancy, stage, source, dates).
struct RetentionCandidate
{
    qint64 id = 0;
    QString fullName;
    QString vacancyTitle;
    QString stageName;
    QString lastActivity; // ISO date
};

class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(bbd::RetentionService)

public:
    explicit RetentionService(const Database &db);

    QString lastError() const { return m_lastError; }

    // Not hired, not anonymised, no change for `months` months.
    QList<RetentionCandidate> pastRetention(int months) const;
    // Erases names, phones, e-mails, notes, tags, attachments (files too, under
    // `attachmentsDir`), and the texts of timeline entries; one transaction; files are
    // removed only after the commit. Returns how many were anonymised.
    int anonymize(const QList<qint64> &ids, const QString &attachmentsDir);

private:
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace bbd
