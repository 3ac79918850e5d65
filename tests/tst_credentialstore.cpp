#include "app/secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <optional>

using namespace bbd;
using Status = CredentialResult::Status;

namespace {

// Entries of the tests never mix with the application's own ("Butterboard Desk").
const QString kTestService = QStringLiteral("Butterboard Desk Tests");
// A keychain answers in milliseconds; only one waiting for a person (a prompt) takes longer.
constexpr int kAnswerTimeoutMs = 20000;
constexpr int kChildTimeoutMs = 60000;
// Set by noKeychain() for the copy of this executable it starts without a usable session bus.
constexpr char kChildVariable[] = "BBD_CREDSTORE_NO_KEYCHAIN_CHILD";
constexpr char kChildSecretVariable[] = "BBD_CREDSTORE_NO_KEYCHAIN_SECRET";

bool isNoKeychainChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

const char *statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "Ok";
    case Status::NotFound:
        return "NotFound";
    case Status::NoKeychain:
        return "NoKeychain";
    case Status::AccessDenied:
        return "AccessDenied";
    case Status::Failed:
        return "Failed";
    }
    return "?";
}

// For failure output: status and message only, so a failing test never prints a secret.
QByteArray describe(const std::optional<CredentialResult> &answer, Status expected)
{
    if (!answer) {
        return "the keychain did not answer within " + QByteArray::number(kAnswerTimeoutMs / 1000) +
               " s (is it waiting for an unlock prompt, or is QT_NO_GLIB set?)";
    }
    return QByteArray("expected ") + statusName(expected) + ", got " + statusName(answer->status) +
           ": " + answer->message.toUtf8();
}

QByteArray secretMismatch(const QString &expected, const QString &actual)
{
    return "read back a different secret (" + QByteArray::number(actual.size()) +
           " characters instead of " + QByteArray::number(expected.size()) + ")";
}

QString longSecret()
{
    QString secret;
    while (secret.size() < 64 * 1024) {
        secret += QStringLiteral("ключ-🔑-key-") + QString::number(secret.size()) + u';';
    }
    return secret;
}

} // namespace

#define VERIFY_STATUS(answer, expected)                                                            \
    do {                                                                                           \
        const auto &answer_ = (answer);                                                            \
        QVERIFY2(answer_ && answer_->status == (expected),                                         \
                 describe(answer_, (expected)).constData());                                       \
    } while (false)

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void entryName_data();
    void entryName();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void readMissing();
    void removeThenRead();
    void removeMissing();
    void keysStaySeparate_data();
    void keysStaySeparate();
    void invalidInput_data();
    void invalidInput();
    void answersAsynchronously();
    void contextDestroyed_data();
    void contextDestroyed();
    void noKeychain_data();
    void noKeychain();

private:
    // A key unique to this run, removed again by cleanup().
    CredentialKey key(const QString &name, const QString &service = QStringLiteral("platform"));
    std::optional<CredentialResult> write(const CredentialKey &used, const QString &secret);
    std::optional<CredentialResult> read(const CredentialKey &used);
    std::optional<CredentialResult> remove(const CredentialKey &used);
    template <typename Start>
    std::optional<CredentialResult> answerOf(Start start);
    void runNoKeychainChecks();

    CredentialStore m_store{kTestService};
    const QString m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    QList<CredentialKey> m_keys;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (isNoKeychainChild()) {
        return;
    }
    // Without a bus address GLib would try to autolaunch one on $DISPLAY, and a keychain there
    // may wait for a person to answer an unlock prompt: refuse before any keychain call.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set. These tests need a real "
              "Secret Service; run them under .ci/with-keyring, e.g. "
              "`.ci/with-keyring ctest --test-dir build-test -R credentialstore`.");
    }
    // A bus with an activatable but locked keyring answers reads with "not found"; only a write
    // shows that the keychain is really usable without a prompt.
    const CredentialKey canary{QStringLiteral("canary"), QStringLiteral("canary-") + m_run};
    const auto written = write(canary, QStringLiteral("canary"));
    remove(canary);
    if (!written || written->status != Status::Ok) {
        const QByteArray why = "No usable Secret Service on this session bus (" +
                               describe(written, Status::Ok) +
                               "). Run the tests under .ci/with-keyring.";
        QFAIL(why.constData());
    }
}

void TestCredentialStore::cleanup()
{
    for (const CredentialKey &used : std::as_const(m_keys)) {
        const auto removed = remove(used);
        if (!removed || (removed->status != Status::Ok && removed->status != Status::NotFound)) {
            qWarning("could not remove a test entry: %s",
                     describe(removed, Status::Ok).constData());
        }
    }
    m_keys.clear();
}

