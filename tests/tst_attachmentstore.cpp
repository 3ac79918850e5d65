#include "app/ats/AttachmentStore.h"
#include "app/ats/CandidateRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bbd;

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addListRemove_data();
    void addListRemove();
    void collidingNamesGetNumbers();
    void failedWriteLeavesNoFile_data();
    void failedWriteLeavesNoFile();
    void failedRemovalKeepsTheFile();
    void defaultFolderIsInAppData();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    QList<CandidateEvent> attachmentEvents(qint64 candidateId) const;
    QStringList filesUnder(const QString &dir) const;

    PhoneNumbers m_phones;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CandidateRepository> m_repository;
    std::unique_ptr<AttachmentStore> m_store;
    qint64 m_candidate = 0;
};

void TestAttachmentStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAttachmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(QStringLiteral("attachment-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("att.sqlite"))).ok());
    m_repository = std::make_unique<CandidateRepository>(*m_db, m_phones);
    CandidateRecord record;
    record.fullName = QStringLiteral("Кандидат С Файлами");
    m_candidate = m_repository->create(record);
    QVERIFY(m_candidate);
    m_store = std::make_unique<AttachmentStore>(*m_db, m_dir->filePath(QStringLiteral("store")));
    QDir().mkpath(m_dir->filePath(QStringLiteral("in")));
}

void TestAttachmentStore::cleanup()
{
    m_store.reset();
    m_repository.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestAttachmentStore::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(QStringLiteral("in/") + name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(contents);
    }
    return path;
}

QList<CandidateEvent> TestAttachmentStore::attachmentEvents(qint64 candidateId) const
{
    QList<CandidateEvent> events;
    for (const CandidateEvent &event : m_repository->timeline(candidateId)) {
        if (event.kind == CandidateEvent::Kind::Attachment) {
            events << event;
        }
    }
    return events;
}

QStringList TestAttachmentStore::filesUnder(const QString &dir) const
{
    QStringList files;
    QDir base(dir);
    for (const QString &sub : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file : QDir(base.filePath(sub)).entryList(QDir::Files)) {
            files << sub + u'/' + file;
        }
    }
    return files;
}

void TestAttachmentStore::addListRemove_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("pdf") << QStringLiteral("cv.pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\n")
                         << QStringLiteral("application/pdf");
    QTest::newRow("text, Cyrillic name")
        << QStringLiteral("Резюме Иванова.txt") << QByteArray("Опыт работы: 5 лет\n")
        << QStringLiteral("text/plain");
    QTest::newRow("no suffix") << QStringLiteral("notes") << QByteArray("plain words\n")
                               << QStringLiteral("text/plain");
}

void TestAttachmentStore::addListRemove()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, mimeType);

    const QString source = writeFile(name, contents);
    const qint64 id = m_store->add(m_candidate, source);
    QVERIFY2(id, qPrintable(m_store->lastError()));

    const QList<CandidateAttachment> list = m_store->list(m_candidate);
    QCOMPARE(list.size(), 1);
    const CandidateAttachment &attachment = list.first();
    QCOMPARE(attachment.id, id);
    QCOMPARE(attachment.fileName, name);
    QCOMPARE(attachment.storedPath, QStringLiteral("%1/%2").arg(m_candidate).arg(name));
    QCOMPARE(attachment.mimeType, mimeType);
    QCOMPARE(attachment.sizeBytes, contents.size());
    QVERIFY(attachment.addedAt.isValid());
    const QString stored = m_store->absolutePath(attachment);
    QCOMPARE(stored, m_store->baseDir() + u'/' + attachment.storedPath);
    QFile file(stored);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    file.close();
    // The original stays where it was: the store holds a copy.
    QVERIFY(QFile::exists(source));
    QCOMPARE(attachmentEvents(m_candidate).size(), 1);
    QVERIFY(attachmentEvents(m_candidate).first().text.contains(name));

    QVERIFY2(m_store->remove(id), qPrintable(m_store->lastError()));
    QVERIFY(m_store->list(m_candidate).isEmpty());
    QVERIFY(!QFile::exists(stored));
    QVERIFY(filesUnder(m_store->baseDir()).isEmpty());
    const QList<CandidateEvent> events = attachmentEvents(m_candidate);
    QCOMPARE(events.size(), 2);
    QVERIFY(events.first().text.contains(QStringLiteral("Removed")));
    QVERIFY(events.first().text.contains(name));
    QVERIFY(!m_store->remove(id));
}

