#include "ui/scenarios/StageInspector.h"

#include "app/integrations/Integrations.h"
#include "app/settings/Settings.h"
#include "models/ScenarioCommands.h"
#include "ui/ViewHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
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

// One editable field of an action, so the forms of the six kinds are built by one routine.
struct FieldSpec
{
    QString key;
    QString label;
    enum Kind { Line, Text, Minutes, Choice, List } kind = Line;
    QStringList choices = {};      // keys, for Choice
    QStringList choiceLabels = {}; // what the user sees
    QString placeholder = {};
};

QString kindOf(const QJsonObject &action)
{
    const QString type = action.value(u"type").toString();
    if (type == u"zoom") {
        return QStringLiteral("meeting");
    }
    if (type == u"graph") {
        return QStringLiteral("email");
    }
    return type;
}

QString serviceOf(const QJsonObject &action)
{
    const QString type = action.value(u"type").toString();
    if (type == u"survey" || type == u"document") {
        return action.value(u"via").toString() == u"slack" ? QStringLiteral("slack")
                                                           : QStringLiteral("graph");
    }
    return type;
}

QList<FieldSpec> fieldsOf(const QJsonObject &action, const Settings *settings)
{
    const QString kind = kindOf(action);
    const QString placeholders = StageInspector::tr("{employee}, {stage}, {manager}…");
    const FieldSpec via{
        QStringLiteral("via"),
        StageInspector::tr("Send by"),
        FieldSpec::Choice,
        {QStringLiteral("email"), QStringLiteral("slack")},
        {StageInspector::tr("E-mail to the new hire"), StageInspector::tr("Slack channel")}};
    const FieldSpec when{QStringLiteral("on"),
                         StageInspector::tr("When"),
                         FieldSpec::Choice,
                         {QStringLiteral("start"), QStringLiteral("complete")},
                         {StageInspector::tr("When the stage starts"),
                          StageInspector::tr("When the stage is done")}};
    if (kind == u"meeting") {
        return {
            {QStringLiteral("topic"),
             StageInspector::tr("Topic"),
             FieldSpec::Line,
             {},
             {},
             StageInspector::tr("{stage}: {employee}")},
            {QStringLiteral("agenda"),
             StageInspector::tr("Agenda"),
             FieldSpec::Text,
             {},
             {},
             StageInspector::tr("The stage's description")},
            {QStringLiteral("duration"), StageInspector::tr("Duration"), FieldSpec::Minutes},
            {QStringLiteral("participants"),
             StageInspector::tr("Also invite"),
             FieldSpec::List,
             {},
             {},
             StageInspector::tr("manager, colleague@example.com")},
        };
    }
    if (kind == u"jira") {
        const QString project =
            settings ? settings->serviceOption(QStringLiteral("jira"), QStringLiteral("project"))
                     : QString();
        return {
            {QStringLiteral("project"),
             StageInspector::tr("Project key"),
             FieldSpec::Line,
             {},
             {},
             project.isEmpty() ? StageInspector::tr("e.g. ONB") : project},
            {QStringLiteral("issue_type"),
             StageInspector::tr("Issue type"),
             FieldSpec::Choice,
             {QStringLiteral("Task"), QStringLiteral("Story"), QStringLiteral("Bug")},
             {StageInspector::tr("Task"), StageInspector::tr("Story"), StageInspector::tr("Bug")}},
            {QStringLiteral("summary"),
             StageInspector::tr("Summary"),
             FieldSpec::Line,
             {},
             {},
             StageInspector::tr("{employee} finished “{stage}”")},
            {QStringLiteral("description"),
             StageInspector::tr("Description"),
             FieldSpec::Text,
             {},
             {},
             placeholders},
        };
    }
    if (kind == u"document") {
        return {
            when,
            {QStringLiteral("title"),
             StageInspector::tr("Document"),
             FieldSpec::Line,
             {},
             {},
             StageInspector::tr("e.g. Security policy")},
            {QStringLiteral("url"),
             StageInspector::tr("Address"),
             FieldSpec::Line,
             {},
             {},
             QStringLiteral("https://")},
            via,
        };
    }
    if (kind == u"survey") {
        return {
            {QStringLiteral("url"),
             StageInspector::tr("Survey address"),
             FieldSpec::Line,
             {},
             {},
             QStringLiteral("https://")},
            via,
        };
    }
    if (kind == u"email") {
        return {
            {QStringLiteral("to"),
             StageInspector::tr("To"),
             FieldSpec::Line,
             {},
             {},
             StageInspector::tr("employee, manager or e-mail addresses")},
            {QStringLiteral("subject"),
             StageInspector::tr("Subject"),
             FieldSpec::Line,
             {},
             {},
             StageInspector::tr("Onboarding: “{stage}” finished")},
            {QStringLiteral("body"),
             StageInspector::tr("Text"),
             FieldSpec::Text,
             {},
             {},
             placeholders},
        };
    }
    if (kind == u"slack") {
        return {{QStringLiteral("text"),
                 StageInspector::tr("Message"),
                 FieldSpec::Text,
                 {},
                 {},
                 StageInspector::tr("{employee} finished “{stage}”.")}};
    }
    return {};
}

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

