#include "ui/scenarios/StageInspector.h"

#include "app/integrations/Integrations.h"
#include "app/settings/Settings.h"
#include "models/ScenarioCommands.h"
#include "ui/ViewHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace bbd {
namespace {

enum Page { ScenarioPage, StagePage };

} // namespace

StageInspector::StageInspector(const Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("stageInspector"));
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("inspectorProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->hide();
    m_pages = new QStackedWidget;
    buildScenarioPage();
    buildStagePage();
    // A stacked widget is as wide as its widest page; only the page on show should count, so
    // the short scenario page does not scroll sideways because of the stage page's fields.
    const auto sizeToCurrentPage = [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        m_pages->adjustSize();
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, sizeToCurrentPage);
    sizeToCurrentPage(m_pages->currentIndex());
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    // Wide enough for the fields in most languages without squeezing the canvas; what does not
    // fit scrolls sideways rather than being cut.
    m_pages->setCurrentIndex(StagePage);
    scroll->setMinimumWidth(std::min(
        m_pages->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width(), 320));
    m_pages->setCurrentIndex(ScenarioPage);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(scroll, 1);
    setEnabled(false);
}

void StageInspector::buildScenarioPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(ui::makeHeading(tr("Scenario")));
    m_scenarioName = new QLineEdit;
    m_scenarioName->setObjectName(QStringLiteral("scenarioName"));
    m_scenarioDescription = new QPlainTextEdit;
    m_scenarioDescription->setObjectName(QStringLiteral("scenarioDescription"));
    m_scenarioDescription->setTabChangesFocus(true);
    form->addRow(tr("&Name:"), m_scenarioName);
    form->addRow(tr("&Description:"), m_scenarioDescription);
    auto *hint = new QLabel(tr("Select a stage to edit it. Double-click the canvas to add one, "
                               "and drag from a stage's right edge to another stage to say "
                               "that it comes after."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(hint);
    const auto push = [this] {
        if (!m_updating && m_document && m_undoStack) {
            const bool wasUpdating = std::exchange(m_updating, true);
            m_undoStack->push(new EditScenarioCommand(m_document, m_scenarioName->text(),
                                                      m_scenarioDescription->toPlainText()));
            m_updating = wasUpdating;
        }
    };
    connect(m_scenarioName, &QLineEdit::textEdited, this, push);
    connect(m_scenarioDescription, &QPlainTextEdit::textChanged, this, push);
    m_pages->insertWidget(ScenarioPage, page);
}

void StageInspector::buildStagePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(ui::makeHeading(tr("Stage")));

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("stageTitle"));
    form->addRow(tr("&Title:"), m_title);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        editStage(QStringLiteral("title"), tr("Rename Stage"),
                  [&](StageData &stage) { stage.title = text; });
    });

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("stageKind"));
    const QStringList kindNames{
        tr("Video meeting"), tr("Training"), tr("One-to-one"), tr("Document to read"),
        tr("Task"),          tr("Survey"),   tr("Other")};
    const QStringList kinds = StageData::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        m_kind->addItem(kindNames.value(i, kinds.at(i)), kinds.at(i));
    }
    form->addRow(tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::activated, this, [this] {
        const QString kind = m_kind->currentData().toString();
        editStage({}, tr("Change Stage Kind"), [&](StageData &stage) { stage.kind = kind; });
    });

    m_timingUnit = new QComboBox;
    m_timingUnit->setObjectName(QStringLiteral("stageTimingUnit"));
    m_timingUnit->addItem(tr("Day"), QStringLiteral("day"));
    m_timingUnit->addItem(tr("Week"), QStringLiteral("week"));
    m_timingUnit->addItem(tr("Month"), QStringLiteral("month"));
    m_timingOffset = new QSpinBox;
    m_timingOffset->setObjectName(QStringLiteral("stageTimingOffset"));
    m_timingOffset->setRange(1, 3650);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_timingUnit);
    timing->addWidget(m_timingOffset, 1);
    form->addRow(tr("&Starts on:"), timing);
    connect(m_timingUnit, &QComboBox::activated, this, [this] {
        const auto unit = timingUnitFromKey(m_timingUnit->currentData().toString());
        editStage({}, tr("Change Stage Timing"),
                  [&](StageData &stage) { stage.timingUnit = unit; });
    });
    connect(m_timingOffset, &QSpinBox::valueChanged, this, [this](int value) {
        editStage(QStringLiteral("timing_offset"), tr("Change Stage Timing"),
                  [&](StageData &stage) { stage.timingOffset = value; });
    });

    m_recurrence = new QComboBox;
    m_recurrence->setObjectName(QStringLiteral("stageRecurrence"));
    m_recurrence->addItem(tr("Once"), QStringLiteral("none"));
    m_recurrence->addItem(tr("Every week"), QStringLiteral("weekly"));
    m_recurrence->addItem(tr("Every two weeks"), QStringLiteral("biweekly"));
    form->addRow(tr("&Repeats:"), m_recurrence);
    connect(m_recurrence, &QComboBox::activated, this, [this] {
        const auto recurrence = recurrenceFromKey(m_recurrence->currentData().toString());
        editStage({}, tr("Change Stage Repetition"),
                  [&](StageData &stage) { stage.recurrence = recurrence; });
    });

    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("stageDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not set"));
    form->addRow(tr("D&uration:"), m_duration);
    connect(m_duration, &QSpinBox::valueChanged, this, [this](int value) {
        editStage(QStringLiteral("duration"), tr("Change Stage Duration"),
                  [&](StageData &stage) { stage.durationMinutes = value; });
    });

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("stageOwner"));
    m_owner->addItem(tr("— nobody yet —"), QString());
    m_owner->addItem(tr("HR manager"), QStringLiteral("hr_manager"));
    m_owner->addItem(tr("Manager"), QStringLiteral("manager"));
    m_owner->addItem(tr("Mentor"), QStringLiteral("mentor"));
    m_owner->addItem(tr("New hire"), QStringLiteral("new_hire"));
    form->addRow(tr("&Owner:"), m_owner);
    connect(m_owner, &QComboBox::activated, this, [this] {
        const QString key = m_owner->currentData().toString();
        editStage({}, tr("Change Stage Owner"), [&](StageData &stage) {
            stage.ownerRole = key.isEmpty() ? std::nullopt : std::optional(ownerRoleFromKey(key));
        });
    });

    m_autoComplete = new QCheckBox(tr("Completes by &itself when its day is over"));
    m_autoComplete->setObjectName(QStringLiteral("stageAutoComplete"));
    m_autoComplete->setToolTip(tr("For stages nobody has to mark done, such as a document to "
                                  "read or a survey link: the day after its date the stage is "
                                  "done and its completion actions go out."));
    form->addRow(QString(), m_autoComplete);
    connect(m_autoComplete, &QCheckBox::toggled, this, [this](bool checked) {
        editStage({}, checked ? tr("Make Stage Complete by Itself") : tr("Make Stage Manual"),
                  [&](StageData &stage) { stage.autoComplete = checked; });
    });

    m_participants = new QLineEdit;
    m_participants->setObjectName(QStringLiteral("stageParticipants"));
    m_participants->setPlaceholderText(tr("manager, mentor, names…"));
    form->addRow(tr("&Participants:"), m_participants);
    connect(m_participants, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList people;
        for (const QString &part : text.split(u',')) {
            if (!part.trimmed().isEmpty()) {
                people.append(part.trimmed());
            }
        }
        editStage(QStringLiteral("participants"), tr("Change Participants"),
                  [&](StageData &stage) { stage.participants = people; });
    });

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("stageDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("Descri&ption:"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        editStage(QStringLiteral("description"), tr("Edit Stage Description"),
                  [&](StageData &stage) { stage.description = text; });
    });

    form->addRow(ui::makeHeading(tr("Actions")));
    m_actions = new QListWidget;
    m_actions->setObjectName(QStringLiteral("stageActions"));
    m_actions->setMaximumHeight(110);
    form->addRow(m_actions);
    m_addAction = new QPushButton(tr("&Add Action"));
    m_addAction->setObjectName(QStringLiteral("addAction"));
    auto *addMenu = new QMenu(m_addAction);
    for (const auto &[kind, name] : actionKinds()) {
        QAction *action = addMenu->addAction(name);
        action->setObjectName(QStringLiteral("addAction_") + kind);
        connect(action, &QAction::triggered, this, [this, k = kind] { addAction(k); });
    }
    m_addAction->setMenu(addMenu);
    m_removeAction = new QPushButton(tr("Remove"));
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_actionUp = new QPushButton(tr("Up"));
    m_actionDown = new QPushButton(tr("Down"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_removeAction);
    buttons->addWidget(m_actionUp);
    buttons->addWidget(m_actionDown);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(m_removeAction, &QPushButton::clicked, this, &StageInspector::removeAction);
    connect(m_actionUp, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(m_actionDown, &QPushButton::clicked, this, [this] { moveAction(1); });
    connect(m_actions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating) {
            rebuildActionForm();
        }
    });

    m_actionForm = new QWidget;
    m_actionForm->setObjectName(QStringLiteral("actionForm"));
    m_actionFormLayout = new QFormLayout(m_actionForm);
    m_actionFormLayout->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_actionForm);
    m_actionNote = new QLabel;
    m_actionNote->setObjectName(QStringLiteral("actionNote"));
    m_actionNote->setWordWrap(true);
    form->addRow(m_actionNote);
    m_pages->insertWidget(StagePage, page);
}

