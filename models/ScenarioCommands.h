#pragma once

#include "models/ScenarioDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace bbd {

// Every edit of a scenario is one of these on the editor's QUndoStack, so undo and redo cover
// everything and the Edit menu can name what it will undo. Each command changes the document
// only through its mutators and restores exactly what it changed (order of stages and links
// included), so undo followed by redo leaves the document equal to what it was.

// New stages (double-click, palette, paste, a template) with the links among them or to
// stages already there.
class AddStagesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::AddStagesCommand)

public:
    // Stages need keys from document->takeNewKey(). An empty `text` names the stage (one) or
    // the count.
    AddStagesCommand(ScenarioDocument *document, const QList<StageData> &stages,
                     const QList<StageLink> &links = {}, const QString &text = {},
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    QList<StageData> m_stages;
    QList<StageLink> m_links;
};

// Deletes stages (with every link that touches them) and links.
class RemoveItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::RemoveItemsCommand)

public:
    RemoveItemsCommand(ScenarioDocument *document, const QList<qint64> &stageKeys,
                       const QList<StageLink> &links = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    QList<qint64> m_stageKeys;
    QList<StageLink> m_requestedLinks;
    // What redo() took away and where it was, filled by redo().
    QList<QPair<int, StageData>> m_removedStages;
    QList<QPair<int, StageLink>> m_removedLinks;
};

// Stages dragged (or nudged with the arrow keys) to new places.
class MoveStagesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::MoveStagesCommand)

public:
    // `nudge` moves (arrow keys) of the same stages merge into one undo step.
    MoveStagesCommand(ScenarioDocument *document, const QHash<qint64, QPointF> &from,
                      const QHash<qint64, QPointF> &to, bool nudge = false,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    QHash<qint64, QPointF> m_from;
    QHash<qint64, QPointF> m_to;
    bool m_nudge;
};

// A stage's fields changed in the inspector (or its actions edited).
class EditStageCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::EditStageCommand)

public:
    // Successive edits of the same `field` of the same stage (typing in a line edit) merge
    // into one undo step; an empty field never merges. An empty `text` says "Edit “title”".
    EditStageCommand(ScenarioDocument *document, const StageData &before, const StageData &after,
                     const QString &field = {}, const QString &text = {},
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    StageData m_before;
    StageData m_after;
    QString m_field;
};

// A dependency drawn from one stage's port to another stage.
class AddLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::AddLinkCommand)

public:
    AddLinkCommand(ScenarioDocument *document, const StageLink &link,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    StageLink m_link;
};

// The scenario's name and description.
class EditScenarioCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::EditScenarioCommand)

public:
    EditScenarioCommand(ScenarioDocument *document, const QString &name, const QString &description,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    QString m_oldName;
    QString m_oldDescription;
    QString m_name;
    QString m_description;
};

} // namespace bbd
