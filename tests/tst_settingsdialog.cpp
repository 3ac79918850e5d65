#include "app/AppContext.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bbd;

namespace {

const auto kServer = QStringLiteral("http://127.0.0.1:18080");
const auto kSecret = QStringLiteral("bb_test_ключ_%1").arg(QDateTime::currentMSecsSinceEpoch());

// Reads a secret synchronously, for checking what the dialog stored.
CredentialResult readNow(CredentialStore &store, const CredentialKey &key)
{
    CredentialResult answer;
    bool done = false;
    QObject context;
    store.read(key, &context, [&](const CredentialResult &result) {
        answer = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        answer.message = QStringLiteral("the keychain did not answer");
    }
    return answer;
}

// Answers every call as a machine without a keychain does, to drive the dialog's error path.
class NoKeychainStore : public CredentialStore
{
public:
    void write(const CredentialKey &, const QString &, QObject *context, Callback done) override
    {
        refuse(context, std::move(done));
    }
    void read(const CredentialKey &, QObject *context, Callback done) override
    {
        refuse(context, std::move(done));
    }
    void remove(const CredentialKey &, QObject *context, Callback done) override
    {
        refuse(context, std::move(done));
    }

private:
    static void refuse(QObject *context, Callback done)
    {
        QTimer::singleShot(10, context, [done = std::move(done)] {
            CredentialResult result;
            result.status = CredentialResult::Status::NoKeychain;
            result.message = QStringLiteral("No system keychain is available.");
            done(result);
        });
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void invalidUrlKeepsDialogOpen_data();
    void invalidUrlKeepsDialogOpen();
    void keyGoesToKeychainOnly();
    void storedKeyCanBeRemoved();
    void keychainFailureKeepsWhatWasTyped();

private:
    AppContext context(CredentialStore *store)
    {
        return {nullptr, nullptr, m_settings.get(), store};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("dialog.ini")));
    m_store = std::make_unique<CredentialStore>(QStringLiteral("Butterboard Desk Tests"));
}

void TestSettingsDialog::cleanupTestCase()
{
    bool done = false;
    QObject context;
    m_store->remove(SettingsDialog::apiKeyFor(QUrl(kServer)), &context,
                    [&](const CredentialResult &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
}

void TestSettingsDialog::invalidUrlKeepsDialogOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("no host") << "https://";
    QTest::newRow("other scheme") << "ftp://files.butterboard.online";
    QTest::newRow("blanks inside") << "http://exa mple.com";
}

void TestSettingsDialog::invalidUrlKeepsDialogOpen()
{
    QFETCH(QString, url);
    SettingsDialog dialog(context(m_store.get()));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *urlEdit = child<QLineEdit>(&dialog, "serverUrlEdit");
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https://")));
    QCOMPARE(urlEdit->text(), url); // what the user typed is still there
    QVERIFY(m_settings->serverUrl() != QUrl(url));
}

void TestSettingsDialog::keyGoesToKeychainOnly()
{
    SettingsDialog dialog(context(m_store.get()));
    QSignalSpy known(&dialog, &SettingsDialog::apiKeyStateKnown);
    dialog.show();
    QVERIFY(known.wait(20000));
    auto *urlEdit = child<QLineEdit>(&dialog, "serverUrlEdit");
    urlEdit->clear();
    QTest::keyClicks(urlEdit, kServer);
    auto *keyEdit = child<QLineEdit>(&dialog, "apiKeyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    keyEdit->setText(kSecret);
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QVERIFY(keyEdit->text().isEmpty()); // not kept in memory longer than needed

    QCOMPARE(m_settings->serverUrl(), QUrl(kServer));
    QCOMPARE(m_settings->language(), QStringLiteral("ru"));
    const CredentialResult stored = readNow(*m_store, SettingsDialog::apiKeyFor(QUrl(kServer)));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret, kSecret);

    m_settings->sync();
    QFile ini(m_dir.filePath(QStringLiteral("dialog.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("127.0.0.1"));
    QVERIFY(!text.contains(kSecret.toUtf8()));
    QVERIFY(!text.contains("bb_test"));
}

void TestSettingsDialog::storedKeyCanBeRemoved()
{
    SettingsDialog dialog(context(m_store.get()));
    QSignalSpy known(&dialog, &SettingsDialog::apiKeyStateKnown);
    dialog.show();
    QVERIFY(known.wait(20000));
    auto *status = child<QLabel>(&dialog, "apiKeyStatusLabel");
    auto *remove = child<QPushButton>(&dialog, "removeKeyButton");
    QVERIFY2(remove->isEnabled(), qPrintable(status->text()));

    // Answer the confirmation as a user would.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    known.clear();
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(known.wait(20000));
    QVERIFY(!remove->isEnabled());
    QCOMPARE(readNow(*m_store, SettingsDialog::apiKeyFor(QUrl(kServer))).status,
             CredentialResult::Status::NotFound);
}

void TestSettingsDialog::keychainFailureKeepsWhatWasTyped()
{
    NoKeychainStore noKeychain;
    SettingsDialog dialog(context(&noKeychain));
    QSignalSpy known(&dialog, &SettingsDialog::apiKeyStateKnown);
    dialog.show();
    QVERIFY(known.wait(20000));
    QCOMPARE(child<QLabel>(&dialog, "apiKeyStatusLabel")->text(),
             QStringLiteral("No system keychain is available."));
    auto *keyEdit = child<QLineEdit>(&dialog, "apiKeyEdit");
    keyEdit->setText(QStringLiteral("typed-by-hand"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    known.clear();
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(known.wait(20000)); // the dialog re-reads the state after the failure
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
    QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(),
             QStringLiteral("No system keychain is available."));
    QCOMPARE(m_settings->serverUrl(), QUrl(kServer)); // unchanged by the failed attempt
    QCOMPARE(keyEdit->text(), QStringLiteral("typed-by-hand"));
    QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")->isEnabled());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