CredentialKey TestCredentialStore::key(const QString &name, const QString &service)
{
    CredentialKey made{service, QStringLiteral("https://%1-%2.tests.example").arg(name, m_run)};
    m_keys.append(made);
    return made;
}

template <typename Start>
std::optional<CredentialResult> TestCredentialStore::answerOf(Start start)
{
    std::optional<CredentialResult> answer;
    QEventLoop loop;
    // Destroyed before `answer` and `loop`, so an answer after a timeout cannot reach them.
    QObject context;
    start(&context, [&answer, &loop](const CredentialResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(kAnswerTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer;
}

std::optional<CredentialResult> TestCredentialStore::write(const CredentialKey &used,
                                                           const QString &secret)
{
    return answerOf([&](QObject *context, CredentialStore::Callback done) {
        m_store.write(used, secret, context, std::move(done));
    });
}

std::optional<CredentialResult> TestCredentialStore::read(const CredentialKey &used)
{
    return answerOf([&](QObject *context, CredentialStore::Callback done) {
        m_store.read(used, context, std::move(done));
    });
}

std::optional<CredentialResult> TestCredentialStore::remove(const CredentialKey &used)
{
    return answerOf([&](QObject *context, CredentialStore::Callback done) {
        m_store.remove(used, context, std::move(done));
    });
}

void TestCredentialStore::entryName_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url account") << "platform"
                                 << "https://api.butterboard.online"
                                 << "platform:https://api.butterboard.online";
    QTest::newRow("host account") << "jira"
                                  << "acme.atlassian.net"
                                  << "jira:acme.atlassian.net";
    QTest::newRow("empty account") << "platform"
                                   << ""
                                   << "platform:";
    QTest::newRow("colon in account") << "a"
                                      << "b:c"
                                      << "a:b:c";
    QTest::newRow("colon in service") << "a:b"
                                      << "c"
                                      << "a%3Ab:c";
    QTest::newRow("percent in service") << "50%3A"
                                        << "x"
                                        << "50%253A:x";
}

void TestCredentialStore::entryName()
{
    QFETCH(QString, service);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    QCOMPARE(CredentialStore::entryName({service, account}), expected);
}

void TestCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("ascii token") << "sk_live_0123456789abcdefABCDEF";
    QTest::newRow("non-ASCII") << QStringLiteral("пароль·密码·🔑·Ünïcødé");
    QTest::newRow("blanks and symbols") << " \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \n";
    QTest::newRow("long, 64 KiB") << longSecret();
}

void TestCredentialStore::roundTrip()
{
    QFETCH(QString, secret);
    const CredentialKey used = key(QStringLiteral("round-trip"));

    const auto written = write(used, secret);
    VERIFY_STATUS(written, Status::Ok);
    QVERIFY(written->message.isEmpty());

    const auto readBack = read(used);
    VERIFY_STATUS(readBack, Status::Ok);
    QVERIFY2(readBack->secret == secret, secretMismatch(secret, readBack->secret).constData());
    QVERIFY(readBack->message.isEmpty());
}

void TestCredentialStore::overwrite()
{
    const CredentialKey used = key(QStringLiteral("overwrite"));
    VERIFY_STATUS(write(used, QStringLiteral("first-token")), Status::Ok);
    VERIFY_STATUS(write(used, QStringLiteral("second-token")), Status::Ok);

    const auto readBack = read(used);
    VERIFY_STATUS(readBack, Status::Ok);
    QVERIFY2(readBack->secret == QStringLiteral("second-token"),
             secretMismatch(QStringLiteral("second-token"), readBack->secret).constData());
}

void TestCredentialStore::readMissing()
{
    const auto answer = read(key(QStringLiteral("never-written")));
    VERIFY_STATUS(answer, Status::NotFound);
    QVERIFY(answer->secret.isEmpty());
    QVERIFY(!answer->message.isEmpty());
}

void TestCredentialStore::removeThenRead()
{
    const CredentialKey used = key(QStringLiteral("remove"));
    VERIFY_STATUS(write(used, QStringLiteral("to-be-removed")), Status::Ok);
    VERIFY_STATUS(remove(used), Status::Ok);

    const auto answer = read(used);
    VERIFY_STATUS(answer, Status::NotFound);
    QVERIFY(answer->secret.isEmpty());
}

void TestCredentialStore::removeMissing()
{
    // The Secret Service reports removing a missing entry as success, Windows and macOS as
    // "not found"; either is fine, an error is not.
    const auto answer = remove(key(QStringLiteral("never-written")));
    QVERIFY2(answer && (answer->status == Status::Ok || answer->status == Status::NotFound),
             describe(answer, Status::Ok).constData());
}

void TestCredentialStore::keysStaySeparate_data()
{
    QTest::addColumn<QString>("service1");
    QTest::addColumn<QString>("account1");
    QTest::addColumn<QString>("service2");
    QTest::addColumn<QString>("account2");
    QTest::newRow("same service, different accounts") << "platform"
                                                      << "https://a.example"
                                                      << "platform"
                                                      << "https://b.example";
    QTest::newRow("different services, same account") << "platform"
                                                      << "https://a.example"
                                                      << "jira"
                                                      << "https://a.example";
    QTest::newRow("account is a prefix of the other") << "platform"
                                                      << "https://a.example"
                                                      << "platform"
                                                      << "https://a.example/v2";
    // Without escaping, both would be stored as "a:b:c".
    QTest::newRow("colon in service or account") << "a:b"
                                                 << "c"
                                                 << "a"
                                                 << "b:c";
}

void TestCredentialStore::keysStaySeparate()
{
    QFETCH(QString, service1);
    QFETCH(QString, account1);
    QFETCH(QString, service2);
    QFETCH(QString, account2);
    const CredentialKey first{service1, account1 + u'-' + m_run};
    const CredentialKey second{service2, account2 + u'-' + m_run};
    m_keys << first << second;
    const QString firstSecret = QStringLiteral("secret-of-the-first");
    const QString secondSecret = QStringLiteral("secret-of-the-second");

    VERIFY_STATUS(write(first, firstSecret), Status::Ok);
    VERIFY_STATUS(write(second, secondSecret), Status::Ok);

    auto answer = read(first);
    VERIFY_STATUS(answer, Status::Ok);
    QVERIFY2(answer->secret == firstSecret,
             secretMismatch(firstSecret, answer->secret).constData());
    answer = read(second);
    VERIFY_STATUS(answer, Status::Ok);
    QVERIFY2(answer->secret == secondSecret,
             secretMismatch(secondSecret, answer->secret).constData());

    VERIFY_STATUS(remove(first), Status::Ok);
    VERIFY_STATUS(read(first), Status::NotFound);
    answer = read(second);
    VERIFY_STATUS(answer, Status::Ok);
    QVERIFY2(answer->secret == secondSecret,
             secretMismatch(secondSecret, answer->secret).constData());
}

void TestCredentialStore::invalidInput_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("secret");
    QTest::newRow("empty service") << ""
                                   << "a-secret";
    QTest::newRow("empty secret") << "platform"
                                  << "";
}

