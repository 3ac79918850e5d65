#pragma once

#include "app/ats/HiringService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace bbd {

// Offered when a candidate reaches a "hired" stage: makes them an employee (the platform's
// user fields) and, if the user picks one, starts their onboarding scenario.
class HireDialog : public QDialog
{
    Q_OBJECT

public:
    HireDialog(HiringService &service, qint64 candidateId, QWidget *parent = nullptr);

    qint64 employeeId() const { return m_employeeId; }
    void accept() override;

private:
    EmployeeDraft draft() const;

    HiringService &m_service;
    qint64 m_candidateId = 0;
    qint64 m_employeeId = 0;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_manager = nullptr;
    QDateEdit *m_startDate = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace bbd
