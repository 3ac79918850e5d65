#include "app/ats/CandidateRepository.h"
#include "app/ats/SearchText.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/Migrations.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<qint64> ftsMatches(const Database &db, const QString &match)
{
    QList<qint64> ids;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? ORDER BY rowid"));
    query.addBindValue(match);
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    return ids;
}

} // namespace

class TestCandidateRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createNormalisesAndKeepsInvalidPhones();
    void problemsBlockSaving_data();
    void problemsBlockSaving();
    void updateWritesEditEventAndDetectsConflicts();
    void moveAndUndoRestoreExactly();
    void rejectionReasonOnlyOnRejectedStage();
    void placeBetweenOrdersCards();
    void phoneSearchText_data();
    void phoneSearchText();
    void duplicates_data();
    void duplicates();
    void deletedCandidatesAreNoDuplicates();
    void bulkTagAndUndo();
    void pipelineEditing();
    void migrationFromSchemaOneFillsSearchText();

private:
    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CandidateRepository> m_repo;
    std::unique_ptr<VacancyRepository> m_vacancies;
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
    int m_run = 0;
};

void TestCandidateRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCandidateRepository::init()
{
    m_db = std::make_unique<Database>(QStringLiteral("repo-%1").arg(++m_run));
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(m_run))).ok());
    m_repo = std::make_unique<CandidateRepository>(*m_db, m_phones);
    m_vacancies = std::make_unique<VacancyRepository>(*m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Менеджер по продажам");
    m_vacancyId = m_vacancies->create(vacancy);
    QVERIFY2(m_vacancyId > 0, qPrintable(m_vacancies->lastError()));
    m_stages = m_vacancies->stages(m_vacancyId);
    QCOMPARE(m_stages.size(), 6);
}

void TestCandidateRepository::cleanup()
{
    m_repo.reset();
    m_vacancies.reset();
    m_db.reset();
}

void TestCandidateRepository::createNormalisesAndKeepsInvalidPhones()
{
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = m_stages.first().id;
    record.fullName = QStringLiteral("  Анна   Смирнова ");
    record.phones = {{QStringLiteral("8 (916) 111-22-33"), {}}, {QStringLiteral("12-34"), {}}};
    record.emails = {QStringLiteral(" Anna.Smirnova@Example.RU "), QStringLiteral("")};
    record.tags = {QStringLiteral("python"), QStringLiteral(" Python "), QStringLiteral("")};
    const qint64 id = m_repo->create(record);
    QVERIFY2(id > 0, qPrintable(m_repo->lastError()));

    const auto stored = m_repo->load(id);
    QVERIFY(stored);
    QCOMPARE(stored->fullName, QStringLiteral("Анна Смирнова"));
    QCOMPARE(stored->phones.size(), 2);
    QCOMPARE(stored->phones.at(0).e164, QStringLiteral("+79161112233"));
    QCOMPARE(stored->phones.at(1).raw, QStringLiteral("12-34"));
    QVERIFY(stored->phones.at(1).e164.isEmpty());
    QCOMPARE(stored->emails, QStringList{QStringLiteral("anna.smirnova@example.ru")});
    QCOMPARE(stored->tags, QStringList{QStringLiteral("python")});
    QCOMPARE(m_repo->warnings(*stored).size(), 1);
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM candidate_events WHERE candidate_id = ? "
                                   "AND kind = 'created'"),
                    {id}),
             1);
    QCOMPARE(ftsMatches(*m_db, QStringLiteral("смир*")), QList<qint64>{id});
    QCOMPARE(ftsMatches(*m_db, QStringLiteral("916111*")), QList<qint64>{id});
}

void TestCandidateRepository::problemsBlockSaving_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("otherVacancyStage");
    QTest::addColumn<bool>("consentWithoutDate");

    QTest::newRow("empty name") << QStringLiteral("  ") << QString() << 0 << false << false;
    QTest::newRow("bad email") << QStringLiteral("Иван") << QStringLiteral("ivan@") << 0 << false
                               << false;
    QTest::newRow("rating too high") << QStringLiteral("Иван") << QString() << 6 << false << false;
    QTest::newRow("stage of another vacancy")
        << QStringLiteral("Иван") << QString() << 0 << true << false;
    QTest::newRow("consent without date")
        << QStringLiteral("Иван") << QString() << 0 << false << true;
}

void TestCandidateRepository::problemsBlockSaving()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(int, rating);
    QFETCH(bool, otherVacancyStage);
    QFETCH(bool, consentWithoutDate);

    Vacancy other;
    other.title = QStringLiteral("Другая");
    const qint64 otherId = m_vacancies->create(other);
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId =
        otherVacancyStage ? m_vacancies->stages(otherId).first().id : m_stages.first().id;
    record.fullName = name;
    record.emails = {email};
    record.rating = rating;
    if (consentWithoutDate) {
        record.consent = Consent::Given;
    }
    const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates"));
    QCOMPARE(m_repo->problems(record).size(), 1);
    QCOMPARE(m_repo->create(record), 0);
    QVERIFY(!m_repo->lastError().isEmpty());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), before);
}