void TestCredentialStore::invalidInput()
{
    QFETCH(QString, service);
    QFETCH(QString, secret);
    // A key without a service never reaches the keychain, so there is nothing to clean up.
    const CredentialKey used =
        service.isEmpty() ? CredentialKey{service, QStringLiteral("https://invalid.example")}
                          : key(QStringLiteral("invalid"), service);

    const auto answer = write(used, secret);
    VERIFY_STATUS(answer, Status::Failed);
    QVERIFY(!answer->message.isEmpty());
    if (!service.isEmpty()) {
        VERIFY_STATUS(read(used), Status::NotFound);
    }
}

void TestCredentialStore::answersAsynchronously()
{
    QObject context;
    int answers = 0;
    const auto count = [&answers](const CredentialResult &) {
        ++answers;
    };

    m_store.write(key(QStringLiteral("async")), QStringLiteral("a-secret"), &context, count);
    QCOMPARE(answers, 0);
    m_store.write({QString(), QStringLiteral("no-service")}, QStringLiteral("a-secret"), &context,
                  count);
    QCOMPARE(answers, 0);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, kAnswerTimeoutMs);
}

void TestCredentialStore::contextDestroyed_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << "write";
    QTest::newRow("read") << "read";
    QTest::newRow("remove") << "remove";
}

void TestCredentialStore::contextDestroyed()
{
    QFETCH(QString, operation);
    const CredentialKey used = key(QStringLiteral("context"));
    VERIFY_STATUS(write(used, QStringLiteral("old")), Status::Ok);

    bool called = false;
    auto *context = new QObject;
    const auto mark = [&called](const CredentialResult &) {
        called = true;
    };
    if (operation == u"write") {
        m_store.write(used, QStringLiteral("new"), context, mark);
    } else if (operation == u"read") {
        m_store.read(used, context, mark);
    } else {
        m_store.remove(used, context, mark);
    }
    delete context;

    // The keychain handles requests one after the other, so once this answer is in, the first
    // one has been answered too. It also shows the request itself was carried out.
    const auto after = read(used);
    if (operation == u"remove") {
        VERIFY_STATUS(after, Status::NotFound);
    } else {
        VERIFY_STATUS(after, Status::Ok);
        const QString expected =
            operation == u"write" ? QStringLiteral("new") : QStringLiteral("old");
        QVERIFY2(after->secret == expected, secretMismatch(expected, after->secret).constData());
    }
    QTest::qWait(50);
    QVERIFY2(!called, "the callback ran although its context had been destroyed");
}

