// The platform's resources in the local tables (PlatformResources) and local candidate edits
// going up through the outbox (PlatformPush + the dispatcher's afterSent), against the
// loopback server where the network is involved.
#include "TestServer.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/CandidateSearch.h"
#include "app/contacts/ContactDirectory.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxQueue.h"
#include "app/sync/OutboxWriter.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject object;
    for (const auto &field : fields) {
        object.insert(field.first, field.second);
    }
    return object;
}

QJsonObject withMeta(QJsonObject record, const QString &id, int version)
{
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("version"), version);
    record.insert(QStringLiteral("deleted"), false);
    record.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:00Z"));
    record.insert(QStringLiteral("updated_at"),
                  QStringLiteral("2026-11-0%1T10:00:00Z").arg(qMin(version, 9)));
    return record;
}

QJsonObject tombstone(const QString &id, int version)
{
    return obj({{QStringLiteral("id"), id},
                {QStringLiteral("deleted"), true},
                {QStringLiteral("version"), version},
                {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00Z")}});
}

} // namespace

class TestPlatformResources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void applyVersions_data();
    void applyVersions();
    void localEditWins_data();
    void localEditWins();
    void unresolvedOptionalReference();
    void unresolvedRequiredReference();
    void vacancyStagesFollowTheServer();
    void pulledCandidatesAreSearchable();
    void bulkFullTextMatchesRows_data();
    void bulkFullTextMatchesRows();
    void fullSyncFromServer();

    void createEditMoveReachesServerOnce();
    void editConflictSurfacesAsConflict();
    void deleteAndRestore();
    void discardedCreateNeverSendsPlaceholder();
    void fallbackContactPointsFollowTheServer();

private:
    bool apply(const QString &resource, const QJsonArray &items);
    QVariant value(const QString &sql, const QVariantList &binds = {}) const;
    qint64 localId(const QString &table, const QString &remoteId) const;
    void seedReferences();
    std::unique_ptr<SyncEngine> engine();
    bool runSync(SyncEngine &engine);

    PhoneNumbers m_phones;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlatformResources> m_resources;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestPlatformResources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlatformResources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("platform-resources"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_resources = std::make_unique<PlatformResources>(m_db->connection(), m_phones);
}

void TestPlatformResources::cleanup()
{
    m_resources.reset();
    m_server.reset();
    m_nam.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestPlatformResources::apply(const QString &resource, const QJsonArray &items)
{
    Transaction transaction(m_db->connection());
    QString error;
    if (!m_resources->applyPage(resource, items, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return transaction.commit();
}

QVariant TestPlatformResources::value(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db->connection());
    if (!sql::run(query, sql, binds)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

qint64 TestPlatformResources::localId(const QString &table, const QString &remoteId) const
{
    return value(QStringLiteral("SELECT id FROM %1 WHERE remote_id = ?").arg(table), {remoteId})
        .toLongLong();
}

// One record of every resource that others point at.
void TestPlatformResources::seedReferences()
{
    QVERIFY(apply(QStringLiteral("employees"),
                  {withMeta(obj({{QStringLiteral("first_name"), QStringLiteral("Ivan")},
                                 {QStringLiteral("last_name"), QStringLiteral("Petrov")}}),
                            QStringLiteral("emp_1"), 1)}));
    QVERIFY(apply(
        QStringLiteral("vacancies"),
        {withMeta(obj({{QStringLiteral("title"), QStringLiteral("QA")},
                       {QStringLiteral("stages"),
                        QJsonArray{obj({{QStringLiteral("id"), QStringLiteral("stage_a")},
                                        {QStringLiteral("position"), 0},
                                        {QStringLiteral("name"), QStringLiteral("New")}}),
                                   obj({{QStringLiteral("id"), QStringLiteral("stage_b")},
                                        {QStringLiteral("position"), 1},
                                        {QStringLiteral("name"), QStringLiteral("Offer")}})}}}),
                  QStringLiteral("vac_1"), 1)}));
    QVERIFY(apply(QStringLiteral("candidates"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Anna Base")},
                                 {QStringLiteral("vacancy_id"), QStringLiteral("vac_1")},
                                 {QStringLiteral("stage_id"), QStringLiteral("stage_a")}}),
                            QStringLiteral("cand_1"), 1)}));
    QVERIFY(apply(QStringLiteral("scenarios"),
                  {withMeta(obj({{QStringLiteral("name"), QStringLiteral("Onboarding")}}),
                            QStringLiteral("scn_1"), 1)}));
    QVERIFY(apply(QStringLiteral("scenario_stages"),
                  {withMeta(obj({{QStringLiteral("scenario_id"), QStringLiteral("scn_1")},
                                 {QStringLiteral("title"), QStringLiteral("Day one")}}),
                            QStringLiteral("sst_1"), 1),
                   withMeta(obj({{QStringLiteral("scenario_id"), QStringLiteral("scn_1")},
                                 {QStringLiteral("title"), QStringLiteral("Week one")}}),
                            QStringLiteral("sst_2"), 1)}));
    QVERIFY(apply(QStringLiteral("contacts"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Duty HR")}}),
                            QStringLiteral("cont_1"), 1)}));
}

void TestPlatformResources::applyVersions_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonObject>("record");  // version 1
    QTest::addColumn<QJsonObject>("changed"); // fields of version 2
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("first");
    QTest::addColumn<QVariant>("second");
    QTest::addColumn<bool>("softDelete");

    const auto row = [](const char *name, const char *resource, const QJsonObject &record,
                        const QJsonObject &changed, const char *column, const QVariant &first,
                        const QVariant &second, bool soft) {
        QTest::newRow(name) << QString::fromLatin1(resource) << record << changed
                            << QString::fromLatin1(column) << first << second << soft;
    };
    row("employees", "employees",
        obj({{QStringLiteral("first_name"), QStringLiteral("Olga")},
             {QStringLiteral("last_name"), QStringLiteral("Ivanova")},
             {QStringLiteral("phone_raw"), QStringLiteral("8 916 123-45-67")},
             {QStringLiteral("manager_id"), QStringLiteral("4107")}}),
        obj({{QStringLiteral("job_title"), QStringLiteral("Lead")}}), "job_title", QVariant(),
        QStringLiteral("Lead"), true);
    row("vacancies", "vacancies", obj({{QStringLiteral("title"), QStringLiteral("Dev")}}),
        obj({{QStringLiteral("status"), QStringLiteral("paused")}}), "status",
        QStringLiteral("open"), QStringLiteral("paused"), true);
    row("candidates", "candidates",
        obj({{QStringLiteral("full_name"), QStringLiteral("Boris Kim")},
             {QStringLiteral("vacancy_id"), QStringLiteral("vac_1")},
             {QStringLiteral("stage_id"), QStringLiteral("stage_a")}}),
        obj({{QStringLiteral("rating"), 4}}), "rating", 0, 4, true);
    row("candidate_events", "candidate_events",
        obj({{QStringLiteral("candidate_id"), QStringLiteral("cand_1")},
             {QStringLiteral("kind"), QStringLiteral("note")},
             {QStringLiteral("at"), QStringLiteral("2026-11-02T09:00:00Z")},
             {QStringLiteral("text"), QStringLiteral("Called")}}),
        obj({{QStringLiteral("text"), QStringLiteral("Called twice")}}), "text",
        QStringLiteral("Called"), QStringLiteral("Called twice"), false);
    row("message_templates", "message_templates",
        obj({{QStringLiteral("name"), QStringLiteral("Invite")},
             {QStringLiteral("channel"), QStringLiteral("email")},
             {QStringLiteral("body"), QStringLiteral("Hi {first_name}")}}),
        obj({{QStringLiteral("subject"), QStringLiteral("Interview")}}), "subject", QVariant(),
        QStringLiteral("Interview"), true);
    row("scenarios", "scenarios", obj({{QStringLiteral("name"), QStringLiteral("Sales")}}),
        obj({{QStringLiteral("is_template"), true}}), "is_template", 0, 1, true);
    row("scenario_stages", "scenario_stages",
        obj({{QStringLiteral("scenario_id"), QStringLiteral("scn_1")},
             {QStringLiteral("title"), QStringLiteral("Meet the team")}}),
        obj({{QStringLiteral("timing_offset"), 5}}), "timing_offset", 1, 5, false);
    row("scenario_links", "scenario_links",
        obj({{QStringLiteral("scenario_id"), QStringLiteral("scn_1")},
             {QStringLiteral("from_stage_id"), QStringLiteral("sst_1")},
             {QStringLiteral("to_stage_id"), QStringLiteral("sst_2")}}),
        obj({{QStringLiteral("from_stage_id"), QStringLiteral("sst_2")},
             {QStringLiteral("to_stage_id"), QStringLiteral("sst_1")}}),
        "(SELECT remote_id FROM scenario_stages s WHERE s.id = t.from_stage_id)",
        QStringLiteral("sst_1"), QStringLiteral("sst_2"), false);
    row("assignments", "assignments",
        obj({{QStringLiteral("employee_id"), QStringLiteral("emp_1")},
             {QStringLiteral("scenario_id"), QStringLiteral("scn_1")},
             {QStringLiteral("start_date"), QStringLiteral("2026-12-01")},
             {QStringLiteral("stages"),
              QJsonArray{obj({{QStringLiteral("stage_id"), QStringLiteral("sst_1")},
                              {QStringLiteral("due_date"), QStringLiteral("2026-12-01")}})}}}),
        obj({{QStringLiteral("status"), QStringLiteral("completed")}}), "status",
        QStringLiteral("active"), QStringLiteral("completed"), false);
    row("kb_articles", "kb_articles",
        obj({{QStringLiteral("title"), QStringLiteral("VPN")},
             {QStringLiteral("body"), QStringLiteral("How to connect")}}),
        obj({{QStringLiteral("language"), QStringLiteral("en")}}), "language", QStringLiteral("ru"),
        QStringLiteral("en"), true);
    row("contacts", "contacts", obj({{QStringLiteral("full_name"), QStringLiteral("Night HR")}}),
        obj({{QStringLiteral("escalation_order"), 2}}), "escalation_order", 0, 2, true);
    row("channels", "channels",
        obj({{QStringLiteral("kind"), QStringLiteral("slack")},
             {QStringLiteral("name"), QStringLiteral("#hr")},
             {QStringLiteral("contact_ids"), QJsonArray{QStringLiteral("cont_1")}}}),
        obj({{QStringLiteral("priority"), 3}}), "priority", 0, 3, true);
}

void TestPlatformResources::applyVersions()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, changed);
    QFETCH(QString, column);
    QFETCH(QVariant, first);
    QFETCH(QVariant, second);
    QFETCH(bool, softDelete);
    seedReferences();
    const QString id = QStringLiteral("rec_9");
    const QString read =
        QStringLiteral("SELECT %1 FROM %2 t WHERE remote_id = ?").arg(column, resource);
    const auto current = [&] {
        return value(read, {id});
    };

    // Insert.
    m_resources->resetCounts();
    QVERIFY(apply(resource, {withMeta(record, id, 1)}));
    QCOMPARE(m_resources->counts().inserted, 1);
    QVERIFY(localId(resource, id) > 0);
    QCOMPARE(current().toString(), first.toString());
    QCOMPARE(current().isNull(), first.isNull());
    QCOMPARE(
        value(QStringLiteral("SELECT remote_version FROM %1 WHERE remote_id = ?").arg(resource),
              {id})
            .toInt(),
        1);

    // A newer version updates.
    QJsonObject second_ = record;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        second_.insert(it.key(), it.value());
    }
    QVERIFY(apply(resource, {withMeta(second_, id, 2)}));
    QCOMPARE(m_resources->counts().updated, 1);
    QCOMPARE(current().toString(), second.toString());

    // An older one (a page applied again, a late delivery) is ignored.
    QVERIFY(apply(resource, {withMeta(record, id, 1)}));
    QCOMPARE(m_resources->counts().unchanged, 1);
    QCOMPARE(current().toString(), second.toString());

    // The tombstone.
    QVERIFY(apply(resource, {tombstone(id, 3)}));
    QCOMPARE(m_resources->counts().deleted, 1);
    if (softDelete) {
        QCOMPARE(
            value(QStringLiteral("SELECT deleted FROM %1 WHERE remote_id = ?").arg(resource), {id})
                .toInt(),
            1);
    } else {
        QCOMPARE(localId(resource, id), 0);
    }
    // A tombstone of a record never seen is ignored.
    QVERIFY(apply(resource, {tombstone(QStringLiteral("never_seen"), 4)}));
    QCOMPARE(m_resources->parkedCount(), 0);
}

