#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bbd {

class EmployeeTableModel;

// The people of the company as HR sees them for onboarding: who works where since when and
// which scenario they follow. Selected people can be put on a scenario from here.
class EmployeesPane : public QWidget
{
    Q_OBJECT

public:
    explicit EmployeesPane(const AppContext &context, QWidget *parent = nullptr);

    EmployeeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QList<qint64> selectedEmployees() const;
    // Opens the assignment dialog for the selected people.
    void assignSelected();

public slots:
    void reload();

signals:
    // Assignments were made: progress views should read again.
    void assigned();
    void message(const QString &text);

private:
    void updateState();

    AppContext m_context;
    EmployeeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_assign = nullptr;
};

} // namespace bbd
