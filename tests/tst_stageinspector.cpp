// The inspector beside the scenario canvas: every edit an undo command, typing merged into one
// step, undo shown back in the widgets, actions added and described, and plain notes about
// services that are not set up.
#include "app/settings/Settings.h"
#include "models/ScenarioCommands.h"
#include "ui/scenarios/StageInspector.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bbd;

class TestStageInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void typingIsOneUndoStep();
    void choicesAreCommands_data();
    void choicesAreCommands();
    void undoShowsInTheWidgets();
    void actionsAddedEditedAndRemoved_data();
    void actionsAddedEditedAndRemoved();
    void notesSayWhatIsMissing();
    void scenarioPropertiesWithoutAStage();
    void removedStageEmptiesTheInspector();

private:
    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = m_inspector->findChild<T *>(name);
        if (!widget) {
            qWarning("no widget %s", qPrintable(name));
        }
        return widget;
    }
    QAction *addActionMenuItem(const QString &kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScenarioDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<StageInspector> m_inspector;
    qint64 m_key = 0;
};

void TestStageInspector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_document = std::make_unique<ScenarioDocument>();
    StageData stage;
    stage.key = 1;
    stage.title = QStringLiteral("Meet the team");
    stage.kind = QStringLiteral("meeting");
    stage.timingUnit = ScenarioStage::TimingUnit::Week;
    stage.durationMinutes = 45;
    m_document->reset(0, 1, QStringLiteral("First weeks"), QString(), {stage}, {});
    m_key = 1;
    m_stack = std::make_unique<QUndoStack>();
    m_inspector = std::make_unique<StageInspector>(m_settings.get());
    m_inspector->setDocument(m_document.get(), m_stack.get());
    m_inspector->setStage(m_key);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestStageInspector::cleanup()
{
    m_inspector.reset();
    m_stack.reset();
    m_document.reset();
    m_settings.reset();
    m_dir.reset();
}

QAction *TestStageInspector::addActionMenuItem(const QString &kind) const
{
    auto *button = m_inspector->findChild<QPushButton *>(QStringLiteral("addAction"));
    return button ? button->menu()->findChild<QAction *>(QStringLiteral("addAction_") + kind)
                  : nullptr;
}