void TestPlatformResources::localEditWins_data()
{
    applyVersions_data();
}

void TestPlatformResources::localEditWins()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, changed);
    QFETCH(QString, column);
    QFETCH(QVariant, first);
    QFETCH(QVariant, second);
    seedReferences();
    const QString id = QStringLiteral("rec_9");
    QVERIFY(apply(resource, {withMeta(record, id, 1)}));
    const qint64 local = localId(resource, id);
    // A local edit waiting in the outbox.
    Transaction transaction(m_db->connection());
    QString error;
    const qint64 row =
        enqueueOutbox(m_db->connection(),
                      {QStringLiteral("platform"), QStringLiteral("PATCH"),
                       QStringLiteral("/api/v1/%1/%2").arg(resource, id), QByteArrayLiteral("{}"),
                       PlatformResources::entityType(resource), local, QStringLiteral("1")},
                      &error);
    QVERIFY2(row > 0, qPrintable(error));
    QVERIFY(transaction.commit());

    QJsonObject newer = record;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        newer.insert(it.key(), it.value());
    }
    m_resources->resetCounts();
    QVERIFY(apply(resource, {withMeta(newer, id, 2)}));
    QCOMPARE(m_resources->counts().keptLocal, 1);
    const QString read =
        QStringLiteral("SELECT %1 FROM %2 t WHERE remote_id = ?").arg(column, resource);
    QCOMPARE(value(read, {id}).toString(), first.toString());
    QVERIFY(apply(resource, {tombstone(id, 3)}));
    QCOMPARE(localId(resource, id), local); // not removed under the pending edit either

    // Once delivered, the server's state comes down again.
    QVERIFY(
        value(QStringLiteral("UPDATE outbox SET status = 'sent' WHERE id = ? RETURNING id"), {row})
            .isValid());
    QVERIFY(apply(resource, {withMeta(newer, id, 2)}));
    QCOMPARE(value(read, {id}).toString(), second.toString());
}

