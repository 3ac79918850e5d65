#pragma once

#include "app/AppContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace bbd {

// Puts employees on an onboarding scenario: either the scenario is fixed (from the editor)
// and HR ticks the people, or the people are preselected (from the employees list) and HR
// picks the scenario. Stage dates come from each person's start date, in working days.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    // `scenarioId` 0 lets the user choose one; `preselected` employees start ticked.
    AssignDialog(const AppContext &context, qint64 scenarioId, QWidget *parent = nullptr,
                 const QList<qint64> &preselected = {});

    // What the assignment did, for the status bar, once accepted.
    QString resultText() const { return m_resultText; }
    qint64 scenarioId() const;
    QList<qint64> checkedEmployees() const;
    void setChecked(qint64 employeeId, bool checked);

    void accept() override;

private:
    void fillEmployees();
    void updateState();

    AppContext m_context;
    QList<qint64> m_preselected;
    QComboBox *m_scenario = nullptr;
    QLineEdit *m_filter = nullptr;
    QStandardItemModel *m_people = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_resultText;
};

} // namespace bbd
