#pragma once

#include "app/ats/ImportReport.h"
#include "app/io/HeaderMapping.h"

#include <QObject>
#include <QString>
#include <QStringView>

#include <atomic>
#include <optional>

namespace bbd {

class PhoneNumbers;

struct ImportOptions
{
    QString databasePath; // the application's database, already migrated (bbd::Database)
    QString filePath;
    // Vacancy (by title) for rows whose vacancy cell is empty or missing; empty: none.
    QString defaultVacancy;
    // Column mapping chosen in the preview; empty: guessed from the header row.
    std::optional<HeaderMapping> mapping;
    QChar delimiter; // null: detected
    int batchSize = 5000;
    // From about this many rows (estimated from the first batch), and when the file holds at
    // least half as many rows as the table, the import runs in bulk mode: one transaction with
    // the indexes rebuilt at the end; nothing is in until the whole file is. 0: never.
    qint64 bulkRows = 50000;
};

// What the import dialog shows before the import starts.
struct ImportPreview
{
    QString error; // the file cannot be imported at all
    csv::Encoding encoding = csv::Encoding::Utf8;
    QChar delimiter = u',';
    QStringList header;
    QList<QStringList> rows; // the first data rows
    HeaderMapping mapping;   // guessed from the header
};

// Imports candidates from a CSV file. Meant to run in a worker thread: it opens its own
// connection to the database file, never the GUI's. Each row is imported, recognised as a
// duplicate (same E.164 phone or normalised e-mail as a live candidate or an earlier row of
// the file) or rejected with a reason; see ImportReport.
//
//     auto *importer = new CandidateImporter(options, phones);
//     importer->moveToThread(thread);
//     connect(thread, &QThread::started, importer, &CandidateImporter::start);
//     connect(importer, &CandidateImporter::finished, ...);  // queued to the GUI
//     importer->cancel();                                     // from any thread
class CandidateImporter : public QObject
{
    Q_OBJECT

public:
    CandidateImporter(ImportOptions options, const PhoneNumbers &phones, QObject *parent = nullptr);
    ~CandidateImporter() override;

    // Runs the import in the calling thread and returns the report (also emitted).
    ImportReport run();
    // Thread-safe: the import stops after the current row; the current batch (in bulk mode,
    // the whole import) is rolled back.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    // `delimiter` overrides the detected one (the user's choice in the preview); null: detect.
    static ImportPreview preview(const QString &filePath, int rows = 20, QChar delimiter = {});

    // E.164 for the everyday Russian mobile formats (+7 9XX…, 8 9XX…, 7 9XX…, 9XX… with
    // spaces, dashes and brackets) without libphonenumber; an empty string for anything else,
    // which then goes through PhoneNumbers. tst_candidateimport proves it gives what
    // PhoneNumbers gives.
    static QString fastPhoneE164(QStringView text);

public slots:
    void start() { run(); }

signals:
    void progress(qint64 rowsDone, qint64 rowsTotalEstimate);
    // Bulk mode has read every row and now builds the indexes; cancelling no longer stops it.
    void finishing();
    void finished(const bbd::ImportReport &report);

private:
    ImportOptions m_options;
    const PhoneNumbers &m_phones;
    std::atomic<bool> m_cancel{false};
};

} // namespace bbd
