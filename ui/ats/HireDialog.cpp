#include "ui/ats/HireDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {
namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &text)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

HireDialog::HireDialog(HiringService &service, qint64 candidateId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_candidateId(candidateId)
{
    setWindowTitle(tr("Create the employee"));
    const EmployeeDraft prefilled = service.draftFor(candidateId);
    m_firstName = lineEdit(QStringLiteral("firstNameEdit"), prefilled.firstName);
    m_lastName = lineEdit(QStringLiteral("lastNameEdit"), prefilled.lastName);
    m_email = lineEdit(QStringLiteral("workEmailEdit"), prefilled.email);
    m_email->setPlaceholderText(tr("name@company.ru"));
    m_jobTitle = lineEdit(QStringLiteral("jobTitleEdit"), prefilled.jobTitle);
    m_department = lineEdit(QStringLiteral("departmentEdit"), prefilled.department);
    m_manager = new QComboBox;
    m_manager->setObjectName(QStringLiteral("managerCombo"));
    m_manager->addItem(tr("Not chosen yet"), 0);
    for (const PersonChoice &person : service.managers()) {
        m_manager->addItem(person.name, person.id);
    }
    m_startDate = new QDateEdit(prefilled.startDate);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_scenario = new QComboBox;
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenario->addItem(tr("No onboarding scenario now"), 0);
    for (const PersonChoice &scenario : service.scenarios()) {
        m_scenario->addItem(scenario.name, scenario.id);
    }
    if (m_scenario->count() > 1) {
        m_scenario->setCurrentIndex(1);
    }

    auto *intro = new QLabel(tr("The employee is created here at once and on the Butterboard "
                                "platform as soon as it is reachable."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("Work &e-mail:"), m_email);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("&Start date:"), m_startDate);
    form->addRow(tr("&Onboarding:"), m_scenario);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("hireProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create employee"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HireDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

EmployeeDraft HireDialog::draft() const
{
    EmployeeDraft draft;
    draft.candidateId = m_candidateId;
    draft.firstName = m_firstName->text();
    draft.lastName = m_lastName->text();
    draft.email = m_email->text();
    draft.jobTitle = m_jobTitle->text();
    draft.department = m_department->text();
    draft.managerId = m_manager->currentData().toLongLong();
    draft.startDate = m_startDate->date();
    draft.scenarioId = m_scenario->currentData().toLongLong();
    return draft;
}

void HireDialog::accept()
{
    // The dialog stays open on a problem, so nothing typed is lost.
    const EmployeeDraft current = draft();
    if (const QStringList problems = m_service.problems(current); !problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return;
    }
    m_employeeId = m_service.hire(current);
    if (m_employeeId == 0) {
        m_problems->setText(m_service.lastError());
        return;
    }
    QDialog::accept();
}

} // namespace bbd
