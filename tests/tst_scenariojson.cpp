// The scenario file format: what is written reads back to the same scenario and the same bytes,
// and every kind of broken or foreign file is refused with a sentence that says what is wrong.
#include "app/scenarios/ScenarioJson.h"
#include "models/ScenarioDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bbd;

namespace {

QList<StageData> sampleStages()
{
    StageData welcome;
    welcome.key = 3; // keys as an editing session leaves them: not 1..n
    welcome.dbId = 41;
    welcome.title = QStringLiteral("Приветствие и доступы");
    welcome.kind = QStringLiteral("task");
    welcome.ownerRole = ScenarioStage::OwnerRole::HrManager;
    welcome.participants = {QStringLiteral("hr_manager"), QStringLiteral("Олег Иванов")};
    welcome.description = QStringLiteral("Mail, Slack and \"the platform\"\nsecond line");
    welcome.actions = {QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                                   {QStringLiteral("type"), QStringLiteral("slack")},
                                   {QStringLiteral("text"), QStringLiteral("Hi {first_name}")}}};
    welcome.position = QPointF(0.1, -20.25);

    StageData oneOnOne;
    oneOnOne.key = 7;
    oneOnOne.title = QStringLiteral("Weekly 1:1");
    oneOnOne.kind = QStringLiteral("one_on_one");
    oneOnOne.timingUnit = ScenarioStage::TimingUnit::Week;
    oneOnOne.timingOffset = 2;
    oneOnOne.recurrence = ScenarioStage::Recurrence::Biweekly;
    oneOnOne.durationMinutes = 30;
    oneOnOne.autoComplete = true;
    oneOnOne.ownerRole = ScenarioStage::OwnerRole::Manager;
    oneOnOne.actions = {
        QJsonObject{{QStringLiteral("on"), QStringLiteral("start")},
                    {QStringLiteral("type"), QStringLiteral("zoom")},
                    {QStringLiteral("duration"), 30},
                    {QStringLiteral("participants"), QJsonArray{QStringLiteral("manager")}}}};
    oneOnOne.position = QPointF(1234.5678901234, 1e-7);

    StageData draft; // untitled and without owner: a draft the validator names
    draft.key = 12;
    draft.kind = QStringLiteral("survey");
    draft.timingUnit = ScenarioStage::TimingUnit::Month;
    draft.timingOffset = 3;
    draft.position = QPointF(-300, 1e6);
    return {welcome, oneOnOne, draft};
}

QByteArray file(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject validRoot()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("butterboard-scenario")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("Two stages")},
        {QStringLiteral("stages"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 10}, {QStringLiteral("title"), "A"}},
                    QJsonObject{{QStringLiteral("id"), 20}, {QStringLiteral("title"), "B"}}}},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("from"), 10}, {QStringLiteral("to"), 20}}}},
    };
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact();
    void idsAreLocalToTheFile();
    void readsAMinimalFile();
    void rekeyedForAnotherDocument();
    void malformed_data();
    void malformed();
    void newerVersionIsRefused();
    void failedReadLeavesContents();
};

void TestScenarioJson::roundTripIsExact()
{
    ScenarioDocument original;
    original.reset(5, 3, QStringLiteral("Первая неделя"), QStringLiteral("Desc “quoted”"),
                   sampleStages(), {{3, 7}, {12, 3}, {7, 12}});
    const QByteArray written = ScenarioJson::write(original);

    ScenarioContents contents;
    QString error;
    QVERIFY2(ScenarioJson::read(written, &contents, &error), qPrintable(error));
    ScenarioDocument imported;
    contents.resetDocument(&imported);
    QCOMPARE(imported.scenarioId(), 0);
    QCOMPARE(imported.revision(), 1);
    QCOMPARE(imported.name(), original.name());
    QCOMPARE(imported.description(), original.description());
    QCOMPARE(imported.stages().size(), original.stages().size());
    for (int i = 0; i < original.stages().size(); ++i) {
        StageData expected = original.stages().at(i);
        const StageData &got = imported.stages().at(i);
        QCOMPARE(got.dbId, 0);
        QCOMPARE(got.position, expected.position);
        expected.key = got.key;
        expected.dbId = 0;
        QVERIFY2(got == expected, qPrintable(got.title));
    }
    // The links join the same stages (by place in the list).
    QCOMPARE(imported.links().size(), 3);
    const auto place = [&imported](qint64 key) {
        return imported.indexOf(key);
    };
    QCOMPARE(place(imported.links().at(0).from), 0);
    QCOMPARE(place(imported.links().at(0).to), 1);
    QCOMPARE(place(imported.links().at(1).from), 2);
    QCOMPARE(place(imported.links().at(1).to), 0);
    QCOMPARE(ScenarioJson::write(imported), written);
}

