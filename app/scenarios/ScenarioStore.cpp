#include "app/scenarios/ScenarioStore.h"

#include "app/scenarios/ScenarioAssigner.h"
#include "app/scenarios/ScenarioJson.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "models/ScenarioDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bbd {
namespace {

using sql::run;

const QString kStageColumns = QStringLiteral(
    "title, kind, timing_unit, timing_offset, recurrence, duration_minutes, owner_role, "
    "participants, description, actions, pos_x, pos_y, auto_complete");

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariantList stageValues(const StageData &stage)
{
    return {stage.title,
            stage.kind,
            timingUnitKey(stage.timingUnit),
            stage.timingOffset,
            recurrenceKey(stage.recurrence),
            stage.durationMinutes,
            stage.ownerRole ? QVariant(ownerRoleKey(*stage.ownerRole))
                            : QVariant(QMetaType(QMetaType::QString)),
            jsonText(QJsonArray::fromStringList(stage.participants)),
            stage.description,
            jsonText(stage.actions),
            stage.position.x(),
            stage.position.y(),
            stage.autoComplete ? 1 : 0};
}

bool readArray(const QVariant &value, QJsonArray *array)
{
    const QByteArray text = value.toString().toUtf8();
    if (text.trimmed().isEmpty()) {
        *array = {};
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text);
    *array = document.array();
    return document.isArray();
}

} // namespace

QString ScenarioStore::AssignmentMove::summary() const
{
    if (assignments == 0) {
        return ScenarioStore::tr(
            "No running onboarding followed the previous revision; nothing was moved.");
    }
    QString text =
        ScenarioStore::tr("%n new hire(s) moved to the new revision", nullptr, assignments) +
        QStringLiteral(": ") + ScenarioStore::tr("%n stage(s) kept", nullptr, stagesKept) +
        QStringLiteral(", ") + ScenarioStore::tr("%n added", nullptr, stagesAdded) +
        QStringLiteral(", ") + ScenarioStore::tr("%n dropped", nullptr, stagesDropped) + u'.';
    if (stagesKeptAsHistory > 0) {
        text += u' ' + ScenarioStore::tr(
                           "%n stage(s) no longer in the scenario but done or under way stay in "
                           "their history.",
                           nullptr, stagesKeptAsHistory);
    }
    return text;
}

ScenarioStore::ScenarioStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool ScenarioStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool ScenarioStore::loadContents(qint64 scenarioId, ScenarioContents *contents, int *revision)
{
    m_lastError.clear();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT name, description, revision FROM scenarios WHERE id = ? AND "
                            "deleted = 0"),
             {scenarioId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("There is no scenario #%1 (it may have been deleted).").arg(scenarioId));
    }
    ScenarioContents read;
    read.name = query.value(0).toString();
    read.description = query.value(1).toString();
    if (revision) {
        *revision = query.value(2).toInt();
    }
    if (!run(query,
             QStringLiteral("SELECT id, ") + kStageColumns +
                 QStringLiteral(" FROM scenario_stages WHERE scenario_id = ? ORDER BY id"),
             {scenarioId})) {
        return fail(query.lastError().text());
    }
    QHash<qint64, qint64> keyOf;
    while (query.next()) {
        StageData stage;
        stage.key = qint64(read.stages.size()) + 1;
        stage.dbId = query.value(0).toLongLong();
        stage.title = query.value(1).toString();
        stage.kind = query.value(2).toString();
        stage.timingUnit = timingUnitFromKey(query.value(3).toString());
        stage.timingOffset = query.value(4).toInt();
        stage.recurrence = recurrenceFromKey(query.value(5).toString());
        stage.durationMinutes = query.value(6).toInt();
        if (!query.value(7).isNull()) {
            stage.ownerRole = ownerRoleFromKey(query.value(7).toString());
        }
        QJsonArray participants;
        // A list the app cannot read is refused rather than emptied: saving would erase it.
        if (!readArray(query.value(8), &participants) ||
            !readArray(query.value(10), &stage.actions)) {
            return fail(tr("Stage “%1” of “%2” holds participants or actions that are not a JSON "
                           "list; the scenario cannot be opened.")
                            .arg(stage.title, read.name));
        }
        for (const QJsonValue &participant : std::as_const(participants)) {
            stage.participants.append(participant.toString());
        }
        stage.description = query.value(9).toString();
        stage.position = QPointF(query.value(11).toDouble(), query.value(12).toDouble());
        stage.autoComplete = query.value(13).toInt() != 0;
        keyOf.insert(stage.dbId, stage.key);
        read.stages.append(stage);
    }
    if (!run(query,
             QStringLiteral("SELECT from_stage_id, to_stage_id FROM scenario_links WHERE "
                            "scenario_id = ? ORDER BY id"),
             {scenarioId})) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        const qint64 from = keyOf.value(query.value(0).toLongLong());
        const qint64 to = keyOf.value(query.value(1).toLongLong());
        // A link to a stage of another scenario (a sync gone wrong) is not this one's.
        if (from != 0 && to != 0) {
            read.links.append({from, to});
        }
    }
    *contents = read;
    return true;
}