void TestCandidateRepository::updateWritesEditEventAndDetectsConflicts()
{
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = m_stages.first().id;
    record.fullName = QStringLiteral("Пётр Иванов");
    const qint64 id = m_repo->create(record);
    auto loaded = m_repo->load(id);
    QVERIFY(loaded);
    auto stale = *loaded;

    loaded->rating = 4;
    loaded->phones = {{QStringLiteral("+7 903 555 12 34"), {}}};
    QVERIFY2(m_repo->update(*loaded), qPrintable(m_repo->lastError()));
    const auto events = m_repo->timeline(id);
    QCOMPARE(events.first().kind, CandidateEvent::Kind::Edit);
    QVERIFY(events.first().text.contains(QStringLiteral("rating")));
    QVERIFY(events.first().text.contains(QStringLiteral("phones")));

    stale.notes = QStringLiteral("written over someone else's edit");
    QVERIFY(!m_repo->update(stale));
    QVERIFY(m_repo->lastError().contains(QStringLiteral("changed")));
    QCOMPARE(m_repo->load(id)->notes, QString());
    QCOMPARE(m_repo->load(id)->rating, 4);
}

void TestCandidateRepository::moveAndUndoRestoreExactly()
{
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = m_stages.at(0).id;
    record.fullName = QStringLiteral("Мария Кузнецова");
    const qint64 a = m_repo->create(record);
    record.fullName = QStringLiteral("Олег Петров");
    const qint64 b = m_repo->create(record);
    const auto beforeA = m_repo->load(a);
    const qint64 eventsBefore =
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_events"));

    const auto moves = m_repo->moveToStage({a, b}, m_stages.at(2).id);
    QVERIFY2(moves, qPrintable(m_repo->lastError()));
    QCOMPARE(moves->size(), 2);
    QCOMPARE(m_repo->load(a)->stageId, m_stages.at(2).id);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_events")),
             eventsBefore + 2);
    QCOMPARE(m_repo->timeline(a).first().toStageName, m_stages.at(2).name);

    QVERIFY(m_repo->undoMoves(*moves));
    const auto afterA = m_repo->load(a);
    QCOMPARE(afterA->stageId, beforeA->stageId);
    QCOMPARE(afterA->stageEnteredAt, beforeA->stageEnteredAt);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_events")), eventsBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT board_rank FROM candidates WHERE id = ?"), {a}),
             qint64(CandidateRepository::rankFor(beforeA->stageEnteredAt)));

    // A card already in the target column is not "moved" and writes nothing.
    const auto none = m_repo->moveToStage({a}, m_stages.at(0).id);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestCandidateRepository::rejectionReasonOnlyOnRejectedStage()
{
    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = m_stages.at(0).id;
    record.fullName = QStringLiteral("Игорь Соколов");
    const qint64 id = m_repo->create(record);
    const qint64 rejected = m_stages.at(5).id;
    QCOMPARE(m_stages.at(5).kind, PipelineStage::Kind::Rejected);

    QVERIFY(m_repo->moveToStage({id}, m_stages.at(1).id, QStringLiteral("ignored")));
    QCOMPARE(m_repo->load(id)->rejectionReason, QString());
    const auto moves = m_repo->moveToStage({id}, rejected, QStringLiteral("Нет опыта"));
    QVERIFY(moves);
    QCOMPARE(m_repo->load(id)->rejectionReason, QStringLiteral("Нет опыта"));
    QCOMPARE(m_repo->timeline(id).first().text, QStringLiteral("Нет опыта"));
    QVERIFY(m_repo->undoMoves(*moves));
    QCOMPARE(m_repo->load(id)->rejectionReason, QString());
    QCOMPARE(m_repo->load(id)->stageId, m_stages.at(1).id);
}

void TestCandidateRepository::placeBetweenOrdersCards()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        CandidateRecord record;
        record.vacancyId = m_vacancyId;
        record.stageId = m_stages.at(0).id;
        record.fullName = QStringLiteral("Кандидат %1").arg(i);
        record.stageEnteredAt = QDateTime::currentDateTimeUtc().addDays(-i);
        ids << m_repo->create(record);
    }
    const auto order = [this] {
        QList<qint64> result;
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT id FROM candidates ORDER BY board_rank, id"));
        while (query.next()) {
            result << query.value(0).toLongLong();
        }
        return result;
    };
    // Newest arrivals on top.
    QCOMPARE(order(), (QList<qint64>{ids[0], ids[1], ids[2]}));
    const auto previous = m_repo->placeBetween(ids[2], ids[0], ids[1]);
    QVERIFY(previous);
    QCOMPARE(order(), (QList<qint64>{ids[0], ids[2], ids[1]}));
    QVERIFY(m_repo->placeBetween(ids[0], ids[1], 0));
    QCOMPARE(order(), (QList<qint64>{ids[2], ids[1], ids[0]}));
    QVERIFY(m_repo->setRank(ids[2], *previous));
    QCOMPARE(order().last(), ids[2]);
}