void TestPlatformResources::unresolvedOptionalReference()
{
    seedReferences();
    // A candidate whose vacancy has not come yet: stored without it, parked until it comes.
    QVERIFY(apply(QStringLiteral("candidates"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Early Bird")},
                                 {QStringLiteral("vacancy_id"), QStringLiteral("vac_late")},
                                 {QStringLiteral("stage_id"), QStringLiteral("stage_late")}}),
                            QStringLiteral("cand_early"), 1)}));
    QVERIFY(localId(QStringLiteral("candidates"), QStringLiteral("cand_early")) > 0);
    QVERIFY(value(QStringLiteral("SELECT vacancy_id FROM candidates WHERE remote_id = "
                                 "'cand_early'"))
                .isNull());
    QCOMPARE(m_resources->parkedCount(), 1);
    QCOMPARE(value(QStringLiteral("SELECT waiting_id FROM sync_parked")).toString(),
             QStringLiteral("vac_late"));

    QVERIFY(
        apply(QStringLiteral("vacancies"),
              {withMeta(obj({{QStringLiteral("title"), QStringLiteral("Late")},
                             {QStringLiteral("stages"),
                              QJsonArray{obj({{QStringLiteral("id"), QStringLiteral("stage_late")},
                                              {QStringLiteral("position"), 0},
                                              {QStringLiteral("name"), QStringLiteral("New")}})}}}),
                        QStringLiteral("vac_late"), 1)}));
    QCOMPARE(value(QStringLiteral("SELECT vacancy_id FROM candidates WHERE remote_id = "
                                  "'cand_early'"))
                 .toLongLong(),
             localId(QStringLiteral("vacancies"), QStringLiteral("vac_late")));
    QCOMPARE(value(QStringLiteral("SELECT stage_id FROM candidates WHERE remote_id = "
                                  "'cand_early'"))
                 .toLongLong(),
             localId(QStringLiteral("pipeline_stages"), QStringLiteral("stage_late")));
    QCOMPARE(m_resources->parkedCount(), 0);
}

