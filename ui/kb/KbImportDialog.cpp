#include "ui/kb/KbImportDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace bbd {

KbImportDialog::KbImportDialog(const QString &databasePath, const QStringList &paths,
                               QWidget *parent)
    : QDialog(parent)
    , m_importer(std::make_unique<KbImporter>(databasePath, paths))
{
    setObjectName(QStringLiteral("kbImportDialog"));
    setWindowTitle(tr("Import Articles"));
    m_summary = new QLabel(tr("Looking for Markdown and text files…"));
    m_summary->setObjectName(QStringLiteral("kbImportSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("kbImportProgress"));
    m_progress->setRange(0, 0);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("kbImportReport"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Outcome"), tr("Article or reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("kbImportCancel"));
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("kbImportClose"));
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &KbImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(820, 480);

    // The importer lives in this thread but emits from the worker, so progress is queued.
    connect(m_importer.get(), &KbImporter::progress, this, &KbImportDialog::onProgress);
    KbImporter *importer = m_importer.get();
    m_thread = QThread::create([this, importer] { m_threadReport = importer->run(); });
    connect(m_thread, &QThread::finished, this, &KbImportDialog::onThreadFinished);
    m_thread->start();
}

KbImportDialog::~KbImportDialog()
{
    if (m_thread) {
        m_importer->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void KbImportDialog::onProgress(int filesDone, int filesTotal)
{
    if (!m_thread) {
        return;
    }
    m_progress->setRange(0, qMax(filesTotal, 1));
    m_progress->setValue(filesDone);
    m_summary->setText(tr("Importing: %1 of %2 files…").arg(filesDone).arg(filesTotal));
}

void KbImportDialog::cancelImport()
{
    if (!m_thread) {
        return;
    }
    m_importer->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling after the current file…"));
}

void KbImportDialog::reject()
{
    // Closing while it runs means "stop": the dialog closes once the worker has.
    if (m_thread) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void KbImportDialog::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_report = m_threadReport;
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_summary->setText(m_report.summary().section(u'\n', 0, m_report.error.isEmpty() ? 0 : 1));
    m_table->setRowCount(int(m_report.entries.size()));
    int row = 0;
    for (const KbImportEntry &entry : std::as_const(m_report.entries)) {
        auto *file = new QTableWidgetItem(QDir::toNativeSeparators(entry.path));
        file->setToolTip(file->text());
        m_table->setItem(row, 0, file);
        auto *outcome = new QTableWidgetItem(KbImportReport::outcomeText(entry.outcome));
        outcome->setData(Qt::UserRole, KbImportReport::outcomeKey(entry.outcome));
        m_table->setItem(row, 1, outcome);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(entry.outcome == KbImportEntry::Outcome::Rejected
                                                  ? entry.reason
                                                  : entry.title));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_report.entries.isEmpty());
    emit importFinished(m_report);
}

} // namespace bbd