void TestScenarioJson::idsAreLocalToTheFile()
{
    ScenarioDocument document;
    document.reset(0, 1, QStringLiteral("x"), QString(), sampleStages(), {{7, 12}});
    const QJsonObject root = QJsonDocument::fromJson(ScenarioJson::write(document)).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("butterboard-scenario"));
    QCOMPARE(root.value(u"version").toInt(), 1);
    const QJsonArray stages = root.value(u"stages").toArray();
    QCOMPARE(stages.size(), 3);
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(stages.at(i).toObject().value(u"id").toInt(), i + 1);
        QVERIFY(!stages.at(i).toObject().contains(u"key"));
    }
    QCOMPARE(root.value(u"links").toArray().first().toObject().value(u"from").toInt(), 2);
    QCOMPARE(root.value(u"links").toArray().first().toObject().value(u"to").toInt(), 3);
}

void TestScenarioJson::readsAMinimalFile()
{
    ScenarioContents contents;
    QString error;
    QVERIFY2(ScenarioJson::read(file(validRoot()), &contents, &error), qPrintable(error));
    QCOMPARE(contents.name, QStringLiteral("Two stages"));
    QCOMPARE(contents.description, QString());
    QCOMPARE(contents.stages.size(), 2);
    QCOMPARE(contents.stages.at(1).title, QStringLiteral("B"));
    QCOMPARE(contents.stages.at(1).kind, QStringLiteral("custom")); // defaults kept
    QCOMPARE(contents.stages.at(1).timingOffset, 1);
    QVERIFY(!contents.stages.at(1).ownerRole);
    QCOMPARE(contents.links,
             (QList<StageLink>{{contents.stages.at(0).key, contents.stages.at(1).key}}));
}

void TestScenarioJson::rekeyedForAnotherDocument()
{
    ScenarioDocument target;
    target.reset(9, 1, QStringLiteral("Target"), QString(), sampleStages(), {});
    ScenarioContents contents;
    QString error;
    QVERIFY(ScenarioJson::read(file(validRoot()), &contents, &error));
    contents.stages[0].dbId = 99;
    const ScenarioContents added = contents.rekeyedFor(&target);
    QCOMPARE(added.stages.size(), 2);
    QCOMPARE(added.stages.at(0).key, 13); // after the target's largest key, 12
    QCOMPARE(added.stages.at(1).key, 14);
    QCOMPARE(added.stages.at(0).dbId, 0);
    QCOMPARE(added.links, (QList<StageLink>{{13, 14}}));
    QCOMPARE(added.stages.at(0).title, QStringLiteral("A"));
    QCOMPARE(target.takeNewKey(), 15);
}

