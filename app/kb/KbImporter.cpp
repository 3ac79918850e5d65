#include "app/kb/KbImporter.h"

#include "app/io/Csv.h"
#include "app/kb/KbStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace bbd {
namespace {

std::atomic<int> connectionCounter{0};

// A wiki page is rarely over a few hundred kilobytes; anything far beyond is not an article.
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

// Formats that are certainly not text, by their first bytes.
bool hasBinarySignature(const QByteArray &bytes)
{
    static const std::array<QByteArray, 7> signatures = {QByteArray("%PDF"),
                                                         QByteArray("PK\x03\x04"),
                                                         QByteArray("\x89PNG"),
                                                         QByteArray("\xFF\xD8\xFF"),
                                                         QByteArray("\xD0\xCF\x11\xE0"),
                                                         QByteArray("GIF8"),
                                                         QByteArray("\x7F"
                                                                    "ELF")};
    for (const QByteArray &signature : signatures) {
        if (bytes.startsWith(signature)) {
            return true;
        }
    }
    return false;
}

bool looksBinary(const QByteArray &bytes)
{
    qsizetype control = 0;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u == 0) {
            return true;
        }
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
            ++control;
        }
    }
    // Text has next to no control characters; a few stray ones are tolerated.
    return control > 8 && control * 100 > bytes.size();
}

QString tidyTitle(QString title)
{
    title = title.trimmed();
    // Exported wiki pages often spell their title as a file name: "Резервные_каналы".
    if (!title.contains(u' ')) {
        title.replace(u'_', u' ');
    }
    return title.simplified();
}

QString authorFor(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral(R"(^[\s*_]*(?:Автор|Author)[\s*_]*:[\s*_]*(.+?)[\s*_]*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption |
            QRegularExpression::UseUnicodePropertiesOption);
    // Only the head of the page names its author; a quote further down is not one.
    const QRegularExpressionMatch match = line.match(text.left(2000));
    return match.hasMatch() ? match.captured(1).left(200) : QString();
}

struct Job
{
    QString path; // canonical
    QStringList tags;
};

} // namespace

int KbImportReport::count(KbImportEntry::Outcome outcome) const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [outcome](const KbImportEntry &e) { return e.outcome == outcome; }));
}

QString KbImportReport::outcomeKey(KbImportEntry::Outcome outcome)
{
    switch (outcome) {
    case KbImportEntry::Outcome::Imported:
        return QStringLiteral("imported");
    case KbImportEntry::Outcome::Updated:
        return QStringLiteral("updated");
    case KbImportEntry::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case KbImportEntry::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString KbImportReport::outcomeText(KbImportEntry::Outcome outcome)
{
    switch (outcome) {
    case KbImportEntry::Outcome::Imported:
        return tr("imported");
    case KbImportEntry::Outcome::Updated:
        return tr("updated");
    case KbImportEntry::Outcome::Unchanged:
        return tr("unchanged");
    case KbImportEntry::Outcome::Rejected:
        break;
    }
    return tr("rejected");
}

QString KbImportReport::summary() const
{
    using Outcome = KbImportEntry::Outcome;
    QStringList lines;
    if (!error.isEmpty()) {
        lines << error;
    }
    lines << tr("Files: %1 — imported %2, updated %3, unchanged %4, rejected %5.")
                 .arg(entries.size())
                 .arg(count(Outcome::Imported))
                 .arg(count(Outcome::Updated))
                 .arg(count(Outcome::Unchanged))
                 .arg(count(Outcome::Rejected));
    if (cancelled) {
        lines << tr("The import was cancelled; the files listed were done, the rest not read.");
    }
    for (const KbImportEntry &entry : entries) {
        if (entry.outcome == Outcome::Rejected) {
            lines << tr("%1: %2").arg(QDir::toNativeSeparators(entry.path), entry.reason);
        }
    }
    return lines.join(u'\n');
}

QJsonObject KbImportReport::toJson() const
{
    using Outcome = KbImportEntry::Outcome;
    QJsonArray files;
    for (const KbImportEntry &entry : entries) {
        QJsonObject file{{QStringLiteral("path"), QDir::toNativeSeparators(entry.path)},
                         {QStringLiteral("outcome"), outcomeKey(entry.outcome)}};
        if (entry.articleId != 0) {
            file.insert(QStringLiteral("article_id"), entry.articleId);
        }
        if (!entry.title.isEmpty()) {
            file.insert(QStringLiteral("title"), entry.title);
        }
        if (!entry.reason.isEmpty()) {
            file.insert(QStringLiteral("reason"), entry.reason);
        }
        if (!entry.encoding.isEmpty()) {
            file.insert(QStringLiteral("encoding"), entry.encoding);
        }
        files.append(file);
    }
    return {{QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("files"), int(entries.size())},
                         {QStringLiteral("imported"), count(Outcome::Imported)},
                         {QStringLiteral("updated"), count(Outcome::Updated)},
                         {QStringLiteral("unchanged"), count(Outcome::Unchanged)},
                         {QStringLiteral("rejected"), count(Outcome::Rejected)}}},
            {QStringLiteral("files"), files},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
}

KbImporter::KbImporter(QString databasePath, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
{}

bool KbImporter::isArticleFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" || suffix == u"txt";
}

QString KbImporter::titleFor(const QString &text, const QString &fileName)
{
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}#[ \t]+(.+?)[ \t#]*$)"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(text);
    if (match.hasMatch()) {
        const QString title = tidyTitle(match.captured(1));
        if (!title.isEmpty()) {
            return title;
        }
    }
    return tidyTitle(QFileInfo(fileName).completeBaseName());
}

