// The sync client killed (SIGKILL) at random points of an outbox drain and of a pull, 50 times
// each, against the loopback server: afterwards the database passes integrity_check, every
// outbox row is on the server exactly once, and nothing pulled is missing.
#include "TestServer.h"
#include "app/ats/CandidateRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformResources.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {
const QByteArray kKey = "kill-key";
constexpr int kKills = 50;
constexpr int kRows = 150;
constexpr int kSeeded = 1000;
} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void drainSurvivesKills();
    void pullSurvivesKills();
    void newCandidateEditsSurviveKills();

private:
    // Runs the probe; kills it after `killAfterMs` (< 0: lets it finish). Turns the event loop
    // meanwhile, as the server lives in this process. Returns the exit code, -1 when killed.
    int runProbe(const QString &mode, int killAfterMs);
    QString integrity(const QString &connection) const;
    int scalar(const QString &sql) const;

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_path;
    QRandomGenerator m_random{20261123};
    QStringList m_added; // candidates added on the server during the kills
};

void TestSyncKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<TestServer>();
    m_server->setApiKey(kKey);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->platform().seedCandidates(kSeeded);
    m_path = m_dir.filePath(QStringLiteral("app.sqlite"));
    Database db(QStringLiteral("kill-setup"));
    QVERIFY(db.open(m_path).ok());
    Transaction transaction(db.connection());
    for (int i = 0; i < kRows; ++i) {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Template %1").arg(i)},
                               {QStringLiteral("channel"), QStringLiteral("email")},
                               {QStringLiteral("subject"), QStringLiteral("Hello")},
                               {QStringLiteral("body"), QStringLiteral("Hi {first_name}")}};
        QVERIFY(enqueueOutbox(db.connection(),
                              {QStringLiteral("platform"), QStringLiteral("POST"),
                               QStringLiteral("/api/v1/message_templates"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QStringLiteral("template"), i + 1, QString()},
                              nullptr) > 0);
    }
    QVERIFY(transaction.commit());
}

void TestSyncKill::cleanupTestCase()
{
    m_server.reset();
}

int TestSyncKill::runProbe(const QString &mode, int killAfterMs)
{
    QProcess probe;
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(QStringLiteral(BBD_SYNC_PROBE),
                {mode, m_path, m_server->baseUrl().toString(), QString::fromLatin1(kKey)});
    if (!probe.waitForStarted(5000)) {
        return -2;
    }
    // The kill is timed from the start of the work, not of the process (loading the libraries
    // and opening the database take long on a loaded machine).
    QElapsedTimer timer;
    timer.start();
    QByteArray output; // "started" may arrive split over two reads
    while (!(output += probe.readAllStandardOutput()).contains("started")) {
        if (probe.state() == QProcess::NotRunning || timer.elapsed() > 30000) {
            return -2;
        }
        probe.waitForReadyRead(10);
    }
    timer.restart();
    while (probe.state() != QProcess::NotRunning) {
        if (killAfterMs >= 0 && timer.elapsed() >= killAfterMs) {
            probe.kill(); // SIGKILL: no destructor, no rollback, no flush
            probe.waitForFinished(5000);
            return -1;
        }
        QTest::qWait(1);
    }
    return probe.exitStatus() == QProcess::NormalExit ? probe.exitCode() : -1;
}

QString TestSyncKill::integrity(const QString &connection) const
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                result = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

int TestSyncKill::scalar(const QString &sql) const
{
    int value = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-read"));
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-read"));
    return value;
}

void TestSyncKill::drainSurvivesKills()
{
    // Slow answers, so a kill lands in the middle of the drain (often while the server is
    // writing), and some failures, so kills also land in back-offs and retries.
    m_server->faults().setLatency(15);
    m_server->faults().setFailRate(0.15, 7);
    const QString undelivered =
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'");
    int interrupted = 0;
    for (int i = 0; i < kKills; ++i) {
        const int before = scalar(undelivered);
        const int killAfter = 20 + int(m_random.bounded(120));
        if (runProbe(QStringLiteral("drain"), killAfter) == -1 && before > 0) {
            ++interrupted;
        }
        QCOMPARE(integrity(QStringLiteral("kill-check-%1").arg(i)), QStringLiteral("ok"));
    }
    QVERIFY2(interrupted >= kKills / 2, QByteArray::number(interrupted));
    const int sentBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = "
                                                 "'sent'"));
    qInfo("%d kills, %d during the drain: %d of %d rows sent, %d server requests", kKills,
          interrupted, sentBefore, kRows,
          int(m_server->recorded(QStringLiteral("platform")).size()));
    m_server->faults().setFailRate(0);
    m_server->faults().setLatency(0);
    // Keys answered with success more than once: the write was made, the client died before it
    // stored the answer, and its next run was given the first answer again.
    QHash<QByteArray, int> successes;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        if (request.status >= 200 && request.status < 300) {
            ++successes[request.header("Idempotency-Key")];
        }
    }
    const auto replayed =
        std::count_if(successes.cbegin(), successes.cend(), [](int count) { return count > 1; });
    qInfo("%d writes made before a kill were replayed, not doubled", int(replayed));
    QVERIFY2(replayed > 0, "no kill landed between a write and its answer");
    QCOMPARE(runProbe(QStringLiteral("drain"), -1), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), kRows);
    QCOMPARE(m_server->platform().count(QStringLiteral("message_templates")), kRows);
    QCOMPARE(m_server->platform().idempotencyKeyCount(), kRows);
}

