// The scenario editor's undo commands on a real ScenarioDocument: each one does exactly its
// change, undo gives back exactly the document before (stage and link order included), and
// redo after undo gives the same result again; nudges and typing merge into one step.
#include "models/ScenarioCommands.h"
#include "models/ScenarioDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace bbd;

namespace {

// Everything a command may touch, compared as a whole.
struct Snapshot
{
    QString name;
    QString description;
    QList<StageData> stages;
    QList<StageLink> links;

    bool operator==(const Snapshot &other) const = default;

    static Snapshot of(const ScenarioDocument &document)
    {
        return {document.name(), document.description(), document.stages(), document.links()};
    }
};

StageData makeStage(qint64 key, const QString &title, QPointF position = {})
{
    StageData stage;
    stage.key = key;
    stage.title = title;
    stage.kind = QStringLiteral("meeting");
    stage.ownerRole = ScenarioStage::OwnerRole::Manager;
    stage.position = position;
    return stage;
}

// Base document: A(1) B(2) C(3) D(4); links 1→2, 2→3, 1→3, 3→4.
Snapshot base()
{
    return {QStringLiteral("Onboarding"),
            QStringLiteral("First weeks"),
            {makeStage(1, QStringLiteral("A"), {0, 0}), makeStage(2, QStringLiteral("B"), {200, 0}),
             makeStage(3, QStringLiteral("C"), {400, 0}),
             makeStage(4, QStringLiteral("D"), {600, 0})},
            {{1, 2}, {2, 3}, {1, 3}, {3, 4}}};
}

void load(ScenarioDocument *document, const Snapshot &snapshot)
{
    document->reset(7, 2, snapshot.name, snapshot.description, snapshot.stages, snapshot.links);
}

QString describe(const Snapshot &s)
{
    QStringList stages;
    for (const StageData &stage : s.stages) {
        stages << QStringLiteral("%1:%2@%3,%4")
                      .arg(stage.key)
                      .arg(stage.title)
                      .arg(stage.position.x())
                      .arg(stage.position.y());
    }
    QStringList links;
    for (const StageLink &link : s.links) {
        links << QStringLiteral("%1→%2").arg(link.from).arg(link.to);
    }
    return QStringLiteral("%1 / %2 [%3] {%4}")
        .arg(s.name, s.description, stages.join(u' '), links.join(u' '));
}

struct Case
{
    std::function<QUndoCommand *(ScenarioDocument *)> make;
    std::function<void(Snapshot *)> expect;
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestScenarioCommands : public QObject
{
    Q_OBJECT

private slots:
    void doesAndUndoesExactly_data();
    void doesAndUndoesExactly();
    void nudgesMerge();
    void nudgesOfManyStagesMerge();
    void nudgesOfOtherStagesOrDragsDoNotMerge();
    void nudgeBackLeavesNothing();
    void fieldEditsMerge();
    void otherFieldsAndUnnamedEditsDoNotMerge();
    void typingBackLeavesNothing();
    void scenarioEditsMerge();
    void noMergeAcrossSavePoint();
    void commandTextsNameTheStage();
    void newKeysAreNeverReused();

private:
    static void checkIndex(const ScenarioDocument &document);
};

void TestScenarioCommands::checkIndex(const ScenarioDocument &document)
{
    // The key → index map must follow every insert and removal.
    for (int i = 0; i < document.stages().size(); ++i) {
        QCOMPARE(document.indexOf(document.stages().at(i).key), i);
        QCOMPARE(document.stage(document.stages().at(i).key), &document.stages().at(i));
    }
}

void TestScenarioCommands::doesAndUndoesExactly_data()
{
    QTest::addColumn<Case>("testCase");

    QTest::newRow("add one stage") << Case{
        [](ScenarioDocument *d) {
            return new AddStagesCommand(d, {makeStage(d->takeNewKey(), QStringLiteral("E"))});
        },
        [](Snapshot *s) {
            s->stages.append(makeStage(5, QStringLiteral("E")));
        }};
    QTest::newRow("add stages with links to old and new")
        << Case{[](ScenarioDocument *d) {
                    const qint64 e = d->takeNewKey();
                    const qint64 f = d->takeNewKey();
                    return new AddStagesCommand(
                        d, {makeStage(e, QStringLiteral("E")), makeStage(f, QStringLiteral("F"))},
                        {{4, e}, {e, f}, {2, f}});
                },
                [](Snapshot *s) {
                    s->stages << makeStage(5, QStringLiteral("E"))
                              << makeStage(6, QStringLiteral("F"));
                    s->links << StageLink{4, 5} << StageLink{5, 6} << StageLink{2, 6};
                }};
    QTest::newRow("remove a stage and its links")
        << Case{[](ScenarioDocument *d) { return new RemoveItemsCommand(d, {2}); },
                [](Snapshot *s) {
                    s->stages.removeAt(1);
                    s->links = {{1, 3}, {3, 4}};
                }};
    QTest::newRow("remove the first stage")
        << Case{[](ScenarioDocument *d) { return new RemoveItemsCommand(d, {1}); },
                [](Snapshot *s) {
                    s->stages.removeAt(0);
                    s->links = {{2, 3}, {3, 4}};
                }};
    QTest::newRow("remove stages given out of order")
        << Case{[](ScenarioDocument *d) {
                    return new RemoveItemsCommand(d, {4, 1, 3});
                },
                [](Snapshot *s) {
                    s->stages = {s->stages.at(1)};
                    s->links = {};
                }};
    QTest::newRow("remove a stage named twice and its link named too")
        << Case{[](ScenarioDocument *d) {
                    return new RemoveItemsCommand(d, {3, 3}, {{2, 3}, {2, 3}});
                },
                [](Snapshot *s) {
                    s->stages.removeAt(2);
                    s->links = {{1, 2}};
                }};
    QTest::newRow("remove links only")
        << Case{[](ScenarioDocument *d) {
                    return new RemoveItemsCommand(d, {}, {{3, 4}, {1, 2}});
                },
                [](Snapshot *s) {
                    s->links = {{2, 3}, {1, 3}};
                }};
    QTest::newRow("remove a stage and an unrelated link")
        << Case{[](ScenarioDocument *d) {
                    return new RemoveItemsCommand(d, {4}, {{1, 2}});
                },
                [](Snapshot *s) {
                    s->stages.removeAt(3);
                    s->links = {{2, 3}, {1, 3}};
                }};
    QTest::newRow("move stages") << Case{[](ScenarioDocument *d) {
                                             return new MoveStagesCommand(
                                                 d, {{1, QPointF(0, 0)}, {3, QPointF(400, 0)}},
                                                 {{1, QPointF(10, 20)}, {3, QPointF(-5, 300)}});
                                         },
                                         [](Snapshot *s) {
                                             s->stages[0].position = {10, 20};
                                             s->stages[2].position = {-5, 300};
                                         }};
    QTest::newRow("edit a stage") << Case{
        [](ScenarioDocument *d) {
            StageData after = *d->stage(2);
            after.title = QStringLiteral("B2");
            after.durationMinutes = 45;
            after.ownerRole.reset();
            after.actions = {QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                                         {QStringLiteral("type"), QStringLiteral("zoom")}}};
            after.position = {1, 2};
            return new EditStageCommand(d, *d->stage(2), after, QStringLiteral("title"));
        },
        [](Snapshot *s) {
            s->stages[1].title = QStringLiteral("B2");
            s->stages[1].durationMinutes = 45;
            s->stages[1].ownerRole.reset();
            s->stages[1].actions = {QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                                                {QStringLiteral("type"), QStringLiteral("zoom")}}};
            s->stages[1].position = {1, 2};
        }};
    QTest::newRow("add a link") << Case{[](ScenarioDocument *d) {
                                            return new AddLinkCommand(d, {4, 1});
                                        },
                                        [](Snapshot *s) {
                                            s->links.append({4, 1});
                                        }};
    QTest::newRow("edit the scenario") << Case{
        [](ScenarioDocument *d) {
            return new EditScenarioCommand(d, QStringLiteral("Sales onboarding"), QString());
        },
        [](Snapshot *s) {
            s->name = QStringLiteral("Sales onboarding");
            s->description.clear();
        }};
}

