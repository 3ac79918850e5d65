// The progress view HR follows new hires in, on the demo company: per person and per scenario,
// the stages of the one chosen, and for a stage what it sent and what the services answered.
#include "app/phones/PhoneNumbers.h"
#include "app/scenarios/StageProgressSource.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/SqlHelpers.h"
#include "models/ProgressSummaryModel.h"
#include "models/StageDeliveryModel.h"
#include "models/StageProgressModel.h"
#include "ui/scenarios/ProgressPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestProgressPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deliveryText_data();
    void deliveryText();
    void perPersonSummaries();
    void choosingAPersonShowsTheirStages();
    void perScenarioSummaries();
    void markDoneShowsWhatWasSent();
    void stageThatCannotStartSaysWhy();

private:
    int scalar(const QString &sql, const QVariantList &values = {});
    void exec(const QString &sql, const QVariantList &values = {});
    int rowOf(const QAbstractItemModel *model, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProgressPane> m_pane;
};

void TestProgressPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProgressPane::init()
{
    const QString file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_db = std::make_unique<Database>(QStringLiteral("progress"));
    QVERIFY(m_db->open(file).ok());
    QVERIFY(DemoData::load(*m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("progress.ini")));
    m_pane = std::make_unique<ProgressPane>(
        AppContext{m_db.get(), &m_phones, m_settings.get(), nullptr});
    m_pane->resize(1200, 700);
    m_pane->show();
}

void TestProgressPane::cleanup()
{
    m_pane.reset();
    m_settings.reset();
    m_db.reset();
}

int TestProgressPane::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, sql, values) && query.next() ? query.value(0).toInt() : -1;
}

void TestProgressPane::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(sql::run(query, sql, values), qPrintable(query.lastQuery()));
}

int TestProgressPane::rowOf(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(text)) {
            return row;
        }
    }
    return -1;
}

void TestProgressPane::deliveryText_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("state");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("answer");
    const int sent = int(StageDelivery::State::Sent);
    const int failed = int(StageDelivery::State::Failed);
    const int waiting = int(StageDelivery::State::Waiting);
    QTest::newRow("jira created") << "jira"
                                  << QByteArray(R"({"fields":{"summary":"Alina finished “Docs”"}})")
                                  << sent << QByteArray(R"({"id":"10001","key":"ONB-7"})")
                                  << QString() << QStringLiteral("Jira task: Alina finished “Docs”")
                                  << QStringLiteral("Created ONB-7");
    QTest::newRow("zoom with its link")
        << "zoom" << QByteArray(R"({"topic":"Meet the team","start_time":"2026-03-04T07:00:00Z"})")
        << sent << QByteArray(R"({"join_url":"https://zoom.us/j/1"})") << QString()
        << QStringLiteral("Zoom meeting “Meet the team”, %1")
               .arg(QLocale().toString(
                   QDateTime(QDate(2026, 3, 4), QTime(7, 0), Qt::UTC).toLocalTime(),
                   QLocale::ShortFormat))
        << QStringLiteral("https://zoom.us/j/1");
    QTest::newRow("mail refused") << "graph"
                                  << QByteArray(R"({"message":{"subject":"Welcome","toRecipients":[
              {"emailAddress":{"address":"a@example.com"}},
              {"emailAddress":{"address":"b@example.com"}}]}})")
                                  << failed << QByteArray() << QStringLiteral("401: token expired")
                                  << QStringLiteral(
                                         "E-mail to a@example.com, b@example.com: Welcome")
                                  << QStringLiteral("401: token expired");
    QTest::newRow("slack waiting, long text cut")
        << "slack" << QByteArray(QByteArray(R"({"text":")") + QByteArray(70, 'x') + "\"}")
        << waiting << QByteArray() << QString()
        << QStringLiteral("Slack post: %1…").arg(QString(59, u'x')) << QString();
    QTest::newRow("slack sent") << "slack" << QByteArray(R"({"text":"hi"})") << sent
                                << QByteArray("ok") << QString() << QStringLiteral("Slack post: hi")
                                << QStringLiteral("Accepted");
}