void TestCandidateRepository::phoneSearchText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    QTest::newRow("national prefix") << "+7 916 111-22-33"
                                     << "916 111" << true;
    QTest::newRow("full digits") << "8 (916) 111-22-33"
                                 << "+7 916" << true;
    QTest::newRow("trunk 8") << "+79161112233"
                             << "8916111" << true;
    QTest::newRow("last four") << "+79161112233"
                               << "2233" << true;
    QTest::newRow("last seven") << "+79161112233"
                                << "111-22-33" << true;
    QTest::newRow("belarus national") << "+375 29 123-45-67"
                                      << "29 123" << true;
    QTest::newRow("invalid kept as digits") << "12-34"
                                            << "1234" << true;
    QTest::newRow("middle digits do not match") << "+79161112233"
                                                << "6111" << false;
    QTest::newRow("letters are not a phone query") << "+79161112233"
                                                   << "916a" << false;
}

void TestCandidateRepository::phoneSearchText()
{
    QFETCH(QString, raw);
    QFETCH(QString, query);
    QFETCH(bool, found);

    const QString extra = candidateSearchExtra({{raw, m_phones.toE164(raw)}}, {});
    const QString digits = phoneQueryDigits(query);
    const QStringList tokens = extra.split(u' ');
    const bool matched =
        !digits.isEmpty() && std::any_of(tokens.cbegin(), tokens.cend(),
                                         [&](const QString &t) { return t.startsWith(digits); });
    QCOMPARE(matched, found);
}

void TestCandidateRepository::duplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("expectedReason"); // -1: no match

    QTest::newRow("same phone other format") << "Кто-то другой"
                                             << "8 916 111 22 33"
                                             << "" << int(DuplicateMatch::Reason::Phone);
    QTest::newRow("same email other case")
        << "Кто-то"
        << ""
        << "ANNA@example.ru" << int(DuplicateMatch::Reason::Email);
    QTest::newRow("second phone of the existing one") << "Кто-то"
                                                      << "+7 903 000-00-01"
                                                      << "" << int(DuplicateMatch::Reason::Phone);
    QTest::newRow("second email of the existing one")
        << "Кто-то"
        << ""
        << "anna.work@example.ru" << int(DuplicateMatch::Reason::Email);
    QTest::newRow("same name and phone tail")
        << "анна смирнова"
        << "+7 925 999-22-33"
        << "" << int(DuplicateMatch::Reason::NameAndPhoneTail);
    QTest::newRow("nothing in common") << "Анна Смирнова"
                                       << "+7 925 999-44-55"
                                       << "x@y.ru" << -1;
}

void TestCandidateRepository::duplicates()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(int, expectedReason);

    CandidateRecord existing;
    existing.vacancyId = m_vacancyId;
    existing.stageId = m_stages.first().id;
    existing.fullName = QStringLiteral("Анна Смирнова");
    existing.phones = {{QStringLiteral("+79161112233"), {}}, {QStringLiteral("+79030000001"), {}}};
    existing.emails = {QStringLiteral("anna@example.ru"), QStringLiteral("anna.work@example.ru")};
    const qint64 existingId = m_repo->create(existing);
    QVERIFY(existingId > 0);

    CandidateRecord probe;
    probe.fullName = name;
    if (!phone.isEmpty()) {
        probe.phones = {{phone, {}}};
    }
    if (!email.isEmpty()) {
        probe.emails = {email};
    }
    const QList<DuplicateMatch> matches = m_repo->findDuplicates(probe);
    if (expectedReason < 0) {
        QVERIFY(matches.isEmpty());
        return;
    }
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().candidateId, existingId);
    QCOMPARE(int(matches.first().reason), expectedReason);

    // A candidate is never its own duplicate.
    probe.id = existingId;
    QVERIFY(m_repo->findDuplicates(probe).isEmpty());
}

void TestCandidateRepository::deletedCandidatesAreNoDuplicates()
{
    CandidateRecord existing;
    existing.fullName = QStringLiteral("Удалённый");
    existing.phones = {{QStringLiteral("+79161112233"), {}}};
    const qint64 id = m_repo->create(existing);
    CandidateRecord probe;
    probe.phones = existing.phones;
    QCOMPARE(m_repo->findDuplicates(probe).size(), 1);
    QVERIFY(m_repo->setDeleted({id}, true));
    QVERIFY(m_repo->findDuplicates(probe).isEmpty());
    QVERIFY(m_repo->setDeleted({id}, false));
    QCOMPARE(m_repo->findDuplicates(probe).size(), 1);
}

