#pragma once

#include "models/ScenarioDocument.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QUndoStack;

namespace bbd {

class Settings;

// The panel beside the canvas that edits what is selected: the stage's fields and the actions
// it runs on start or completion, or, with no stage selected, the scenario's name and
// description. Every change is an undo command; typing in one field merges into one step.
class StageInspector : public QWidget
{
    Q_OBJECT

public:
    // `settings` tells which services are configured, so an action says plainly that its work
    // will wait in the outbox; it may be null.
    explicit StageInspector(const Settings *settings, QWidget *parent = nullptr);

    void setDocument(ScenarioDocument *document, QUndoStack *undoStack);
    // 0 shows the scenario's own properties.
    void setStage(qint64 key);
    qint64 stageKey() const { return m_stageKey; }
    // The validator's messages about the stage on show, listed at the top.
    void setProblems(const QStringList &errors, const QStringList &warnings);

    // The kinds of action the "Add Action" menu offers, as (id, display name).
    static QList<QPair<QString, QString>> actionKinds();
    // A new action of that kind with its defaults (id from actionKinds()).
    static QJsonObject newAction(const QString &kind);
    // One line about an action for the list: "Video meeting (Zoom) when the stage starts".
    static QString describeAction(const QJsonObject &action);

    int currentAction() const;
    void selectAction(int index);

private:
    void buildStagePage();
    void buildScenarioPage();
    void refresh();
    void refreshActions();
    void rebuildActionForm();
    void editStage(const QString &field, const QString &text,
                   const std::function<void(StageData &)> &change);
    void editAction(const QString &field, const QJsonValue &value);
    void addAction(const QString &kind);
    void removeAction();
    void moveAction(int delta);
    void updateActionNotes();

    const Settings *m_settings;
    ScenarioDocument *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_stageKey = 0;
    bool m_updating = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_problems = nullptr;
    // Scenario page
    QLineEdit *m_scenarioName = nullptr;
    QPlainTextEdit *m_scenarioDescription = nullptr;
    // Stage page
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_timingUnit = nullptr;
    QSpinBox *m_timingOffset = nullptr;
    QComboBox *m_recurrence = nullptr;
    QSpinBox *m_duration = nullptr;
    QCheckBox *m_autoComplete = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QListWidget *m_actions = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    QPushButton *m_actionUp = nullptr;
    QPushButton *m_actionDown = nullptr;
    QWidget *m_actionForm = nullptr;
    QFormLayout *m_actionFormLayout = nullptr;
    QLabel *m_actionNote = nullptr;
    int m_formAction = -1; // the action the form was built for
};

} // namespace bbd
