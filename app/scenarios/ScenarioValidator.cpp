#include "app/scenarios/ScenarioValidator.h"

#include "app/integrations/StageActions.h"
#include "app/scenarios/WorkingDays.h"
#include "app/settings/Settings.h"
#include "models/ScenarioDocument.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace bbd {
namespace {

// Seed 001: onboarding video meetings work best at 30 to 60 minutes.
constexpr int kMeetingMin = 30;
constexpr int kMeetingMax = 60;

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

int workingDayOf(const StageData &stage)
{
    return workingDayOfStage(timingUnitKey(stage.timingUnit), stage.timingOffset);
}

// Strongly connected components of the dependency graph (Tarjan's algorithm, with an explicit
// stack so a long chain of stages cannot exhaust the call stack). Returns, per stage index, the
// component number; components of more than one stage are the loops (self-links do not exist).
QList<int> components(int count, const QList<QList<int>> &out, int *componentCount)
{
    QList<int> index(count, -1);
    QList<int> low(count, 0);
    QList<bool> onStack(count, false);
    QList<int> component(count, -1);
    QList<int> stack;
    int next = 0;
    int found = 0;
    struct Frame
    {
        int node;
        int edge;
    };
    for (int root = 0; root < count; ++root) {
        if (index.at(root) >= 0) {
            continue;
        }
        QList<Frame> frames{{root, 0}};
        index[root] = low[root] = next++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const int v = frame.node;
            if (frame.edge < out.at(v).size()) {
                const int w = out.at(v).at(frame.edge++);
                if (index.at(w) < 0) {
                    index[w] = low[w] = next++;
                    stack.append(w);
                    onStack[w] = true;
                    frames.append({w, 0});
                } else if (onStack.at(w)) {
                    low[v] = std::min(low.at(v), index.at(w));
                }
                continue;
            }
            if (low.at(v) == index.at(v)) {
                int w = -1;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = found;
                } while (w != v);
                ++found;
            }
            frames.removeLast();
            if (!frames.isEmpty()) {
                const int parent = frames.last().node;
                low[parent] = std::min(low.at(parent), low.at(v));
            }
        }
    }
    *componentCount = found;
    return component;
}

class Checker
{
public:
    Checker(const ScenarioDocument &document, const Settings *settings)
        : m_document(document)
        , m_stages(document.stages())
        , m_jiraProject(
              settings ? settings->serviceOption(QStringLiteral("jira"), QStringLiteral("project"))
                             .trimmed()
                       : QString())
    {}

    QList<ScenarioProblem> run()
    {
        if (m_stages.isEmpty()) {
            add(ScenarioProblem::Severity::Error, 0, QStringLiteral("no_stages"),
                ScenarioValidator::tr("The scenario has no stages yet: add at least one before "
                                      "assigning it."));
            return m_problems;
        }
        checkGraph();
        for (int i = 0; i < m_stages.size(); ++i) {
            checkStage(i);
        }
        // Whole-scenario findings first, then the stages in the document's order; within a
        // stage in the order the rules ran.
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [this](const ScenarioProblem &a, const ScenarioProblem &b) {
                             return order(a) < order(b);
                         });
        return m_problems;
    }

