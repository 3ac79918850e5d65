#include "models/ScenarioCommands.h"

#include <QSet>

#include <algorithm>

namespace bbd {
namespace {

enum CommandId { MoveId = 1, EditStageId, EditScenarioId };

} // namespace

AddStagesCommand::AddStagesCommand(ScenarioDocument *document, const QList<StageData> &stages,
                                   const QList<StageLink> &links, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_stages(stages)
    , m_links(links)
{
    if (!text.isEmpty()) {
        setText(text);
    } else if (stages.size() == 1) {
        setText(tr("Add Stage “%1”").arg(stages.first().title));
    } else {
        setText(tr("Add %n Stages", nullptr, int(stages.size())));
    }
}

void AddStagesCommand::redo()
{
    for (const StageData &stage : std::as_const(m_stages)) {
        m_document->insertStage(stage);
    }
    for (const StageLink &link : std::as_const(m_links)) {
        m_document->addLink(link);
    }
}

void AddStagesCommand::undo()
{
    for (auto link = m_links.crbegin(); link != m_links.crend(); ++link) {
        m_document->removeLink(*link);
    }
    for (auto stage = m_stages.crbegin(); stage != m_stages.crend(); ++stage) {
        m_document->removeStage(stage->key);
    }
}

RemoveItemsCommand::RemoveItemsCommand(ScenarioDocument *document, const QList<qint64> &stageKeys,
                                       const QList<StageLink> &links, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    // A stage or link named twice (a selection and its links) is removed once.
    for (qint64 key : stageKeys) {
        if (!m_stageKeys.contains(key)) {
            m_stageKeys.append(key);
        }
    }
    for (const StageLink &link : links) {
        if (!m_requestedLinks.contains(link)) {
            m_requestedLinks.append(link);
        }
    }
    if (m_stageKeys.size() == 1 && m_requestedLinks.isEmpty()) {
        const StageData *stage = document->stage(m_stageKeys.first());
        setText(tr("Delete Stage “%1”").arg(stage ? stage->title : QString()));
    } else if (m_stageKeys.isEmpty()) {
        setText(tr("Delete %n Links", nullptr, int(m_requestedLinks.size())));
    } else {
        setText(tr("Delete %n Stages", nullptr, int(m_stageKeys.size())));
    }
}

void RemoveItemsCommand::redo()
{
    m_removedStages.clear();
    m_removedLinks.clear();
    QList<StageLink> links = m_requestedLinks;
    for (qint64 key : std::as_const(m_stageKeys)) {
        for (const StageLink &link : m_document->linksOf(key)) {
            if (!links.contains(link)) {
                links.append(link);
            }
        }
    }
    // Remove from the back so the recorded indices stay right for the undo's re-inserts.
    QList<QPair<int, StageLink>> indexed;
    for (const StageLink &link : std::as_const(links)) {
        const int index = int(m_document->links().indexOf(link));
        if (index >= 0) {
            indexed.append({index, link});
        }
    }
    std::sort(indexed.begin(), indexed.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[index, link] : std::as_const(indexed)) {
        m_document->removeLink(link);
        m_removedLinks.append({index, link});
    }
    QList<QPair<int, qint64>> stages;
    for (qint64 key : std::as_const(m_stageKeys)) {
        const int index = m_document->indexOf(key);
        if (index >= 0) {
            stages.append({index, key});
        }
    }
    std::sort(stages.begin(), stages.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[index, key] : std::as_const(stages)) {
        m_removedStages.append({index, m_document->removeStage(key)});
    }
}

void RemoveItemsCommand::undo()
{
    for (auto it = m_removedStages.crbegin(); it != m_removedStages.crend(); ++it) {
        m_document->insertStage(it->second, it->first);
    }
    for (auto it = m_removedLinks.crbegin(); it != m_removedLinks.crend(); ++it) {
        m_document->addLink(it->second, it->first);
    }
}

MoveStagesCommand::MoveStagesCommand(ScenarioDocument *document, const QHash<qint64, QPointF> &from,
                                     const QHash<qint64, QPointF> &to, bool nudge,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
    , m_nudge(nudge)
{
    if (to.size() == 1) {
        const StageData *stage = document->stage(to.cbegin().key());
        setText(tr("Move Stage “%1”").arg(stage ? stage->title : QString()));
    } else {
        setText(tr("Move %n Stages", nullptr, int(to.size())));
    }
}

void MoveStagesCommand::redo()
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it) {
        m_document->moveStage(it.key(), it.value());
    }
}

void MoveStagesCommand::undo()
{
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it) {
        m_document->moveStage(it.key(), it.value());
    }
}

int MoveStagesCommand::id() const
{
    return m_nudge ? MoveId : -1;
}

bool MoveStagesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveStagesCommand *>(other);
    // The same stages, whatever order the two hashes keep their keys in.
    const QList<qint64> keys = m_to.keys();
    const QList<qint64> otherKeys = move->m_to.keys();
    if (!move->m_nudge || move->m_document != m_document ||
        QSet<qint64>(keys.cbegin(), keys.cend()) !=
            QSet<qint64>(otherKeys.cbegin(), otherKeys.cend())) {
        return false;
    }
    m_to = move->m_to;
    // Nudged back to where they were: nothing left to undo.
    setObsolete(m_to == m_from);
    return true;
}

EditStageCommand::EditStageCommand(ScenarioDocument *document, const StageData &before,
                                   const StageData &after, const QString &field,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    Q_ASSERT(before.key == after.key);
    setText(text.isEmpty() ? tr("Edit “%1”").arg(before.title) : text);
}

void EditStageCommand::redo()
{
    m_document->updateStage(m_after);
}

void EditStageCommand::undo()
{
    m_document->updateStage(m_before);
}

int EditStageCommand::id() const
{
    return m_field.isEmpty() ? -1 : EditStageId;
}

bool EditStageCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditStageCommand *>(other);
    if (edit->m_document != m_document || edit->m_after.key != m_after.key ||
        edit->m_field != m_field) {
        return false;
    }
    m_after = edit->m_after;
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

AddLinkCommand::AddLinkCommand(ScenarioDocument *document, const StageLink &link,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link(link)
{
    const StageData *from = document->stage(link.from);
    const StageData *to = document->stage(link.to);
    setText(tr("Link “%1” → “%2”").arg(from ? from->title : QString(), to ? to->title : QString()));
}

void AddLinkCommand::redo()
{
    m_document->addLink(m_link);
}

void AddLinkCommand::undo()
{
    m_document->removeLink(m_link);
}

EditScenarioCommand::EditScenarioCommand(ScenarioDocument *document, const QString &name,
                                         const QString &description, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_oldName(document->name())
    , m_oldDescription(document->description())
    , m_name(name)
    , m_description(description)
{
    setText(tr("Edit Scenario Name and Description"));
}

void EditScenarioCommand::redo()
{
    m_document->setProperties(m_name, m_description);
}

void EditScenarioCommand::undo()
{
    m_document->setProperties(m_oldName, m_oldDescription);
}

int EditScenarioCommand::id() const
{
    return EditScenarioId;
}

bool EditScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditScenarioCommand *>(other);
    if (edit->m_document != m_document) {
        return false;
    }
    m_name = edit->m_name;
    m_description = edit->m_description;
    setObsolete(m_name == m_oldName && m_description == m_oldDescription);
    return true;
}

} // namespace bbd
