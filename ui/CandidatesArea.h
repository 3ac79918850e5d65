#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace bbd {

class CandidateTableModel;
class VacancyListModel;

// Vacancies and their candidates. Choosing a vacancy narrows the list to its candidates.
class CandidatesArea : public QWidget
{
    Q_OBJECT

public:
    explicit CandidatesArea(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    VacancyListModel *vacancyModel() const { return m_vacancies; }
    CandidateTableModel *candidateModel() const { return m_candidates; }

private:
    void showVacancy(const QModelIndex &current);
    void showAllVacancies();
    void updateCaption();

    AppContext m_context;
    VacancyListModel *m_vacancies = nullptr;
    CandidateTableModel *m_candidates = nullptr;
    QTableView *m_vacancyView = nullptr;
    QTableView *m_candidateView = nullptr;
    QToolButton *m_allButton = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_emptyHint = nullptr;
    qint64 m_vacancyId = 0;
    QString m_vacancyTitle;
};

} // namespace bbd