void TestPlatformResources::unresolvedRequiredReference()
{
    seedReferences();
    // An event of a candidate not here: kept out of the table (candidate_id is required),
    // parked, and applied when the candidate comes.
    const QJsonObject event =
        withMeta(obj({{QStringLiteral("candidate_id"), QStringLiteral("cand_late")},
                      {QStringLiteral("kind"), QStringLiteral("note")},
                      {QStringLiteral("at"), QStringLiteral("2026-11-02T09:00:00Z")}}),
                 QStringLiteral("cev_1"), 1);
    QVERIFY(apply(QStringLiteral("candidate_events"), {event}));
    QCOMPARE(localId(QStringLiteral("candidate_events"), QStringLiteral("cev_1")), 0);
    QCOMPARE(m_resources->parkedCount(), 1);
    QVERIFY(apply(QStringLiteral("candidates"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Late")}}),
                            QStringLiteral("cand_late"), 1)}));
    QVERIFY(localId(QStringLiteral("candidate_events"), QStringLiteral("cev_1")) > 0);
    QCOMPARE(value(QStringLiteral("SELECT candidate_id FROM candidate_events WHERE remote_id = "
                                  "'cev_1'"))
                 .toLongLong(),
             localId(QStringLiteral("candidates"), QStringLiteral("cand_late")));
    QCOMPARE(m_resources->parkedCount(), 0);
}

void TestPlatformResources::vacancyStagesFollowTheServer()
{
    seedReferences();
    const qint64 stageB = localId(QStringLiteral("pipeline_stages"), QStringLiteral("stage_b"));
    QVERIFY(stageB > 0);
    // stage_a renamed, stage_b dropped, stage_c added.
    QVERIFY(apply(
        QStringLiteral("vacancies"),
        {withMeta(obj({{QStringLiteral("title"), QStringLiteral("QA")},
                       {QStringLiteral("stages"),
                        QJsonArray{obj({{QStringLiteral("id"), QStringLiteral("stage_a")},
                                        {QStringLiteral("position"), 0},
                                        {QStringLiteral("name"), QStringLiteral("Inbox")}}),
                                   obj({{QStringLiteral("id"), QStringLiteral("stage_c")},
                                        {QStringLiteral("position"), 1},
                                        {QStringLiteral("name"), QStringLiteral("Hired")},
                                        {QStringLiteral("kind"), QStringLiteral("hired")}})}}}),
                  QStringLiteral("vac_1"), 2)}));
    QCOMPARE(value(QStringLiteral("SELECT name FROM pipeline_stages WHERE remote_id = "
                                  "'stage_a'"))
                 .toString(),
             QStringLiteral("Inbox"));
    QCOMPARE(localId(QStringLiteral("pipeline_stages"), QStringLiteral("stage_b")), 0);
    QCOMPARE(value(QStringLiteral("SELECT kind FROM pipeline_stages WHERE remote_id = "
                                  "'stage_c'"))
                 .toString(),
             QStringLiteral("hired"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pipeline_stages WHERE vacancy_id = ?"),
                   {localId(QStringLiteral("vacancies"), QStringLiteral("vac_1"))})
                 .toInt(),
             2);
}

void TestPlatformResources::pulledCandidatesAreSearchable()
{
    seedReferences();
    QVERIFY(apply(
        QStringLiteral("candidates"),
        {withMeta(
            obj({{QStringLiteral("full_name"), QStringLiteral("Зинаида Шпак")},
                 {QStringLiteral("phone_raw"), QStringLiteral("8 (916) 555-12-34")},
                 {QStringLiteral("email"), QStringLiteral("Z.Shpak@Example.com")},
                 {QStringLiteral("contacts"),
                  QJsonArray{obj({{QStringLiteral("kind"), QStringLiteral("phone")},
                                  {QStringLiteral("raw"), QStringLiteral("+7 903 777 88 99")}}),
                             obj({{QStringLiteral("kind"), QStringLiteral("email")},
                                  {QStringLiteral("raw"), QStringLiteral("zina@home.ru")}})}}}),
            QStringLiteral("cand_s"), 1)}));
    QCOMPARE(value(QStringLiteral("SELECT phone_e164 FROM candidates WHERE remote_id = 'cand_s'"))
                 .toString(),
             QStringLiteral("+79165551234"));
    QCOMPARE(value(QStringLiteral("SELECT email_normalized FROM candidates WHERE remote_id = "
                                  "'cand_s'"))
                 .toString(),
             QStringLiteral("z.shpak@example.com"));
    QCOMPARE(value(QStringLiteral("SELECT normalized FROM candidate_contacts WHERE kind = "
                                  "'phone'"))
                 .toString(),
             QStringLiteral("+79037778899"));
    const qint64 id = localId(QStringLiteral("candidates"), QStringLiteral("cand_s"));
    for (const QString &text :
         {QStringLiteral("Зинаида"), QStringLiteral("шпак"), QStringLiteral("916 555"),
          QStringLiteral("89165551234"), QStringLiteral("1234"), QStringLiteral("903 777"),
          QStringLiteral("zina@home")}) {
        CandidateFilter filter;
        filter.text = text;
        const SqlCondition condition = CandidateSearch::condition(filter);
        QSqlQuery query(m_db->connection());
        QVERIFY2(sql::run(query,
                          QStringLiteral("SELECT c.id FROM candidates c WHERE ") + condition.sql,
                          condition.binds),
                 qPrintable(query.lastError().text()));
        QList<qint64> found;
        while (query.next()) {
            found << query.value(0).toLongLong();
        }
        QVERIFY2(found == QList<qint64>{id}, qPrintable(text));
    }
}