void TestScenarioCommands::doesAndUndoesExactly()
{
    QFETCH(Case, testCase);
    ScenarioDocument document;
    load(&document, base());
    const Snapshot before = Snapshot::of(document);
    Snapshot expected = before;
    testCase.expect(&expected);
    QVERIFY(expected != before);

    QUndoStack stack;
    QSignalSpy contents(&document, &ScenarioDocument::contentsChanged);
    stack.push(testCase.make(&document));
    QVERIFY(!contents.isEmpty());
    QVERIFY(document.isModified());
    for (int round = 0; round < 2; ++round) {
        QVERIFY2(Snapshot::of(document) == expected, qPrintable(describe(Snapshot::of(document))));
        checkIndex(document);
        stack.undo();
        QVERIFY2(Snapshot::of(document) == before, qPrintable(describe(Snapshot::of(document))));
        checkIndex(document);
        stack.redo();
    }
    QVERIFY2(Snapshot::of(document) == expected, qPrintable(describe(Snapshot::of(document))));
}

void TestScenarioCommands::nudgesMerge()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    QPointF at(200, 0);
    for (int i = 0; i < 3; ++i) {
        const QPointF next = at + QPointF(10, 0);
        stack.push(new MoveStagesCommand(&document, {{2, at}}, {{2, next}}, true));
        at = next;
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document.stage(2)->position, QPointF(230, 0));
    stack.undo();
    QCOMPARE(document.stage(2)->position, QPointF(200, 0));
    stack.redo();
    QCOMPARE(document.stage(2)->position, QPointF(230, 0));
}

