#include "app/ats/AttachmentStore.h"

#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace bbd {
namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

// "cv.pdf", "cv (2).pdf", "cv (3).pdf"… the first one not yet in `dir`.
QString freeName(const QDir &dir, const QString &fileName)
{
    if (!dir.exists(fileName)) {
        return fileName;
    }
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!dir.exists(candidate)) {
            return candidate;
        }
    }
}

QString eventPayload(qint64 attachmentId)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("attachment_id"), attachmentId}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

AttachmentStore::AttachmentStore(const Database &db, const QString &baseDir)
    : m_connectionName(db.connectionName())
    , m_baseDir(baseDir.isEmpty() ? defaultBaseDir() : baseDir)
{}

QString AttachmentStore::defaultBaseDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/attachments");
}

bool AttachmentStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString AttachmentStore::absolutePath(const CandidateAttachment &attachment) const
{
    return QDir(m_baseDir).filePath(attachment.storedPath);
}

qint64 AttachmentStore::add(qint64 candidateId, const QString &sourceFilePath)
{
    const QFileInfo source(sourceFilePath);
    if (!source.isFile() || !source.isReadable()) {
        fail(tr("%1 cannot be read.").arg(QDir::toNativeSeparators(sourceFilePath)));
        return 0;
    }
    const QString folder = QString::number(candidateId);
    QDir dir(m_baseDir);
    if (!dir.mkpath(folder) || !dir.cd(folder)) {
        fail(tr("The folder %1 cannot be created.")
                 .arg(QDir::toNativeSeparators(dir.filePath(folder))));
        return 0;
    }
    const QString storedName = freeName(dir, source.fileName());
    const QString target = dir.filePath(storedName);
    QFile file(source.absoluteFilePath());
    if (!file.copy(target)) {
        fail(tr("%1 could not be copied: %2").arg(source.fileName(), file.errorString()));
        return 0;
    }
    // From here on the copy is removed unless the database takes it.
    const auto removeCopy = [&target] {
        QFile::remove(target);
    };
    const QString mimeType = QMimeDatabase().mimeTypeForFile(source).name();
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_attachments (candidate_id, file_name, "
                            "stored_path, mime_type, size_bytes, added_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {candidateId, source.fileName(), QString(folder + u'/' + storedName), mimeType,
              source.size(), now})) {
        fail(query.lastError().text());
        removeCopy();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text, payload) "
                            "VALUES (?, 'attachment', ?, ?, ?)"),
             {candidateId, now, tr("Attached %1").arg(source.fileName()), eventPayload(id)}) ||
        !transaction.commit()) {
        fail(query.lastError().isValid() ? query.lastError().text() : db.lastError().text());
        transaction.rollback();
        removeCopy();
        return 0;
    }
    m_lastError.clear();
    return id;
}

QList<CandidateAttachment> AttachmentStore::list(qint64 candidateId) const
{
    QList<CandidateAttachment> attachments;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT id, candidate_id, file_name, stored_path, mime_type, "
                            "size_bytes, added_at FROM candidate_attachments "
                            "WHERE candidate_id = ? ORDER BY added_at, id"),
             {candidateId})) {
        fail(query.lastError().text());
        return attachments;
    }
    while (query.next()) {
        attachments.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toLongLong(),
                            QDateTime::fromString(query.value(6).toString(), Qt::ISODate)});
    }
    m_lastError.clear();
    return attachments;
}

std::optional<CandidateAttachment> AttachmentStore::attachment(qint64 attachmentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT id, candidate_id, file_name, stored_path, mime_type, "
                            "size_bytes, added_at FROM candidate_attachments WHERE id = ?"),
             {attachmentId})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("The attachment no longer exists."));
        return std::nullopt;
    }
    m_lastError.clear();
    return CandidateAttachment{query.value(0).toLongLong(),
                               query.value(1).toLongLong(),
                               query.value(2).toString(),
                               query.value(3).toString(),
                               query.value(4).toString(),
                               query.value(5).toLongLong(),
                               QDateTime::fromString(query.value(6).toString(), Qt::ISODate)};
}

bool AttachmentStore::remove(qint64 attachmentId)
{
    const std::optional<CandidateAttachment> found = attachment(attachmentId);
    if (!found) {
        return false;
    }
    // The file is set aside first and only deleted once the database agrees, so that either
    // both go or both stay.
    const QString path = absolutePath(*found);
    const QString aside = path + QStringLiteral(".removing");
    const bool fileExists = QFile::exists(path);
    if (fileExists && !QFile::rename(path, aside)) {
        return fail(
            tr("%1 could not be removed; is it open in another program?").arg(found->fileName));
    }
    const auto putBack = [&] {
        if (fileExists) {
            QFile::rename(aside, path);
        }
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM candidate_attachments WHERE id = ?"),
             {attachmentId}) ||
        !run(query,
             QStringLiteral("INSERT INTO candidate_events (candidate_id, kind, at, text, payload) "
                            "VALUES (?, 'attachment', ?, ?, ?)"),
             {found->candidateId, isoTime(QDateTime::currentDateTimeUtc()),
              tr("Removed %1").arg(found->fileName), eventPayload(attachmentId)})) {
        fail(query.lastError().text());
        transaction.rollback();
        putBack();
        return false;
    }
    if (!transaction.commit()) {
        fail(db.lastError().text());
        putBack();
        return false;
    }
    if (fileExists) {
        QFile::remove(aside);
    }
    m_lastError.clear();
    return true;
}

} // namespace bbd
