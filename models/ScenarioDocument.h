#pragma once

#include "models/Scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace bbd {

// One stage as the scenario editor holds it: every column of scenario_stages.
struct StageData
{
    // The document's own key for the stage: stable for the whole editing session (undo
    // commands keep it), unlike `dbId`, which a save gives and a new revision changes.
    qint64 key = 0;
    qint64 dbId = 0; // scenario_stages.id once saved, 0 before
    QString title;
    QString kind = QStringLiteral("custom"); // meeting, training, one_on_one, document, ...
    ScenarioStage::TimingUnit timingUnit = ScenarioStage::TimingUnit::Day;
    int timingOffset = 1;
    ScenarioStage::Recurrence recurrence = ScenarioStage::Recurrence::None;
    int durationMinutes = 0;
    std::optional<ScenarioStage::OwnerRole> ownerRole;
    QStringList participants; // owner-role keys ("manager") or people's names
    QString description;
    QJsonArray actions; // the shape app/integrations/StageActions.h documents
    // Done by itself once its day has passed (reading a document, a survey link): nobody has
    // to mark it, and its "complete" actions go out then.
    bool autoComplete = false;
    QPointF position; // top-left corner on the canvas, in scene units

    bool operator==(const StageData &other) const = default;

    // The stage without its keys, as the JSON file format and the clipboard carry it.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; false with `problem` naming the field when it is malformed.
    // Missing optional fields keep their defaults.
    static bool fromJson(const QJsonObject &object, StageData *stage, QString *problem);

    static QStringList kinds();
};

// A dependency: `to` starts after `from` is done.
struct StageLink
{
    qint64 from = 0;
    qint64 to = 0;

    bool operator==(const StageLink &other) const = default;
};

inline size_t qHash(const StageLink &link, size_t seed = 0)
{
    return qHashMulti(seed, link.from, link.to);
}

// The scenario being edited: its stages and links, in memory. The canvas, the inspector, the
// validator, the store and the JSON format all work on this; changes come through the undo
// commands (models/ScenarioCommands.h), which call the mutators below and nothing else does
// while a document is open in the editor.
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);

    qint64 scenarioId() const { return m_scenarioId; } // 0 before the first save
    int revision() const { return m_revision; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    const QList<StageData> &stages() const { return m_stages; }
    const QList<StageLink> &links() const { return m_links; }

    const StageData *stage(qint64 key) const;
    int indexOf(qint64 key) const;
    bool hasLink(qint64 from, qint64 to) const;
    QList<StageLink> linksOf(qint64 key) const; // in and out
    // A key no stage of this document has used, for a new or pasted stage.
    qint64 takeNewKey();

    // Replaces everything (load, import, new scenario); the undo stack must be cleared too.
    void reset(qint64 scenarioId, int revision, const QString &name, const QString &description,
               const QList<StageData> &stages, const QList<StageLink> &links);
    // After a save: the scenario row (a new one when the save made a new revision) and the
    // scenario_stages ids of the stages by key. Not an edit, so no stageChanged.
    void markSaved(qint64 scenarioId, int revision, const QHash<qint64, qint64> &dbIdByKey);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Mutators for the undo commands. Each emits its signal and contentsChanged().
    void setProperties(const QString &name, const QString &description);
    void insertStage(const StageData &stage, int index = -1);
    StageData removeStage(qint64 key); // links of the stage must be removed first
    void updateStage(const StageData &stage);
    void moveStage(qint64 key, QPointF position);
    void addLink(const StageLink &link, int index = -1);
    int removeLink(const StageLink &link); // returns where it was, for an exact undo

signals:
    void documentReset();
    void propertiesChanged();
    void stageAdded(qint64 key);
    void stageRemoved(qint64 key);
    void stageChanged(qint64 key);
    void stageMoved(qint64 key);
    void linkAdded(const bbd::StageLink &link);
    void linkRemoved(const bbd::StageLink &link);
    void contentsChanged();
    void modifiedChanged(bool modified);

private:
    void touch();

    qint64 m_scenarioId = 0;
    int m_revision = 1;
    QString m_name;
    QString m_description;
    QList<StageData> m_stages;
    QList<StageLink> m_links;
    QHash<qint64, int> m_indexByKey;
    qint64 m_lastKey = 0;
    bool m_modified = false;
};

} // namespace bbd
