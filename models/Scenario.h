#pragma once

#include <QString>

namespace bbd {

struct Scenario
{
    qint64 id = 0;
    QString name;
    QString description;
    int revision = 1;
    int stageCount = 0;
    int activeAssignmentCount = 0;
};

struct ScenarioStage
{
    enum class TimingUnit { Day, Week, Month };
    enum class Recurrence { None, Weekly, Biweekly };
    enum class OwnerRole { HrManager, Manager, Mentor, NewHire };

    qint64 id = 0;
    qint64 scenarioId = 0;
    QString title;
    QString kind; // meeting, training, one_on_one, document, task, survey, custom
    TimingUnit timingUnit = TimingUnit::Day;
    int timingOffset = 1;
    Recurrence recurrence = Recurrence::None;
    int durationMinutes = 0;
    OwnerRole ownerRole = OwnerRole::HrManager;
    QString description;
    int actionCount = 0;
};

QString timingUnitKey(ScenarioStage::TimingUnit unit);
ScenarioStage::TimingUnit timingUnitFromKey(const QString &key);
QString recurrenceKey(ScenarioStage::Recurrence recurrence);
ScenarioStage::Recurrence recurrenceFromKey(const QString &key);
QString ownerRoleKey(ScenarioStage::OwnerRole role);
ScenarioStage::OwnerRole ownerRoleFromKey(const QString &key);

} // namespace bbd
