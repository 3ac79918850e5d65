#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bbd {

class Database;

// A file kept with a candidate (a CV, a test assignment, a scan).
struct CandidateAttachment
{
    qint64 id = 0;
    qint64 candidateId = 0;
    QString fileName;   // as the user knows it
    QString storedPath; // relative to the store's base folder
    QString mimeType;
    qint64 sizeBytes = 0;
    QDateTime addedAt;
};

// Candidates' files, copied into the app data folder (attachments/<candidate id>/) so that
// they stay when the original is moved or deleted. Each add and remove is one transaction with
// its timeline entry, and the file on disk follows the database: a failed write leaves no
// stray copy, a failed removal leaves the file where it was.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(bbd::AttachmentStore)

public:
    // `baseDir` empty means defaultBaseDir().
    explicit AttachmentStore(const Database &db, const QString &baseDir = {});

    // <AppDataLocation>/attachments
    static QString defaultBaseDir();

    QString baseDir() const { return m_baseDir; }
    QString lastError() const { return m_lastError; }

    // Copies the file in (a name already taken gets " (2)", " (3)"… before its suffix) and
    // returns the new attachment's id, or 0 with lastError() set.
    qint64 add(qint64 candidateId, const QString &sourceFilePath);
    // Oldest first.
    QList<CandidateAttachment> list(qint64 candidateId) const;
    std::optional<CandidateAttachment> attachment(qint64 attachmentId) const;
    bool remove(qint64 attachmentId);
    QString absolutePath(const CandidateAttachment &attachment) const;

private:
    bool fail(const QString &message) const;

    QString m_connectionName;
    QString m_baseDir;
    mutable QString m_lastError;
};

} // namespace bbd
