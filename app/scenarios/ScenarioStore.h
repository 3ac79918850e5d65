#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace bbd {

class ScenarioDocument;
struct ScenarioContents;

// Reads and writes the scenario the editor holds (scenarios, scenario_stages, scenario_links),
// each call one transaction. A scenario that assignments follow is never changed in place:
// saving it makes a new revision, and the old one stays as its assignments started it.
class ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ScenarioStore)

public:
    // What moveAssignments() did, counted in assignment stages.
    struct AssignmentMove
    {
        int assignments = 0;
        int stagesKept = 0;    // the same stage in both revisions: status, dates, results kept
        int stagesAdded = 0;   // new in the revision, dated from the start date
        int stagesDropped = 0; // gone from the revision and still pending: removed
        int stagesKeptAsHistory = 0; // gone from the revision but done or under way: kept
        QString summary() const;
    };

    explicit ScenarioStore(QSqlDatabase db);

    // The scenario with its stages (positions included) and links; the document's keys are
    // new, each stage's dbId is its scenario_stages id. False with lastError() when there is
    // no such scenario (or it was deleted).
    bool load(qint64 scenarioId, ScenarioDocument *document);
    // The same as plain contents (keys 1..n), for templates.
    bool loadContents(qint64 scenarioId, ScenarioContents *contents, int *revision = nullptr);

    // A new scenario is inserted; one nobody follows is updated in place (stages matched by
    // dbId); one that assignments reference (any status) is saved as a new revision
    // (savedNewRevision()). Then document->markSaved() with the row and stage ids written.
    bool save(ScenarioDocument *document);
    bool savedNewRevision() const { return m_savedNewRevision; }

    // Moves the active assignments of `previousId` to its later revision `newId` (see the
    // counts above). Recurring stages get no occurrences before `today` (default: the current
    // date). One transaction.
    bool moveAssignments(qint64 previousId, qint64 newId, QDate today = {});
    AssignmentMove lastMove() const { return m_lastMove; }

    // Marks the scenario and its earlier revisions deleted; refused while any assignment (of
    // any status) references one of them.
    bool remove(qint64 scenarioId);

    QString lastError() const { return m_lastError; }

    // Inside the caller's open transaction: a new scenarios row (a template when `isTemplate`)
    // with the stages and links of `contents`. Returns its id, or 0 with `error` set;
    // `dbIdByKey` receives the scenario_stages id of each stage key.
    static qint64 insertScenario(QSqlDatabase db, const ScenarioContents &contents, bool isTemplate,
                                 QString *error, QHash<qint64, qint64> *dbIdByKey = nullptr);

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_lastError;
    bool m_savedNewRevision = false;
    AssignmentMove m_lastMove;
};

using AssignmentMove = ScenarioStore::AssignmentMove;

} // namespace bbd