bool ScenarioStore::load(qint64 scenarioId, ScenarioDocument *document)
{
    ScenarioContents contents;
    int revision = 1;
    if (!loadContents(scenarioId, &contents, &revision)) {
        return false;
    }
    document->reset(scenarioId, revision, contents.name, contents.description, contents.stages,
                    contents.links);
    return true;
}

bool ScenarioStore::save(ScenarioDocument *document)
{
    m_lastError.clear();
    m_savedNewRevision = false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    const qint64 oldId = document->scenarioId();
    if (oldId == 0) {
        QString error;
        QHash<qint64, qint64> dbIdByKey;
        const qint64 savedId = insertScenario(
            m_db,
            {document->name(), document->description(), document->stages(), document->links()},
            false, &error, &dbIdByKey);
        if (savedId == 0 || !transaction.commit()) {
            return fail(savedId == 0 ? error : m_db.lastError().text());
        }
        document->markSaved(savedId, 1, dbIdByKey);
        return true;
    }

    QSqlQuery query(m_db);
    const QString now = sql::nowUtc();
    if (!run(query,
             QStringLiteral("SELECT revision, is_template, "
                            "(SELECT max(n.revision) FROM scenarios n WHERE "
                            "n.previous_revision_id = s.id AND n.deleted = 0), "
                            "EXISTS (SELECT 1 FROM assignments a WHERE a.scenario_id = s.id) "
                            "OR EXISTS (SELECT 1 FROM assignment_stages ast JOIN "
                            "scenario_stages st ON st.id = ast.stage_id WHERE "
                            "st.scenario_id = s.id) "
                            "FROM scenarios s WHERE s.id = ? AND s.deleted = 0"),
             {oldId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("The scenario was deleted meanwhile; export it to a file to keep "
                       "your changes."));
    }
    int revision = query.value(0).toInt();
    const bool isTemplate = query.value(1).toBool();
    if (!query.value(2).isNull()) {
        // Its successor is the one the list shows and new hires get; a second successor
        // would split the scenario in two.
        return fail(tr("Revision %1 of “%2” was saved meanwhile; open that one to make "
                       "changes.")
                        .arg(query.value(2).toInt())
                        .arg(document->name()));
    }
    const bool newRevision = query.value(3).toBool();
    QSet<qint64> existing; // scenario_stages ids of the saved row
    if (!run(query, QStringLiteral("SELECT id FROM scenario_stages WHERE scenario_id = ?"),
             {oldId})) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        existing.insert(query.value(0).toLongLong());
    }
    qint64 savedId = oldId;
    if (newRevision) {
        ++revision;
        if (!run(query,
                 QStringLiteral("INSERT INTO scenarios (name, description, revision, "
                                "previous_revision_id, is_template, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {document->name(), document->description(), revision, oldId, isTemplate ? 1 : 0,
                  now})) {
            return fail(query.lastError().text());
        }
        savedId = query.lastInsertId().toLongLong();
    } else {
        if (!run(query,
                 QStringLiteral("UPDATE scenarios SET name = ?, description = ?, "
                                "updated_at = ?, version = version + 1 WHERE id = ?"),
                 {document->name(), document->description(), now, oldId}) ||
            !run(query, QStringLiteral("DELETE FROM scenario_links WHERE scenario_id = ?"),
                 {oldId})) {
            return fail(query.lastError().text());
        }
    }

    QHash<qint64, qint64> dbIdByKey;
    QSet<qint64> claimed;
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO scenario_stages (scenario_id, ") +
                        kStageColumns +
                        QStringLiteral(", origin_stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)")) ||
        !update.prepare(QStringLiteral(
            "UPDATE scenario_stages SET title = ?, kind = ?, timing_unit = ?, timing_offset = ?, "
            "recurrence = ?, duration_minutes = ?, owner_role = ?, participants = ?, "
            "description = ?, actions = ?, pos_x = ?, pos_y = ?, auto_complete = ? WHERE id = "
            "?"))) {
        return fail(insert.lastError().isValid() ? insert.lastError().text()
                                                 : update.lastError().text());
    }
    for (const StageData &stage : document->stages()) {
        const QVariantList values = stageValues(stage);
        // A dbId is claimed once: a second stage with the same one (a stage copied inside the
        // editor with its id) is a stage of its own.
        const bool ours =
            stage.dbId != 0 && existing.contains(stage.dbId) && !claimed.contains(stage.dbId);
        if (ours) {
            claimed.insert(stage.dbId);
        }
        if (ours && !newRevision) {
            for (const QVariant &value : values) {
                update.addBindValue(value);
            }
            update.addBindValue(stage.dbId);
            if (!update.exec()) {
                return fail(update.lastError().text());
            }
            dbIdByKey.insert(stage.key, stage.dbId);
            continue;
        }
        insert.addBindValue(savedId);
        for (const QVariant &value : values) {
            insert.addBindValue(value);
        }
        // The copy remembers its original, so assignments can follow it to this revision.
        insert.addBindValue(sql::nullIfZero(newRevision && ours ? stage.dbId : 0));
        if (!insert.exec()) {
            return fail(insert.lastError().text());
        }
        dbIdByKey.insert(stage.key, insert.lastInsertId().toLongLong());
    }
    if (!newRevision) {
        for (qint64 id : std::as_const(existing)) {
            if (!claimed.contains(id) &&
                !run(query, QStringLiteral("DELETE FROM scenario_stages WHERE id = ?"), {id})) {
                return fail(query.lastError().text());
            }
        }
    }
    if (!query.prepare(QStringLiteral("INSERT INTO scenario_links (scenario_id, from_stage_id, "
                                      "to_stage_id) VALUES (?, ?, ?)"))) {
        return fail(query.lastError().text());
    }
    for (const StageLink &link : document->links()) {
        query.addBindValue(savedId);
        query.addBindValue(dbIdByKey.value(link.from));
        query.addBindValue(dbIdByKey.value(link.to));
        if (!query.exec()) {
            return fail(query.lastError().text());
        }
    }
    if (!transaction.commit()) {
        return fail(m_db.lastError().text());
    }
    m_savedNewRevision = newRevision;
    document->markSaved(savedId, revision, dbIdByKey);
    return true;
}