void StageInspector::setDocument(ScenarioDocument *document, QUndoStack *undoStack)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_undoStack = undoStack;
    m_stageKey = 0;
    if (document) {
        connect(document, &ScenarioDocument::documentReset, this, [this] { setStage(0); });
        connect(document, &ScenarioDocument::propertiesChanged, this, [this] {
            if (m_stageKey == 0) {
                refresh();
            }
        });
        connect(document, &ScenarioDocument::stageChanged, this, [this](qint64 key) {
            if (key == m_stageKey) {
                refresh();
            }
        });
        connect(document, &ScenarioDocument::stageRemoved, this, [this](qint64 key) {
            if (key == m_stageKey) {
                setStage(0);
            }
        });
    }
    setEnabled(document != nullptr);
    refresh();
}

void StageInspector::setStage(qint64 key)
{
    if (m_document && key != 0 && !m_document->stage(key)) {
        key = 0;
    }
    m_stageKey = key;
    m_formAction = -2; // force a rebuild
    refresh();
}

void StageInspector::setProblems(const QStringList &errors, const QStringList &warnings)
{
    QStringList lines;
    for (const QString &error : errors) {
        lines.append(
            QStringLiteral("<span style='color:#b3261e'>✖ %1</span>").arg(error.toHtmlEscaped()));
    }
    for (const QString &warning : warnings) {
        lines.append(
            QStringLiteral("<span style='color:#8a5a00'>⚠ %1</span>").arg(warning.toHtmlEscaped()));
    }
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setVisible(!lines.isEmpty());
}

