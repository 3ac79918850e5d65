#include "app/ats/AttachmentStore.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/MergeService.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

namespace {

// What undo must bring back; the version and update time move on by design.
CandidateRecord comparable(CandidateRecord record)
{
    record.version = 0;
    record.updatedAt = {};
    return record;
}

QStringList describe(const QList<CandidateEvent> &events)
{
    QStringList lines;
    for (const CandidateEvent &event : events) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(event.id)
                     .arg(candidateEventKindKey(event.kind), event.text);
    }
    return lines;
}

QList<qint64> attachmentIds(const QList<CandidateAttachment> &attachments)
{
    QList<qint64> ids;
    for (const CandidateAttachment &attachment : attachments) {
        ids << attachment.id;
    }
    return ids;
}

} // namespace

class TestMergeService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mergeAndUndo_data();
    void mergeAndUndo();
    void survivorKeepsItsPlaceOrTakesTheOther();
    void history();
    void refuses_data();
    void refuses();
    void undoRefusedAfterLaterWork();

private:
    CandidateRecord make(const QString &name, const QString &phone, const QString &email,
                         qint64 stageIndex);
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;

    PhoneNumbers m_phones;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CandidateRepository> m_repository;
    std::unique_ptr<MergeService> m_merges;
    std::unique_ptr<AttachmentStore> m_attachments;
    QList<PipelineStage> m_stages; // of two different vacancies, first stages first
};

void TestMergeService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMergeService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("merge-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("merge.sqlite"))).ok());
    QVERIFY(DemoData::load(*m_db, m_phones).ok);
    m_repository = std::make_unique<CandidateRepository>(*m_db, m_phones);
    m_merges = std::make_unique<MergeService>(*m_db, m_phones);
    m_attachments =
        std::make_unique<AttachmentStore>(*m_db, m_dir->filePath(QStringLiteral("att")));
    const VacancyRepository vacancies(*m_db);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM vacancies ORDER BY id LIMIT 2")));
    m_stages.clear();
    while (query.next()) {
        const QList<PipelineStage> stages = vacancies.stages(query.value(0).toLongLong());
        QVERIFY(stages.size() >= 2);
        m_stages << stages.at(0) << stages.at(1);
    }
    QCOMPARE(m_stages.size(), 4);
}