void TestProgressPane::deliveryText()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, body);
    QFETCH(int, state);
    QFETCH(QByteArray, response);
    QFETCH(QString, error);
    QFETCH(QString, what);
    QFETCH(QString, answer);
    QCOMPARE(sources::deliveryWhat(service, body), what);
    QCOMPARE(sources::deliveryAnswer(service, StageDelivery::State(state), response, error),
             answer);
}

void TestProgressPane::perPersonSummaries()
{
    ProgressSummaryModel *model = m_pane->summaryModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int people = scalar(QStringLiteral(
        "SELECT count(DISTINCT employee_id) FROM assignments a WHERE status = 'active' AND "
        "EXISTS (SELECT 1 FROM assignment_stages s WHERE s.assignment_id = a.id)"));
    QVERIFY(people > 1);
    QCOMPARE(model->rowCount(), people);
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ProgressSummary *summary = model->rowAt(row);
        const int stages = scalar(
            QStringLiteral("SELECT count(*) FROM assignment_stages s JOIN assignments a ON a.id = "
                           "s.assignment_id WHERE a.status = 'active' AND a.employee_id = ?"),
            {summary->id});
        const int done = scalar(QStringLiteral("SELECT count(*) FROM assignment_stages s JOIN "
                                               "assignments a ON a.id = s.assignment_id WHERE "
                                               "a.status = 'active' AND a.employee_id = ? AND "
                                               "s.status = 'done'"),
                                {summary->id});
        QCOMPARE(summary->total, stages);
        QCOMPARE(summary->done, done);
        QCOMPARE(model->index(row, ProgressSummaryModel::Progress).data().toString(),
                 QStringLiteral("%1 of %2 done").arg(done).arg(stages));
        QCOMPARE(model->index(row, 0).data(ProgressSummaryModel::PercentRole).toInt(),
                 stages ? done * 100 / stages : 0);
        total += stages;
    }
    QCOMPARE(total, scalar(QStringLiteral("SELECT count(*) FROM assignment_stages s JOIN "
                                          "assignments a ON a.id = s.assignment_id WHERE "
                                          "a.status = 'active'")));
}

void TestProgressPane::choosingAPersonShowsTheirStages()
{
    m_pane->showFilter(3); // all stages
    StageProgressModel *stages = m_pane->model();
    const int everyone = stages->rowCount();
    const ProgressSummary first = *m_pane->summaryModel()->rowAt(0);
    // Clicked, as a user does.
    QTableView *summaries = m_pane->summaryView();
    const QRect cell = summaries->visualRect(summaries->model()->index(0, 0));
    QTest::mouseClick(summaries->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(stages->rowCount(), first.total);
    QVERIFY(stages->rowCount() < everyone);
    for (int row = 0; row < stages->rowCount(); ++row) {
        QCOMPARE(stages->rowAt(row)->employeeName, first.name);
    }
    QVERIFY(m_pane->view()->isColumnHidden(StageProgressModel::Employee));
    auto *title = m_pane->findChild<QLabel *>(QStringLiteral("progressStagesTitle"));
    QVERIFY(title->text().contains(first.name));
    auto *everyoneButton =
        m_pane->findChild<QPushButton *>(QStringLiteral("progressEveryoneButton"));
    QVERIFY(everyoneButton->isEnabled());
    QTest::mouseClick(everyoneButton, Qt::LeftButton);
    QCOMPARE(stages->rowCount(), everyone);
    QVERIFY(!everyoneButton->isEnabled());
}

void TestProgressPane::perScenarioSummaries()
{
    auto *group = m_pane->findChild<QComboBox *>(QStringLiteral("progressGroup"));
    group->setCurrentIndex(1);
    ProgressSummaryModel *model = m_pane->summaryModel();
    QCOMPARE(model->rowCount(),
             scalar(QStringLiteral("SELECT count(DISTINCT scenario_id) FROM assignments a WHERE "
                                   "status = 'active' AND EXISTS (SELECT 1 FROM "
                                   "assignment_stages s WHERE s.assignment_id = a.id)")));
    const ProgressSummary *summary = model->rowAt(0);
    const int hires = scalar(QStringLiteral("SELECT count(DISTINCT employee_id) FROM assignments "
                                            "WHERE status = 'active' AND scenario_id = ?"),
                             {summary->id});
    // Without a translator loaded the English plural stays "hire(s)".
    QVERIFY2(summary->detail.startsWith(QString::number(hires) + QStringLiteral(" new hire")),
             qPrintable(summary->detail));
    m_pane->showFilter(3);
    m_pane->selectSummary(0);
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        QCOMPARE(m_pane->model()->rowAt(row)->scenarioName, summary->name);
    }
}