qint64 ScenarioStore::insertScenario(QSqlDatabase db, const ScenarioContents &contents,
                                     bool isTemplate, QString *error,
                                     QHash<qint64, qint64> *dbIdByKey)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO scenarios (name, description, revision, is_template, "
                            "updated_at) VALUES (?, ?, 1, ?, ?)"),
             {contents.name, contents.description, isTemplate ? 1 : 0, sql::nowUtc()})) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 scenarioId = query.lastInsertId().toLongLong();
    QHash<qint64, qint64> ids;
    if (!query.prepare(QStringLiteral("INSERT INTO scenario_stages (scenario_id, ") +
                       kStageColumns +
                       QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = query.lastError().text();
        return 0;
    }
    for (const StageData &stage : contents.stages) {
        query.addBindValue(scenarioId);
        for (const QVariant &value : stageValues(stage)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return 0;
        }
        ids.insert(stage.key, query.lastInsertId().toLongLong());
    }
    if (!query.prepare(QStringLiteral("INSERT INTO scenario_links (scenario_id, from_stage_id, "
                                      "to_stage_id) VALUES (?, ?, ?)"))) {
        *error = query.lastError().text();
        return 0;
    }
    for (const StageLink &link : contents.links) {
        query.addBindValue(scenarioId);
        query.addBindValue(ids.value(link.from));
        query.addBindValue(ids.value(link.to));
        if (!query.exec()) {
            *error = query.lastError().text();
            return 0;
        }
    }
    if (dbIdByKey) {
        *dbIdByKey = ids;
    }
    return scenarioId;
}