void TestMergeService::cleanup()
{
    m_attachments.reset();
    m_merges.reset();
    m_repository.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestMergeService::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

CandidateRecord TestMergeService::make(const QString &name, const QString &phone,
                                       const QString &email, qint64 stageIndex)
{
    CandidateRecord record;
    record.fullName = name;
    if (!phone.isEmpty()) {
        record.phones << PhoneEntry{phone, {}};
    }
    if (!email.isEmpty()) {
        record.emails << email;
    }
    record.vacancyId = m_stages.at(stageIndex).vacancyId;
    record.stageId = m_stages.at(stageIndex).id;
    return record;
}

void TestMergeService::mergeAndUndo_data()
{
    QTest::addColumn<QString>("take"); // per field: l(eft), r(ight), b(oth)
    // name phones emails source vacancy rating tags consent notes
    QTest::newRow("all from the survivor") << QStringLiteral("lllllllll");
    QTest::newRow("all from the merged card") << QStringLiteral("rrrrrrrrr");
    QTest::newRow("unions") << QStringLiteral("lbblrlbrb");
    QTest::newRow("mixed") << QStringLiteral("rlrrlrlrl");
}

void TestMergeService::mergeAndUndo()
{
    QFETCH(QString, take);

    CandidateRecord left = make(QStringLiteral("Петров Пётр"), QStringLiteral("8 916 555-11-22"),
                                QStringLiteral("petrov@mail.ru"), 0);
    left.phones << PhoneEntry{QStringLiteral("12-34"), {}}; // invalid, kept as typed
    left.source = QStringLiteral("hh.ru");
    left.rating = 2;
    left.tags = QStringList{QStringLiteral("middle"), QStringLiteral("Python")};
    left.notes = QStringLiteral("Первый отклик");
    CandidateRecord right =
        make(QStringLiteral("Петров Пётр Ильич"), QStringLiteral("+7 (926) 000-44-55"),
             QStringLiteral("p.petrov@gmail.com"), 3);
    right.emails << QStringLiteral("petrov@work.ru");
    right.source = QStringLiteral("LinkedIn");
    right.rating = 4;
    right.tags = QStringList{QStringLiteral("senior"), QStringLiteral("python")};
    right.consent = Consent::Given;
    right.consentAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    right.notes = QStringLiteral("Повторный отклик");
    const qint64 leftId = m_repository->create(left);
    const qint64 rightId = m_repository->create(right);
    QVERIFY2(leftId && rightId, qPrintable(m_repository->lastError()));
    QVERIFY(m_repository->addNote(leftId, QStringLiteral("note on the survivor")));
    QVERIFY(m_repository->addNote(rightId, QStringLiteral("note on the merged one")));
    const QString file = m_dir->filePath(QStringLiteral("cv.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("CV");
    }
    const qint64 leftFile = m_attachments->add(leftId, file);
    const qint64 rightFile = m_attachments->add(rightId, file);
    QVERIFY(leftFile && rightFile);

    const CandidateRecord leftBefore = *m_repository->load(leftId);
    const CandidateRecord rightBefore = *m_repository->load(rightId);
    const QStringList leftTimeline = describe(m_repository->timeline(leftId));
    const QStringList rightTimeline = describe(m_repository->timeline(rightId));

    const auto pick = [&take](int field, const auto &l, const auto &r) {
        return take.at(field) == u'r' ? r : l;
    };
    CandidateRecord chosen;
    chosen.fullName = pick(0, leftBefore.fullName, rightBefore.fullName);
    chosen.phones = pick(1, leftBefore.phones, rightBefore.phones);
    if (take.at(1) == u'b') {
        chosen.phones = leftBefore.phones + rightBefore.phones;
    }
    chosen.emails = pick(2, leftBefore.emails, rightBefore.emails);
    if (take.at(2) == u'b') {
        chosen.emails = leftBefore.emails + rightBefore.emails;
    }
    chosen.source = pick(3, leftBefore.source, rightBefore.source);
    chosen.vacancyId = pick(4, leftBefore.vacancyId, rightBefore.vacancyId);
    chosen.stageId = pick(4, leftBefore.stageId, rightBefore.stageId);
    chosen.rating = pick(5, leftBefore.rating, rightBefore.rating);
    chosen.tags = pick(6, leftBefore.tags, rightBefore.tags);
    if (take.at(6) == u'b') {
        chosen.tags = leftBefore.tags + rightBefore.tags;
    }
    chosen.consent = pick(7, leftBefore.consent, rightBefore.consent);
    chosen.consentAt = pick(7, leftBefore.consentAt, rightBefore.consentAt);
    chosen.notes = pick(8, leftBefore.notes, rightBefore.notes);
    if (take.at(8) == u'b') {
        chosen.notes = leftBefore.notes + u'\n' + rightBefore.notes;
    }

    const qint64 mergeId = m_merges->merge(leftId, rightId, chosen);
    QVERIFY2(mergeId, qPrintable(m_merges->lastError()));

    // The survivor holds exactly what was chosen.
    const CandidateRecord expected = m_repository->normalized(chosen);
    const CandidateRecord survivor = *m_repository->load(leftId);
    QCOMPARE(survivor.fullName, expected.fullName);
    QCOMPARE(survivor.phones, expected.phones);
    QCOMPARE(survivor.emails, expected.emails);
    QCOMPARE(survivor.source, expected.source);
    QCOMPARE(survivor.vacancyId, expected.vacancyId);
    QCOMPARE(survivor.stageId, expected.stageId);
    QCOMPARE(survivor.rating, expected.rating);
    QCOMPARE(survivor.tags, expected.tags);
    QCOMPARE(survivor.consent, expected.consent);
    QCOMPARE(survivor.consentAt, expected.consentAt);
    QCOMPARE(survivor.notes, expected.notes);
    QCOMPARE(survivor.mergedIntoId, 0);
    QCOMPARE(survivor.version, leftBefore.version + 1);
    QCOMPARE(m_repository->load(rightId)->mergedIntoId, leftId);
    // The other card keeps its own values, hidden from lists.
    QCOMPARE(m_repository->load(rightId)->fullName, rightBefore.fullName);

    // Both timelines and both files now belong to the survivor, with the merge on top.
    const QList<CandidateEvent> merged = m_repository->timeline(leftId);
    QCOMPARE(merged.size(), leftTimeline.size() + rightTimeline.size() + 1);
    QCOMPARE(merged.first().kind, CandidateEvent::Kind::Merge);
    QVERIFY(merged.first().text.contains(rightBefore.fullName));
    QVERIFY(m_repository->timeline(rightId).isEmpty());
    QCOMPARE(attachmentIds(m_attachments->list(leftId)), (QList<qint64>{leftFile, rightFile}));
    QVERIFY(QFile::exists(m_attachments->absolutePath(*m_attachments->attachment(rightFile))));

    // The search text and the duplicate check follow the survivor's new contacts.
    for (const PhoneEntry &phone : expected.phones) {
        if (phone.isValid()) {
            const QList<DuplicateMatch> matches =
                m_repository->findDuplicates(make(QStringLiteral("X"), phone.raw, {}, 0));
            QVERIFY(!matches.isEmpty());
            QCOMPARE(matches.first().candidateId, leftId);
        }
    }
    const QString search = QStringLiteral("SELECT count(*) FROM candidates_fts WHERE "
                                          "candidates_fts MATCH ? AND rowid = ?");
    QCOMPARE(scalar(search, {QStringLiteral("\"9260004455\"*"), leftId}),
             take.at(1) == u'l' ? 0 : 1);
    if (take.at(1) != u'l') {
        QCOMPARE(scalar(search, {QStringLiteral("\"9260004455\"*"), rightId}), 1);
    }

    // Undo gives both back as they were.
    QVERIFY2(m_merges->undoMerge(mergeId), qPrintable(m_merges->lastError()));
    const CandidateRecord leftAfter = *m_repository->load(leftId);
    const CandidateRecord rightAfter = *m_repository->load(rightId);
    QCOMPARE(comparable(leftAfter), comparable(leftBefore));
    QCOMPARE(comparable(rightAfter), comparable(rightBefore));
    QVERIFY(leftAfter.version > survivor.version);
    QCOMPARE(describe(m_repository->timeline(leftId)), leftTimeline);
    QCOMPARE(describe(m_repository->timeline(rightId)), rightTimeline);
    QCOMPARE(attachmentIds(m_attachments->list(leftId)), QList<qint64>{leftFile});
    QCOMPARE(attachmentIds(m_attachments->list(rightId)), QList<qint64>{rightFile});
    QCOMPARE(scalar(search, {QStringLiteral("\"9260004455\"*"), leftId}), 0);
    QVERIFY(!m_merges->undoMerge(mergeId));
}

void TestMergeService::survivorKeepsItsPlaceOrTakesTheOther()
{
    const qint64 leftId =
        m_repository->create(make(QStringLiteral("Место Слева"), {}, QStringLiteral("a@b.ru"), 0));
    const qint64 rightId =
        m_repository->create(make(QStringLiteral("Место Справа"), {}, QStringLiteral("c@d.ru"), 1));
    QVERIFY(m_repository->setRank(leftId, -10));
    QVERIFY(m_repository->setRank(rightId, -20));
    CandidateRecord chosen = *m_repository->load(leftId);
    chosen.stageId = m_stages.at(1).id;
    const qint64 mergeId = m_merges->merge(leftId, rightId, chosen);
    QVERIFY2(mergeId, qPrintable(m_merges->lastError()));
    // The survivor takes the other card's place in the column it now shares.
    QCOMPARE(scalar(QStringLiteral("SELECT board_rank FROM candidates WHERE id = ?"), {leftId}),
             -20);
    QVERIFY(m_merges->undoMerge(mergeId));
    QCOMPARE(scalar(QStringLiteral("SELECT board_rank FROM candidates WHERE id = ?"), {leftId}),
             -10);
    QCOMPARE(m_repository->load(leftId)->stageId, m_stages.at(0).id);
}

void TestMergeService::history()
{
    const qint64 a = m_repository->create(make(QStringLiteral("Анна"), {}, {}, 0));
    const qint64 b = m_repository->create(make(QStringLiteral("Анна Б."), {}, {}, 0));
    const qint64 c = m_repository->create(make(QStringLiteral("Анна В."), {}, {}, 0));
    QVERIFY(m_merges->history(a).isEmpty());
    const qint64 first = m_merges->merge(a, b, *m_repository->load(a));
    QVERIFY(first);
    QVERIFY(m_merges->undoMerge(first));
    const qint64 second = m_merges->merge(a, b, *m_repository->load(b));
    QVERIFY(second);
    const qint64 third = m_merges->merge(a, c, *m_repository->load(a));
    QVERIFY(third);

    const QList<CandidateMerge> list = m_merges->history(a);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, third);
    QCOMPARE(list.at(0).mergedId, c);
    QCOMPARE(list.at(1).id, second);
    QVERIFY(!list.at(1).isUndone());
    QCOMPARE(list.at(2).id, first);
    QVERIFY(list.at(2).isUndone());
    QCOMPARE(list.at(2).mergedName, QStringLiteral("Анна Б."));
    QCOMPARE(m_merges->history(b).size(), 2);
    QCOMPARE(m_merges->history(c).size(), 1);

    // Undo goes back in order: the earlier merge waits for the later one.
    QVERIFY(!m_merges->undoMerge(second));
    QVERIFY(m_merges->undoMerge(third));
    QVERIFY(m_merges->undoMerge(second));
    QCOMPARE(m_repository->load(a)->fullName, QStringLiteral("Анна"));
}

void TestMergeService::refuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("itself") << QStringLiteral("itself");
    QTest::newRow("survivor already merged") << QStringLiteral("survivorMerged");
    QTest::newRow("other already merged") << QStringLiteral("otherMerged");
    QTest::newRow("deleted") << QStringLiteral("deleted");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("empty name chosen") << QStringLiteral("emptyName");
}