void TestProgressPane::markDoneShowsWhatWasSent()
{
    m_pane->showFilter(0); // open stages
    StageProgressModel *stages = m_pane->model();
    QVERIFY(stages->rowCount() > 0);
    const qint64 id = stages->rowAt(0)->id;
    exec(QStringLiteral("UPDATE scenario_stages SET actions = ? WHERE id = (SELECT stage_id FROM "
                        "assignment_stages WHERE id = ?)"),
         {QStringLiteral(R"([{"on":"complete","type":"jira","project":"ONB"}])"), id});
    m_pane->reload();
    m_pane->selectRow(0);
    StageDeliveryModel *deliveries = m_pane->deliveryModel();
    QAbstractItemModelTester tester(deliveries,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(deliveries->rowCount(), 0);
    auto *hint = m_pane->findChild<QLabel *>(QStringLiteral("deliveryHint"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Nothing sent yet")), qPrintable(hint->text()));

    QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("markDoneButton")),
                      Qt::LeftButton);
    // The done stage left the open list; choose it in the list of every stage.
    m_pane->showFilter(3);
    int row = -1;
    for (int r = 0; r < stages->rowCount(); ++r) {
        if (stages->rowAt(r)->id == id) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    m_pane->selectRow(row);
    QCOMPARE(deliveries->rowCount(), 1);
    QCOMPARE(deliveries->index(0, StageDeliveryModel::Service).data().toString(),
             QStringLiteral("Jira"));
    QCOMPARE(deliveries->index(0, StageDeliveryModel::State).data().toString(),
             QStringLiteral("Waiting in the outbox"));
    // Jira answers: the key it gave shows beside the request.
    exec(QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, response = ? WHERE "
                        "entity_type = 'assignment_stage' AND entity_id = ?"),
         {sql::nowUtc(), QStringLiteral(R"({"key":"ONB-42"})"), id});
    m_pane->reload();
    QCOMPARE(deliveries->rowCount(), 1);
    QCOMPARE(deliveries->index(0, StageDeliveryModel::Answer).data().toString(),
             QStringLiteral("Created ONB-42"));
    QVERIFY(deliveries->index(0, StageDeliveryModel::State)
                .data()
                .toString()
                .startsWith(QLatin1String("Sent ")));
}

void TestProgressPane::stageThatCannotStartSaysWhy()
{
    m_pane->showFilter(0);
    StageProgressModel *stages = m_pane->model();
    int row = -1;
    for (int r = 0; r < stages->rowCount() && row < 0; ++r) {
        if (stages->rowAt(r)->status == StageProgress::Status::Pending) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const qint64 id = stages->rowAt(row)->id;
    exec(QStringLiteral("UPDATE assignment_stages SET result = 'The employee has no e-mail.' "
                        "WHERE id = ?"),
         {id});
    m_pane->reload();
    m_pane->selectRow(row);
    QCOMPARE(stages->rowAt(row)->id, id);
    QCOMPARE(stages->index(row, StageProgressModel::Status).data().toString(),
             QStringLiteral("Cannot start"));
    QCOMPARE(stages->index(row, StageProgressModel::Status).data(Qt::ToolTipRole).toString(),
             QStringLiteral("The employee has no e-mail."));
    auto *hint = m_pane->findChild<QLabel *>(QStringLiteral("deliveryHint"));
    QVERIFY2(hint->text().contains(QLatin1String("could not start by itself")),
             qPrintable(hint->text()));
    if (const QString dir = qEnvironmentVariable("BBD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_pane->grab().save(dir + QStringLiteral("/progress.png")));
    }
}

QTEST_MAIN(TestProgressPane)
#include "tst_progresspane.moc"
