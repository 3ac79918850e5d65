#include "ui/ats/AnalyticsView.h"

#include "app/ats/HiringAnalytics.h"
#include "app/storage/BackgroundReader.h"
#include "app/storage/PageSources.h"
#include "ui/ViewHelpers.h"
#include "ui/ats/BarChart.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bbd {
namespace {

// Quotes a field when a spreadsheet would otherwise split or misread it.
QString csvField(const QString &value)
{
    const bool quote = value.contains(u';') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote) {
        return value;
    }
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return QString(u'"' + escaped + u'"');
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// A number shown as the locale writes it and kept raw for sorting and checks.
QStandardItem *numberItem(const QVariant &raw, const QString &shown)
{
    auto *item = new QStandardItem(shown);
    item->setData(raw, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem *countItem(int value)
{
    return numberItem(value, QLocale().toString(value));
}

QString days(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString percent(double ratio)
{
    return QString(QLocale().toString(ratio * 100, 'f', 1) + u'%');
}

} // namespace

AnalyticsView::AnalyticsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_funnelModel(new QStandardItemModel(this))
    , m_sourceModel(new QStandardItemModel(this))
{
    m_reader = new BackgroundReader(*m_context.database, this);
    m_vacancyCombo = new QComboBox;
    m_vacancyCombo->setObjectName(QStringLiteral("analyticsVacancyCombo"));
    m_vacancyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vacancyCombo->setMinimumContentsLength(24);
    auto *vacancyLabel = new QLabel(tr("&Vacancy:"));
    vacancyLabel->setBuddy(m_vacancyCombo);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("analyticsRefreshButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(vacancyLabel);
    top->addWidget(m_vacancyCombo);
    m_busyLabel = new QLabel(tr("Adding up the figures…"));
    m_busyLabel->setObjectName(QStringLiteral("analyticsBusyLabel"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    top->addWidget(m_busyLabel);
    top->addStretch(1);
    top->addWidget(refreshButton);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("analyticsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::BrightText);
    m_errorLabel->setBackgroundRole(QPalette::Dark);
    m_errorLabel->hide();

    m_timeToHireLabel = new QLabel;
    m_timeToHireLabel->setObjectName(QStringLiteral("timeToHireLabel"));
    m_timeToHireLabel->setWordWrap(true);
    m_timeToHireLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(ui::makeHeading(tr("Time to hire")));
    timeRow->addSpacing(12);
    timeRow->addWidget(m_timeToHireLabel, 1);

    // Funnel pane.
    m_exportFunnelButton = new QPushButton(tr("Export CSV…"));
    m_exportFunnelButton->setObjectName(QStringLiteral("exportFunnelButton"));
    auto *funnelHeader = new QHBoxLayout;
    funnelHeader->addWidget(ui::makeHeading(tr("Funnel")), 1);
    funnelHeader->addWidget(m_exportFunnelButton);
    auto *funnelIntro = new QLabel(tr("How many candidates got to each stage or further. A "
                                      "rejected candidate counts for the stages passed before "
                                      "the refusal; the rejection column is shown apart."));
    funnelIntro->setWordWrap(true);
    funnelIntro->setForegroundRole(QPalette::PlaceholderText);
    m_funnelChart = new BarChart;
    m_funnelChart->setObjectName(QStringLiteral("funnelChart"));
    m_funnelTable = new QTableView;
    m_funnelTable->setObjectName(QStringLiteral("funnelTable"));
    ui::configureTableView(m_funnelTable);
    m_funnelTable->setModel(m_funnelModel);
    auto *funnelPane = new QWidget;
    auto *funnelLayout = new QVBoxLayout(funnelPane);
    funnelLayout->setContentsMargins(0, 0, 6, 0);
    funnelLayout->addLayout(funnelHeader);
    funnelLayout->addWidget(funnelIntro);
    funnelLayout->addWidget(m_funnelChart);
    funnelLayout->addWidget(m_funnelTable, 1);

    // Sources pane.
    m_exportSourcesButton = new QPushButton(tr("Export CSV…"));
    m_exportSourcesButton->setObjectName(QStringLiteral("exportSourcesButton"));
    auto *sourceHeader = new QHBoxLayout;
    sourceHeader->addWidget(ui::makeHeading(tr("By source")), 1);
    sourceHeader->addWidget(m_exportSourcesButton);
    auto *sourceIntro = new QLabel(tr("Candidates from each source; the darker part of a bar "
                                      "is those hired."));
    sourceIntro->setWordWrap(true);
    sourceIntro->setForegroundRole(QPalette::PlaceholderText);
    m_sourceChart = new BarChart;
    m_sourceChart->setObjectName(QStringLiteral("sourceChart"));
    m_sourceTable = new QTableView;
    m_sourceTable->setObjectName(QStringLiteral("sourceTable"));
    ui::configureTableView(m_sourceTable);
    m_sourceTable->setModel(m_sourceModel);
    auto *sourcePane = new QWidget;
    auto *sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(6, 0, 0, 0);
    sourceLayout->addLayout(sourceHeader);
    sourceLayout->addWidget(sourceIntro);
    sourceLayout->addWidget(m_sourceChart);
    sourceLayout->addWidget(m_sourceTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(funnelPane);
    splitter->addWidget(sourcePane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addLayout(timeRow);
    layout->addSpacing(6);
    layout->addWidget(splitter, 1);

    connect(m_vacancyCombo, &QComboBox::currentIndexChanged, this, &AnalyticsView::showFigures);
    connect(refreshButton, &QPushButton::clicked, this, &AnalyticsView::refresh);
    connect(m_exportFunnelButton, &QPushButton::clicked, this,
            [this] { exportTable(*m_funnelModel, tr("funnel")); });
    connect(m_exportSourcesButton, &QPushButton::clicked, this,
            [this] { exportTable(*m_sourceModel, tr("sources")); });
    refresh();
}

qint64 AnalyticsView::vacancyId() const
{
    return m_vacancyCombo->currentData().toLongLong();
}

void AnalyticsView::setVacancy(qint64 vacancyId)
{
    const int index = m_vacancyCombo->findData(vacancyId);
    m_vacancyCombo->setCurrentIndex(std::max(0, index));
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AnalyticsView::refresh()
{
    reloadVacancies();
    showFigures();
}

void AnalyticsView::reloadVacancies()
{
    const qint64 selected = m_vacancyCombo->count() > 0 ? vacancyId() : -1;
    const auto source = sources::vacancies(*m_context.database);
    const int count = source->count();
    const QList<Vacancy> vacancies = count > 0 ? source->fetch(0, count) : QList<Vacancy>{};
    const QSignalBlocker blocker(m_vacancyCombo);
    m_vacancyCombo->clear();
    m_vacancyCombo->addItem(tr("All vacancies"), qint64(0));
    for (const Vacancy &vacancy : vacancies) {
        const QString title = vacancy.status == Vacancy::Status::Closed
                                  ? tr("%1 (closed)").arg(vacancy.title)
                                  : vacancy.title;
        m_vacancyCombo->addItem(title, vacancy.id);
        m_vacancyCombo->setItemData(m_vacancyCombo->count() - 1, vacancy.department,
                                    Qt::ToolTipRole);
    }
    // The first time, start with the vacancy a recruiter most likely works on (open ones come
    // first); afterwards keep what the user chose.
    const int index =
        selected >= 0 ? m_vacancyCombo->findData(selected) : (m_vacancyCombo->count() > 1 ? 1 : 0);
    m_vacancyCombo->setCurrentIndex(std::max(0, index));
    if (count < 0) {
        m_errorLabel->setText(tr("The vacancies could not be read: %1").arg(source->lastError()));
        m_errorLabel->show();
    }
}

// What one vacancy's (or all vacancies') figures are, read in a worker thread.
struct AnalyticsView::Figures
{
    qint64 vacancyId = 0;
    QList<FunnelStep> funnel;
    QList<SourceFigures> sources;
    TimeToHire timeToHire;
    QStringList errors;
};

void AnalyticsView::showFigures()
{
    const qint64 vacancy = vacancyId();
    // The figures of a million candidates take seconds to add up; the view says so meanwhile
    // and stays responsive. Only the latest vacancy's figures are shown.
    m_busyLabel->show();
    m_reader->run(
        [vacancy](const QString &connection) {
            HiringAnalytics analytics(connection);
            Figures figures;
            figures.vacancyId = vacancy;
            const auto noteError = [&] {
                if (!analytics.lastError().isEmpty()) {
                    figures.errors << analytics.lastError();
                }
            };
            if (vacancy != 0) {
                figures.funnel = analytics.funnel(vacancy);
                noteError();
            }
            figures.sources = analytics.bySource(vacancy);
            noteError();
            figures.timeToHire = analytics.timeToHire(vacancy);
            noteError();
            return figures;
        },
        [this](const Figures &figures) {
            m_busyLabel->hide();
            display(figures);
            emit figuresShown();
        });
}

bool AnalyticsView::isBusy() const
{
    return m_busyLabel->isVisibleTo(this);
}

void AnalyticsView::display(const Figures &figures)
{
    const qint64 vacancy = figures.vacancyId;
    QStringList errors = figures.errors;

    // Funnel: one vacancy only, since every vacancy has its own stages.
    m_funnelModel->clear();
    m_funnelModel->setHorizontalHeaderLabels({tr("Stage"), tr("Reached"), tr("In stage now"),
                                              tr("Conversion"), tr("Average days in stage")});
    QList<ChartBar> funnelBars;
    QList<ChartBar> apart;
    if (vacancy == 0) {
        m_funnelChart->setEmptyText(tr("The funnel is shown for one vacancy at a time, because "
                                       "each vacancy has its own stages. Choose a vacancy above."));
    } else {
        const QList<FunnelStep> &steps = figures.funnel;
        bool anyone = false;
        for (const FunnelStep &step : steps) {
            anyone = anyone || step.reached > 0;
            m_funnelModel->appendRow({textItem(step.stageName), countItem(step.reached),
                                      countItem(step.current),
                                      numberItem(step.conversion, percent(step.conversion)),
                                      numberItem(step.averageDays, days(step.averageDays))});
        }
        // The rejection column is not a step of the funnel: it is drawn below the others.
        for (const FunnelStep &step : steps) {
            ChartBar bar;
            bar.label = step.stageName;
            bar.value = step.reached;
            bar.detail = percent(step.conversion);
            bar.apart = step.rejected;
            (bar.apart ? apart : funnelBars) << bar;
        }
        funnelBars << apart;
        m_funnelChart->setEmptyText(anyone ? QString()
                                           : tr("No candidates for this vacancy yet: the "
                                                "funnel appears with the first response."));
        if (!anyone) {
            funnelBars.clear();
        }
    }
    m_funnelChart->setBars(funnelBars);
    m_funnelTable->setEnabled(vacancy != 0);
    m_exportFunnelButton->setEnabled(vacancy != 0 && m_funnelModel->rowCount() > 0);
    ui::fitColumns(m_funnelTable);

    // Sources.
    m_sourceModel->clear();
    m_sourceModel->setHorizontalHeaderLabels(
        {tr("Source"), tr("Candidates"), tr("Hired"), tr("Rejected"), tr("Hire rate")});
    QList<ChartBar> sourceBars;
    for (const SourceFigures &row : figures.sources) {
        const double rate = row.candidates > 0 ? double(row.hired) / row.candidates : 0;
        m_sourceModel->appendRow({textItem(row.source), countItem(row.candidates),
                                  countItem(row.hired), countItem(row.rejected),
                                  numberItem(rate, percent(rate))});
        ChartBar bar;
        bar.label = row.source;
        bar.value = row.candidates;
        bar.highlight = row.hired;
        if (row.hired > 0) {
            bar.detail = tr("%n hired", nullptr, row.hired);
        }
        sourceBars << bar;
    }
    m_sourceChart->setEmptyText(tr("No candidates yet, so no sources to compare."));
    m_sourceChart->setBars(sourceBars);
    m_exportSourcesButton->setEnabled(m_sourceModel->rowCount() > 0);
    ui::fitColumns(m_sourceTable);

    const TimeToHire &time = figures.timeToHire;
    m_timeToHireLabel->setText(
        time.hired == 0 ? tr("No one hired yet.")
                        : tr("%n hired; from application to hire %1 days on average, median "
                             "%2 days.",
                             nullptr, time.hired)
                              .arg(days(time.averageDays), days(time.medianDays)));

    m_errorLabel->setVisible(!errors.isEmpty());
    if (!errors.isEmpty()) {
        m_errorLabel->setText(tr("Some figures could not be read: %1").arg(errors.join(u' ')));
    }
}

bool AnalyticsView::writeCsv(const QStandardItemModel &model, const QString &path, QString *error)
{
    QString text;
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    }
    text += fields.join(u';') + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << csvField(model.index(row, column).data().toString());
        }
        text += fields.join(u';') + QStringLiteral("\r\n");
    }
    // The BOM tells Excel the file is UTF-8; without it Russian Excel reads cp1251.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") != 3 ||
        file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void AnalyticsView::exportTable(const QStandardItemModel &model, const QString &suggestedName)
{
    QString vacancy = vacancyId() == 0 ? tr("all vacancies") : m_vacancyCombo->currentText();
    // Titles are free text; characters that file systems refuse become dashes.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    vacancy.replace(unsafe, QStringLiteral("-"));
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export table"),
        QDir(directory).filePath(QString(suggestedName + u" - " + vacancy + u".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!writeCsv(model, path, &error)) {
        QMessageBox::warning(this, tr("Export table"),
                             tr("The table could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace bbd