void StageInspector::refresh()
{
    const StageData *stage = m_document ? m_document->stage(m_stageKey) : nullptr;
    if (!stage) {
        m_pages->setCurrentIndex(ScenarioPage);
        if (!m_updating) {
            const bool was = std::exchange(m_updating, true);
            const QString name = m_document ? m_document->name() : QString();
            if (m_scenarioName->text() != name) {
                m_scenarioName->setText(name);
            }
            const QString description = m_document ? m_document->description() : QString();
            if (m_scenarioDescription->toPlainText() != description) {
                m_scenarioDescription->setPlainText(description);
            }
            m_updating = was;
        }
        return;
    }
    m_pages->setCurrentIndex(StagePage);
    if (!m_updating) {
        // Changes that did not come from these widgets (undo, the canvas): show them without
        // echoing them back as new edits.
        const bool was = std::exchange(m_updating, true);
        if (m_title->text() != stage->title) {
            m_title->setText(stage->title);
        }
        m_kind->setCurrentIndex(m_kind->findData(stage->kind));
        m_timingUnit->setCurrentIndex(m_timingUnit->findData(timingUnitKey(stage->timingUnit)));
        m_timingOffset->setValue(stage->timingOffset);
        m_recurrence->setCurrentIndex(m_recurrence->findData(recurrenceKey(stage->recurrence)));
        m_duration->setValue(stage->durationMinutes);
        m_autoComplete->setChecked(stage->autoComplete);
        m_owner->setCurrentIndex(
            m_owner->findData(stage->ownerRole ? ownerRoleKey(*stage->ownerRole) : QString()));
        const QString participants = stage->participants.join(QStringLiteral(", "));
        if (m_participants->text() != participants) {
            m_participants->setText(participants);
        }
        if (m_description->toPlainText() != stage->description) {
            m_description->setPlainText(stage->description);
        }
        m_updating = was;
    }
    refreshActions();
}

void StageInspector::editStage(const QString &field, const QString &text,
                               const std::function<void(StageData &)> &change)
{
    if (m_updating || !m_document || !m_undoStack) {
        return;
    }
    const StageData *stage = m_document->stage(m_stageKey);
    if (!stage) {
        return;
    }
    StageData after = *stage;
    change(after);
    if (after == *stage) {
        return;
    }
    const bool was = std::exchange(m_updating, true);
    m_undoStack->push(new EditStageCommand(m_document, *stage, after, field, text));
    m_updating = was;
}

} // namespace bbd