void TestSyncKill::pullSurvivesKills()
{
    m_server->faults().setLatency(15);
    int interrupted = 0;
    for (int i = 0; i < kKills; ++i) {
        const int killAfter = 20 + int(m_random.bounded(150));
        if (runProbe(QStringLiteral("pull"), killAfter) == -1) {
            ++interrupted;
        }
        QCOMPARE(integrity(QStringLiteral("kill-pull-%1").arg(i)), QStringLiteral("ok"));
        // Records are added on the server between runs, as they would be in real life.
        if (i % 10 == 0) {
            m_added.append(m_server->platform().create(
                QStringLiteral("candidates"),
                {{QStringLiteral("full_name"), QStringLiteral("Added %1").arg(i)}}));
        }
    }
    qInfo("%d kills, %d during a pull", kKills, interrupted);
    QVERIFY2(interrupted >= 10, QByteArray::number(interrupted));
    m_server->faults().setLatency(0);
    QCOMPARE(runProbe(QStringLiteral("pull"), -1), 0);
    const int total = kSeeded + int(m_added.size());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pulled")), total);
    // Every server record is there at its current version.
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), total);
    QHash<QString, int> local;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-versions"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, version FROM pulled")));
        while (query.next()) {
            local.insert(query.value(0).toString(), query.value(1).toInt());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-versions"));
    QCOMPARE(local.size(), total);
    for (const QString &id : m_added) {
        QVERIFY(local.contains(id));
    }
    int stale = 0;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const QJsonObject record =
            m_server->platform().record(QStringLiteral("candidates"), it.key());
        stale += record.value(u"version").toInt() == it.value() ? 0 : 1;
    }
    QCOMPARE(stale, 0);
}

// Candidates created, edited and moved offline, then the drain killed at random points: each
// reaches the server as exactly one record with its final values, and no request ever went
// to a placeholder address (the id of a create is filled into the later rows in the
// transaction that marks the create sent).
void TestSyncKill::newCandidateEditsSurviveKills()
{
    constexpr int kCandidates = 20;
    const int before = m_server->platform().count(QStringLiteral("candidates"));
    const QString vacancy = m_server->platform().seedCandidates(0);
    QVERIFY(!vacancy.isEmpty());
    const QJsonObject vacancyRecord =
        m_server->platform().record(QStringLiteral("vacancies"), vacancy);
    const QString targetStage =
        vacancyRecord.value(u"stages").toArray().at(2).toObject().value(u"id").toString();
    QList<qint64> ids;
    {
        const PhoneNumbers phones;
        Database db(QStringLiteral("kill-candidates"));
        QVERIFY(db.open(m_path).ok());
        {
            PlatformResources resources(db.connection(), phones);
            Transaction transaction(db.connection());
            QString error;
            QVERIFY2(resources.applyPage(QStringLiteral("vacancies"), {vacancyRecord}, &error),
                     qPrintable(error));
            QVERIFY(transaction.commit());
        }
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT v.id, s.id FROM vacancies v JOIN "
                                          "pipeline_stages s ON s.vacancy_id = v.id WHERE "
                                          "v.remote_id = '%1' ORDER BY s.position")
                               .arg(vacancy)));
        QVERIFY(query.next());
        const qint64 vacancyId = query.value(0).toLongLong();
        const qint64 firstStage = query.value(1).toLongLong();
        QVERIFY(query.next() && query.next());
        const qint64 lastStage = query.value(1).toLongLong();
        CandidateRepository repository(db, phones);
        for (int i = 0; i < kCandidates; ++i) {
            CandidateRecord record;
            record.fullName = QStringLiteral("Draft %1").arg(i);
            record.vacancyId = vacancyId;
            record.stageId = firstStage;
            const qint64 id = repository.create(record);
            QVERIFY2(id > 0, qPrintable(repository.lastError()));
            auto loaded = repository.load(id);
            QVERIFY(loaded);
            loaded->fullName = QStringLiteral("Final %1").arg(i);
            QVERIFY(repository.update(*loaded));
            QVERIFY(repository.moveToStage({id}, lastStage));
            ids << id;
        }
    }
    m_server->clearRecorded();
    m_server->faults().setLatency(15);
    m_server->faults().setFailRate(0.15, 11);
    int interrupted = 0;
    for (int i = 0; i < kKills / 2; ++i) {
        if (runProbe(QStringLiteral("drain"), 20 + int(m_random.bounded(120))) == -1) {
            ++interrupted;
        }
        QCOMPARE(integrity(QStringLiteral("kill-cand-%1").arg(i)), QStringLiteral("ok"));
    }
    QVERIFY2(interrupted >= kKills / 4, QByteArray::number(interrupted));
    m_server->faults().setFailRate(0);
    m_server->faults().setLatency(0);
    QCOMPARE(runProbe(QStringLiteral("drain"), -1), 0);

    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), before + kCandidates);
    int posts = 0;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        QVERIFY2(!request.path.contains(u'{') && !request.header("If-Match").contains('{'),
                 qPrintable(request.path));
        posts += request.method == "POST" && request.status == 201 ? 1 : 0;
    }
    QVERIFY(posts >= kCandidates); // a replayed answer counts again, never a second record
    QHash<qint64, QString> remote;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-remote"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, remote_id FROM candidates WHERE remote_id "
                                          "IS NOT NULL")));
        while (query.next()) {
            remote.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-remote"));
    for (int i = 0; i < kCandidates; ++i) {
        QVERIFY(remote.contains(ids.at(i)));
        const QJsonObject record =
            m_server->platform().record(QStringLiteral("candidates"), remote.value(ids.at(i)));
        QCOMPARE(record.value(u"full_name").toString(), QStringLiteral("Final %1").arg(i));
        QCOMPARE(record.value(u"stage_id").toString(), targetStage);
        QCOMPARE(record.value(u"version").toInt(), 3);
    }
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
