#include "ui/scenarios/EmployeesPane.h"

#include "app/storage/PageSources.h"
#include "models/EmployeeTableModel.h"
#include "ui/ViewHelpers.h"
#include "ui/scenarios/AssignDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bbd {

EmployeesPane::EmployeesPane(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new EmployeeTableModel(this))
{
    setObjectName(QStringLiteral("employeesPane"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setPlaceholderText(tr("Search by name, job title or department"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("employeeList"));
    ui::configureTableView(m_view);
    // Several people start together and are put on the same scenario at once.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);
    m_emptyHint = ui::makeEmptyHint(
        tr("No employees yet. A candidate hired on the board becomes one, and the platform's "
           "people arrive with the next sync."));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("employeeCount"));

    m_assign = new QPushButton(tr("&Assign Scenario…"));
    m_assign->setObjectName(QStringLiteral("assignEmployeesButton"));
    m_assign->setToolTip(tr("Put the selected people on an onboarding scenario (Ctrl+Shift+A)"));
    auto *assignAction = new QAction(this);
    assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    assignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(assignAction);

    auto *top = new QHBoxLayout;
    top->addWidget(ui::makeHeading(tr("Employees")));
    top->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &EmployeesPane::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmployeesPane::updateState);
    connect(m_view, &QTableView::activated, this, &EmployeesPane::assignSelected);
    connect(m_assign, &QPushButton::clicked, this, &EmployeesPane::assignSelected);
    connect(assignAction, &QAction::triggered, this, &EmployeesPane::assignSelected);
    connect(m_model, &EmployeeTableModel::loadFailed, this, &EmployeesPane::message);
    reload();
}

void EmployeesPane::reload()
{
    const QList<qint64> selected = selectedEmployees();
    m_model->setSource(sources::employees(*m_context.database, m_search->text()));
    ui::fitColumns(m_view, EmployeeTableModel::Scenarios);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected.contains(
                m_model->index(row, 0).data(EmployeeTableModel::IdRole).toLongLong())) {
            m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select |
                                                                         QItemSelectionModel::Rows);
        }
    }
    updateState();
}

QList<qint64> EmployeesPane::selectedEmployees() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        ids.append(index.data(EmployeeTableModel::IdRole).toLongLong());
    }
    return ids;
}

void EmployeesPane::assignSelected()
{
    const QList<qint64> ids = selectedEmployees();
    if (ids.isEmpty()) {
        return;
    }
    AssignDialog dialog(m_context, 0, this, ids);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(dialog.resultText());
        emit assigned();
        reload();
    }
}

void EmployeesPane::updateState()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    const bool empty = m_model->rowCount() == 0 && !searching;
    m_emptyHint->setVisible(empty);
    m_view->setVisible(!empty);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_assign->setEnabled(selected > 0);
    if (m_model->rowCount() == 0 && searching) {
        m_count->setText(tr("Nobody matches “%1”.").arg(m_search->text().trimmed()));
    } else if (selected > 0) {
        m_count->setText(tr("%n selected", nullptr, selected));
    } else {
        m_count->setText(tr("%n employee(s)", nullptr, m_model->totalCount()));
    }
}

} // namespace bbd
