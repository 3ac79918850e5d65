#include "app/scenarios/ScenarioJson.h"
#include "app/scenarios/ScenarioTemplates.h"
#include "app/storage/Database.h"
#include "models/ScenarioCommands.h"
#include "models/ScenarioDocument.h"
#include "ui/scenarios/ScenarioEditor.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

// The editor's templates: a scenario (or the selected stages) saved as one, and inserted.
namespace bbd {

void ScenarioEditor::saveAsTemplate(bool selectionOnly)
{
    const QList<qint64> keys = selectionOnly ? m_scene->selectedStageKeys() : QList<qint64>();
    if (selectionOnly && keys.isEmpty()) {
        return;
    }
    QString name = m_document->name();
    if (keys.size() == 1) {
        name = m_document->stage(keys.first())->title;
    }
    bool ok = false;
    name = QInputDialog::getText(this, tr("Save as Template"), tr("Template name:"),
                                 QLineEdit::Normal, name, &ok)
               .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    ScenarioTemplates templates(m_context.database->connection());
    if (templates.saveAsTemplate(*m_document, keys, name) == 0) {
        QMessageBox::warning(this, tr("Save as Template"),
                             tr("The template was not saved: %1").arg(templates.lastError()));
        return;
    }
    emit message(tr("Template “%1” saved; find it under Insert Template.").arg(name));
}

void ScenarioEditor::fillTemplateMenu()
{
    m_templateMenu->clear();
    ScenarioTemplates templates(m_context.database->connection());
    const QList<ScenarioTemplate> list = templates.list();
    bool builtIn = true;
    for (int i = 0; i < list.size(); ++i) {
        if (builtIn && !list.at(i).builtIn) {
            m_templateMenu->addSeparator();
            builtIn = false;
        }
        QAction *action = m_templateMenu->addAction(
            tr("%1 (%n stage(s))", nullptr, list.at(i).stageCount).arg(list.at(i).name));
        action->setToolTip(list.at(i).description);
        action->setObjectName(QStringLiteral("template_%1").arg(i));
        connect(action, &QAction::triggered, this, [this, i] { insertTemplate(i); });
    }
    if (list.isEmpty()) {
        m_templateMenu->addAction(tr("No templates"))->setEnabled(false);
    }
}

void ScenarioEditor::insertTemplate(int index)
{
    ScenarioTemplates templates(m_context.database->connection());
    const QList<ScenarioTemplate> list = templates.list();
    ScenarioContents contents;
    if (index < 0 || index >= list.size() || !templates.instantiate(list.at(index), &contents)) {
        QMessageBox::warning(this, tr("Insert Template"),
                             tr("The template could not be read: %1").arg(templates.lastError()));
        return;
    }
    ScenarioContents added = contents.rekeyedFor(m_document);
    // Below what is there already, so nothing lands on top of existing stages.
    const QRectF existing = m_scene->contentsRect();
    const QPointF offset =
        existing.isNull() ? QPointF(0, 0) : QPointF(existing.left(), existing.bottom() + 80);
    for (StageData &stage : added.stages) {
        stage.position = m_scene->snapped(stage.position + offset);
    }
    m_undoStack->push(new AddStagesCommand(m_document, added.stages, added.links,
                                           tr("Insert Template “%1”").arg(list.at(index).name)));
    m_scene->selectStages([&] {
        QList<qint64> keys;
        for (const StageData &stage : std::as_const(added.stages)) {
            keys.append(stage.key);
        }
        return keys;
    }());
    m_view->fitToView();
}

} // namespace bbd
