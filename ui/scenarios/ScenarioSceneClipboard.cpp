#include "models/ScenarioCommands.h"
#include "ui/scenarios/ScenarioScene.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMimeData>

// The scene's clipboard: copied stages, with the links among them, in a format of its own.
namespace bbd {

QString ScenarioScene::clipboardMimeType()
{
    return QStringLiteral("application/x-butterboard-stages+json");
}

void ScenarioScene::copySelection() const
{
    const QList<qint64> keys = selectedStageKeys();
    if (keys.isEmpty()) {
        return;
    }
    QJsonArray stages;
    QStringList titles;
    QHash<qint64, int> indexOf;
    for (const qint64 key : keys) {
        const StageData *stage = m_document->stage(key);
        indexOf.insert(key, int(stages.size()));
        stages.append(stage->toJson());
        titles.append(stage->title);
    }
    QJsonArray links;
    for (const StageLink &link : m_document->links()) {
        if (indexOf.contains(link.from) && indexOf.contains(link.to)) {
            links.append(QJsonArray{indexOf.value(link.from), indexOf.value(link.to)});
        }
    }
    auto *data = new QMimeData;
    data->setData(clipboardMimeType(), QJsonDocument(QJsonObject{{QStringLiteral("stages"), stages},
                                                                 {QStringLiteral("links"), links}})
                                           .toJson(QJsonDocument::Compact));
    data->setText(titles.join(u'\n'));
    QGuiApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
}

void ScenarioScene::cutSelection()
{
    const QList<qint64> keys = selectedStageKeys();
    if (keys.isEmpty()) {
        return;
    }
    copySelection();
    auto *command = new RemoveItemsCommand(m_document, keys, selectedLinks());
    command->setText(tr("Cut %n Stage(s)", nullptr, int(keys.size())));
    m_undoStack->push(command);
}

bool ScenarioScene::canPaste() const
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(clipboardMimeType());
}

void ScenarioScene::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(clipboardMimeType())) {
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(data->data(clipboardMimeType())).object();
    const QJsonArray stageValues = root.value(u"stages").toArray();
    const QPointF offset = QPointF(2 * gridSize, 2 * gridSize) * (m_pasteCount + 1);
    QList<StageData> stages;
    for (const QJsonValue &value : stageValues) {
        StageData stage;
        QString problem;
        if (!value.isObject() || !StageData::fromJson(value.toObject(), &stage, &problem)) {
            emit problemOccurred(
                tr("The clipboard holds stages this version cannot read: %1")
                    .arg(problem.isEmpty() ? tr("a stage is not an object.") : problem));
            return;
        }
        stage.key = m_document->takeNewKey();
        stage.position = snapped(stage.position + offset);
        stages.append(stage);
    }
    if (stages.isEmpty()) {
        return;
    }
    QList<StageLink> links;
    for (const QJsonValue &value : root.value(u"links").toArray()) {
        const QJsonArray pair = value.toArray();
        const int from = pair.at(0).toInt(-1);
        const int to = pair.at(1).toInt(-1);
        if (from < 0 || to < 0 || from >= stages.size() || to >= stages.size() || from == to) {
            continue;
        }
        const StageLink link{stages.at(from).key, stages.at(to).key};
        if (!links.contains(link)) {
            links.append(link);
        }
    }
    ++m_pasteCount;
    m_undoStack->push(new AddStagesCommand(m_document, stages, links,
                                           tr("Paste %n Stage(s)", nullptr, int(stages.size()))));
    QList<qint64> keys;
    for (const StageData &stage : std::as_const(stages)) {
        keys.append(stage.key);
    }
    selectStages(keys);
}

} // namespace bbd
