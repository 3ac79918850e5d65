#include "ui/scenarios/AssignDialog.h"

#include "app/ats/HiringService.h"
#include "app/scenarios/ScenarioAssigner.h"
#include "app/storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace bbd {
namespace {

constexpr int EmployeeIdRole = Qt::UserRole + 1;

} // namespace

AssignDialog::AssignDialog(const AppContext &context, qint64 scenarioId, QWidget *parent,
                           const QList<qint64> &preselected)
    : QDialog(parent)
    , m_context(context)
    , m_preselected(preselected)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign Scenario"));

    m_scenario = new QComboBox;
    m_scenario->setObjectName(QStringLiteral("assignScenarioCombo"));
    HiringService hiring(*context.database);
    for (const PersonChoice &scenario : hiring.scenarios()) {
        m_scenario->addItem(scenario.name, scenario.id);
    }
    if (scenarioId != 0) {
        const int index = m_scenario->findData(scenarioId);
        m_scenario->setCurrentIndex(index);
        // Opened from the editor: the scenario is the one being edited.
        m_scenario->setEnabled(false);
    }

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("assignFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or department"));
    m_filter->setClearButtonEnabled(true);
    m_people = new QStandardItemModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_people);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("assignEmployees"));
    m_list->setModel(m_filtered);
    m_list->setUniformItemSizes(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("assignSummary"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Scenario:"), m_scenario);
    form->addRow(tr("&People:"), m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(520, 520);

    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &AssignDialog::fillEmployees);
    connect(m_people, &QStandardItemModel::itemChanged, this, &AssignDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    fillEmployees();
}

qint64 AssignDialog::scenarioId() const
{
    return m_scenario->currentData().toLongLong();
}

QList<qint64> AssignDialog::checkedEmployees() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QStandardItem *item = m_people->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(EmployeeIdRole).toLongLong());
        }
    }
    return ids;
}

void AssignDialog::setChecked(qint64 employeeId, bool checked)
{
    for (int row = 0; row < m_people->rowCount(); ++row) {
        QStandardItem *item = m_people->item(row);
        if (item->data(EmployeeIdRole).toLongLong() == employeeId && item->isEnabled()) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void AssignDialog::fillEmployees()
{
    // Keep what was ticked when another scenario is chosen.
    QList<qint64> ticked = m_people->rowCount() == 0 ? m_preselected : checkedEmployees();
    m_people->clear();
    const qint64 scenario = scenarioId();
    if (scenario != 0) {
        ScenarioAssigner assigner(m_context.database->connection(), m_context.settings);
        const QList<AssignableEmployee> employees = assigner.employees(scenario);
        for (const AssignableEmployee &employee : employees) {
            QString text = employee.name;
            QStringList details;
            if (!employee.department.isEmpty()) {
                details << employee.department;
            }
            details << (employee.startDate.isValid()
                            ? tr("starts %1")
                                  .arg(QLocale().toString(employee.startDate, QLocale::ShortFormat))
                            : tr("no start date"));
            if (employee.alreadyOnThisScenario) {
                details << tr("already on this scenario");
            } else if (!employee.currentScenario.isEmpty()) {
                details << tr("now on “%1”").arg(employee.currentScenario);
            }
            auto *item = new QStandardItem(text + QStringLiteral(" — ") + details.join(u", "));
            item->setData(employee.id, EmployeeIdRole);
            item->setEditable(false);
            // Stage dates are counted from the start date; without it there is nothing to date.
            const bool assignable = employee.startDate.isValid() && !employee.alreadyOnThisScenario;
            item->setCheckable(assignable);
            item->setEnabled(assignable);
            if (assignable) {
                item->setCheckState(ticked.contains(employee.id) ? Qt::Checked : Qt::Unchecked);
            }
            m_people->appendRow(item);
        }
    }
    updateState();
}

void AssignDialog::updateState()
{
    const int count = int(checkedEmployees().size());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(count > 0 && scenarioId() != 0);
    if (m_scenario->count() == 0) {
        m_summary->setText(tr("There is no scenario to assign yet: create one on the Scenarios "
                              "tab first."));
    } else if (m_people->rowCount() == 0) {
        m_summary->setText(tr("There are no employees yet. Hiring a candidate on the board "
                              "makes one."));
    } else if (count == 0) {
        m_summary->setText(tr("Tick the people who start this onboarding."));
    } else {
        m_summary->setText(
            tr("%n person(s) will get the scenario's stages, dated from their start dates "
               "(working days).",
               nullptr, count));
    }
}

void AssignDialog::accept()
{
    ScenarioAssigner assigner(m_context.database->connection(), m_context.settings);
    const AssignResult result = assigner.assign(scenarioId(), checkedEmployees());
    if (!assigner.lastError().isEmpty()) {
        QMessageBox::warning(this, tr("Assign Scenario"),
                             tr("Nobody was assigned: %1").arg(assigner.lastError()));
        return;
    }
    m_resultText = result.summary();
    if (!result.skipped.isEmpty()) {
        QMessageBox::information(this, tr("Assign Scenario"),
                                 result.summary() + QStringLiteral("\n\n") +
                                     result.skipped.join(u'\n'));
    }
    QDialog::accept();
}

} // namespace bbd
