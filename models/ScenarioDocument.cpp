#include "models/ScenarioDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace bbd {
namespace {

// The JSON readers report problems in the user's language.
QString tr(const char *text)
{
    return QCoreApplication::translate("bbd::StageData", text);
}

bool readInt(const QJsonObject &object, QLatin1String field, int low, int high, int *value,
             QString *problem)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined()) {
        return true;
    }
    const double number = v.toDouble(-1e12);
    if (!v.isDouble() || number != static_cast<int>(number) || number < low || number > high) {
        *problem = tr("“%1” must be a whole number from %2 to %3.").arg(field).arg(low).arg(high);
        return false;
    }
    *value = static_cast<int>(number);
    return true;
}

bool readString(const QJsonObject &object, QLatin1String field, QString *value, QString *problem)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    if (!v.isString()) {
        *problem = tr("“%1” must be text.").arg(field);
        return false;
    }
    *value = v.toString();
    return true;
}

// A key must be one of `allowed`; unknown keys are refused rather than mapped to a default,
// so a file from a newer version never changes meaning silently.
bool readKey(const QJsonObject &object, QLatin1String field, const QStringList &allowed,
             QString *value, QString *problem)
{
    QString key = *value;
    if (!readString(object, field, &key, problem)) {
        return false;
    }
    if (!allowed.contains(key)) {
        *problem = tr("“%1” is “%2”; expected one of: %3.")
                       .arg(field, key, allowed.join(QStringLiteral(", ")));
        return false;
    }
    *value = key;
    return true;
}

} // namespace

QStringList StageData::kinds()
{
    return {QStringLiteral("meeting"),  QStringLiteral("training"), QStringLiteral("one_on_one"),
            QStringLiteral("document"), QStringLiteral("task"),     QStringLiteral("survey"),
            QStringLiteral("custom")};
}

QJsonObject StageData::toJson() const
{
    QJsonObject object{
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("timing_unit"), timingUnitKey(timingUnit)},
        {QStringLiteral("timing_offset"), timingOffset},
        {QStringLiteral("recurrence"), recurrenceKey(recurrence)},
        {QStringLiteral("duration_minutes"), durationMinutes},
        {QStringLiteral("owner_role"),
         ownerRole ? QJsonValue(ownerRoleKey(*ownerRole)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("participants"), QJsonArray::fromStringList(participants)},
        {QStringLiteral("description"), description},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("x"), position.x()},
        {QStringLiteral("y"), position.y()},
    };
    // Written only when set, so files of stages without it stay as they were.
    if (autoComplete) {
        object.insert(QStringLiteral("auto_complete"), true);
    }
    return object;
}