void TestPlatformResources::bulkFullTextMatchesRows_data()
{
    QTest::addColumn<bool>("olderRows");
    QTest::addColumn<bool>("laterChange");
    QTest::newRow("new rows only") << false << false;
    QTest::newRow("new rows renamed and deleted by a later page") << false << true;
    QTest::newRow("rows from before the load left alone") << true << false;
    QTest::newRow("rows from before the load renamed and deleted") << true << true;
}

// The bulk path drops the full-text triggers and gives the index the new rows at the end; a
// page that renames or deletes a row from before the load must not leave the index pointing
// at the old text.
void TestPlatformResources::bulkFullTextMatchesRows()
{
    QFETCH(bool, olderRows);
    QFETCH(bool, laterChange);
    seedReferences();
    const auto candidate = [](const QString &name, const QString &id, int version) {
        return withMeta(obj({{QStringLiteral("full_name"), name},
                             {QStringLiteral("vacancy_id"), QStringLiteral("vac_1")}}),
                        id, version);
    };
    const QJsonArray first{
        candidate(QStringLiteral("Аркадий Первый"), QStringLiteral("cand_p1"), 1),
        candidate(QStringLiteral("Валентина Вторая"), QStringLiteral("cand_p2"), 1)};
    if (olderRows) {
        Transaction transaction(m_db->connection());
        QString error;
        QVERIFY2(m_resources->applyPage(QStringLiteral("candidates"), first, &error),
                 qPrintable(error));
        QVERIFY(transaction.commit());
    }
    {
        Transaction transaction(m_db->connection());
        QString error;
        QVERIFY2(m_resources->beginBulk(QStringLiteral("candidates"), &error), qPrintable(error));
        if (!olderRows) {
            QVERIFY2(m_resources->applyPage(QStringLiteral("candidates"), first, &error),
                     qPrintable(error));
        }
        QJsonArray second{
            candidate(QStringLiteral("Григорий Третий"), QStringLiteral("cand_p3"), 1)};
        if (laterChange) {
            second.append(candidate(QStringLiteral("Борис Первый"), QStringLiteral("cand_p1"), 2));
            second.append(tombstone(QStringLiteral("cand_p2"), 2));
        }
        QVERIFY2(m_resources->applyPage(QStringLiteral("candidates"), second, &error),
                 qPrintable(error));
        QVERIFY2(m_resources->finishBulk(&error), qPrintable(error));
        QVERIFY(transaction.commit());
        QCOMPARE(m_resources->bulkTimings().rebuiltFullText, olderRows && laterChange);
    }
    // The index holds exactly what the rows say (FTS5 compares it with the content table).
    QSqlQuery check(m_db->connection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO candidates_fts(candidates_fts, rank) "
                                       "VALUES ('integrity-check', 1)")),
             qPrintable(check.lastError().text()));
    const auto matches = [this](const QString &word) {
        return value(QStringLiteral("SELECT group_concat(c.remote_id) FROM candidates_fts f "
                                    "JOIN candidates c ON c.id = f.rowid WHERE candidates_fts "
                                    "MATCH ? AND c.deleted = 0"),
                     {QString(u'"' + word + u'"')})
            .toString();
    };
    QCOMPARE(matches(QStringLiteral("аркадий")),
             laterChange ? QString() : QStringLiteral("cand_p1"));
    QCOMPARE(matches(QStringLiteral("борис")), laterChange ? QStringLiteral("cand_p1") : QString());
    QCOMPARE(matches(QStringLiteral("валентина")),
             laterChange ? QString() : QStringLiteral("cand_p2"));
    QCOMPARE(matches(QStringLiteral("григорий")), QStringLiteral("cand_p3"));
    QCOMPARE(matches(QStringLiteral("anna")), QStringLiteral("cand_1"));
}

