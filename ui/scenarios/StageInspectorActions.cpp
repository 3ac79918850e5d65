#include "app/integrations/Integrations.h"
#include "app/settings/Settings.h"
#include "models/ScenarioCommands.h"
#include "ui/ViewHelpers.h"
#include "ui/scenarios/StageInspector.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

// The actions part of the stage inspector: the kinds of action, the form each kind is edited in,
// and the list of a stage's actions with its add, remove and move buttons.
namespace bbd {
namespace {

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

int StageInspector::currentAction() const
{
    return m_actions->currentRow();
}

void StageInspector::selectAction(int index)
{
    m_actions->setCurrentRow(index);
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
