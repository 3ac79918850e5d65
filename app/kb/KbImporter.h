#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace bbd {

// What happened to one file of an import.
struct KbImportEntry
{
    enum class Outcome : quint8 {
        Imported,  // a new article
        Updated,   // the file changed since it was imported: its article was edited (revision)
        Unchanged, // the same content as the last import: nothing written
        Rejected,  // see `reason`
    };

    QString path; // absolute, canonical where the file exists
    Outcome outcome = Outcome::Rejected;
    qint64 articleId = 0;
    QString title;
    QString reason;   // Rejected: why, for the user
    QString encoding; // "utf-8", "utf-16", "cp1251" for a file that was read
};

struct KbImportReport
{
    Q_DECLARE_TR_FUNCTIONS(bbd::KbImportReport)

public:
    QList<KbImportEntry> entries; // in the order the files were read
    bool cancelled = false;       // files after the last entry were not looked at
    QString error;                // the import could not run (database); empty otherwise

    int count(KbImportEntry::Outcome outcome) const;
    bool completed() const { return error.isEmpty() && !cancelled; }
    // One sentence of counts, then the rejected files with their reasons, one a line.
    QString summary() const;
    // {counts{files, imported, updated, unchanged, rejected}, files[{path, outcome,
    //  article_id, title, reason, encoding}], cancelled, error}
    QJsonObject toJson() const;
    static QString outcomeKey(KbImportEntry::Outcome outcome);
    static QString outcomeText(KbImportEntry::Outcome outcome);
};

// Imports Markdown (.md, .markdown) and text (.txt) files, and folders of them with their
// subfolders, as knowledge-base articles. A file is matched to its earlier import by its
// canonical path: an unchanged file (same SHA-256) is skipped, a changed one updates its
// article through KbStore (so the previous text is kept as a revision), a new one is created.
// The title is the first "# " heading, else the file name; the subfolders below an imported
// folder become tags; an "Author:" line near the top names the author. Text is read as UTF-8
// (with or without a byte order mark), UTF-16 with a byte order mark, or else Windows-1251.
//
// Meant to run in a worker thread (each file is one transaction on its own connection to
// the database file, never the GUI's):
//     auto *importer = new KbImporter(db.path(), paths);
//     QThread *thread = QThread::create([importer] { importer->run(); });
//     connect(importer, &KbImporter::progress, ...);   // queued to the GUI
//     importer->cancel();                              // from any thread
class KbImporter : public QObject
{
    Q_OBJECT

public:
    // `databasePath`: the application's database, already migrated (bbd::Database).
    KbImporter(QString databasePath, QStringList paths, QObject *parent = nullptr);

    // Runs in the calling thread; the report is also emitted with finished().
    KbImportReport run();
    // Thread-safe: the import stops before the next file; files done so far stay imported.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    // A file read for import: its text, or why it cannot be an article.
    struct Parsed
    {
        QString text;
        QString title;
        QString author;
        QString encoding;
        QByteArray hash; // SHA-256 of the bytes
        QString error;   // empty when the file can be imported
    };
    static Parsed readFile(const QString &path);
    // The first "# " heading of `text`, else `fileName` without its extension.
    static QString titleFor(const QString &text, const QString &fileName);

    static bool isArticleFile(const QString &fileName);

signals:
    void progress(int filesDone, int filesTotal);
    void finished(const bbd::KbImportReport &report);

private:
    QString m_databasePath;
    QStringList m_paths;
    std::atomic<bool> m_cancel{false};
};

} // namespace bbd