bool StageData::fromJson(const QJsonObject &object, StageData *stage, QString *problem)
{
    StageData read;
    // An untitled stage is a draft the validator names, and must survive export and paste.
    const QJsonValue title = object.value(QLatin1String("title"));
    if (!title.isString()) {
        *problem = tr("A stage needs a “title” (text).");
        return false;
    }
    read.title = title.toString();
    if (!readKey(object, QLatin1String("kind"), kinds(), &read.kind, problem)) {
        return false;
    }
    QString unit = timingUnitKey(read.timingUnit);
    if (!readKey(object, QLatin1String("timing_unit"),
                 {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")}, &unit,
                 problem)) {
        return false;
    }
    read.timingUnit = timingUnitFromKey(unit);
    if (!readInt(object, QLatin1String("timing_offset"), 1, 3650, &read.timingOffset, problem)) {
        return false;
    }
    QString recurrence = recurrenceKey(read.recurrence);
    if (!readKey(object, QLatin1String("recurrence"),
                 {QStringLiteral("none"), QStringLiteral("weekly"), QStringLiteral("biweekly")},
                 &recurrence, problem)) {
        return false;
    }
    read.recurrence = recurrenceFromKey(recurrence);
    if (!readInt(object, QLatin1String("duration_minutes"), 0, 100000, &read.durationMinutes,
                 problem)) {
        return false;
    }
    const QJsonValue owner = object.value(QLatin1String("owner_role"));
    if (!owner.isUndefined() && !owner.isNull()) {
        QString role;
        if (!readKey(object, QLatin1String("owner_role"),
                     {QStringLiteral("hr_manager"), QStringLiteral("manager"),
                      QStringLiteral("mentor"), QStringLiteral("new_hire")},
                     &role, problem)) {
            return false;
        }
        read.ownerRole = ownerRoleFromKey(role);
    }
    const QJsonValue participants = object.value(QLatin1String("participants"));
    if (!participants.isUndefined()) {
        if (!participants.isArray()) {
            *problem = tr("“participants” must be a list of texts.");
            return false;
        }
        for (const QJsonValue &p : participants.toArray()) {
            if (!p.isString()) {
                *problem = tr("“participants” must be a list of texts.");
                return false;
            }
            read.participants.append(p.toString());
        }
    }
    if (!readString(object, QLatin1String("description"), &read.description, problem)) {
        return false;
    }
    const QJsonValue autoComplete = object.value(QLatin1String("auto_complete"));
    if (!autoComplete.isUndefined()) {
        if (!autoComplete.isBool()) {
            *problem = tr("“auto_complete” must be true or false.");
            return false;
        }
        read.autoComplete = autoComplete.toBool();
    }
    const QJsonValue actions = object.value(QLatin1String("actions"));
    if (!actions.isUndefined()) {
        if (!actions.isArray()) {
            *problem = tr("“actions” must be a list.");
            return false;
        }
        for (const QJsonValue &action : actions.toArray()) {
            if (!action.isObject() || !action.toObject().value(QLatin1String("type")).isString()) {
                *problem = tr("Every action needs a “type”.");
                return false;
            }
        }
        read.actions = actions.toArray();
    }
    for (const char *axis : {"x", "y"}) {
        const QJsonValue v = object.value(QLatin1String(axis));
        if (!v.isUndefined() && !v.isDouble()) {
            *problem = tr("“%1” must be a number.").arg(QLatin1String(axis));
            return false;
        }
    }
    read.position = QPointF(object.value(QLatin1String("x")).toDouble(),
                            object.value(QLatin1String("y")).toDouble());
    *stage = read;
    return true;
}

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
{}

const StageData *ScenarioDocument::stage(qint64 key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_stages.at(index);
}

int ScenarioDocument::indexOf(qint64 key) const
{
    return m_indexByKey.value(key, -1);
}

bool ScenarioDocument::hasLink(qint64 from, qint64 to) const
{
    return m_links.contains(StageLink{from, to});
}

QList<StageLink> ScenarioDocument::linksOf(qint64 key) const
{
    QList<StageLink> touching;
    for (const StageLink &link : m_links) {
        if (link.from == key || link.to == key) {
            touching.append(link);
        }
    }
    return touching;
}

qint64 ScenarioDocument::takeNewKey()
{
    return ++m_lastKey;
}

void ScenarioDocument::reset(qint64 scenarioId, int revision, const QString &name,
                             const QString &description, const QList<StageData> &stages,
                             const QList<StageLink> &links)
{
    m_scenarioId = scenarioId;
    m_revision = revision;
    m_name = name;
    m_description = description;
    m_stages = stages;
    m_links = links;
    m_indexByKey.clear();
    m_lastKey = 0;
    for (int i = 0; i < m_stages.size(); ++i) {
        m_indexByKey.insert(m_stages.at(i).key, i);
        m_lastKey = std::max(m_lastKey, m_stages.at(i).key);
    }
    m_modified = false;
    emit documentReset();
    emit contentsChanged();
    emit modifiedChanged(false);
}

void ScenarioDocument::markSaved(qint64 scenarioId, int revision,
                                 const QHash<qint64, qint64> &dbIdByKey)
{
    m_scenarioId = scenarioId;
    m_revision = revision;
    for (StageData &stage : m_stages) {
        stage.dbId = dbIdByKey.value(stage.key, stage.dbId);
    }
    setModified(false);
}

void ScenarioDocument::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void ScenarioDocument::touch()
{
    emit contentsChanged();
    setModified(true);
}

void ScenarioDocument::setProperties(const QString &name, const QString &description)
{
    m_name = name;
    m_description = description;
    emit propertiesChanged();
    touch();
}

void ScenarioDocument::insertStage(const StageData &stage, int index)
{
    Q_ASSERT(!m_indexByKey.contains(stage.key));
    if (index < 0 || index > m_stages.size()) {
        index = int(m_stages.size());
    }
    m_stages.insert(index, stage);
    for (int i = index; i < m_stages.size(); ++i) {
        m_indexByKey.insert(m_stages.at(i).key, i);
    }
    m_lastKey = std::max(m_lastKey, stage.key);
    emit stageAdded(stage.key);
    touch();
}

StageData ScenarioDocument::removeStage(qint64 key)
{
    const int index = indexOf(key);
    Q_ASSERT(index >= 0);
    Q_ASSERT(linksOf(key).isEmpty());
    const StageData removed = m_stages.takeAt(index);
    m_indexByKey.remove(key);
    for (int i = index; i < m_stages.size(); ++i) {
        m_indexByKey.insert(m_stages.at(i).key, i);
    }
    emit stageRemoved(key);
    touch();
    return removed;
}

void ScenarioDocument::updateStage(const StageData &stage)
{
    const int index = indexOf(stage.key);
    Q_ASSERT(index >= 0);
    const bool moved = m_stages.at(index).position != stage.position;
    m_stages[index] = stage;
    emit stageChanged(stage.key);
    if (moved) {
        emit stageMoved(stage.key);
    }
    touch();
}

void ScenarioDocument::moveStage(qint64 key, QPointF position)
{
    const int index = indexOf(key);
    Q_ASSERT(index >= 0);
    m_stages[index].position = position;
    emit stageMoved(key);
    touch();
}

void ScenarioDocument::addLink(const StageLink &link, int index)
{
    Q_ASSERT(!hasLink(link.from, link.to) && link.from != link.to);
    if (index < 0 || index > m_links.size()) {
        index = int(m_links.size());
    }
    m_links.insert(index, link);
    emit linkAdded(link);
    touch();
}

int ScenarioDocument::removeLink(const StageLink &link)
{
    const int index = int(m_links.indexOf(link));
    Q_ASSERT(index >= 0);
    m_links.removeAt(index);
    emit linkRemoved(link);
    touch();
    return index;
}

} // namespace bbd
