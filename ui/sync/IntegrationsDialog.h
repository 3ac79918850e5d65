#pragma once

#include "app/AppContext.h"

#include <QDialog>
#include <QTimer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bbd {

class IntegrationHealthModel;

// Seed 002's integration health, and where each service is set up: per service the state, the
// last success, the latency over the last calls, the errors and what waits in its outbox; below
// it the selected service's address, options and secret (the secret goes to the keychain only).
// For hh.ru, "Pull Responses Now" brings the employer's new responses into the ATS.
class IntegrationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrationsDialog(const AppContext &context, QWidget *parent = nullptr);
    ~IntegrationsDialog() override;

    IntegrationHealthModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectService(const QString &service);
    QString selectedService() const;
    // Writes the form of the selected service: URL and options to Settings, the secret (when
    // one was typed) to the keychain. saved() or a message in the form follows.
    void saveSelected();

    bool isRefreshing() const { return m_refresh.isActive(); }

public slots:
    void refresh();

protected:
    // The health table is read every few seconds only while someone can see it.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

signals:
    // Addresses or secrets changed: the senders are built again from the settings.
    void configurationChanged(const QString &service);
    void pullResponsesRequested();
    void saved(const QString &service);

private:
    struct Option
    {
        QString name;
        QString label;
        QString placeholder;
    };
    static QList<Option> optionsOf(const QString &service);
    void showService(const QString &service);
    void refreshSecretState();
    void showProblem(const QString &message);

    AppContext m_context;
    IntegrationHealthModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QGroupBox *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QList<QPair<QString, QLineEdit *>> m_optionEdits;
    QWidget *m_optionsHolder = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretState = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_pull = nullptr;
    QString m_service;
    QTimer m_refresh;
};

} // namespace bbd
