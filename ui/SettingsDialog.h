#pragma once

#include "app/AppContext.h"
#include "app/secrets/CredentialStore.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace bbd {

// Server URL and language go to Settings; the API key goes to the system keychain only.
// The dialog closes once the key is safely stored, and stays open with the reason when it
// could not be, so nothing the user typed is lost.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The keychain entry of the platform API key for a server.
    static CredentialKey apiKeyFor(const QUrl &server);

    void accept() override;

signals:
    // The keychain answered the question "is a key stored?" (for tests and the status line).
    void apiKeyStateKnown();

private:
    QUrl enteredServerUrl(QString *problem) const;
    void refreshApiKeyState();
    void removeApiKey();
    void setBusy(bool busy, const QString &status);
    void showError(const QString &message);
    void saveAndClose();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppContext m_context;
    QSpinBox *m_syncInterval = nullptr;
    QCheckBox *m_hrAdministrator = nullptr;
};

} // namespace bbd