std::unique_ptr<SyncEngine> TestPlatformResources::engine()
{
    if (!m_server) {
        m_server = std::make_unique<TestServer>();
        m_server->setApiKey("resources-key");
        if (!m_server->start()) {
            return {};
        }
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    SyncEngine::Options options;
    options.baseUrl = m_server->baseUrl();
    options.intervalMs = 0;
    options.timeoutMs = 3000;
    options.pageSize = 7;
    auto made = std::make_unique<SyncEngine>(
        m_db->connection(), m_nam.get(), [] { return QStringLiteral("resources-key"); },
        RetryPolicy(
            {50, 50, 400}, [] { return QDateTime::currentDateTimeUtc(); }, [] { return 1.0; }),
        options);
    registerPlatformResources(*made, m_db->connection(), m_phones);
    return made;
}

bool TestPlatformResources::runSync(SyncEngine &engine)
{
    QSignalSpy finished(&engine, &SyncEngine::runFinished);
    engine.syncNow();
    if (!finished.wait(20000)) {
        qWarning("sync did not finish");
        return false;
    }
    if (!finished.first().at(0).toBool()) {
        qWarning("sync failed: %s", qPrintable(finished.first().at(1).toString()));
        return false;
    }
    return true;
}

void TestPlatformResources::fullSyncFromServer()
{
    auto sync = engine();
    QVERIFY(sync);
    auto &api = m_server->platform();
    api.seedCandidates(40);
    const QString emp = api.create(QStringLiteral("employees"),
                                   {{QStringLiteral("first_name"), QStringLiteral("A")},
                                    {QStringLiteral("last_name"), QStringLiteral("B")}});
    const QString scn =
        api.create(QStringLiteral("scenarios"), {{QStringLiteral("name"), QStringLiteral("S")}});
    const QString s1 = api.create(
        QStringLiteral("scenario_stages"),
        {{QStringLiteral("scenario_id"), scn}, {QStringLiteral("title"), QStringLiteral("One")}});
    const QString s2 = api.create(
        QStringLiteral("scenario_stages"),
        {{QStringLiteral("scenario_id"), scn}, {QStringLiteral("title"), QStringLiteral("Two")}});
    api.create(QStringLiteral("scenario_links"), {{QStringLiteral("scenario_id"), scn},
                                                  {QStringLiteral("from_stage_id"), s1},
                                                  {QStringLiteral("to_stage_id"), s2}});
    api.create(
        QStringLiteral("assignments"),
        {{QStringLiteral("employee_id"), emp},
         {QStringLiteral("scenario_id"), scn},
         {QStringLiteral("start_date"), QStringLiteral("2026-12-01")},
         {QStringLiteral("stages"),
          QJsonArray{QJsonObject{{QStringLiteral("stage_id"), s1},
                                 {QStringLiteral("due_date"), QStringLiteral("2026-12-01")}}}}});
    const QString cont = api.create(QStringLiteral("contacts"),
                                    {{QStringLiteral("full_name"), QStringLiteral("C")}});
    api.create(QStringLiteral("channels"), {{QStringLiteral("kind"), QStringLiteral("email")},
                                            {QStringLiteral("name"), QStringLiteral("Mail")},
                                            {QStringLiteral("contact_ids"), QJsonArray{cont}}});
    api.create(QStringLiteral("kb_articles"), {{QStringLiteral("title"), QStringLiteral("T")},
                                               {QStringLiteral("body"), QStringLiteral("B")}});
    api.create(QStringLiteral("message_templates"),
               {{QStringLiteral("name"), QStringLiteral("N")},
                {QStringLiteral("channel"), QStringLiteral("sms")},
                {QStringLiteral("body"), QStringLiteral("B")}});
    const QString someone =
        api.record(QStringLiteral("candidates"), QStringLiteral("cand_2")).value(u"id").toString();
    QVERIFY(!someone.isEmpty());
    api.create(QStringLiteral("candidate_events"),
               {{QStringLiteral("candidate_id"), someone},
                {QStringLiteral("kind"), QStringLiteral("note")},
                {QStringLiteral("at"), QStringLiteral("2026-11-02T09:00:00Z")}});
    QVERIFY(api.remove(QStringLiteral("candidates"), QStringLiteral("cand_3")));

    QVERIFY(runSync(*sync));
    for (const QString &resource : PlatformResources::resourceNames()) {
        const int live = api.count(resource);
        const int local = value(QStringLiteral("SELECT count(*) FROM %1 WHERE remote_id IS NOT "
                                               "NULL %2")
                                    .arg(resource, resource == u"candidate_events" ||
                                                           resource.startsWith(u"scenario_") ||
                                                           resource == u"assignments"
                                                       ? QString()
                                                       : QStringLiteral("AND deleted = 0")))
                              .toInt();
        QVERIFY2(
            local == live,
            qPrintable(QStringLiteral("%1: %2 here, %3 there").arg(resource).arg(local).arg(live)));
    }
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pipeline_stages")).toInt(), 4);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM assignment_stages")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM channel_contacts")).toInt(), 1);
    QCOMPARE(m_resources->parkedCount(), 0);
    // A second run finds nothing new.
    QVERIFY(runSync(*sync));
}

