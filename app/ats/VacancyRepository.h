#pragma once

#include "models/Vacancy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bbd {

class Database;

// Vacancies and their pipelines (the board's columns). Every write is one transaction.
class VacancyRepository
{
    Q_DECLARE_TR_FUNCTIONS(bbd::VacancyRepository)

public:
    explicit VacancyRepository(const Database &db);

    QString lastError() const { return m_lastError; }

    std::optional<Vacancy> load(qint64 id) const;
    // Creates a vacancy with the usual pipeline (response, screening, interview, offer, hired,
    // rejected) so that its board is usable at once.
    qint64 create(const Vacancy &vacancy);
    bool update(const Vacancy &vacancy);

    // The columns of a vacancy's board in order, with the live candidates in each.
    QList<PipelineStage> stages(qint64 vacancyId) const;
    std::optional<PipelineStage> stage(qint64 stageId) const;

    qint64 addStage(qint64 vacancyId, const QString &name, PipelineStage::Kind kind,
                    int position = -1);
    bool renameStage(qint64 stageId, const QString &name);
    bool setStageKind(qint64 stageId, PipelineStage::Kind kind);
    bool setStuckAfterDays(qint64 stageId, int days); // 0 switches the mark off
    bool setFolded(qint64 stageId, bool folded);
    // Moves a column to `position` (0-based) and renumbers the others.
    bool moveStage(qint64 stageId, int position);
    // Removes an empty column; a column with candidates must be emptied first.
    bool removeStage(qint64 stageId);

private:
    bool fail(const QString &message) const;
    bool renumber(qint64 vacancyId, const QList<qint64> &orderedIds);

    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace bbd
