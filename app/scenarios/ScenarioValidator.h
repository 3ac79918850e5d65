#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bbd {

class ScenarioDocument;
class Settings;
struct StageData;

// One finding of the validator. Errors keep a scenario from being assigned; warnings are
// advice (seed 001: video meetings of 30 to 60 minutes).
struct ScenarioProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    qint64 stageKey = 0; // the document's stage key; 0: the whole scenario
    // Stable key of the rule, for code and tests (the message is translated): "no_stages",
    // "no_title", "no_owner", "cycle", "unreachable", "timing_before_dependency",
    // "meeting_duration", "jira_project", "action_url", "action_invalid".
    QString rule;
    QString message; // a sentence for the user, naming the stage

    bool isError() const { return severity == Severity::Error; }
};

// The rules a scenario must pass before it is assigned (issue 5), run by the editor after
// every edit and by ScenarioAssigner before it writes anything.
class ScenarioValidator
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ScenarioValidator)

public:
    // Whole-scenario problems first, then each stage's in the document's order. `settings`
    // may be null: then no integration option is known (a Jira action must name its project).
    static QList<ScenarioProblem> validate(const ScenarioDocument &document,
                                           const Settings *settings);
    static bool hasErrors(const QList<ScenarioProblem> &problems);
    static QStringList errorMessages(const QList<ScenarioProblem> &problems);
    // How messages name a stage: its title, or "Stage (meeting)" while it has none.
    static QString stageName(const StageData &stage);
    // The stage kind as the user reads it ("one-on-one").
    static QString kindName(const QString &kind);
};

} // namespace bbd
