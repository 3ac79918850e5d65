#include "ui/ats/ImportDialog.h"

#include "app/ats/CandidateSearch.h"
#include "app/storage/Database.h"
#include "ui/ViewHelpers.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace bbd {

// The first rows of the file under its own header, read-only.
class ImportPreviewModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const QStringList &header, const QList<QStringList> &rows)
    {
        beginResetModel();
        m_header = header;
        m_rows = rows;
        m_columns = int(header.size());
        for (const QStringList &row : rows) {
            m_columns = std::max(m_columns, int(row.size()));
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
            (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
            return {};
        }
        const QStringList &row = m_rows.at(index.row());
        return index.column() < row.size() ? row.at(index.column()) : QString();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || section < 0) {
            return {};
        }
        if (orientation == Qt::Vertical) {
            return section < m_rows.size() ? QVariant(section + 1) : QVariant();
        }
        return section < m_header.size() ? m_header.at(section) : QString();
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
};

namespace {

constexpr int kPreviewRows = 20;
// More lines than this would make the report table slow; the saved report has them all.
constexpr int kReportTableCap = 10000;

QString encodingTitle(csv::Encoding encoding)
{
    switch (encoding) {
    case csv::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case csv::Encoding::Utf8Bom:
        return ImportDialog::tr("UTF-8 with BOM");
    case csv::Encoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

QString delimiterTitle(QChar delimiter)
{
    if (delimiter == u';') {
        return ImportDialog::tr("semicolon ( ; )");
    }
    if (delimiter == u'\t') {
        return ImportDialog::tr("tab");
    }
    return ImportDialog::tr("comma ( , )");
}

QString outcomeTitle(ImportLine::Outcome outcome)
{
    switch (outcome) {
    case ImportLine::Outcome::Imported:
        return ImportDialog::tr("Imported");
    case ImportLine::Outcome::Duplicate:
        return ImportDialog::tr("Duplicate");
    case ImportLine::Outcome::Rejected:
        return ImportDialog::tr("Rejected");
    }
    return {};
}

QPushButton *makeButton(const QString &text, const char *name)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false);
    return button;
}

} // namespace

