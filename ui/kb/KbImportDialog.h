#pragma once

#include "app/kb/KbImporter.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace bbd {

// Imports files and folders into the knowledge base in a worker thread, with progress and
// Cancel, then shows the report: every file with what happened to it (imported, updated,
// unchanged, or rejected with the reason).
class KbImportDialog : public QDialog
{
    Q_OBJECT

public:
    KbImportDialog(const QString &databasePath, const QStringList &paths,
                   QWidget *parent = nullptr);
    ~KbImportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    const KbImportReport &report() const { return m_report; }

public slots:
    void cancelImport();
    void reject() override;

signals:
    // The import ended (completed, cancelled or failed); articles may have changed.
    void importFinished(const bbd::KbImportReport &report);

private:
    void onProgress(int filesDone, int filesTotal);
    void onThreadFinished();

    std::unique_ptr<KbImporter> m_importer;
    QThread *m_thread = nullptr;
    KbImportReport m_threadReport; // written by the worker, read once it has finished
    KbImportReport m_report;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace bbd