void TestPlatformResources::createEditMoveReachesServerOnce()
{
    auto sync = engine();
    QVERIFY(sync);
    m_server->platform().seedCandidates(3);
    QVERIFY(runSync(*sync)); // the vacancy and its stages come down
    const qint64 vacancy = value(QStringLiteral("SELECT id FROM vacancies")).toLongLong();
    const qint64 first =
        value(QStringLiteral("SELECT id FROM pipeline_stages ORDER BY position")).toLongLong();
    const qint64 second = value(QStringLiteral("SELECT id FROM pipeline_stages WHERE position = "
                                               "1"))
                              .toLongLong();
    const QString secondRemote =
        value(QStringLiteral("SELECT remote_id FROM pipeline_stages WHERE id = ?"), {second})
            .toString();

    // Offline: create, edit, move; nothing has gone up yet.
    CandidateRepository repository(*m_db, m_phones);
    CandidateRecord record;
    record.fullName = QStringLiteral("Vera Draft");
    record.vacancyId = vacancy;
    record.stageId = first;
    record.phones = {{QStringLiteral("+7 916 000 11 22"), {}}};
    const qint64 id = repository.create(record);
    QVERIFY2(id > 0, qPrintable(repository.lastError()));
    auto loaded = repository.load(id);
    QVERIFY(loaded);
    loaded->fullName = QStringLiteral("Vera Final");
    loaded->tags = {QStringLiteral("java")};
    QVERIFY2(repository.update(*loaded), qPrintable(repository.lastError()));
    QVERIFY(repository.moveToStage({id}, second));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id = ? AND "
                                  "entity_type = 'candidate'"),
                   {id})
                 .toInt(),
             3);
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM outbox WHERE path LIKE '%{remote_id}'")).toInt(),
        2);

    QVERIFY(runSync(*sync));
    const QString remote =
        value(QStringLiteral("SELECT remote_id FROM candidates WHERE id = ?"), {id}).toString();
    QVERIFY(!remote.isEmpty());
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 4);
    const QJsonObject onServer = m_server->platform().record(QStringLiteral("candidates"), remote);
    QCOMPARE(onServer.value(u"full_name").toString(), QStringLiteral("Vera Final"));
    QCOMPARE(onServer.value(u"stage_id").toString(), secondRemote);
    QCOMPARE(onServer.value(u"tags").toArray(), QJsonArray{QStringLiteral("java")});
    QCOMPARE(onServer.value(u"phone_e164").toString(), QStringLiteral("+79160001122"));
    QCOMPARE(onServer.value(u"version").toInt(), 3);
    QCOMPARE(
        value(QStringLiteral("SELECT remote_version FROM candidates WHERE id = ?"), {id}).toInt(),
        3);
    int posts = 0;
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        QVERIFY2(!request.path.contains(u'{'), qPrintable(request.path));
        posts += request.method == "POST" ? 1 : 0;
        if (request.method == "PATCH") {
            QVERIFY(request.path.endsWith(remote));
            QVERIFY(request.header("If-Match") == "1" || request.header("If-Match") == "2");
        }
    }
    QCOMPARE(posts, 1);
    // Pulling it back changes nothing: the local row already has that version.
    QVERIFY(runSync(*sync));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 4);
    QCOMPARE(
        value(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {id}).toString(),
        QStringLiteral("Vera Final"));
}

void TestPlatformResources::editConflictSurfacesAsConflict()
{
    auto sync = engine();
    QVERIFY(sync);
    m_server->platform().seedCandidates(2);
    QVERIFY(runSync(*sync));
    const qint64 id = localId(QStringLiteral("candidates"), QStringLiteral("cand_2"));
    QVERIFY(id > 0);
    // Someone edits it on the platform, and here too, before the next sync.
    QVERIFY(m_server->platform().edit(QStringLiteral("candidates"), QStringLiteral("cand_2"),
                                      {{QStringLiteral("full_name"), QStringLiteral("Theirs")}}));
    CandidateRepository repository(*m_db, m_phones);
    auto loaded = repository.load(id);
    QVERIFY(loaded);
    loaded->fullName = QStringLiteral("Mine");
    QVERIFY(repository.update(*loaded));

    QVERIFY(runSync(*sync));
    OutboxQueue queue(m_db->connection());
    QCOMPARE(queue.counts().conflict, 1);
    // The pull did not overwrite the local edit while the conflict waits for the user.
    QCOMPARE(
        value(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {id}).toString(),
        QStringLiteral("Mine"));
    const qint64 row =
        value(QStringLiteral("SELECT id FROM outbox WHERE status = 'conflict'")).toLongLong();
    OutboxQueue::Item item;
    QVERIFY(queue.item(row, &item));
    QCOMPARE(item.serverRecord.value(u"full_name").toString(), QStringLiteral("Theirs"));
    // The user keeps theirs... no, keeps "Mine" over the server's version 2.
    QVERIFY(queue.resolveConflict(row, item.body, item.serverRecord.value(u"version").toInt()));
    QVERIFY(runSync(*sync));
    QCOMPARE(m_server->platform()
                 .record(QStringLiteral("candidates"), QStringLiteral("cand_2"))
                 .value(u"full_name")
                 .toString(),
             QStringLiteral("Mine"));
    QCOMPARE(
        value(QStringLiteral("SELECT remote_version FROM candidates WHERE id = ?"), {id}).toInt(),
        3);
}

void TestPlatformResources::deleteAndRestore()
{
    auto sync = engine();
    QVERIFY(sync);
    m_server->platform().seedCandidates(2);
    QVERIFY(runSync(*sync));
    const qint64 id = localId(QStringLiteral("candidates"), QStringLiteral("cand_2"));
    CandidateRepository repository(*m_db, m_phones);
    // Deleted and restored before a sync: the delete is withdrawn, nothing goes up.
    QVERIFY(repository.setDeleted({id}, true));
    QVERIFY(repository.setDeleted({id}, false));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // Deleted and synced: a tombstone there.
    QVERIFY(repository.setDeleted({id}, true));
    QVERIFY(runSync(*sync));
    QVERIFY(m_server->platform()
                .record(QStringLiteral("candidates"), QStringLiteral("cand_2"))
                .value(u"deleted")
                .toBool());
    // Restored afterwards: created anew, the local row follows the new record.
    QVERIFY(repository.setDeleted({id}, false));
    QVERIFY(runSync(*sync));
    const QString remote =
        value(QStringLiteral("SELECT remote_id FROM candidates WHERE id = ?"), {id}).toString();
    QVERIFY(!remote.isEmpty() && remote != u"cand_2");
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 2);
    QCOMPARE(value(QStringLiteral("SELECT deleted FROM candidates WHERE id = ?"), {id}).toInt(), 0);
}