bool ScenarioStore::moveAssignments(qint64 previousId, qint64 newId, QDate today)
{
    m_lastError.clear();
    m_lastMove = {};
    if (!today.isValid()) {
        today = QDate::currentDate();
    }
    if (previousId == newId) {
        return fail(tr("Scenario #%1 is not a later revision of #%2.").arg(newId).arg(previousId));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    QSqlQuery query(m_db);

    // The revisions from the new one back to the previous one; stages are followed through
    // each (origin_stage_id), so a revision saved in between without moving anyone still
    // connects them.
    QList<qint64> chain{newId};
    while (chain.constLast() != previousId) {
        if (!run(query, QStringLiteral("SELECT previous_revision_id FROM scenarios WHERE id = ?"),
                 {chain.constLast()})) {
            return fail(query.lastError().text());
        }
        const qint64 previous = query.next() ? query.value(0).toLongLong() : 0;
        if (previous == 0 || chain.contains(previous)) {
            return fail(
                tr("Scenario #%1 is not a later revision of #%2.").arg(newId).arg(previousId));
        }
        chain.append(previous);
    }
    QHash<qint64, qint64> originOf;
    QHash<qint64, qint64> scenarioOf;
    QList<qint64> newStages;
    for (qint64 scenario : std::as_const(chain)) {
        if (!run(query,
                 QStringLiteral("SELECT id, origin_stage_id FROM scenario_stages WHERE "
                                "scenario_id = ? ORDER BY id"),
                 {scenario})) {
            return fail(query.lastError().text());
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            scenarioOf.insert(id, scenario);
            originOf.insert(id, query.value(1).toLongLong());
            if (scenario == newId) {
                newStages.append(id);
            }
        }
    }
    QHash<qint64, qint64> newStageOf; // stage of the previous revision -> its copy in the new
    for (qint64 stage : std::as_const(newStages)) {
        qint64 origin = stage;
        while (origin != 0 && scenarioOf.value(origin) != previousId) {
            origin = originOf.value(origin);
        }
        if (origin != 0 && origin != stage && !newStageOf.contains(origin)) {
            newStageOf.insert(origin, stage);
        }
    }
    QList<StageTiming> timings;
    QString error;
    if (!ScenarioAssigner::readTimings(m_db, newId, &timings, &error)) {
        return fail(error);
    }

    QList<std::pair<qint64, QDate>> assignments;
    if (!run(query,
             QStringLiteral("SELECT id, start_date FROM assignments WHERE scenario_id = ? AND "
                            "status = 'active' ORDER BY id"),
             {previousId})) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        assignments.append({query.value(0).toLongLong(),
                            QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    }
    AssignmentMove move;
    QSqlQuery write(m_db);
    const QString now = sql::nowUtc();
    for (const auto &[assignmentId, start] : std::as_const(assignments)) {
        if (!run(query, QStringLiteral(R"sql(
SELECT ast.id, ast.stage_id, ast.due_date, ast.status,
       ast.meeting_url IS NOT NULL
       OR EXISTS (SELECT 1 FROM outbox o WHERE o.entity_type = 'assignment_stage'
                     AND o.entity_id = ast.id)
  FROM assignment_stages ast
 WHERE ast.assignment_id = ?
 ORDER BY ast.id)sql"),
                 {assignmentId})) {
            return fail(query.lastError().text());
        }
        QHash<qint64, QDate> latestDue; // new stage -> its last dated row after the move
        while (query.next()) {
            const qint64 rowId = query.value(0).toLongLong();
            const qint64 stageId = query.value(1).toLongLong();
            const QDate due = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            const bool pending = query.value(3).toString() == u"pending";
            const bool underWay = query.value(4).toBool();
            if (const qint64 target = newStageOf.value(stageId); target != 0) {
                // The same stage: only the revision it belongs to changes; status, due date,
                // meeting and result stay, since a booked meeting or a sent link is for that
                // date.
                if (!run(write,
                         QStringLiteral("UPDATE assignment_stages SET stage_id = ? WHERE "
                                        "id = ?"),
                         {target, rowId})) {
                    return fail(write.lastError().text());
                }
                latestDue[target] = std::max(latestDue.value(target), due);
                ++move.stagesKept;
            } else if (pending && !underWay) {
                if (!run(write, QStringLiteral("DELETE FROM assignment_stages WHERE id = ?"),
                         {rowId})) {
                    return fail(write.lastError().text());
                }
                ++move.stagesDropped;
            } else {
                // Done, started, skipped, or with a meeting booked or queued: it happened (or
                // is happening) and stays in the new hire's history. The row keeps pointing at
                // the previous revision's stage, which is never deleted while it is referenced
                // (assignment_stages.stage_id is ON DELETE RESTRICT, and a revision with a
                // successor is never saved in place), so progress views still show its title.
                ++move.stagesKeptAsHistory;
            }
        }
        const QDate horizon = ScenarioAssigner::horizon(timings, start);
        for (const StageTiming &timing : std::as_const(timings)) {
            const bool recurring = timing.recurrence != ScenarioStage::Recurrence::None;
            const bool covered = latestDue.contains(timing.stageId);
            if (covered && !recurring) {
                continue;
            }
            for (const QDate &due : ScenarioAssigner::dueDates(timing, start, horizon)) {
                // Past occurrences of a repeating stage would only pile up as overdue; a
                // one-off new stage is due from its date even when that has passed.
                if (recurring &&
                    (due < today || (covered && due <= latestDue.value(timing.stageId)))) {
                    continue;
                }
                if (!run(write,
                         QStringLiteral("INSERT OR IGNORE INTO assignment_stages (assignment_id, "
                                        "stage_id, due_date) VALUES (?, ?, ?)"),
                         {assignmentId, timing.stageId, due.toString(Qt::ISODate)})) {
                    return fail(write.lastError().text());
                }
                move.stagesAdded += write.numRowsAffected() > 0 ? 1 : 0;
            }
        }
        if (!run(write,
                 QStringLiteral("UPDATE assignments SET scenario_id = ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ?"),
                 {newId, now, assignmentId})) {
            return fail(write.lastError().text());
        }
        ++move.assignments;
    }
    if (!transaction.commit()) {
        return fail(m_db.lastError().text());
    }
    m_lastMove = move;
    return true;
}

bool ScenarioStore::remove(qint64 scenarioId)
{
    m_lastError.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(m_db.lastError().text());
    }
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT name FROM scenarios WHERE id = ? AND deleted = 0"),
             {scenarioId})) {
        return fail(query.lastError().text());
    }
    if (!query.next()) {
        return fail(tr("There is no scenario #%1 (it may have been deleted).").arg(scenarioId));
    }
    const QString name = query.value(0).toString();
    // The list shows the newest revision not deleted, so deleting only this one would bring
    // the previous revision back; the scenario goes with all its revisions.
    QList<qint64> chain{scenarioId};
    while (true) {
        if (!run(query, QStringLiteral("SELECT previous_revision_id FROM scenarios WHERE id = ?"),
                 {chain.constLast()})) {
            return fail(query.lastError().text());
        }
        const qint64 previous = query.next() ? query.value(0).toLongLong() : 0;
        if (previous == 0 || chain.contains(previous)) {
            break;
        }
        chain.append(previous);
    }
    int followers = 0;
    for (qint64 id : std::as_const(chain)) {
        if (!run(query, QStringLiteral("SELECT count(*) FROM assignments WHERE scenario_id = ?"),
                 {id}) ||
            !query.next()) {
            return fail(query.lastError().text());
        }
        followers += query.value(0).toInt();
    }
    if (followers > 0) {
        return fail(tr("“%1” cannot be deleted: %n new hire(s) follow or followed it, and their "
                       "onboarding history needs it.",
                       nullptr, followers)
                        .arg(name));
    }
    // Marked, not deleted, like the other synced records (message templates, candidates): the
    // row keeps its remote_id for the sync. Scenarios are not pushed to the platform, so no
    // outbox row goes with it.
    for (qint64 id : std::as_const(chain)) {
        if (!run(query,
                 QStringLiteral("UPDATE scenarios SET deleted = 1, updated_at = ?, "
                                "version = version + 1 WHERE id = ?"),
                 {sql::nowUtc(), id})) {
            return fail(query.lastError().text());
        }
    }
    if (!transaction.commit()) {
        return fail(m_db.lastError().text());
    }
    return true;
}

} // namespace bbd