void TestCredentialStore::noKeychain_data()
{
    QTest::addColumn<bool>("withAddress");
    QTest::newRow("bus socket does not exist") << true;
    QTest::newRow("no bus address at all") << false;
}

void TestCredentialStore::noKeychain()
{
    if (isNoKeychainChild()) {
        runNoKeychainChecks();
        return;
    }
    QFETCH(bool, withAddress);

    // The child gets its own HOME, XDG directories and working directory, so that everything it
    // could possibly write lands where this test can look.
    QTemporaryDir root;
    QVERIFY2(root.isValid(), qPrintable(root.errorString()));
    const QStringList dirs{QStringLiteral("home"),  QStringLiteral("config"),
                           QStringLiteral("data"),  QStringLiteral("cache"),
                           QStringLiteral("state"), QStringLiteral("runtime"),
                           QStringLiteral("tmp"),   QStringLiteral("cwd")};
    for (const QString &dir : dirs) {
        QVERIFY(QDir(root.path()).mkpath(dir));
    }
    const QString secret = QStringLiteral("no-keychain-secret-") + m_run;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display either: GLib would autolaunch a bus on it, and a keychain there may prompt.
    for (const char *name :
         {"DBUS_SESSION_BUS_ADDRESS", "DBUS_STARTER_ADDRESS", "DBUS_STARTER_BUS_TYPE", "DISPLAY",
          "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
          "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
    if (withAddress) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + root.filePath(QStringLiteral("runtime/no-bus")));
    }
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    env.insert(QString::fromLatin1(kChildSecretVariable), secret);

    const QString function =
        QStringLiteral("noKeychain:") + QString::fromUtf8(QTest::currentDataTag());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(root.filePath(QStringLiteral("cwd")));
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    if (!child.waitForFinished(kChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        QFAIL(QByteArray("the child test did not finish within 60 s:\n" + child.readAll())
                  .constData());
    }
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             QByteArray("the child test failed:\n" + output).constData());
    const QByteArray passLine = "PASS   : " + QByteArray(metaObject()->className()) +
                                "::" + function.toUtf8().replace(':', '(') + ')';
    QVERIFY2(output.contains(passLine),
             QByteArray("the child test did not run:\n" + output).constData());

    // Whatever the child wrote, none of it may hold the secret in any usual encoding.
    const QList<QByteArray> needles{secret.toUtf8(),
                                    QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                               secret.size() * qsizetype(sizeof(char16_t))),
                                    secret.toUtf8().toBase64()};
    QStringList written;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        written << QDir(root.path()).relativeFilePath(path);
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            QVERIFY2(!content.contains(needle),
                     qPrintable(QStringLiteral("the secret was written to ") + path));
        }
    }
    // Nothing at all is expected; a file here means some code path wrote where it should not.
    QVERIFY2(written.isEmpty(),
             qPrintable(QStringLiteral("files appeared: ") + written.join(QStringLiteral(", "))));
}

// Runs in the child started by noKeychain(), whose environment has no usable session bus.
void TestCredentialStore::runNoKeychainChecks()
{
    const QString secret = qEnvironmentVariable(kChildSecretVariable);
    QVERIFY(!secret.isEmpty());
    const CredentialKey used{QStringLiteral("platform"),
                             QStringLiteral("https://no-keychain.tests.example")};

    const auto written = write(used, secret);
    VERIFY_STATUS(written, Status::NoKeychain);
    QVERIFY(!written->message.isEmpty());
    QVERIFY2(written->message.contains(QStringLiteral("NOT saved")), qPrintable(written->message));
    QVERIFY2(written->message.contains(QStringLiteral("keychain")), qPrintable(written->message));
    QVERIFY(!written->message.contains(secret));
    qInfo("NoKeychain message: %s", qPrintable(written->message));

    const auto readBack = read(used);
    VERIFY_STATUS(readBack, Status::NoKeychain);
    QVERIFY(!readBack->message.isEmpty());
    QVERIFY(readBack->secret.isEmpty());

    const auto removed = remove(used);
    VERIFY_STATUS(removed, Status::NoKeychain);
    QVERIFY(!removed->message.isEmpty());

    // The failure path asks the bus before answering; a dead context must silence it too.
    bool called = false;
    auto *context = new QObject;
    m_store.write(used, secret, context, [&called](const CredentialResult &) { called = true; });
    delete context;
    VERIFY_STATUS(read(used), Status::NoKeychain);
    QTest::qWait(50);
    QVERIFY2(!called, "the callback ran although its context had been destroyed");
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
