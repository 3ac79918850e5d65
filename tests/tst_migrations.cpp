#include "app/storage/Database.h"
#include "app/storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Everything a migration could change, in one comparable text: schema, version and data.
QString snapshot(const QString &path)
{
    const auto name = QStringLiteral("snapshot");
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            return QStringLiteral("<cannot open>");
        }
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        query.next();
        text += QStringLiteral("version=%1\n").arg(query.value(0).toInt());
        query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
        QStringList tables;
        while (query.next()) {
            text += query.value(0).toString() + u' ' + query.value(1).toString() + u' ' +
                    query.value(2).toString() + u'\n';
            const QString table = query.value(1).toString();
            const bool ftsShadow = table.contains(QLatin1String("_fts_"));
            if (query.value(0).toString() == QLatin1String("table") && !ftsShadow &&
                !table.startsWith(QLatin1String("sqlite_"))) {
                tables << table;
            }
        }
        for (const QString &table : std::as_const(tables)) {
            query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i) {
                    text += query.value(i).toString() + u'|';
                }
                text += u'\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

// Writes a file directly with SQLite, bypassing Database, for setting up odd cases.
void execRaw(const QString &path, const QStringList &statements)
{
    const auto name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void emptyFileReachesCurrentVersion();
    void everyDesignTableExists_data();
    void everyDesignTableExists();
    void reopenIsNoOp();
    void failingStepRollsBack_data();
    void failingStepRollsBack();
    void newerVersionIsRefusedUntouched();
    void corruptFileIsRefusedAndKept_data();
    void corruptFileIsRefusedAndKept();
    void directoryInTheWayCannotOpen();
    void ftsIndexFollowsArticles();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestMigrations::emptyFileReachesCurrentVersion()
{
    Database db;
    const auto result = db.open(path(QStringLiteral("new.sqlite")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.created);
    QCOMPARE(result.fileVersion, 0);
    QCOMPARE(userVersion(db.connection()), Database::schemaVersion());
    QVERIFY(Database::schemaVersion() >= 1);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Foreign keys are enforced, not just declared.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO pipeline_stages (vacancy_id, position, name) "
                                       "VALUES (12345, 0, 'x')")));
}

void TestMigrations::everyDesignTableExists_data()
{
    QTest::addColumn<QString>("table");
    const char *const tables[] = {"employees",
                                  "contacts",
                                  "channels",
                                  "channel_contacts",
                                  "vacancies",
                                  "pipeline_stages",
                                  "candidates",
                                  "candidates_fts",
                                  "candidate_events",
                                  "candidate_attachments",
                                  "message_templates",
                                  "scenarios",
                                  "scenario_stages",
                                  "scenario_links",
                                  "assignments",
                                  "assignment_stages",
                                  "kb_articles",
                                  "kb_fts",
                                  "kb_article_revisions",
                                  "chat_messages",
                                  "outbox",
                                  "sync_state",
                                  "service_health",
                                  "service_calls",
                                  "app_meta"};
    for (const char *table : tables) {
        QTest::newRow(table) << QString::fromLatin1(table);
    }
}

void TestMigrations::everyDesignTableExists()
{
    QFETCH(QString, table);
    Database db;
    QVERIFY(db.open(path(QStringLiteral("tables.sqlite"))).ok());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                 "name = ?"));
    query.addBindValue(table);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMigrations::reopenIsNoOp()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_state (resource, cursor) "
                                          "VALUES ('candidates', 'c1')")));
    }
    const QString before = snapshot(file);
    Database db;
    const auto result = db.open(file);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.created);
    QCOMPARE(result.fileVersion, Database::schemaVersion());
    db.close();
    QCOMPARE(snapshot(file), before);
}

void TestMigrations::failingStepRollsBack_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("first statement fails") << QStringList{QStringLiteral("CREATE TABLE (")};
    QTest::newRow("fails after creating a table")
        << QStringList{QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
                       QStringLiteral("INSERT INTO extra VALUES (1)"),
                       QStringLiteral("INSERT INTO missing_table VALUES (1)")};
    QTest::newRow("fails after changing existing data") << QStringList{
        QStringLiteral("ALTER TABLE sync_state ADD COLUMN extra TEXT"),
        QStringLiteral("UPDATE sync_state SET cursor = 'changed'"),
        QStringLiteral("DELETE FROM sync_state"), QStringLiteral("SELECT no_such_function()")};
    QTest::newRow("violates a constraint")
        << QStringList{QStringLiteral("INSERT INTO sync_state (resource) VALUES ('x')"),
                       QStringLiteral("INSERT INTO sync_state (resource) VALUES ('x')")};
}