QList<QPair<QString, QString>> StageInspector::actionKinds()
{
    return {{QStringLiteral("meeting"), tr("Video meeting (Zoom)")},
            {QStringLiteral("jira"), tr("Jira task")},
            {QStringLiteral("document"), tr("Document to read")},
            {QStringLiteral("survey"), tr("Feedback survey")},
            {QStringLiteral("email"), tr("E-mail message")},
            {QStringLiteral("slack"), tr("Slack message")}};
}

QJsonObject StageInspector::newAction(const QString &kind)
{
    if (kind == u"meeting") {
        return {{QStringLiteral("on"), QStringLiteral("start")},
                {QStringLiteral("type"), QStringLiteral("zoom")},
                {QStringLiteral("duration"), 45}};
    }
    if (kind == u"document") {
        return {{QStringLiteral("on"), QStringLiteral("start")},
                {QStringLiteral("type"), QStringLiteral("document")}};
    }
    const QString type = kind == u"email" ? QStringLiteral("graph") : kind;
    QJsonObject action{{QStringLiteral("on"), QStringLiteral("complete")},
                       {QStringLiteral("type"), type}};
    if (kind == u"email") {
        action.insert(QStringLiteral("to"), QStringLiteral("manager"));
    }
    return action;
}

QString StageInspector::describeAction(const QJsonObject &action)
{
    const QString kind = kindOf(action);
    QString name = kind;
    for (const auto &[k, display] : actionKinds()) {
        if (k == kind) {
            name = display;
        }
    }
    const QString detail = kind == u"jira"       ? action.value(u"project").toString()
                           : kind == u"document" ? action.value(u"title").toString()
                           : kind == u"email"    ? action.value(u"to").toString()
                           : kind == u"meeting"  ? action.value(u"topic").toString()
                                                 : QString();
    const QString when = action.value(u"on").toString() == u"start" ? tr("when the stage starts")
                                                                    : tr("when the stage is done");
    return detail.isEmpty() ? tr("%1, %2").arg(name, when)
                            : tr("%1 “%2”, %3").arg(name, detail, when);
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

int StageInspector::currentAction() const
{
    return m_actions->currentRow();
}

void StageInspector::selectAction(int index)
{
    m_actions->setCurrentRow(index);
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

void StageInspector::refreshActions()
{
    const StageData *stage = m_document ? m_document->stage(m_stageKey) : nullptr;
    const QJsonArray actions = stage ? stage->actions : QJsonArray();
    const bool was = std::exchange(m_updating, true);
    int current = m_actions->currentRow();
    while (m_actions->count() > actions.size()) {
        delete m_actions->takeItem(m_actions->count() - 1);
    }
    for (int i = 0; i < actions.size(); ++i) {
        const QString text = describeAction(actions.at(i).toObject());
        if (i < m_actions->count()) {
            m_actions->item(i)->setText(text);
        } else {
            m_actions->addItem(text);
        }
    }
    if (current >= actions.size()) {
        current = int(actions.size()) - 1;
    }
    if (current < 0 && !actions.isEmpty()) {
        current = 0;
    }
    m_actions->setCurrentRow(current);
    m_updating = was;
    m_removeAction->setEnabled(current >= 0);
    m_actionUp->setEnabled(current > 0);
    m_actionDown->setEnabled(current >= 0 && current + 1 < actions.size());
    if (!m_updating || m_formAction != current) {
        rebuildActionForm();
    } else {
        updateActionNotes();
    }
}

void StageInspector::rebuildActionForm()
{
    while (m_actionFormLayout->rowCount() > 0) {
        m_actionFormLayout->removeRow(0);
    }
    const StageData *stage = m_document ? m_document->stage(m_stageKey) : nullptr;
    const int index = m_actions->currentRow();
    m_formAction = index;
    m_removeAction->setEnabled(index >= 0);
    m_actionUp->setEnabled(index > 0);
    m_actionDown->setEnabled(stage && index >= 0 && index + 1 < stage->actions.size());
    if (!stage || index < 0 || index >= stage->actions.size()) {
        m_actionForm->hide();
        updateActionNotes();
        return;
    }
    const QJsonObject action = stage->actions.at(index).toObject();
    const bool was = std::exchange(m_updating, true);
    for (const FieldSpec &spec : fieldsOf(action, m_settings)) {
        const QJsonValue value = action.value(spec.key);
        QWidget *editor = nullptr;
        switch (spec.kind) {
        case FieldSpec::Line: {
            auto *line = new QLineEdit(value.toString());
            line->setPlaceholderText(spec.placeholder);
            connect(line, &QLineEdit::textEdited, this,
                    [this, key = spec.key](const QString &text) { editAction(key, text); });
            editor = line;
            break;
        }
        case FieldSpec::Text: {
            auto *text = new QPlainTextEdit(value.toString());
            text->setPlaceholderText(spec.placeholder);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(80);
            connect(text, &QPlainTextEdit::textChanged, this,
                    [this, text, key = spec.key] { editAction(key, text->toPlainText()); });
            editor = text;
            break;
        }
        case FieldSpec::Minutes: {
            auto *spin = new QSpinBox;
            spin->setRange(0, 24 * 60);
            spin->setSingleStep(15);
            spin->setSuffix(tr(" min"));
            spin->setSpecialValueText(tr("as the stage"));
            spin->setValue(value.toInt());
            connect(spin, &QSpinBox::valueChanged, this, [this, key = spec.key](int minutes) {
                editAction(key, minutes > 0 ? QJsonValue(minutes) : QJsonValue());
            });
            editor = spin;
            break;
        }
        case FieldSpec::Choice: {
            auto *combo = new QComboBox;
            for (int i = 0; i < spec.choices.size(); ++i) {
                combo->addItem(spec.choiceLabels.value(i), spec.choices.at(i));
            }
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            connect(combo, &QComboBox::activated, this, [this, combo, key = spec.key] {
                editAction(key, combo->currentData().toString());
            });
            editor = combo;
            break;
        }
        case FieldSpec::List: {
            QStringList items;
            for (const QJsonValue &item : value.toArray()) {
                items.append(item.toString());
            }
            auto *line = new QLineEdit(items.join(QStringLiteral(", ")));
            line->setPlaceholderText(spec.placeholder);
            connect(line, &QLineEdit::textEdited, this,
                    [this, key = spec.key](const QString &text) {
                        QJsonArray list;
                        for (const QString &part : text.split(u',')) {
                            if (!part.trimmed().isEmpty()) {
                                list.append(part.trimmed());
                            }
                        }
                        editAction(key, list.isEmpty() ? QJsonValue() : QJsonValue(list));
                    });
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("action_") + spec.key);
        m_actionFormLayout->addRow(spec.label + u':', editor);
    }
    if (kindOf(action) == u"meeting") {
        auto *hint = new QLabel(tr("The scenario's new hires are invited automatically."));
        hint->setWordWrap(true);
        hint->setEnabled(false);
        m_actionFormLayout->addRow(hint);
    }
    m_updating = was;
    m_actionForm->show();
    updateActionNotes();
}

void StageInspector::updateActionNotes()
{
    const StageData *stage = m_document ? m_document->stage(m_stageKey) : nullptr;
    const int index = m_actions->currentRow();
    if (!stage || index < 0 || index >= stage->actions.size()) {
        m_actionNote->clear();
        m_actionNote->setVisible(stage && stage->actions.isEmpty());
        if (stage && stage->actions.isEmpty()) {
            m_actionNote->setText(tr("This stage does nothing by itself. Add an action to set "
                                     "up a meeting, create a Jira task, send a document or a "
                                     "survey when it starts or is done."));
        }
        return;
    }
    const QJsonObject action = stage->actions.at(index).toObject();
    QStringList notes;
    const QString service = serviceOf(action);
    if (!m_settings || !Integrations::isConfigured(*m_settings, service)) {
        notes.append(tr("%1 is not set up yet: this work will wait in the outbox until its "
                        "address is entered in Sync > Integrations.")
                         .arg(Integrations::displayName(service)));
    }
    if (kindOf(action) == u"meeting") {
        const int minutes = action.value(u"duration").toInt(stage->durationMinutes);
        if (minutes > 0 && (minutes < 30 || minutes > 60)) {
            notes.append(tr("Meetings of 30 to 60 minutes work best; %1 minutes will be "
                            "brought into that range when the meeting is created.")
                             .arg(minutes));
        }
    }
    if (kindOf(action) == u"jira" && action.value(u"project").toString().isEmpty() &&
        (!m_settings ||
         m_settings->serviceOption(QStringLiteral("jira"), QStringLiteral("project")).isEmpty())) {
        notes.append(tr("Name the Jira project, or set a default project in Sync > "
                        "Integrations."));
    }
    m_actionNote->setText(notes.join(u'\n'));
    m_actionNote->setVisible(!notes.isEmpty());
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

void StageInspector::editAction(const QString &field, const QJsonValue &value)
{
    const int index = m_actions->currentRow();
    editStage(QStringLiteral("action%1.%2").arg(index).arg(field), tr("Edit Stage Action"),
              [&](StageData &stage) {
                  if (index < 0 || index >= stage.actions.size()) {
                      return;
                  }
                  QJsonObject action = stage.actions.at(index).toObject();
                  if (value.isUndefined() || value.isNull() ||
                      (value.isString() && value.toString().isEmpty())) {
                      action.remove(field);
                  } else {
                      action.insert(field, value);
                  }
                  stage.actions[index] = action;
              });
}

void StageInspector::addAction(const QString &kind)
{
    const StageData *stage = m_document ? m_document->stage(m_stageKey) : nullptr;
    if (!stage) {
        return;
    }
    const int index = int(stage->actions.size());
    editStage({}, tr("Add Action"),
              [&](StageData &edited) { edited.actions.append(newAction(kind)); });
    m_actions->setCurrentRow(index);
    rebuildActionForm();
}

void StageInspector::removeAction()
{
    const int index = m_actions->currentRow();
    editStage({}, tr("Remove Action"), [&](StageData &stage) {
        if (index >= 0 && index < stage.actions.size()) {
            stage.actions.removeAt(index);
        }
    });
}

void StageInspector::moveAction(int delta)
{
    const int index = m_actions->currentRow();
    const int target = index + delta;
    editStage({}, tr("Reorder Actions"), [&](StageData &stage) {
        if (index >= 0 && target >= 0 && index < stage.actions.size() &&
            target < stage.actions.size()) {
            const QJsonValue moved = stage.actions.at(index);
            stage.actions.removeAt(index);
            stage.actions.insert(target, moved);
        }
    });
    m_actions->setCurrentRow(target);
    rebuildActionForm();
}

} // namespace bbd