ImportDialog::ImportDialog(const AppContext &context, qint64 defaultVacancyId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_pages(new QStackedWidget)
    , m_previewModel(new ImportPreviewModel(this))
    , m_reportModel(new QStandardItemModel(this))
{
    setWindowTitle(tr("Import candidates"));

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("importErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_errorLabel->hide();

    // Choose
    auto *choosePage = new QWidget;
    {
        auto *intro = new QLabel(
            tr("Choose a CSV file saved from Excel, Google Sheets or another system. The first "
               "row must hold the column headers. UTF-8 and Windows-1251 files with commas, "
               "semicolons or tabs are recognised."));
        intro->setWordWrap(true);
        m_fileEdit = new QLineEdit;
        m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
        m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
        auto *chooseButton = makeButton(tr("&Choose…"), "importChooseButton");
        auto *fileRow = new QHBoxLayout;
        auto *fileLabel = new QLabel(tr("&File:"));
        fileLabel->setBuddy(m_fileEdit);
        fileRow->addWidget(fileLabel);
        fileRow->addWidget(m_fileEdit, 1);
        fileRow->addWidget(chooseButton);

        m_vacancyCombo = new QComboBox;
        m_vacancyCombo->setObjectName(QStringLiteral("importVacancyCombo"));
        m_vacancyCombo->addItem(tr("No vacancy"), qint64(0));
        QString error;
        const QList<FilterChoice> vacancies =
            m_context.database ? CandidateSearch::vacancyChoices(*m_context.database, &error)
                               : QList<FilterChoice>();
        for (const FilterChoice &vacancy : vacancies) {
            m_vacancyCombo->addItem(vacancy.name, vacancy.id);
        }
        const int vacancyIndex = m_vacancyCombo->findData(defaultVacancyId);
        m_vacancyCombo->setCurrentIndex(std::max(0, vacancyIndex));
        auto *vacancyLabel = new QLabel(tr("&Vacancy for rows without one:"));
        vacancyLabel->setBuddy(m_vacancyCombo);
        auto *vacancyRow = new QHBoxLayout;
        vacancyRow->addWidget(vacancyLabel);
        vacancyRow->addWidget(m_vacancyCombo, 1);
        if (!error.isEmpty()) {
            showError(tr("The vacancies could not be read: %1").arg(error));
        }

        m_nextButton = makeButton(tr("&Next"), "importNextButton");
        m_nextButton->setDefault(true);
        auto *closeButton = makeButton(tr("Cancel"), "importCloseButton");
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(m_nextButton);
        buttons->addWidget(closeButton);

        auto *layout = new QVBoxLayout(choosePage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(intro);
        layout->addLayout(fileRow);
        layout->addLayout(vacancyRow);
        layout->addStretch(1);
        layout->addLayout(buttons);

        connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
        connect(m_fileEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_nextButton->setEnabled(!text.trimmed().isEmpty());
        });
        connect(m_fileEdit, &QLineEdit::returnPressed, this,
                [this] { setFile(m_fileEdit->text().trimmed()); });
        connect(m_nextButton, &QPushButton::clicked, this,
                [this] { setFile(m_fileEdit->text().trimmed()); });
        connect(closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
        m_nextButton->setEnabled(false);
    }

    // Preview
    auto *previewPage = new QWidget;
    {
        m_formatLabel = new QLabel;
        m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
        m_formatLabel->setWordWrap(true);
        m_delimiterCombo = new QComboBox;
        m_delimiterCombo->setObjectName(QStringLiteral("importDelimiterCombo"));
        m_delimiterCombo->addItem(tr("Comma ( , )"), QChar(u','));
        m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QChar(u';'));
        m_delimiterCombo->addItem(tr("Tab"), QChar(u'\t'));
        auto *delimiterLabel = new QLabel(tr("&Delimiter:"));
        delimiterLabel->setBuddy(m_delimiterCombo);
        auto *formatRow = new QHBoxLayout;
        formatRow->addWidget(m_formatLabel, 1);
        formatRow->addWidget(delimiterLabel);
        formatRow->addWidget(m_delimiterCombo);

        auto *mapHint = new QLabel(tr("Choose above each column which field it fills, or "
                                      "\"Skip\" to leave it out."));
        mapHint->setWordWrap(true);

        m_mapStrip = new QWidget;
        m_mapStrip->setObjectName(QStringLiteral("importMapStrip"));
        m_previewView = new QTableView;
        m_previewView->setObjectName(QStringLiteral("importPreviewTable"));
        ui::configureTableView(m_previewView);
        m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
        m_previewView->setWordWrap(false);
        m_previewView->setModel(m_previewModel);
        m_previewView->horizontalHeader()->setStretchLastSection(false);

        auto *backButton = makeButton(tr("&Back"), "importBackButton");
        m_startButton = makeButton(tr("&Import"), "importStartButton");
        m_startButton->setDefault(true);
        auto *closeButton = makeButton(tr("Cancel"), "importPreviewCloseButton");
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(backButton);
        buttons->addStretch(1);
        buttons->addWidget(m_startButton);
        buttons->addWidget(closeButton);

        auto *layout = new QVBoxLayout(previewPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(formatRow);
        layout->addWidget(mapHint);
        layout->setSpacing(6);
        layout->addWidget(m_mapStrip);
        layout->addWidget(m_previewView, 1);
        layout->addLayout(buttons);

        connect(m_delimiterCombo, &QComboBox::activated, this,
                [this] { loadPreview(m_delimiterCombo->currentData().toChar()); });
        connect(m_previewView->horizontalHeader(), &QHeaderView::sectionResized, this,
                &ImportDialog::placeMapCombos);
        connect(m_previewView->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                &ImportDialog::placeMapCombos);
        connect(backButton, &QPushButton::clicked, this, [this] {
            showError(QString());
            m_pages->setCurrentIndex(int(Page::Choose));
        });
        connect(m_startButton, &QPushButton::clicked, this, &ImportDialog::startImport);
        connect(closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    }

    // Progress
    auto *progressPage = new QWidget;
    {
        m_progressLabel = new QLabel;
        m_progressLabel->setWordWrap(true);
        m_progress = new QProgressBar;
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setRange(0, 0);
        m_cancelButton = makeButton(tr("Cancel"), "importCancelButton");
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(m_cancelButton);
        auto *layout = new QVBoxLayout(progressPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addStretch(1);
        layout->addWidget(m_progressLabel);
        layout->addWidget(m_progress);
        layout->addStretch(1);
        layout->addLayout(buttons);
        connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    }

    // Report
    auto *reportPage = new QWidget;
    {
        m_summaryLabel = new QLabel;
        m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
        m_summaryLabel->setWordWrap(true);
        m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_reportView = new QTableView;
        m_reportView->setObjectName(QStringLiteral("importReportTable"));
        ui::configureTableView(m_reportView);
        m_reportView->setModel(m_reportModel);
        m_saveReportButton = makeButton(tr("Save &report…"), "saveReportButton");
        m_saveRejectedButton = makeButton(tr("Save re&jected rows…"), "saveRejectedButton");
        auto *closeButton = makeButton(tr("Close"), "importDoneButton");
        closeButton->setDefault(true);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_saveReportButton);
        buttons->addWidget(m_saveRejectedButton);
        buttons->addStretch(1);
        buttons->addWidget(closeButton);
        auto *layout = new QVBoxLayout(reportPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_summaryLabel);
        layout->addWidget(m_reportView, 1);
        // Keeps the summary at the top when there is no table to show.
        layout->addStretch(0);
        layout->addLayout(buttons);
        connect(m_saveReportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
        connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportDialog::saveRejected);
        connect(closeButton, &QPushButton::clicked, this, &ImportDialog::accept);
    }

    m_pages->addWidget(choosePage);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(progressPage);
    m_pages->addWidget(reportPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_errorLabel);
    resize(860, 560);
}

ImportDialog::~ImportDialog()
{
    // Never leave a worker thread running over a dialog that is gone.
    if (m_thread) {
        m_importer->cancel();
        m_thread->wait();
    }
}

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QAbstractItemModel *ImportDialog::previewModel() const
{
    return m_previewModel;
}

QAbstractItemModel *ImportDialog::reportModel() const
{
    return m_reportModel;
}

void ImportDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ImportDialog::chooseFile()
{
    const QString start = m_fileEdit->text().trimmed().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_fileEdit->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import candidates"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void ImportDialog::setFile(const QString &path)
{
    if (isRunning()) {
        return;
    }
    {
        const QSignalBlocker blocker(m_fileEdit);
        m_fileEdit->setText(QDir::toNativeSeparators(path));
    }
    m_nextButton->setEnabled(!path.isEmpty());
    m_file = QDir::fromNativeSeparators(path);
    if (m_file.isEmpty()) {
        return;
    }
    loadPreview(QChar());
}

void ImportDialog::loadPreview(QChar delimiter)
{
    m_preview = CandidateImporter::preview(m_file, kPreviewRows, delimiter);
    if (!m_preview.error.isEmpty()) {
        m_previewModel->setPreview({}, {});
        rebuildMapCombos();
        showError(m_preview.error);
        m_pages->setCurrentIndex(int(Page::Choose));
        return;
    }
    showError(QString());
    if (delimiter.isNull()) {
        m_formatLabel->setText(
            tr("Encoding: %1. Delimiter found: %2.")
                .arg(encodingTitle(m_preview.encoding), delimiterTitle(m_preview.delimiter)));
    }
    m_delimiterCombo->setCurrentIndex(std::max(0, m_delimiterCombo->findData(m_preview.delimiter)));
    m_mapping = m_preview.mapping;
    m_previewModel->setPreview(m_preview.header, m_preview.rows);
    rebuildMapCombos();
    m_pages->setCurrentIndex(int(Page::Preview));
    updateStartButton();
}

void ImportDialog::rebuildMapCombos()
{
    qDeleteAll(m_mapCombos);
    m_mapCombos.clear();
    const int columns = m_previewModel->columnCount();
    int height = 0;
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox(m_mapStrip);
        combo->setObjectName(QStringLiteral("importMapCombo_%1").arg(column));
        combo->addItem(tr("Skip"), -1);
        for (HeaderMapping::Field field : HeaderMapping::allFields()) {
            combo->addItem(HeaderMapping::fieldTitle(field), int(field));
        }
        combo->setToolTip(
            tr("The field column \"%1\" fills")
                .arg(m_previewModel->headerData(column, Qt::Horizontal, Qt::DisplayRole)
                         .toString()));
        connect(combo, &QComboBox::activated, this, [this, column, combo](int index) {
            mapColumn(column, combo->itemData(index).toInt());
        });
        combo->show();
        height = std::max(height, combo->sizeHint().height());
        m_mapCombos << combo;
    }
    m_mapStrip->setFixedHeight(height);
    syncMapCombos();

    // Each column at least as wide as its combo, so every choice reads in full.
    QHeaderView *header = m_previewView->horizontalHeader();
    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column) {
        const int wanted = std::max(m_mapCombos.at(column)->sizeHint().width(),
                                    std::min(header->sectionSize(column), 280));
        header->resizeSection(column, wanted);
    }
    placeMapCombos();
}

void ImportDialog::placeMapCombos()
{
    const QHeaderView *header = m_previewView->horizontalHeader();
    // The strip sits right above the view; the cells start where its viewport does.
    const int origin = m_previewView->viewport()->geometry().left();
    for (int column = 0; column < m_mapCombos.size(); ++column) {
        QComboBox *combo = m_mapCombos.at(column);
        const int x = origin + header->sectionViewportPosition(column);
        const int width = header->sectionSize(column);
        combo->setGeometry(x, 0, width - 1, m_mapStrip->height());
        const bool visible = x + width > origin && x < m_mapStrip->width();
        combo->setVisible(visible);
    }
}

void ImportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    placeMapCombos();
}

void ImportDialog::syncMapCombos()
{
    for (int column = 0; column < m_mapCombos.size(); ++column) {
        QComboBox *combo = m_mapCombos.at(column);
        const std::optional<HeaderMapping::Field> field = m_mapping.fieldOf(column);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(field ? int(*field) : -1)));
    }
}