void TestCandidateRepository::bulkTagAndUndo()
{
    CandidateRecord record;
    record.fullName = QStringLiteral("С тегом");
    record.tags = {QStringLiteral("Python")};
    const qint64 tagged = m_repo->create(record);
    record.fullName = QStringLiteral("Без тега");
    record.tags = {};
    const qint64 plain = m_repo->create(record);

    const auto added = m_repo->addTag({tagged, plain}, QStringLiteral(" python "));
    QVERIFY(added);
    QCOMPARE(*added, QList<qint64>{plain}); // the other had it already (case aside)
    QCOMPARE(m_repo->load(plain)->tags, QStringList{QStringLiteral("python")});
    QVERIFY(m_repo->removeTag(*added, QStringLiteral("python")));
    QVERIFY(m_repo->load(plain)->tags.isEmpty());
    QCOMPARE(m_repo->load(tagged)->tags, QStringList{QStringLiteral("Python")});
    QVERIFY(!m_repo->addTag({plain}, QStringLiteral("  ")));
}

void TestCandidateRepository::pipelineEditing()
{
    const qint64 added = m_vacancies->addStage(m_vacancyId, QStringLiteral("Тестовое задание"),
                                               PipelineStage::Kind::Normal, 2);
    QVERIFY(added > 0);
    auto stages = m_vacancies->stages(m_vacancyId);
    QCOMPARE(stages.size(), 7);
    QCOMPARE(stages.at(2).id, added);
    QVERIFY(m_vacancies->moveStage(added, 0));
    QCOMPARE(m_vacancies->stages(m_vacancyId).first().id, added);
    QVERIFY(m_vacancies->renameStage(added, QStringLiteral("Тест")));
    QVERIFY(!m_vacancies->renameStage(added, QStringLiteral("  ")));
    QVERIFY(m_vacancies->setStuckAfterDays(added, 5));
    QVERIFY(m_vacancies->setFolded(added, true));
    const auto stage = m_vacancies->stage(added);
    QCOMPARE(stage->name, QStringLiteral("Тест"));
    QCOMPARE(stage->stuckAfterDays, 5);
    QVERIFY(stage->folded);

    CandidateRecord record;
    record.vacancyId = m_vacancyId;
    record.stageId = added;
    record.fullName = QStringLiteral("Сидит в колонке");
    const qint64 id = m_repo->create(record);
    QVERIFY(!m_vacancies->removeStage(added));
    QVERIFY(m_vacancies->lastError().contains(QStringLiteral("Тест")));
    QVERIFY(m_repo->moveToStage({id}, stages.at(0).id));
    QVERIFY2(m_vacancies->removeStage(added), qPrintable(m_vacancies->lastError()));
    stages = m_vacancies->stages(m_vacancyId);
    QCOMPARE(stages.size(), 6);
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(stages.at(i).position, i);
    }
}

void TestCandidateRepository::migrationFromSchemaOneFillsSearchText()
{
    // A file written by 0.1.0 (schema 1, demo data) gets search text and ranks on upgrade.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Database v1(QStringLiteral("v1"));
        const Migrator onlyFirst({Migrator::builtinSteps().first()});
        QVERIFY(v1.open(path, onlyFirst).ok());
        QSqlQuery query(v1.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO candidates (full_name, phone_raw, phone_e164, stage_entered_at, "
            "created_at, updated_at) VALUES ('Старый Кандидат', '8 916 111 22 33', "
            "'+79161112233', '2026-01-10T09:00:00Z', '2026-01-10T09:00:00Z', "
            "'2026-01-10T09:00:00Z')")));
        QCOMPARE(userVersion(v1.connection()), 1);
    }
    Database upgraded(QStringLiteral("v2"));
    const auto opened = upgraded.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.fileVersion, 1);
    QCOMPARE(userVersion(upgraded.connection()), Database::schemaVersion());
    QCOMPARE(ftsMatches(upgraded, QStringLiteral("916111*")).size(), 1);
    QCOMPARE(ftsMatches(upgraded, QStringLiteral("стар*")).size(), 1);
    QCOMPARE(scalar(upgraded, QStringLiteral("SELECT board_rank FROM candidates")),
             qint64(-QDateTime::fromString(QStringLiteral("2026-01-10T09:00:00Z"), Qt::ISODate)
                         .toSecsSinceEpoch()));
}

QTEST_GUILESS_MAIN(TestCandidateRepository)
#include "tst_candidaterepository.moc"