private:
    int order(const ScenarioProblem &problem) const
    {
        return problem.stageKey == 0 ? -1 : m_document.indexOf(problem.stageKey);
    }

    QString name(int index) const
    {
        return quoted(ScenarioValidator::stageName(m_stages.at(index)));
    }

    void add(ScenarioProblem::Severity severity, qint64 key, const QString &rule,
             const QString &message)
    {
        m_problems.append({severity, key, rule, message});
    }

    void checkGraph()
    {
        const int count = int(m_stages.size());
        QList<QList<int>> out(count);
        for (const StageLink &link : m_document.links()) {
            const int from = m_document.indexOf(link.from);
            const int to = m_document.indexOf(link.to);
            if (from >= 0 && to >= 0) {
                out[from].append(to);
            }
        }
        int componentCount = 0;
        const QList<int> component = components(count, out, &componentCount);
        QList<QList<int>> members(componentCount);
        for (int i = 0; i < count; ++i) {
            members[component.at(i)].append(i);
        }
        QList<bool> inLoop(count, false);
        for (const QList<int> &loop : std::as_const(members)) {
            if (loop.size() < 2) {
                continue;
            }
            // A message lists a few of the loop's stages; a loop of hundreds stays readable.
            constexpr int kListed = 5;
            QStringList names;
            for (int i : loop) {
                inLoop[i] = true;
                if (names.size() < kListed) {
                    names.append(name(i));
                }
            }
            if (loop.size() > kListed) {
                names.append(ScenarioValidator::tr("%n more", nullptr, int(loop.size()) - kListed));
            }
            for (int i : loop) {
                add(ScenarioProblem::Severity::Error, m_stages.at(i).key, QStringLiteral("cycle"),
                    ScenarioValidator::tr("%1 waits for itself through a loop of dependencies "
                                          "(%2): none of these stages can ever start. Remove "
                                          "one of the links.")
                        .arg(name(i), names.join(QStringLiteral(", "))));
            }
        }

        // Everything downstream of a loop waits for it forever; name the loop stage it waits
        // for, found breadth-first so it is the nearest one.
        QList<int> blockedBy(count, -1);
        QList<int> queue;
        for (int i = 0; i < count; ++i) {
            if (inLoop.at(i)) {
                blockedBy[i] = i;
                queue.append(i);
            }
        }
        for (qsizetype head = 0; head < queue.size(); ++head) {
            const int v = queue.at(head);
            for (int w : out.at(v)) {
                if (blockedBy.at(w) < 0) {
                    blockedBy[w] = blockedBy.at(v);
                    queue.append(w);
                }
            }
        }
        for (int i = 0; i < count; ++i) {
            if (!inLoop.at(i) && blockedBy.at(i) >= 0) {
                add(ScenarioProblem::Severity::Error, m_stages.at(i).key,
                    QStringLiteral("unreachable"),
                    ScenarioValidator::tr("%1 can never start: it waits, directly or through "
                                          "other stages, for %2, which is in a loop of "
                                          "dependencies.")
                        .arg(name(i), name(blockedBy.at(i))));
            }
        }

        for (const StageLink &link : m_document.links()) {
            const int from = m_document.indexOf(link.from);
            const int to = m_document.indexOf(link.to);
            if (from < 0 || to < 0) {
                continue;
            }
            const int fromDay = workingDayOf(m_stages.at(from));
            const int toDay = workingDayOf(m_stages.at(to));
            if (toDay < fromDay) {
                add(ScenarioProblem::Severity::Error, link.to,
                    QStringLiteral("timing_before_dependency"),
                    ScenarioValidator::tr("%1 is set for working day %2, before %3 (working day "
                                          "%4), which it waits for. Move it later or remove the "
                                          "link.")
                        .arg(name(to))
                        .arg(toDay)
                        .arg(name(from))
                        .arg(fromDay));
            }
        }
    }

    void checkStage(int index)
    {
        const StageData &stage = m_stages.at(index);
        const QString stageName = name(index);
        if (stage.title.trimmed().isEmpty()) {
            add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("no_title"),
                ScenarioValidator::tr("%1 has no title: new hires and managers would not know "
                                      "what it is.")
                    .arg(stageName));
        }
        if (!stage.ownerRole) {
            add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("no_owner"),
                ScenarioValidator::tr("%1 has no owner: choose who is responsible for it.")
                    .arg(stageName));
        }

        bool durationWarned = false;
        const auto warnDuration = [&](int minutes, bool video) {
            if (durationWarned || (minutes >= kMeetingMin && minutes <= kMeetingMax)) {
                return;
            }
            durationWarned = true;
            add(ScenarioProblem::Severity::Warning, stage.key, QStringLiteral("meeting_duration"),
                video ? ScenarioValidator::tr("The video meeting of %1 lasts %2 minutes; "
                                              "onboarding meetings work best at %3 to %4 "
                                              "minutes, and it will be booked at that length.")
                            .arg(stageName)
                            .arg(minutes)
                            .arg(kMeetingMin)
                            .arg(kMeetingMax)
                      : ScenarioValidator::tr("The meeting %1 lasts %2 minutes; onboarding "
                                              "meetings work best at %3 to %4 minutes.")
                            .arg(stageName)
                            .arg(minutes)
                            .arg(kMeetingMin)
                            .arg(kMeetingMax));
        };

        bool hasZoom = false;
        bool actionsFlagged = false;
        static const QStringList types{QStringLiteral("jira"),   QStringLiteral("slack"),
                                       QStringLiteral("graph"),  QStringLiteral("zoom"),
                                       QStringLiteral("survey"), QStringLiteral("document")};
        for (qsizetype i = 0; i < stage.actions.size(); ++i) {
            const QJsonObject action = stage.actions.at(i).toObject();
            const QString type = action.value(u"type").toString();
            const QString on = action.value(u"on").toString();
            const auto invalid = [&](const QString &message) {
                actionsFlagged = true;
                add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("action_invalid"),
                    message);
            };
            if (!types.contains(type)) {
                invalid(ScenarioValidator::tr("Action %1 of %2 has the unknown type “%3”.")
                            .arg(i + 1)
                            .arg(stageName, type));
                continue;
            }
            if (on != u"start" && on != u"complete") {
                invalid(ScenarioValidator::tr("Action %1 of %2 must run when the stage starts "
                                              "or when it is done.")
                            .arg(i + 1)
                            .arg(stageName));
                continue;
            }
            if (type == u"jira" && on == u"start") {
                invalid(ScenarioValidator::tr("%1 creates its Jira task when it starts; a Jira "
                                              "task is created when a stage is done.")
                            .arg(stageName));
                continue;
            }
            if (const QString unknown = unknownPlaceholder(action); !unknown.isEmpty()) {
                invalid(ScenarioValidator::tr("Action %1 of %2 uses {%3}, which is not a "
                                              "placeholder (known: {%4}).")
                            .arg(i + 1)
                            .arg(stageName, unknown,
                                 StageActions::placeholders().join(QStringLiteral("}, {"))));
                continue;
            }
            if (type == u"zoom") {
                hasZoom = true;
                // The length the meeting is booked with (StageActions::scheduleMeeting).
                const int own = action.value(u"duration").toInt(0);
                warnDuration(own > 0                     ? own
                             : stage.durationMinutes > 0 ? stage.durationMinutes
                                                         : kMeetingMin,
                             true);
            } else if (type == u"jira") {
                if (action.value(u"project").toString().trimmed().isEmpty() &&
                    m_jiraProject.isEmpty()) {
                    add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("jira_project"),
                        ScenarioValidator::tr("%1 creates a Jira task but names no project: "
                                              "name one in the action, or set a default "
                                              "project in Sync > Integrations.")
                            .arg(stageName));
                }
            } else if ((type == u"survey" || type == u"document") &&
                       !isWebAddress(action.value(u"url").toString())) {
                actionsFlagged = true;
                add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("action_url"),
                    type == u"survey"
                        ? ScenarioValidator::tr("The survey of %1 needs its web address (http "
                                                "or https).")
                              .arg(stageName)
                        : ScenarioValidator::tr("The document of %1 needs its web address "
                                                "(http or https).")
                              .arg(stageName));
            }
        }
        // What the stage runner will refuse must never pass here: a rule added there and not
        // yet here still keeps the scenario from being assigned.
        if (!actionsFlagged && !stage.actions.isEmpty()) {
            QList<StageAction> parsed;
            QString problem;
            if (!StageActions::parseActions(
                    QString::fromUtf8(QJsonDocument(stage.actions).toJson(QJsonDocument::Compact)),
                    &parsed, &problem)) {
                add(ScenarioProblem::Severity::Error, stage.key, QStringLiteral("action_invalid"),
                    ScenarioValidator::tr("%1: %2").arg(stageName, problem));
            }
        }
        if (!hasZoom && stage.kind == u"meeting" && stage.durationMinutes > 0) {
            warnDuration(stage.durationMinutes, false);
        }
    }

    static QString unknownPlaceholder(const QJsonObject &action)
    {
        static const QRegularExpression pattern(QStringLiteral(R"(\{([a-z_]+)\})"));
        const QStringList known = StageActions::placeholders();
        for (auto it = action.begin(); it != action.end(); ++it) {
            auto names = pattern.globalMatch(it.value().toString());
            while (names.hasNext()) {
                const QString placeholder = names.next().captured(1);
                if (!known.contains(placeholder)) {
                    return placeholder;
                }
            }
        }
        return {};
    }

    const ScenarioDocument &m_document;
    const QList<StageData> &m_stages;
    const QString m_jiraProject;
    QList<ScenarioProblem> m_problems;
};

} // namespace