void TestScenarioJson::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{\"format\": \"butterboard-scenario\",")
                              << "The file is not JSON: ";
    QTest::newRow("not JSON, offset named") << QByteArray("{\"a\": tru}") << "at offset";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "its top level is not a JSON object";
    QJsonObject root = validRoot();
    root.remove(QStringLiteral("format"));
    QTest::newRow("no format") << file(root) << "it has no “format”";
    root = validRoot();
    root.insert(QStringLiteral("format"), QStringLiteral("butterboard-demo"));
    QTest::newRow("another format") << file(root) << "its “format” is “butterboard-demo”";
    root.insert(QStringLiteral("format"), 3);
    QTest::newRow("format not text") << file(root) << "its “format” is not text";
    root = validRoot();
    root.insert(QStringLiteral("version"), QStringLiteral("1"));
    QTest::newRow("version as text") << file(root) << "“version” must be a whole number";
    root.insert(QStringLiteral("version"), 0);
    QTest::newRow("version zero") << file(root) << "“version” must be a whole number";
    root.insert(QStringLiteral("version"), 1.5);
    QTest::newRow("version fraction") << file(root) << "“version” must be a whole number";
    root = validRoot();
    root.insert(QStringLiteral("name"), 5);
    QTest::newRow("name not text") << file(root) << "The scenario's “name” must be text";
    root = validRoot();
    root.remove(QStringLiteral("stages"));
    QTest::newRow("no stages") << file(root) << "The file has no “stages” list";
    root.insert(QStringLiteral("stages"), QJsonObject());
    QTest::newRow("stages not a list") << file(root) << "The file has no “stages” list";

    const auto withStages = [](const QJsonArray &stages) {
        QJsonObject r = validRoot();
        r.insert(QStringLiteral("stages"), stages);
        r.remove(QStringLiteral("links"));
        return file(r);
    };
    QTest::newRow("stage not an object") << withStages({QJsonObject{{"id", 1}, {"title", "A"}}, 5})
                                         << "Stage 2 is not a JSON object";
    QTest::newRow("stage without id")
        << withStages({QJsonObject{{"title", "A"}}}) << "Stage 1 needs a whole-number “id”";
    QTest::newRow("stage with text id") << withStages({QJsonObject{{"id", "a"}, {"title", "A"}}})
                                        << "Stage 1 needs a whole-number “id”";
    QTest::newRow("duplicate id") << withStages({QJsonObject{{"id", 4}, {"title", "A"}},
                                                 QJsonObject{{"id", 5}, {"title", "B"}},
                                                 QJsonObject{{"id", 4}, {"title", "C"}}})
                                  << "Stages 1 and 3 have the same id 4";
    QTest::newRow("stage title not text") << withStages({QJsonObject{{"id", 1}, {"title", 7}}})
                                          << "Stage 1 (id 1): A stage needs a “title”";
    QTest::newRow("stage with unknown kind")
        << withStages({QJsonObject{{"id", 1}, {"title", "A"}, {"kind", "party"}}})
        << "Stage 1 (id 1): “kind” is “party”";
    QTest::newRow("stage with timing offset 0")
        << withStages({QJsonObject{{"id", 1}, {"title", "A"}},
                       QJsonObject{{"id", 2}, {"title", "B"}, {"timing_offset", 0}}})
        << "Stage 2 (id 2): “timing_offset” must be a whole number from 1";
    QTest::newRow("stage with unknown owner")
        << withStages({QJsonObject{{"id", 1}, {"title", "A"}, {"owner_role", "ceo"}}})
        << "“owner_role” is “ceo”";
    QTest::newRow("stage action without type")
        << withStages({QJsonObject{
               {"id", 1}, {"title", "A"}, {"actions", QJsonArray{QJsonObject{{"on", "start"}}}}}})
        << "Every action needs a “type”";
    QTest::newRow("stage position as text")
        << withStages({QJsonObject{{"id", 1}, {"title", "A"}, {"x", "10"}}})
        << "“x” must be a number";

    const auto withLinks = [](const QJsonValue &links) {
        QJsonObject r = validRoot();
        r.insert(QStringLiteral("links"), links);
        return file(r);
    };
    QTest::newRow("links not a list") << withLinks(QJsonObject()) << "“links” must be a list";
    QTest::newRow("link not an object") << withLinks(QJsonArray{3}) << "Link 1 needs whole-number";
    QTest::newRow("link without to")
        << withLinks(QJsonArray{QJsonObject{{"from", 10}}}) << "Link 1 needs whole-number";
    QTest::newRow("link to an unknown stage")
        << withLinks(QJsonArray{QJsonObject{{"from", 10}, {"to", 20}},
                                QJsonObject{{"from", 20}, {"to", 30}}})
        << "Link 2 points to stage id 30, which is not in the file";
    QTest::newRow("link from an unknown stage")
        << withLinks(QJsonArray{QJsonObject{{"from", 1}, {"to", 20}}})
        << "Link 1 points to stage id 1, which is not in the file";
    QTest::newRow("self-link") << withLinks(QJsonArray{QJsonObject{{"from", 20}, {"to", 20}}})
                               << "Link 1 joins stage id 20 to itself";
    QTest::newRow("repeated link") << withLinks(QJsonArray{QJsonObject{{"from", 10}, {"to", 20}},
                                                           QJsonObject{{"from", 10}, {"to", 20}}})
                                   << "Link 2 repeats link 1";
}

void TestScenarioJson::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    ScenarioContents contents;
    QString error;
    QVERIFY(!ScenarioJson::read(data, &contents, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestScenarioJson::newerVersionIsRefused()
{
    QJsonObject root = validRoot();
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("stages"), QStringLiteral("a shape from the future"));
    ScenarioContents contents;
    QString error;
    QVERIFY(!ScenarioJson::read(file(root), &contents, &error));
    QCOMPARE(error, QStringLiteral("The file was made by a newer Butterboard Desk: version 2, this "
                                   "one reads up to 1. Update the app to import it."));
}

void TestScenarioJson::failedReadLeavesContents()
{
    ScenarioContents contents;
    contents.name = QStringLiteral("kept");
    QString error;
    QJsonObject root = validRoot();
    root.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{"from", 10}, {"to", 20}},
                                                    QJsonObject{{"from", 20}, {"to", 20}}});
    QVERIFY(!ScenarioJson::read(file(root), &contents, &error));
    QCOMPARE(contents.name, QStringLiteral("kept"));
    QVERIFY(contents.stages.isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenariojson.moc"