void TestScenarioCommands::nudgesOfManyStagesMerge()
{
    // A hash lists its keys in an order that depends on how it grew, so the same selection
    // can come in two orders; it is still the same selection.
    Snapshot many = base();
    many.stages.clear();
    many.links.clear();
    for (qint64 key = 1; key <= 40; ++key) {
        many.stages.append(makeStage(key, QString::number(key), QPointF(key * 10.0, 0)));
    }
    ScenarioDocument document;
    load(&document, many);
    QHash<qint64, QPointF> from;
    QHash<qint64, QPointF> to;
    QHash<qint64, QPointF> to2;
    to2.reserve(4096);
    for (qint64 key = 1; key <= 40; ++key) {
        from.insert(key, QPointF(key * 10.0, 0));
        to.insert(key, QPointF(key * 10.0, 10));
    }
    for (qint64 key = 40; key >= 1; --key) {
        to2.insert(key, QPointF(key * 10.0, 20));
    }
    QVERIFY(to.keys() != to2.keys());
    QUndoStack stack;
    stack.push(new MoveStagesCommand(&document, from, to, true));
    stack.push(new MoveStagesCommand(&document, to, to2, true));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document.stage(7)->position, QPointF(70, 20));
    stack.undo();
    QCOMPARE(Snapshot::of(document), many);
}

void TestScenarioCommands::nudgesOfOtherStagesOrDragsDoNotMerge()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    stack.push(new MoveStagesCommand(&document, {{1, {0, 0}}}, {{1, {0, 10}}}, true));
    stack.push(new MoveStagesCommand(&document, {{2, {200, 0}}}, {{2, {200, 10}}}, true));
    QCOMPARE(stack.count(), 2);
    stack.push(new MoveStagesCommand(&document, {{2, {200, 10}}}, {{2, {300, 10}}}, false));
    stack.push(new MoveStagesCommand(&document, {{2, {300, 10}}}, {{2, {400, 10}}}, false));
    QCOMPARE(stack.count(), 4);
    stack.undo();
    QCOMPARE(document.stage(2)->position, QPointF(300, 10));
}

void TestScenarioCommands::nudgeBackLeavesNothing()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    stack.push(new MoveStagesCommand(&document, {{1, {0, 0}}}, {{1, {10, 0}}}, true));
    stack.push(new MoveStagesCommand(&document, {{1, {10, 0}}}, {{1, {0, 0}}}, true));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(Snapshot::of(document), base());
}

void TestScenarioCommands::fieldEditsMerge()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    for (const QString &typed :
         {QStringLiteral("M"), QStringLiteral("Me"), QStringLiteral("Meet")}) {
        StageData after = *document.stage(1);
        after.title = typed;
        stack.push(
            new EditStageCommand(&document, *document.stage(1), after, QStringLiteral("title")));
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document.stage(1)->title, QStringLiteral("Meet"));
    stack.undo();
    QCOMPARE(document.stage(1)->title, QStringLiteral("A"));
    QCOMPARE(Snapshot::of(document), base());
    stack.redo();
    QCOMPARE(document.stage(1)->title, QStringLiteral("Meet"));
}

