#include "ui/sync/IntegrationsDialog.h"

#include "app/integrations/IntegrationHub.h"
#include "app/integrations/Integrations.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/sync/IntegrationHealth.h"
#include "models/IntegrationHealthModel.h"
#include "ui/ViewHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {
namespace {

constexpr int RefreshMs = 3000;

bool isHh(const QString &service)
{
    return service == u"hh";
}

} // namespace

IntegrationsDialog::IntegrationsDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new IntegrationHealthModel(this))
{
    setWindowTitle(tr("Integrations"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ui::makeHeading(tr("How the services answer")));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("healthView"));
    ui::configureTableView(m_view);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    m_form = new QGroupBox;
    auto *form = new QFormLayout(m_form);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("serviceUrlEdit"));
    form->addRow(tr("&Address:"), m_url);
    m_urlHint = new QLabel;
    m_urlHint->setWordWrap(true);
    form->addRow(QString(), m_urlHint);
    m_optionsHolder = new QWidget;
    form->addRow(m_optionsHolder);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("serviceSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Secret:"), m_secret);
    m_secretState = new QLabel;
    m_secretState->setObjectName(QStringLiteral("secretStateLabel"));
    m_secretState->setWordWrap(true);
    form->addRow(QString(), m_secretState);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("integrationProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);
    m_problem->hide();
    form->addRow(m_problem);
    layout->addWidget(m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save Service Settings"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveServiceButton"));
    m_pull = buttons->addButton(tr("&Pull Responses Now"), QDialogButtonBox::ActionRole);
    m_pull->setObjectName(QStringLiteral("pullResponsesButton"));
    m_pull->setToolTip(tr("Bring new hh.ru responses into Candidates"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &IntegrationsDialog::saveSelected);
    connect(m_pull, &QPushButton::clicked, this, &IntegrationsDialog::pullResponsesRequested);
    layout->addWidget(buttons);

    connect(&m_refresh, &QTimer::timeout, this, &IntegrationsDialog::refresh);
    m_refresh.setInterval(RefreshMs);
    refresh();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showService(current.data(IntegrationHealthModel::ServiceKeyRole).toString());
            });
    selectService(QStringLiteral("platform"));
    resize(1000, 620);
}

IntegrationsDialog::~IntegrationsDialog() = default;

void IntegrationsDialog::refresh()
{
    m_model->setRows(
        integrationHealth::load(m_context.database->connection(), *m_context.settings));
    ui::fitColumns(m_view, IntegrationHealthModel::LastError);
}

void IntegrationsDialog::selectService(const QString &service)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).service == service) {
            m_view->selectRow(row);
            showService(service);
            return;
        }
    }
}

QString IntegrationsDialog::selectedService() const
{
    return m_service;
}

QList<IntegrationsDialog::Option> IntegrationsDialog::optionsOf(const QString &service)
{
    if (service == u"jira") {
        return {{QStringLiteral("project"), tr("&Project key:"), QStringLiteral("ONB")}};
    }
    if (isHh(service)) {
        return {
            {QStringLiteral("vacancies"), tr("&Vacancies:"),
             tr("93000001=Sales manager, 93000002")},
            {QStringLiteral("contact"), tr("&Contact e-mail:"), QStringLiteral("hr@example.com")}};
    }
    return {};
}

