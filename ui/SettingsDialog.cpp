#include "ui/SettingsDialog.h"

#include "app/settings/Settings.h"
#include "app/sync/PlatformSync.h"
#include "ui/sync/FullResync.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace bbd {

SettingsDialog::SettingsDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_ui->errorLabel->setPalette(errorPalette);

    m_ui->serverUrlEdit->setText(m_context.settings->serverUrl().toString());
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(m_context.settings->language())));

    m_syncInterval = new QSpinBox;
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncInterval->setRange(0, 24 * 60);
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("Only on start and with F5"));
    m_syncInterval->setValue(m_context.settings->syncIntervalMinutes());
    m_ui->platformLayout->addRow(tr("Sync &every:"), m_syncInterval);
    auto *resync = new QPushButton(tr("Full &Resync…"));
    resync->setObjectName(QStringLiteral("fullResyncButton"));
    resync->setAutoDefault(false);
    resync->setToolTip(tr("Receive every record from the platform again"));
    resync->setEnabled(m_context.sync && m_context.sync->setup() == PlatformSync::Setup::Ready);
    connect(resync, &QPushButton::clicked, this,
            [this] { FullResync::confirmAndStart(this, m_context.sync); });
    m_ui->platformLayout->addRow(QString(), resync);

    m_hrAdministrator = new QCheckBox(tr("I am an &HR administrator"));
    m_hrAdministrator->setObjectName(QStringLiteral("hrAdministratorCheck"));
    m_hrAdministrator->setToolTip(tr("HR administrators edit the fallback contacts (channels and "
                                     "people); everyone else can only use them."));
    m_hrAdministrator->setChecked(m_context.settings->isHrAdministrator());
    m_ui->interfaceLayout->addRow(tr("Role:"), m_hrAdministrator);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &SettingsDialog::removeApiKey);
    refreshApiKeyState();
}

SettingsDialog::~SettingsDialog() = default;

CredentialKey SettingsDialog::apiKeyFor(const QUrl &server)
{
    return PlatformSync::apiKeyFor(server);
}

QUrl SettingsDialog::enteredServerUrl(QString *problem) const
{
    QString text = m_ui->serverUrlEdit->text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://"))) {
        text.prepend(QLatin1String("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        *problem = tr("Enter the server address, for example https://api.butterboard.online.");
        return {};
    }
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        *problem = tr("The server address must start with https:// (or http:// for a test "
                      "server on this computer).");
        return {};
    }
    return url;
}

void SettingsDialog::refreshApiKeyState()
{
    m_ui->apiKeyStatusLabel->setText(tr("Checking the system keychain…"));
    m_ui->removeKeyButton->setEnabled(false);
    m_context.credentials->read(
        apiKeyFor(m_context.settings->serverUrl()), this, [this](const CredentialResult &result) {
            switch (result.status) {
            case CredentialResult::Status::Ok:
                m_ui->apiKeyStatusLabel->setText(tr("A key is stored in the system keychain."));
                m_ui->removeKeyButton->setEnabled(true);
                break;
            case CredentialResult::Status::NotFound:
                m_ui->apiKeyStatusLabel->setText(
                    tr("No key is stored yet. Without one, nothing is synchronised."));
                break;
            default:
                m_ui->apiKeyStatusLabel->setText(result.message);
                break;
            }
            emit apiKeyStateKnown();
        });
}

void SettingsDialog::removeApiKey()
{
    const auto answer = QMessageBox::question(
        this, tr("Remove the API key"),
        tr("Remove the stored API key from the system keychain? Synchronisation stops until a "
           "new key is entered."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    setBusy(true, tr("Removing the key…"));
    m_context.credentials->remove(
        apiKeyFor(m_context.settings->serverUrl()), this, [this](const CredentialResult &result) {
            setBusy(false, QString());
            if (!result.ok() && result.status != CredentialResult::Status::NotFound) {
                showError(result.message);
            }
            refreshApiKeyState();
        });
}

void SettingsDialog::setBusy(bool busy, const QString &status)
{
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->removeKeyButton->setEnabled(!busy);
    m_ui->apiKeyEdit->setEnabled(!busy);
    if (!status.isEmpty()) {
        m_ui->apiKeyStatusLabel->setText(status);
    }
}

void SettingsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void SettingsDialog::accept()
{
    QString problem;
    const QUrl server = enteredServerUrl(&problem);
    if (server.isEmpty()) {
        showError(problem);
        m_ui->serverUrlEdit->setFocus();
        return;
    }
    showError(QString());
    const QString newKey = m_ui->apiKeyEdit->text().trimmed();
    if (newKey.isEmpty()) {
        m_context.settings->setServerUrl(server);
        saveAndClose();
        return;
    }
    setBusy(true, tr("Saving the key to the system keychain…"));
    m_context.credentials->write(apiKeyFor(server), newKey, this,
                                 [this, server](const CredentialResult &result) {
                                     setBusy(false, QString());
                                     if (!result.ok()) {
                                         showError(result.message);
                                         refreshApiKeyState();
                                         return;
                                     }
                                     m_ui->apiKeyEdit->clear();
                                     m_context.settings->setServerUrl(server);
                                     saveAndClose();
                                 });
}

void SettingsDialog::saveAndClose()
{
    m_context.settings->setLanguage(m_ui->languageCombo->currentData().toString());
    m_context.settings->setSyncIntervalMinutes(m_syncInterval->value());
    m_context.settings->setHrAdministrator(m_hrAdministrator->isChecked());
    m_context.settings->sync();
    QDialog::accept();
}

} // namespace bbd