void ImportDialog::mapColumn(int column, int fieldIndex)
{
    if (fieldIndex < 0) {
        if (const std::optional<HeaderMapping::Field> field = m_mapping.fieldOf(column)) {
            m_mapping.setColumn(*field, -1);
        }
    } else {
        if (const std::optional<HeaderMapping::Field> old = m_mapping.fieldOf(column)) {
            m_mapping.setColumn(*old, -1);
        }
        m_mapping.setColumn(HeaderMapping::Field(fieldIndex), column);
    }
    // A field feeds from one column only: the column that had it shows "Skip" now.
    syncMapCombos();
    updateStartButton();
}

void ImportDialog::updateStartButton()
{
    const bool ready = m_preview.error.isEmpty() && m_mapping.hasName();
    m_startButton->setEnabled(ready);
    if (m_preview.error.isEmpty()) {
        showError(ready ? QString()
                        : tr("No column is mapped to the candidate's name. Choose \"%1\" (or "
                             "\"%2\" and \"%3\") above the column that holds the names.")
                              .arg(HeaderMapping::fieldTitle(HeaderMapping::Field::FullName),
                                   HeaderMapping::fieldTitle(HeaderMapping::Field::LastName),
                                   HeaderMapping::fieldTitle(HeaderMapping::Field::FirstName)));
    }
}