void TestPlatformResources::discardedCreateNeverSendsPlaceholder()
{
    auto sync = engine();
    QVERIFY(sync);
    CandidateRepository repository(*m_db, m_phones);
    CandidateRecord record;
    record.fullName = QStringLiteral("Never Sent");
    const qint64 id = repository.create(record);
    QVERIFY(id > 0);
    QVERIFY(repository.addTag({id}, QStringLiteral("x")));
    OutboxQueue queue(m_db->connection());
    const qint64 post =
        value(QStringLiteral("SELECT id FROM outbox WHERE method = 'POST'")).toLongLong();
    QVERIFY(queue.discard(post));
    QVERIFY(runSync(*sync));
    QCOMPARE(m_server->platform().count(QStringLiteral("candidates")), 0);
    for (const auto &request : m_server->recorded(QStringLiteral("platform"))) {
        QVERIFY2(request.method == "GET", qPrintable(request.path));
    }
    QCOMPARE(queue.counts().failed, 1);
    QVERIFY(value(QStringLiteral("SELECT last_error FROM outbox"))
                .toString()
                .contains(QStringLiteral("never created")));
}

// A fallback contact's further phones and e-mails (schema 18): up with the record's
// `contacts` array, stored by the loopback server, and down again when the server changes them;
// a record without the field (an older platform) leaves them alone.
void TestPlatformResources::fallbackContactPointsFollowTheServer()
{
    QVERIFY(apply(
        QStringLiteral("contacts"),
        {withMeta(
            obj({{QStringLiteral("full_name"), QStringLiteral("Duty HR")},
                 {QStringLiteral("contacts"),
                  QJsonArray{obj({{QStringLiteral("kind"), QStringLiteral("phone")},
                                  {QStringLiteral("raw"), QStringLiteral("8 916 111-22-33")}}),
                             obj({{QStringLiteral("kind"), QStringLiteral("email")},
                                  {QStringLiteral("raw"), QStringLiteral("Duty@Example.com")}})}}}),
            QStringLiteral("cont_p"), 1)}));
    QCOMPARE(value(QStringLiteral("SELECT normalized FROM contact_points WHERE kind = 'phone'"))
                 .toString(),
             QStringLiteral("+79161112233"));
    QCOMPARE(value(QStringLiteral("SELECT normalized FROM contact_points WHERE kind = 'email'"))
                 .toString(),
             QStringLiteral("duty@example.com"));
    QVERIFY(apply(QStringLiteral("contacts"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Duty HR 2")}}),
                            QStringLiteral("cont_p"), 2)}));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM contact_points")).toInt(), 2);
    QVERIFY(apply(QStringLiteral("contacts"),
                  {withMeta(obj({{QStringLiteral("full_name"), QStringLiteral("Duty HR 3")},
                                 {QStringLiteral("contacts"), QJsonArray{}}}),
                            QStringLiteral("cont_p"), 3)}));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM contact_points")).toInt(), 0);

    auto sync = engine();
    QVERIFY(sync);
    ContactDirectory directory(m_db->connection(), m_phones);
    DirectoryContact hr;
    hr.fullName = QStringLiteral("Антон Эйчаров");
    hr.email = QStringLiteral("hr@butterboard.online");
    hr.moreEmails = {QStringLiteral("anton@example.com")};
    hr.phoneRaw = QStringLiteral("+7 495 123-45-67");
    hr.morePhones = {QStringLiteral("8 (916) 111-22-33")};
    QVERIFY2(directory.saveContact(hr), qPrintable(directory.lastError()));
    QVERIFY(runSync(*sync));
    const QString remote =
        value(QStringLiteral("SELECT remote_id FROM contacts WHERE id = ?"), {hr.id}).toString();
    QVERIFY(!remote.isEmpty());
    const QJsonArray onServer = m_server->platform()
                                    .record(QStringLiteral("contacts"), remote)
                                    .value(u"contacts")
                                    .toArray();
    QCOMPARE(onServer.size(), 2);
    QCOMPARE(onServer.at(0).toObject().value(u"normalized").toString(),
             QStringLiteral("+79161112233"));
    QCOMPARE(onServer.at(1).toObject().value(u"raw").toString(),
             QStringLiteral("anton@example.com"));

    // Changed on the platform: the next pull replaces the local rows.
    QVERIFY(m_server->platform().edit(
        QStringLiteral("contacts"), remote,
        {{QStringLiteral("contacts"),
          QJsonArray{obj({{QStringLiteral("kind"), QStringLiteral("phone")},
                          {QStringLiteral("raw"), QStringLiteral("+7 903 777-88-99")},
                          {QStringLiteral("normalized"), QStringLiteral("+79037778899")}})}}}));
    QVERIFY(runSync(*sync));
    const DirectoryContact pulled = *directory.contact(hr.id);
    QCOMPARE(pulled.morePhones, QStringList{QStringLiteral("+7 903 777-88-99")});
    QVERIFY(pulled.moreEmails.isEmpty());
    QCOMPARE(pulled.email, hr.email);
}

QTEST_GUILESS_MAIN(TestPlatformResources)
#include "tst_platformresources.moc"
