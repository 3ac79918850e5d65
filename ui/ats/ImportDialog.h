#pragma once

#include "app/AppContext.h"
#include "app/ats/CandidateImporter.h"

#include <QDialog>
#include <QList>

#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QThread;
class QWidget;

namespace bbd {

class ImportPreviewModel;

// Imports candidates from a CSV file in four steps: choose the file (and the vacancy for rows
// that name none), check the preview and the column mapping, watch the progress (the import
// runs in a worker thread on its own database connection), read the report.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Choose, Preview, Progress, Report };

    explicit ImportDialog(const AppContext &context, qint64 defaultVacancyId = 0,
                          QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Puts the file in and shows its preview (or why it cannot be imported).
    void setFile(const QString &path);
    // Rows per committed batch (tests make it small to cancel in the middle).
    void setBatchSize(int rows) { m_batchSize = rows; }

    Page page() const;
    bool isRunning() const { return m_thread != nullptr; }
    QAbstractItemModel *previewModel() const;
    QAbstractItemModel *reportModel() const;
    // The report of the last import (empty before one finished).
    const ImportReport &report() const { return m_report; }
    HeaderMapping mapping() const { return m_mapping; }

public slots:
    void startImport();
    void cancelImport();
    void reject() override;
    // What the save buttons do after asking for the file; false with the error shown.
    bool saveReportTo(const QString &path);
    bool saveRejectedTo(const QString &path);

signals:
    // Rows went into the database (also after a cancelled import), so that views reload.
    void imported(int count);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void chooseFile();
    void loadPreview(QChar delimiter);
    void rebuildMapCombos();
    void placeMapCombos();
    void syncMapCombos();
    void mapColumn(int column, int fieldIndex);
    void updateStartButton();
    void showError(const QString &text);
    void onProgress(qint64 rowsDone, qint64 total);
    void onThreadFinished();
    void showReport();
    void saveReport();
    void saveRejected();

    AppContext m_context;
    int m_batchSize = 5000;
    QString m_file;
    ImportPreview m_preview;
    HeaderMapping m_mapping;
    ImportReport m_report;
    QThread *m_thread = nullptr;
    std::unique_ptr<CandidateImporter> m_importer;
    ImportReport m_threadReport; // written by the worker, read after it finished

    QStackedWidget *m_pages = nullptr;
    QLabel *m_errorLabel = nullptr;
    // Choose
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_vacancyCombo = nullptr;
    QPushButton *m_nextButton = nullptr;
    // Preview
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QWidget *m_mapStrip = nullptr;
    QList<QComboBox *> m_mapCombos;
    QTableView *m_previewView = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QPushButton *m_startButton = nullptr;
    // Progress
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    // Report
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_reportView = nullptr;
    QStandardItemModel *m_reportModel = nullptr;
    QPushButton *m_saveReportButton = nullptr;
    QPushButton *m_saveRejectedButton = nullptr;
};

} // namespace bbd