void ImportDialog::startImport()
{
    if (isRunning() || !m_startButton->isEnabled() || !m_context.database || !m_context.phones) {
        return;
    }
    ImportOptions options;
    options.databasePath = m_context.database->path();
    options.filePath = m_file;
    if (m_vacancyCombo->currentData().toLongLong() > 0) {
        options.defaultVacancy = m_vacancyCombo->currentText();
    }
    options.mapping = m_mapping;
    options.delimiter = m_preview.delimiter;
    options.batchSize = m_batchSize;

    m_importer = std::make_unique<CandidateImporter>(options, *m_context.phones);
    // The importer lives in the GUI thread but emits from the worker, so progress is queued.
    connect(m_importer.get(), &CandidateImporter::progress, this, &ImportDialog::onProgress);
    connect(m_importer.get(), &CandidateImporter::finishing, this, [this] {
        if (!isRunning()) {
            return;
        }
        // Index building cannot be interrupted half-way; the rows are all read by now.
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("All rows are read. Building the search index and the "
                                    "board's indexes…"));
        m_progress->setRange(0, 0);
    });
    CandidateImporter *importer = m_importer.get();
    m_thread = QThread::create([this, importer] { m_threadReport = importer->run(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ImportDialog::onThreadFinished);

    showError(QString());
    m_progressLabel->setText(
        tr("Importing %1…").arg(QDir::toNativeSeparators(QFileInfo(m_file).fileName())));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_pages->setCurrentIndex(int(Page::Progress));
    m_thread->start();
}

void ImportDialog::onProgress(qint64 rowsDone, qint64 total)
{
    if (!isRunning()) {
        return;
    }
    const qint64 maximum = std::max(total, rowsDone);
    m_progress->setRange(0, int(std::min<qint64>(maximum, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(rowsDone, INT_MAX)));
    m_progress->setFormat(
        tr("%1 of about %2 rows").arg(QLocale().toString(rowsDone), QLocale().toString(maximum)));
}

void ImportDialog::cancelImport()
{
    if (!isRunning()) {
        return;
    }
    m_importer->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling: rows not yet committed are rolled back…"));
}

void ImportDialog::onThreadFinished()
{
    if (!m_thread) {
        return; // already handled when the dialog was closed
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_importer.reset();
    m_report = m_threadReport;
    showReport();
    if (m_report.imported > 0) {
        emit imported(int(m_report.imported));
    }
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        m_thread->wait();
        onThreadFinished();
    }
    QDialog::reject();
}

void ImportDialog::showReport()
{
    const QLocale locale;
    QString text;
    if (!m_report.error.isEmpty() && m_report.rows == 0) {
        text = tr("Nothing was imported: %1").arg(m_report.error);
    } else {
        text = tr("Rows read: %1. Imported: %2. Duplicates: %3. Rejected: %4.")
                   .arg(locale.toString(m_report.rows), locale.toString(m_report.imported),
                        locale.toString(m_report.duplicates), locale.toString(m_report.rejected));
        if (m_report.cancelled || !m_report.error.isEmpty()) {
            text += u' ';
            text += m_report.cancelled ? tr("The import was cancelled.")
                                       : tr("The import stopped: %1").arg(m_report.error);
            text += u' ';
            text += m_report.lastSettledLine > 0
                        ? tr("The rows up to line %1 of the file are settled as listed; the "
                             "rows after it were not imported. Import the file again to add "
                             "them: the rows already in will show as duplicates.")
                              .arg(m_report.lastSettledLine)
                        : tr("No row was imported.");
        }
    }
    m_summaryLabel->setText(text);

    m_reportModel->clear();
    m_reportModel->setHorizontalHeaderLabels(
        {tr("Line"), tr("Outcome"), tr("Reason or duplicate of")});
    int shown = 0;
    qint64 notImported = 0;
    for (const ImportLine &line : std::as_const(m_report.lines)) {
        if (line.outcome == ImportLine::Outcome::Imported) {
            continue;
        }
        ++notImported;
        if (shown >= kReportTableCap) {
            continue;
        }
        ++shown;
        auto *lineItem = new QStandardItem;
        lineItem->setData(line.line, Qt::DisplayRole);
        auto *outcome = new QStandardItem(outcomeTitle(line.outcome));
        QString note = line.note;
        if (line.outcome == ImportLine::Outcome::Duplicate && line.candidateId > 0) {
            const QString match = tr("candidate #%1").arg(line.candidateId);
            note = note.isEmpty() ? match : tr("%1 (%2)").arg(note, match);
        }
        auto *noteItem = new QStandardItem(note);
        noteItem->setToolTip(note);
        for (QStandardItem *item : {lineItem, outcome, noteItem}) {
            item->setEditable(false);
        }
        m_reportModel->appendRow({lineItem, outcome, noteItem});
    }
    if (notImported > shown) {
        m_summaryLabel->setText(
            text + u' ' +
            tr("The table lists the first %1 lines not imported; the saved report lists all %2.")
                .arg(locale.toString(shown), locale.toString(notImported)));
    }
    ui::fitColumns(m_reportView, 2);
    m_reportView->setVisible(notImported > 0);
    m_saveReportButton->setEnabled(m_report.rows > 0 || !m_report.error.isEmpty());
    m_saveRejectedButton->setEnabled(!m_report.rejectedRecords.isEmpty());
    m_pages->setCurrentIndex(int(Page::Report));
}

void ImportDialog::saveReport()
{
    const QFileInfo source(m_file);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral("-report.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"), suggested,
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    saveReportTo(path);
}

bool ImportDialog::saveReportTo(const QString &path)
{
    QString error;
    const bool ok = m_report.writeJson(path, &error);
    showError(ok ? QString() : tr("The report could not be saved: %1").arg(error));
    return ok;
}

void ImportDialog::saveRejected()
{
    const QFileInfo source(m_file);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral("-rejected.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    saveRejectedTo(path);
}

bool ImportDialog::saveRejectedTo(const QString &path)
{
    QString error;
    const bool ok = m_report.writeRejectedCsv(path, &error);
    showError(ok ? QString() : tr("The rejected rows could not be saved: %1").arg(error));
    return ok;
}

} // namespace bbd