void TestAttachmentStore::collidingNamesGetNumbers()
{
    const QString first = writeFile(QStringLiteral("cv.pdf"), "one");
    const qint64 a = m_store->add(m_candidate, first);
    const qint64 b = m_store->add(m_candidate, first);
    const qint64 c = m_store->add(m_candidate, first);
    const QString plain = writeFile(QStringLiteral("notes"), "x");
    const qint64 d = m_store->add(m_candidate, plain);
    const qint64 e = m_store->add(m_candidate, plain);
    QVERIFY(a && b && c && d && e);
    QStringList stored;
    for (const CandidateAttachment &attachment : m_store->list(m_candidate)) {
        stored << attachment.storedPath.section(u'/', 1);
        QCOMPARE(attachment.fileName,
                 attachment.id <= c ? QStringLiteral("cv.pdf") : QStringLiteral("notes"));
    }
    QCOMPARE(stored, (QStringList{QStringLiteral("cv.pdf"), QStringLiteral("cv (2).pdf"),
                                  QStringLiteral("cv (3).pdf"), QStringLiteral("notes"),
                                  QStringLiteral("notes (2)")}));
    // A name freed by a removal is taken again, and the others stay untouched.
    QVERIFY(m_store->remove(b));
    const qint64 f = m_store->add(m_candidate, first);
    QCOMPARE(m_store->attachment(f)->storedPath.section(u'/', 1), QStringLiteral("cv (2).pdf"));
    QCOMPARE(filesUnder(m_store->baseDir()).size(), 5);
}

void TestAttachmentStore::failedWriteLeavesNoFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("no such candidate") << QStringLiteral("candidate");
    QTest::newRow("timeline write refused") << QStringLiteral("event");
    QTest::newRow("missing source file") << QStringLiteral("source");
}

void TestAttachmentStore::failedWriteLeavesNoFile()
{
    QFETCH(QString, failure);
    QString source = writeFile(QStringLiteral("cv.pdf"), "data");
    qint64 candidate = m_candidate;
    if (failure == u"candidate") {
        candidate = 424242;
    } else if (failure == u"event") {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TRIGGER refuse_attachment_event BEFORE INSERT ON candidate_events "
            "WHEN new.kind = 'attachment' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    } else {
        source = m_dir->filePath(QStringLiteral("in/nowhere.pdf"));
    }
    QCOMPARE(m_store->add(candidate, source), 0);
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(filesUnder(m_store->baseDir()).isEmpty());
    QVERIFY(m_store->list(candidate).isEmpty());
    QVERIFY(attachmentEvents(m_candidate).isEmpty());
}

void TestAttachmentStore::failedRemovalKeepsTheFile()
{
    const qint64 id = m_store->add(m_candidate, writeFile(QStringLiteral("cv.pdf"), "data"));
    QVERIFY(id);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("CREATE TRIGGER keep_attachments BEFORE DELETE ON candidate_attachments "
                       "BEGIN SELECT RAISE(ABORT, 'kept'); END")));
    QVERIFY(!m_store->remove(id));
    QVERIFY(m_store->lastError().contains(QStringLiteral("kept")));
    QCOMPARE(m_store->list(m_candidate).size(), 1);
    QVERIFY(QFile::exists(m_store->absolutePath(*m_store->attachment(id))));
    QCOMPARE(filesUnder(m_store->baseDir()),
             QStringList{QStringLiteral("%1/cv.pdf").arg(m_candidate)});
    QCOMPARE(attachmentEvents(m_candidate).size(), 1);
}

void TestAttachmentStore::defaultFolderIsInAppData()
{
    const AttachmentStore store(*m_db);
    QCOMPARE(store.baseDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/attachments"));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