void TestStageInspector::typingIsOneUndoStep()
{
    auto *title = find<QLineEdit>(QStringLiteral("stageTitle"));
    QVERIFY(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Team lunch"));
    QCOMPARE(m_document->stage(m_key)->title, QStringLiteral("Team lunch"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Rename Stage"));
    m_stack->undo();
    QCOMPARE(m_document->stage(m_key)->title, QStringLiteral("Meet the team"));
    QCOMPARE(title->text(), QStringLiteral("Meet the team"));
}

void TestStageInspector::choicesAreCommands_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected"); // StageData field after the change, as JSON text
    QTest::newRow("kind") << QStringLiteral("stageKind") << 4 << QStringLiteral("kind=task");
    QTest::newRow("unit") << QStringLiteral("stageTimingUnit") << 2
                          << QStringLiteral("timing_unit=month");
    QTest::newRow("repeats") << QStringLiteral("stageRecurrence") << 1
                             << QStringLiteral("recurrence=weekly");
    QTest::newRow("owner") << QStringLiteral("stageOwner") << 2
                           << QStringLiteral("owner_role=manager");
}

void TestStageInspector::choicesAreCommands()
{
    QFETCH(QString, widget);
    QFETCH(int, index);
    QFETCH(QString, expected);
    auto *combo = find<QComboBox>(widget);
    QVERIFY(combo);
    const StageData before = *m_document->stage(m_key);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    const QString field = expected.section(u'=', 0, 0);
    QCOMPARE(m_document->stage(m_key)->toJson().value(field).toString(), expected.section(u'=', 1));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(*m_document->stage(m_key), before);
}

void TestStageInspector::undoShowsInTheWidgets()
{
    auto *offset = find<QSpinBox>(QStringLiteral("stageTimingOffset"));
    auto *duration = find<QSpinBox>(QStringLiteral("stageDuration"));
    auto *description = find<QPlainTextEdit>(QStringLiteral("stageDescription"));
    QVERIFY(offset && duration && description);
    offset->setValue(3);
    duration->setValue(60);
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Say hello"));
    QCOMPARE(m_document->stage(m_key)->timingOffset, 3);
    QCOMPARE(m_document->stage(m_key)->durationMinutes, 60);
    QCOMPARE(m_document->stage(m_key)->description, QStringLiteral("Say hello"));
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    QCOMPARE(description->toPlainText(), QString());
    m_stack->undo();
    QCOMPARE(duration->value(), 45);
    m_stack->undo();
    QCOMPARE(offset->value(), 1);
    m_stack->redo();
    QCOMPARE(offset->value(), 3);
    // Showing an undone value is not a new edit.
    QCOMPARE(m_stack->count(), 3);
}

void TestStageInspector::actionsAddedEditedAndRemoved_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("on");
    QTest::newRow("meeting") << QStringLiteral("meeting") << QStringLiteral("topic")
                             << QStringLiteral("Hello, {employee}") << QStringLiteral("zoom")
                             << QStringLiteral("start");
    QTest::newRow("jira") << QStringLiteral("jira") << QStringLiteral("project")
                          << QStringLiteral("ONB") << QStringLiteral("jira")
                          << QStringLiteral("complete");
    QTest::newRow("document") << QStringLiteral("document") << QStringLiteral("url")
                              << QStringLiteral("https://wiki.example.com/handbook")
                              << QStringLiteral("document") << QStringLiteral("start");
    QTest::newRow("survey") << QStringLiteral("survey") << QStringLiteral("url")
                            << QStringLiteral("https://forms.example.com/1")
                            << QStringLiteral("survey") << QStringLiteral("complete");
    QTest::newRow("e-mail") << QStringLiteral("email") << QStringLiteral("subject")
                            << QStringLiteral("Welcome") << QStringLiteral("graph")
                            << QStringLiteral("complete");
}

void TestStageInspector::actionsAddedEditedAndRemoved()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, type);
    QFETCH(QString, on);
    QAction *add = addActionMenuItem(kind);
    QVERIFY(add);
    add->trigger();
    QCOMPARE(m_document->stage(m_key)->actions.size(), 1);
    const QJsonObject added = m_document->stage(m_key)->actions.at(0).toObject();
    QCOMPARE(added.value(u"type").toString(), type);
    QCOMPARE(added.value(u"on").toString(), on);
    auto *list = find<QListWidget>(QStringLiteral("stageActions"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentRow(), 0);

    auto *line = find<QLineEdit>(QStringLiteral("action_") + field);
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, typed);
    QCOMPARE(m_document->stage(m_key)->actions.at(0).toObject().value(field).toString(), typed);
    // Adding and typing: two undo steps, and the focus stayed in the field while typing.
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(line->text(), typed);
    m_stack->undo();
    QVERIFY(!m_document->stage(m_key)->actions.at(0).toObject().contains(field));

    auto *remove = find<QPushButton>(QStringLiteral("removeAction"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_document->stage(m_key)->actions.isEmpty());
    QCOMPARE(list->count(), 0);
    m_stack->undo();
    QCOMPARE(list->count(), 1);
}

void TestStageInspector::notesSayWhatIsMissing()
{
    addActionMenuItem(QStringLiteral("meeting"))->trigger();
    auto *note = find<QLabel>(QStringLiteral("actionNote"));
    QVERIFY(note->text().contains(QStringLiteral("Zoom is not set up")));
    auto *duration = find<QSpinBox>(QStringLiteral("action_duration"));
    QVERIFY(duration);
    duration->setValue(90);
    QVERIFY2(note->text().contains(QStringLiteral("30 to 60 minutes")), qPrintable(note->text()));
    m_settings->setServiceUrl(QStringLiteral("zoom"),
                              QUrl(QStringLiteral("https://api.zoom.us/v2")));
    duration->setValue(45);
    QVERIFY(!note->text().contains(QStringLiteral("Zoom")));
    QVERIFY(!note->text().contains(QStringLiteral("minutes")));

    addActionMenuItem(QStringLiteral("jira"))->trigger();
    QVERIFY(note->text().contains(QStringLiteral("Name the Jira project")));
    m_inspector->setProblems({QStringLiteral("Nobody owns this stage.")},
                             {QStringLiteral("Long meeting")});
    auto *problems = find<QLabel>(QStringLiteral("inspectorProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("Nobody owns this stage.")));
    m_inspector->setProblems({}, {});
    QVERIFY(!problems->isVisible());
}

void TestStageInspector::scenarioPropertiesWithoutAStage()
{
    m_inspector->setStage(0);
    auto *name = find<QLineEdit>(QStringLiteral("scenarioName"));
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("First weeks"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" at the office"));
    QCOMPARE(m_document->name(), QStringLiteral("First weeks at the office"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(name->text(), QStringLiteral("First weeks"));
}

void TestStageInspector::removedStageEmptiesTheInspector()
{
    m_stack->push(new RemoveItemsCommand(m_document.get(), {m_key}));
    QCOMPARE(m_inspector->stageKey(), 0);
    QVERIFY(find<QLineEdit>(QStringLiteral("scenarioName"))->isVisible());
}

QTEST_MAIN(TestStageInspector)
#include "tst_stageinspector.moc"