KbImporter::Parsed KbImporter::readFile(const QString &path)
{
    Parsed parsed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = tr("Cannot be read: %1").arg(file.errorString());
        return parsed;
    }
    if (file.size() > kMaxFileSize) {
        parsed.error = tr("Too large for an article (%1 MB; at most %2 MB).")
                           .arg(file.size() / (1024 * 1024))
                           .arg(kMaxFileSize / (1024 * 1024));
        return parsed;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        parsed.error = tr("Cannot be read: %1").arg(file.errorString());
        return parsed;
    }
    parsed.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        parsed.text = decoder.decode(bytes.mid(2));
        parsed.encoding = QStringLiteral("utf-16");
        if (decoder.hasError()) {
            parsed.error = tr("Not valid UTF-16 text.");
            return parsed;
        }
    } else if (hasBinarySignature(bytes) || looksBinary(bytes)) {
        parsed.error = tr("Not a text file (binary content).");
        return parsed;
    } else {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        QStringDecoder utf8(QStringConverter::Utf8);
        parsed.text = utf8.decode(body);
        parsed.encoding = QStringLiteral("utf-8");
        if (utf8.hasError()) {
            // Not UTF-8: what Russian Windows editors save by default.
            parsed.encoding = QStringLiteral("cp1251");
            bool unmapped = false;
            parsed.text = csv::decodeCp1251(body, &unmapped);
            if (unmapped) {
                parsed.error = tr("Neither UTF-8 nor Windows-1251 text: save it as UTF-8.");
                return parsed;
            }
        }
    }
    parsed.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (parsed.text.trimmed().isEmpty()) {
        parsed.error = tr("The file is empty.");
        return parsed;
    }
    parsed.title = titleFor(parsed.text, path);
    QString rest = parsed.text;
    static const QRegularExpression firstHeading(QStringLiteral(R"(^ {0,3}#[ \t]+.*$)"),
                                                 QRegularExpression::MultilineOption);
    rest.remove(firstHeading);
    if (rest.trimmed().isEmpty()) {
        parsed.error = tr("The file has a heading but no text.");
        return parsed;
    }
    parsed.author = authorFor(parsed.text);
    return parsed;
}