void TestMergeService::refuses()
{
    QFETCH(QString, situation);
    const qint64 a = m_repository->create(make(QStringLiteral("Иван"), {}, {}, 0));
    const qint64 b = m_repository->create(make(QStringLiteral("Иван И."), {}, {}, 0));
    const qint64 c = m_repository->create(make(QStringLiteral("Иван К."), {}, {}, 0));
    qint64 survivor = a;
    qint64 other = b;
    CandidateRecord chosen = *m_repository->load(a);
    if (situation == u"itself") {
        other = a;
    } else if (situation == u"survivorMerged") {
        QVERIFY(m_merges->merge(c, a, *m_repository->load(c)));
    } else if (situation == u"otherMerged") {
        QVERIFY(m_merges->merge(c, b, *m_repository->load(c)));
    } else if (situation == u"deleted") {
        QVERIFY(m_repository->setDeleted({b}, true));
    } else if (situation == u"missing") {
        other = 999999;
    } else if (situation == u"emptyName") {
        chosen.fullName = QStringLiteral("  ");
    }
    const qint64 merges = scalar(QStringLiteral("SELECT count(*) FROM candidate_merges"));
    const CandidateRecord before = *m_repository->load(survivor);
    QCOMPARE(m_merges->merge(survivor, other, chosen), 0);
    QVERIFY(!m_merges->lastError().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidate_merges")), merges);
    QCOMPARE(*m_repository->load(survivor), before);
}

void TestMergeService::undoRefusedAfterLaterWork()
{
    const qint64 a = m_repository->create(make(QStringLiteral("Олег"), {}, {}, 0));
    const qint64 b = m_repository->create(make(QStringLiteral("Олег О."), {}, {}, 0));
    const qint64 mergeId = m_merges->merge(a, b, *m_repository->load(a));
    QVERIFY(mergeId);
    CandidateRecord edited = *m_repository->load(a);
    edited.notes = QStringLiteral("edited after the merge");
    QVERIFY(m_repository->update(edited));
    QVERIFY(!m_merges->undoMerge(mergeId));
    QVERIFY(m_merges->lastError().contains(QStringLiteral("changed after the merge")));
    QCOMPARE(m_repository->load(a)->notes, QStringLiteral("edited after the merge"));
    QCOMPARE(m_repository->load(b)->mergedIntoId, a);
}

QTEST_GUILESS_MAIN(TestMergeService)
#include "tst_mergeservice.moc"
