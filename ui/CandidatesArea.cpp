#include "ui/CandidatesArea.h"

#include "app/storage/PageSources.h"
#include "models/CandidateTableModel.h"
#include "models/VacancyListModel.h"
#include "ui/ViewHelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bbd {

CandidatesArea::CandidatesArea(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_vacancies(new VacancyListModel(this))
    , m_candidates(new CandidateTableModel(this))
{
    auto *vacancyPane = new QWidget;
    auto *vacancyLayout = new QVBoxLayout(vacancyPane);
    vacancyLayout->setContentsMargins(0, 0, 0, 0);
    auto *vacancyHeader = new QHBoxLayout;
    vacancyHeader->addWidget(ui::makeHeading(tr("Vacancies")), 1);
    m_allButton = new QToolButton;
    m_allButton->setObjectName(QStringLiteral("allVacanciesButton"));
    m_allButton->setText(tr("All candidates"));
    m_allButton->setToolTip(tr("Show the candidates of every vacancy"));
    vacancyHeader->addWidget(m_allButton);
    vacancyLayout->addLayout(vacancyHeader);
    m_vacancyView = new QTableView;
    m_vacancyView->setObjectName(QStringLiteral("vacancyList"));
    ui::configureTableView(m_vacancyView);
    m_vacancyView->setModel(m_vacancies);
    vacancyLayout->addWidget(m_vacancyView, 1);

    auto *candidatePane = new QWidget;
    auto *candidateLayout = new QVBoxLayout(candidatePane);
    candidateLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = ui::makeHeading(QString());
    m_caption->setObjectName(QStringLiteral("candidateCaption"));
    candidateLayout->addWidget(m_caption);
    m_emptyHint = ui::makeEmptyHint(
        tr("No candidates here yet. Responses from job boards and imported CSV files will "
           "appear in this list."));
    candidateLayout->addWidget(m_emptyHint);
    m_candidateView = new QTableView;
    m_candidateView->setObjectName(QStringLiteral("candidateTable"));
    ui::configureTableView(m_candidateView);
    m_candidateView->setModel(m_candidates);
    candidateLayout->addWidget(m_candidateView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(vacancyPane);
    splitter->addWidget(candidatePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Selection, not the current index, picks the vacancy: a view gives itself a current
    // index when it gains focus, which must not narrow the list behind the user's back.
    connect(m_vacancyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_vacancyView->selectionModel()->selectedRows();
        showVacancy(rows.isEmpty() ? QModelIndex() : rows.constFirst());
    });
    connect(m_allButton, &QToolButton::clicked, this, &CandidatesArea::showAllVacancies);
    // Rows arrive page by page as the list scrolls; the caption counts what the source holds.
    connect(m_candidates, &QAbstractItemModel::rowsInserted, this, &CandidatesArea::updateCaption);
    connect(m_candidates, &QAbstractItemModel::modelReset, this, &CandidatesArea::updateCaption);
    reload();
}

void CandidatesArea::reload()
{
    m_vacancies->setSource(sources::vacancies(*m_context.database));
    // The department is in the tooltip; the title needs the room more.
    m_vacancyView->setColumnHidden(VacancyListModel::Department, true);
    ui::fitColumns(m_vacancyView, VacancyListModel::Title);
    showAllVacancies();
}

void CandidatesArea::showVacancy(const QModelIndex &current)
{
    const Vacancy *vacancy = current.isValid() ? m_vacancies->rowAt(current.row()) : nullptr;
    m_vacancyId = vacancy ? vacancy->id : 0;
    m_vacancyTitle = vacancy ? vacancy->title : QString();
    m_allButton->setEnabled(vacancy != nullptr);
    m_candidates->setSource(
        sources::candidates(*m_context.database, *m_context.phones, m_vacancyId));
    m_candidateView->setColumnHidden(CandidateTableModel::Vacancy, vacancy != nullptr);
    ui::fitColumns(m_candidateView, -1, 280);
}

void CandidatesArea::showAllVacancies()
{
    QItemSelectionModel *selection = m_vacancyView->selectionModel();
    if (selection->hasSelection()) {
        selection->clearSelection(); // loads via selectionChanged
    } else {
        showVacancy({});
    }
}

void CandidatesArea::updateCaption()
{
    const int total = m_candidates->totalCount();
    m_caption->setText(m_vacancyId == 0
                           ? tr("All candidates: %n", nullptr, total)
                           : tr("%1: %n candidate(s)", nullptr, total).arg(m_vacancyTitle));
    m_emptyHint->setVisible(total == 0);
    m_candidateView->setVisible(total > 0);
}

} // namespace bbd