QList<ScenarioProblem> ScenarioValidator::validate(const ScenarioDocument &document,
                                                   const Settings *settings)
{
    return Checker(document, settings).run();
}

bool ScenarioValidator::hasErrors(const QList<ScenarioProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const ScenarioProblem &problem) { return problem.isError(); });
}

QStringList ScenarioValidator::errorMessages(const QList<ScenarioProblem> &problems)
{
    QStringList messages;
    for (const ScenarioProblem &problem : problems) {
        if (problem.isError()) {
            messages.append(problem.message);
        }
    }
    return messages;
}

QString ScenarioValidator::kindName(const QString &kind)
{
    if (kind == u"meeting") {
        return tr("meeting");
    }
    if (kind == u"training") {
        return tr("training");
    }
    if (kind == u"one_on_one") {
        return tr("one-on-one");
    }
    if (kind == u"document") {
        return tr("document");
    }
    if (kind == u"task") {
        return tr("task");
    }
    if (kind == u"survey") {
        return tr("survey");
    }
    return tr("custom");
}

QString ScenarioValidator::stageName(const StageData &stage)
{
    const QString title = stage.title.simplified();
    return title.isEmpty() ? tr("Stage (%1)").arg(kindName(stage.kind)) : title;
}

} // namespace bbd