KbImportReport KbImporter::run()
{
    KbImportReport report;
    const auto done = [this, &report] {
        emit finished(report);
        return report;
    };

    // The files first, so that progress knows the total.
    QList<Job> jobs;
    QSet<QString> seen;
    for (const QString &given : std::as_const(m_paths)) {
        const QFileInfo info(given);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty()) {
            report.entries.append({info.absoluteFilePath(),
                                   KbImportEntry::Outcome::Rejected,
                                   0,
                                   {},
                                   tr("No such file or folder."),
                                   {}});
            continue;
        }
        if (QFileInfo(canonical).isDir()) {
            QStringList files;
            // Symbolic links are not followed: a link back up the tree would never end.
            QDirIterator it(canonical, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isArticleFile(file)) {
                    files << file;
                }
            }
            files.sort();
            const QDir root(canonical);
            for (const QString &file : std::as_const(files)) {
                const QString path = QFileInfo(file).canonicalFilePath();
                if (path.isEmpty() || seen.contains(path)) {
                    continue;
                }
                seen.insert(path);
                const QString folder = QFileInfo(root.relativeFilePath(path)).path();
                QStringList tags;
                if (folder != u".") {
                    for (const QString &part : folder.split(u'/', Qt::SkipEmptyParts)) {
                        tags << tidyTitle(part);
                    }
                }
                jobs.append({path, tags});
            }
        } else if (!isArticleFile(canonical)) {
            report.entries.append({canonical,
                                   KbImportEntry::Outcome::Rejected,
                                   0,
                                   {},
                                   tr("Not a Markdown (.md) or text (.txt) file."),
                                   {}});
        } else if (!seen.contains(canonical)) {
            seen.insert(canonical);
            jobs.append({canonical, {}});
        }
    }

    const int total = int(jobs.size());
    emit progress(0, total);
    if (jobs.isEmpty()) {
        return done();
    }
    if (!QFileInfo::exists(m_databasePath)) {
        report.error = tr("The database %1 does not exist.").arg(m_databasePath);
        return done();
    }

    const QString connection =
        QStringLiteral("bbd-kbimport-%1").arg(connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_databasePath);
        if (!db.open()) {
            report.error = tr("Cannot open the database: %1").arg(db.lastError().text());
        } else {
            // The GUI keeps reading and writing meanwhile; both wait for each other.
            QSqlQuery pragma(db);
            for (const char *statement :
                 {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000",
                  "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
                if (!pragma.exec(QString::fromLatin1(statement))) {
                    report.error =
                        tr("Cannot configure the database: %1").arg(pragma.lastError().text());
                    break;
                }
            }
        }
        KbStore store(db);
        const QString author = KbStore::localAuthor();
        for (int i = 0; i < total && report.error.isEmpty(); ++i) {
            if (m_cancel.load()) {
                report.cancelled = true;
                break;
            }
            const Job &job = jobs.at(i);
            KbImportEntry entry;
            entry.path = job.path;
            const Parsed parsed = readFile(job.path);
            entry.encoding = parsed.encoding;
            if (!parsed.error.isEmpty()) {
                entry.reason = parsed.error;
                report.entries.append(entry);
                emit progress(i + 1, total);
                continue;
            }
            entry.title = parsed.title;
            QByteArray storedHash;
            std::optional<KbArticle> existing = store.articleFromSource(job.path, &storedHash);
            if (!existing && !store.lastError().isEmpty()) {
                report.error = store.lastError();
                break;
            }
            if (existing && storedHash == parsed.hash) {
                entry.outcome = KbImportEntry::Outcome::Unchanged;
                entry.articleId = existing->id;
            } else if (existing) {
                existing->title = parsed.title;
                existing->body = parsed.text;
                for (const QString &tag : job.tags) {
                    if (!existing->tags.contains(tag, Qt::CaseInsensitive)) {
                        existing->tags << tag;
                    }
                }
                if (!parsed.author.isEmpty()) {
                    existing->author = parsed.author;
                }
                if (store.update(*existing, parsed.hash)) {
                    entry.outcome = store.changed() ? KbImportEntry::Outcome::Updated
                                                    : KbImportEntry::Outcome::Unchanged;
                    entry.articleId = existing->id;
                } else {
                    entry.reason = store.lastError();
                }
            } else {
                KbArticle article;
                article.title = parsed.title;
                article.body = parsed.text;
                article.tags = job.tags;
                article.author = parsed.author.isEmpty() ? author : parsed.author;
                article.sourcePath = job.path;
                entry.articleId = store.create(article, parsed.hash);
                if (entry.articleId != 0) {
                    entry.outcome = KbImportEntry::Outcome::Imported;
                } else {
                    entry.reason = store.lastError();
                }
            }
            report.entries.append(entry);
            emit progress(i + 1, total);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done();
}

} // namespace bbd
