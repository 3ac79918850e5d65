#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace bbd {

class BackgroundReader;
class BarChart;

// Hiring figures of one vacancy or of all: the funnel (for one vacancy: pipelines differ),
// candidates by source and time to hire, as charts and as tables that export to CSV.
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsView(const AppContext &context, QWidget *parent = nullptr);

    // 0 for all vacancies.
    qint64 vacancyId() const;
    // Selects a vacancy (0: all) and shows its figures; unknown ids select all vacancies.
    void setVacancy(qint64 vacancyId);

    QStandardItemModel *funnelModel() const { return m_funnelModel; }
    QStandardItemModel *sourceModel() const { return m_sourceModel; }

    // Writes a table as CSV for spreadsheets: UTF-8 with a BOM, `;` between fields, quoted
    // where needed, headers first. False with `error` set when the file cannot be written.
    static bool writeCsv(const QStandardItemModel &model, const QString &path, QString *error);

    // True while figures are being read (in a worker thread).
    bool isBusy() const;

public slots:
    // Reloads the vacancy list and the figures of the selected vacancy.
    void refresh();

signals:
    // The figures asked for last are on screen.
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figures;

    void reloadVacancies();
    void showFigures();
    void display(const Figures &figures);
    void exportTable(const QStandardItemModel &model, const QString &suggestedName);

    AppContext m_context;
    QComboBox *m_vacancyCombo = nullptr;
    QLabel *m_timeToHireLabel = nullptr;
    QLabel *m_funnelHint = nullptr;
    BarChart *m_funnelChart = nullptr;
    BarChart *m_sourceChart = nullptr;
    QTableView *m_funnelTable = nullptr;
    QTableView *m_sourceTable = nullptr;
    QStandardItemModel *m_funnelModel = nullptr;
    QStandardItemModel *m_sourceModel = nullptr;
    QPushButton *m_exportFunnelButton = nullptr;
    QPushButton *m_exportSourcesButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    BackgroundReader *m_reader = nullptr;
};

} // namespace bbd