void TestScenarioCommands::otherFieldsAndUnnamedEditsDoNotMerge()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    const auto edit = [&](qint64 key, const QString &field, auto change) {
        StageData after = *document.stage(key);
        change(after);
        stack.push(new EditStageCommand(&document, *document.stage(key), after, field));
    };
    edit(1, QStringLiteral("title"), [](StageData &s) { s.title = QStringLiteral("X"); });
    edit(1, QStringLiteral("duration"), [](StageData &s) { s.durationMinutes = 30; });
    edit(2, QStringLiteral("duration"), [](StageData &s) { s.durationMinutes = 30; });
    edit(2, QString(), [](StageData &s) { s.kind = QStringLiteral("task"); });
    edit(2, QString(), [](StageData &s) { s.kind = QStringLiteral("survey"); });
    QCOMPARE(stack.count(), 5);
    stack.undo();
    QCOMPARE(document.stage(2)->kind, QStringLiteral("task"));
    while (stack.canUndo()) {
        stack.undo();
    }
    QCOMPARE(Snapshot::of(document), base());
}

void TestScenarioCommands::typingBackLeavesNothing()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    for (const QString &typed : {QStringLiteral("AB"), QStringLiteral("A")}) {
        StageData after = *document.stage(1);
        after.title = typed;
        stack.push(
            new EditStageCommand(&document, *document.stage(1), after, QStringLiteral("title")));
    }
    QCOMPARE(stack.count(), 0);
    QCOMPARE(Snapshot::of(document), base());
}

void TestScenarioCommands::scenarioEditsMerge()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    stack.push(new EditScenarioCommand(&document, QStringLiteral("O"), document.description()));
    stack.push(new EditScenarioCommand(&document, QStringLiteral("On"), QStringLiteral("d")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document.name(), QStringLiteral("On"));
    stack.undo();
    QCOMPARE(document.name(), QStringLiteral("Onboarding"));
    QCOMPARE(document.description(), QStringLiteral("First weeks"));
    stack.redo();
    stack.push(new EditScenarioCommand(&document, QStringLiteral("Onboarding"),
                                       QStringLiteral("First weeks")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(Snapshot::of(document), base());
}

void TestScenarioCommands::noMergeAcrossSavePoint()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    StageData after = *document.stage(1);
    after.title = QStringLiteral("AB");
    stack.push(new EditStageCommand(&document, *document.stage(1), after, QStringLiteral("title")));
    stack.setClean();
    StageData again = after;
    again.title = QStringLiteral("ABC");
    stack.push(new EditStageCommand(&document, after, again, QStringLiteral("title")));
    // The saved state stays reachable by undo.
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QVERIFY(stack.isClean());
    QCOMPARE(document.stage(1)->title, QStringLiteral("AB"));
}

void TestScenarioCommands::commandTextsNameTheStage()
{
    ScenarioDocument document;
    load(&document, base());
    QCOMPARE(AddStagesCommand(&document, {makeStage(9, QStringLiteral("Tour"))}).text(),
             QStringLiteral("Add Stage “Tour”"));
    QCOMPARE(RemoveItemsCommand(&document, {2}).text(), QStringLiteral("Delete Stage “B”"));
    QCOMPARE(RemoveItemsCommand(&document, {2, 2}).text(), QStringLiteral("Delete Stage “B”"));
    QCOMPARE(AddLinkCommand(&document, {4, 1}).text(), QStringLiteral("Link “D” → “A”"));
}

void TestScenarioCommands::newKeysAreNeverReused()
{
    ScenarioDocument document;
    load(&document, base());
    QUndoStack stack;
    const qint64 key = document.takeNewKey();
    QCOMPARE(key, 5);
    stack.push(new AddStagesCommand(&document, {makeStage(key, QStringLiteral("E"))}));
    stack.push(new RemoveItemsCommand(&document, {key}));
    QVERIFY(document.takeNewKey() > key);
}

QTEST_GUILESS_MAIN(TestScenarioCommands)
#include "tst_scenariocommands.moc"