void TestMigrations::failingStepRollsBack()
{
    QFETCH(QStringList, statements);
    const QString file = path(QStringLiteral("failing-%1.sqlite").arg(QTest::currentDataTag()));
    {
        Database db;
        QVERIFY(db.open(file).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_state (resource, cursor) "
                                          "VALUES ('candidates', 'c1')")));
    }
    const QString before = snapshot(file);

    QList<MigrationStep> steps = Migrator::builtinSteps();
    const int failingVersion = Database::schemaVersion() + 1;
    steps << Migrator::sqlStep(failingVersion, QStringLiteral("broken on purpose"), statements);
    Database db;
    const auto result = db.open(file, Migrator(steps));
    QCOMPARE(result.status, Database::OpenStatus::MigrationFailed);
    QVERIFY(result.message.contains(QString::number(failingVersion)));
    QVERIFY(!db.isOpen());
    QCOMPARE(snapshot(file), before);

    // The app carries on with the file as it was.
    QVERIFY(db.open(file).ok());
}

void TestMigrations::newerVersionIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file).ok());
    }
    execRaw(file, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion() + 5)});
    const QByteArray hash = fileHash(file);
    const QDateTime modified = QFileInfo(file).lastModified();

    Database db;
    const auto result = db.open(file);
    QCOMPARE(result.status, Database::OpenStatus::NewerVersion);
    QVERIFY(result.canStartFresh());
    QVERIFY(result.message.contains(QString::number(Database::schemaVersion() + 5)));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestMigrations::corruptFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain text") << QStringLiteral("text");
    QTest::newRow("truncated header") << QStringLiteral("truncated");
    QTest::newRow("damaged pages") << QStringLiteral("damaged");
}

void TestMigrations::corruptFileIsRefusedAndKept()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("corrupt-%1.sqlite").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("name;phone\nИван;8 916 111-22-33\n");
    } else {
        execRaw(file, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"),
                       QStringLiteral("CREATE INDEX t_v ON t(v)"),
                       QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < 3000) INSERT INTO t SELECT i, "
                                      "hex(randomblob(20)) FROM n")});
        QFile io(file);
        QVERIFY(io.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(io.resize(50));
        } else {
            // Scribble over the middle of the file, leaving the header page intact.
            const qint64 size = io.size();
            QVERIFY(size > 64 * 1024);
            io.seek(size / 2);
            io.write(QByteArray(8192, '\x5a'));
        }
    }
    const QByteArray hash = fileHash(file);

    Database db;
    const auto result = db.open(file);
    QCOMPARE(result.status, Database::OpenStatus::Corrupt);
    QVERIFY(result.canStartFresh());
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(fileHash(file), hash);

    QString error;
    const QString kept = Database::moveAside(file, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(fileHash(kept), hash);

    const auto fresh = db.open(file);
    QVERIFY2(fresh.ok(), qPrintable(fresh.message));
    QVERIFY(fresh.created);
    QCOMPARE(fileHash(kept), hash);
}

void TestMigrations::directoryInTheWayCannotOpen()
{
    const QString file = path(QStringLiteral("a-directory.sqlite"));
    QVERIFY(QDir().mkpath(file));
    Database db;
    const auto result = db.open(file);
    QCOMPARE(result.status, Database::OpenStatus::CannotOpen);
    QVERIFY(!result.canStartFresh());
    QVERIFY(!result.message.isEmpty());
}

void TestMigrations::ftsIndexFollowsArticles()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("fts.sqlite"))).ok());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO kb_articles (title, body, updated_at) VALUES ('Резервные каналы', "
        "'Звоните по телефону отдела кадров', '2026-01-01T00:00:00Z')")));
    auto matches = [&](const QString &term) {
        QSqlQuery search(db.connection());
        search.prepare(QStringLiteral("SELECT count(*) FROM kb_fts WHERE kb_fts MATCH ?"));
        search.addBindValue(term);
        return search.exec() && search.next() ? search.value(0).toInt() : -1;
    };
    QCOMPARE(matches(QStringLiteral("телефону")), 1);
    QCOMPARE(matches(QStringLiteral("кадр*")), 1);
    QVERIFY(query.exec(QStringLiteral("UPDATE kb_articles SET body = 'Пишите на почту'")));
    QCOMPARE(matches(QStringLiteral("телефону")), 0);
    QCOMPARE(matches(QStringLiteral("почту")), 1);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM kb_articles")));
    QCOMPARE(matches(QStringLiteral("почту")), 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