void IntegrationsDialog::showService(const QString &service)
{
    if (service.isEmpty() || service == m_service) {
        return;
    }
    m_service = service;
    showProblem(QString());
    m_secret->clear();
    const QString name = IntegrationHealthModel::serviceName(service);
    m_form->setTitle(name);
    const bool platform = service == u"platform";
    m_url->setEnabled(!platform);
    m_secret->setEnabled(!platform);
    m_save->setEnabled(!platform);
    m_pull->setVisible(isHh(service));
    if (platform) {
        m_url->setText(m_context.settings->serverUrl().toString());
        m_urlHint->setText(tr("The platform's address and API key are set in Settings."));
    } else {
        m_url->setText(m_context.settings->serviceUrl(service).toString());
        const QUrl vendor = isHh(service) ? QUrl(QStringLiteral("https://api.hh.ru"))
                                          : Integrations::defaultUrl(service);
        m_url->setPlaceholderText(vendor.toString());
        m_urlHint->setText(tr("Empty: the service is not used, and its work waits in the "
                              "outbox. For the loopback test server, its address."));
    }
    m_secret->setPlaceholderText(platform        ? QString()
                                 : isHh(service) ? tr("OAuth token of the employer's hh.ru account")
                                                 : Integrations::secretHint(service));

    delete m_optionsHolder->layout();
    qDeleteAll(m_optionsHolder->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_optionEdits.clear();
    auto *options = new QFormLayout(m_optionsHolder);
    options->setContentsMargins(0, 0, 0, 0);
    const QList<Option> list = optionsOf(service);
    for (const Option &option : list) {
        auto *edit = new QLineEdit(m_context.settings->serviceOption(service, option.name));
        edit->setObjectName(service + u'_' + option.name);
        edit->setPlaceholderText(option.placeholder);
        options->addRow(option.label, edit);
        m_optionEdits.append({option.name, edit});
    }
    m_optionsHolder->setVisible(!list.isEmpty());
    refreshSecretState();
}

void IntegrationsDialog::refreshSecretState()
{
    if (m_service == u"platform") {
        m_secretState->clear();
        return;
    }
    const QUrl url = m_context.settings->serviceUrl(m_service);
    if (url.isEmpty()) {
        m_secretState->setText(tr("Not configured."));
        return;
    }
    m_secretState->setText(tr("Checking the system keychain…"));
    const QString service = m_service;
    m_context.credentials->read(IntegrationHub::credentialKey(service, url), this,
                                [this, service](const CredentialResult &result) {
                                    if (service != m_service) {
                                        return;
                                    }
                                    switch (result.status) {
                                    case CredentialResult::Status::Ok:
                                        m_secretState->setText(
                                            tr("A secret is stored in the system keychain."));
                                        break;
                                    case CredentialResult::Status::NotFound:
                                        m_secretState->setText(tr("No secret stored yet."));
                                        break;
                                    default:
                                        m_secretState->setText(result.message);
                                        break;
                                    }
                                });
}

void IntegrationsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void IntegrationsDialog::saveSelected()
{
    const QString service = m_service;
    if (service.isEmpty() || service == u"platform") {
        return;
    }
    QString text = m_url->text().trimmed();
    QUrl url;
    if (!text.isEmpty()) {
        if (!text.contains(QLatin1String("://"))) {
            text.prepend(QLatin1String("https://"));
        }
        url = QUrl(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http")) {
            showProblem(tr("Enter the address as https://host/path (http:// only for a test "
                           "server on this computer)."));
            m_url->setFocus();
            return;
        }
    }
    m_context.settings->setServiceUrl(service, url);
    for (const auto &[name, edit] : std::as_const(m_optionEdits)) {
        m_context.settings->setServiceOption(service, name, edit->text().trimmed());
    }
    m_context.settings->sync();
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty() || url.isEmpty()) {
        showProblem(secret.isEmpty() ? QString()
                                     : tr("The secret was not stored: set the address first."));
        refresh();
        refreshSecretState();
        emit configurationChanged(service);
        emit saved(service);
        return;
    }
    m_save->setEnabled(false);
    m_context.credentials->write(IntegrationHub::credentialKey(service, url), secret, this,
                                 [this, service](const CredentialResult &result) {
                                     m_save->setEnabled(true);
                                     if (!result.ok()) {
                                         // The typed secret stays in the field to try again.
                                         showProblem(result.message);
                                         return;
                                     }
                                     m_secret->clear();
                                     showProblem(QString());
                                     refresh();
                                     refreshSecretState();
                                     emit configurationChanged(service);
                                     emit saved(service);
                                 });
}

void IntegrationsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    m_refresh.start();
}

void IntegrationsDialog::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QDialog::hideEvent(event);
}

} // namespace bbd
