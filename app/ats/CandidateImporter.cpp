#include "app/ats/CandidateImporter.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/DuplicateIndex.h"
#include "app/ats/SearchText.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/BulkLoad.h"
#include "app/storage/SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace bbd {
namespace {

using Field = HeaderMapping::Field;

// A data row as the reading thread prepared it; the writing thread only decides duplicates,
// places it on a board and stores it.
struct Row
{
    qint64 line = 0;
    QString reject; // set when the row cannot be imported whatever the database holds
    QString warning;
    QStringList cells; // kept so that a rejected row can be written back as it was
    QString name;
    QList<PhoneEntry> phones;
    QStringList emails;
    QString source;
    QString vacancy;
    QString stage;
    QString appliedIso; // empty: the time of the import
    QString tagsJson;
    int rating = 0;
    QString notes;
    QString consent;
    QString consentAtIso;
    QString searchExtra;
};

struct Batch
{
    std::vector<Row> rows;
    qint64 bytesRead = 0;
};

// Hands batches from the reading thread to the writing one; a few batches of look-ahead keep
// both busy without holding much of the file in memory.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < m_capacity; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_done || !m_batches.empty(); });
        if (m_stopped || m_batches.empty()) {
            return std::nullopt;
        }
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    bool stopped()
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    // Freeing a batch's many small strings is a good part of the work; the writer hands spent
    // batches back so that the less busy reading thread frees them.
    void recycle(Batch &&batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }

    std::vector<Batch> takeSpent()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }

private:
    std::vector<Batch> m_spent;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::size_t m_capacity;
    bool m_done = false;
    bool m_stopped = false;
};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QDateTime parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid()) {
        return time;
    }
    static const QStringList formats = {
        QStringLiteral("dd.MM.yyyy HH:mm:ss"),
        QStringLiteral("dd.MM.yyyy HH:mm"),
        QStringLiteral("d.M.yyyy"),
        QStringLiteral("d.M.yyyy H:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("d.M.yy"),
    };
    for (const QString &format : formats) {
        time = QDateTime::fromString(text, format);
        if (time.isValid()) {
            if (format.endsWith(u"yy") && !format.endsWith(u"yyyy")) {
                time = time.addYears(100); // Qt reads "24" as 1924
            }
            return time;
        }
    }
    return {};
}

// Several numbers in one cell are separated by commas, semicolons or line breaks; a piece
// that starts with a word ("доб. 12", "ext. 3") is the extension of the number before it.
QStringList splitPhones(const QString &cell)
{
    QStringList pieces;
    qsizetype start = 0;
    const auto take = [&pieces, &cell](qsizetype from, qsizetype to) {
        const QString piece = cell.mid(from, to - from).trimmed();
        if (piece.isEmpty()) {
            return;
        }
        if (piece.front().isLetter() && !pieces.isEmpty()) {
            pieces.last() += QStringLiteral(", ") + piece;
        } else {
            pieces << piece;
        }
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == u',' || c == u';' || c == u'\n' || c == u'\r') {
            take(start, i);
            start = i + 1;
        }
    }
    take(start, cell.size());
    return pieces;
}

QStringList splitList(const QString &cell, bool onBlanks)
{
    QStringList out;
    QString current;
    const auto flush = [&out, &current] {
        const QString item = current.simplified();
        if (!item.isEmpty()) {
            out << item;
        }
        current.clear();
    };
    for (const QChar c : cell) {
        if (c == u',' || c == u';' || c == u'\n' || (onBlanks && c.isSpace())) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return out;
}

QString consentKeyFor(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("not_asked"), QStringLiteral("not_asked")},
        {QStringLiteral("asked"), QStringLiteral("asked")},
        {QStringLiteral("given"), QStringLiteral("given")},
        {QStringLiteral("refused"), QStringLiteral("refused")},
        {QStringLiteral("yes"), QStringLiteral("given")},
        {QStringLiteral("no"), QStringLiteral("refused")},
        {QStringLiteral("да"), QStringLiteral("given")},
        {QStringLiteral("дано"), QStringLiteral("given")},
        {QStringLiteral("получено"), QStringLiteral("given")},
        {QStringLiteral("нет"), QStringLiteral("refused")},
        {QStringLiteral("отказ"), QStringLiteral("refused")},
        {QStringLiteral("запрошено"), QStringLiteral("asked")},
        {QStringLiteral("не запрашивали"), QStringLiteral("not_asked")},
    };
    return words.value(text.simplified().toLower());
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Everything about a row that does not need the database; runs in the reading thread.
class RowParser
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidateImporter)

public:
    RowParser(const HeaderMapping &mapping, qsizetype columns, const PhoneNumbers &phones)
        : m_mapping(mapping)
        , m_columns(columns)
        , m_phones(phones)
    {}

    void parse(Row &row, csv::Record &&record) const
    {
        row.line = record.line;
        row.cells = std::move(record.cells);
        if (record.problem != csv::Record::Problem::None) {
            row.reject = csv::problemText(record.problem);
            return;
        }
        const QStringList &cells = row.cells;
        if (cells.size() != m_columns) {
            bool extraBlank = cells.size() > m_columns;
            for (qsizetype i = m_columns; extraBlank && i < cells.size(); ++i) {
                extraBlank = cells.at(i).trimmed().isEmpty();
            }
            if (!extraBlank) {
                row.reject = tr("The line has %1 fields, the header has %2.")
                                 .arg(cells.size())
                                 .arg(m_columns);
                return;
            }
        }
        const auto cell = [&](Field field) {
            const int column = m_mapping.column(field);
            return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
        };
        row.name = cell(Field::FullName).simplified();
        if (row.name.isEmpty()) {
            row.name =
                QStringList{cell(Field::LastName), cell(Field::FirstName), cell(Field::MiddleName)}
                    .join(u' ')
                    .simplified();
        }
        if (row.name.isEmpty()) {
            row.reject = tr("The name is empty.");
            return;
        }
        QStringList warnings;
        for (const QString &raw : splitPhones(cell(Field::Phone))) {
            QString e164 = CandidateImporter::fastPhoneE164(raw);
            // Debug builds keep checking the fast path against libphonenumber on a sample.
            Q_ASSERT_X(e164.isEmpty() || (row.line % 64) != 0 || e164 == m_phones.toE164(raw),
                       "CandidateImporter", "fast phone path differs from PhoneNumbers");
            if (e164.isEmpty()) {
                e164 = m_phones.toE164(raw); // no formatting: cheaper than parse()
            }
            if (e164.isEmpty()) {
                warnings << tr("Phone \"%1\" is kept as typed: %2")
                                .arg(raw, PhoneNumbers::problemText(m_phones.parse(raw).problem));
            }
            row.phones.append({raw, e164});
        }
        for (const QString &item : splitList(cell(Field::Email), true)) {
            const QString email = CandidateRepository::normalizeEmail(item);
            if (!CandidateRepository::isValidEmail(email)) {
                row.reject = tr("\"%1\" is not an e-mail address.").arg(item);
                return;
            }
            if (!row.emails.contains(email)) {
                row.emails << email;
            }
        }
        row.source = cell(Field::Source).simplified();
        row.vacancy = cell(Field::Vacancy).simplified();
        row.stage = cell(Field::Stage).simplified();
        if (const QString applied = cell(Field::AppliedAt); !applied.isEmpty()) {
            row.appliedIso = isoDate(applied);
            if (row.appliedIso.isEmpty()) {
                row.reject = tr("The date \"%1\" is not understood; write it as 31.12.2024 or "
                                "2024-12-31.")
                                 .arg(applied);
                return;
            }
        }
        QStringList tags;
        for (const QString &tag : splitList(cell(Field::Tags), false)) {
            if (!tags.contains(tag, Qt::CaseInsensitive)) {
                tags << tag;
            }
        }
        row.tagsJson = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
        if (const QString rating = cell(Field::Rating); !rating.isEmpty()) {
            bool ok = false;
            row.rating = rating.toInt(&ok);
            if (!ok || row.rating < 0 || row.rating > 5) {
                row.reject = tr("The rating \"%1\" is not a whole number from 0 to 5.").arg(rating);
                return;
            }
        }
        row.notes = cell(Field::Notes);
        row.consent = QStringLiteral("not_asked");
        if (const QString consent = cell(Field::Consent); !consent.isEmpty()) {
            row.consent = consentKeyFor(consent);
            if (row.consent.isEmpty()) {
                row.reject = tr("The consent \"%1\" is not one of: given, refused, asked, "
                                "not_asked.")
                                 .arg(consent);
                return;
            }
        }
        if (const QString at = cell(Field::ConsentAt); !at.isEmpty()) {
            row.consentAtIso = isoDate(at);
            if (row.consentAtIso.isEmpty()) {
                row.reject = tr("The consent date \"%1\" is not understood.").arg(at);
                return;
            }
        }
        if (row.consent != u"not_asked" && row.consentAtIso.isEmpty()) {
            row.reject = tr("The consent decision has no date.");
            return;
        }
        row.searchExtra = candidateSearchExtra(row.phones, row.emails.mid(1));
        row.warning = warnings.join(u' ');
        if (row.vacancy.isEmpty()) {
            // Only a rejected row is written back, and only a vacancy can still reject it.
            row.cells = QStringList();
        }
    }

private:
    // Converting a local date to UTC asks the C library, which checks /etc/localtime every
    // time; a file has few distinct dates, so each is converted once.
    QString isoDate(const QString &text) const
    {
        const auto found = m_dates.constFind(text);
        if (found != m_dates.constEnd()) {
            return *found;
        }
        const QString iso = isoTime(parseDate(text));
        if (m_dates.size() < 100000) {
            m_dates.insert(text, iso);
        }
        return iso;
    }

    const HeaderMapping &m_mapping;
    mutable QHash<QString, QString> m_dates;
    qsizetype m_columns;
    const PhoneNumbers &m_phones;
};

struct Pipeline
{
    qint64 firstStage = 0;
    QHash<QString, qint64> stages; // lower-cased name -> id
};

// The writing side: one connection of its own, statements prepared once, duplicates matched
// in memory against keys loaded from the database and added as rows are imported.
//
// Rows of a batch are staged in a temporary table and moved into `candidates` by one
// INSERT ... SELECT. The full-text triggers then run inside a single statement: FTS5 writes its
// pending index out at every statement savepoint, and inserting row by row made each row pay
// for a segment write and merge (about 20 times slower). The triggers stay as they are, so
// the index is right at every commit. In bulk mode there are no triggers to run until the
// commit, so rows go straight into `candidates`.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidateImporter)

public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
        , m_move(m_db)
        , m_clear(m_db)
        , m_event(m_db)
        , m_maxId(m_db)
        , m_bulkLoad(m_db, QStringLiteral("candidates"), QStringLiteral("candidates_fts"))
    {}

    ~Writer()
    {
        if (m_inTransaction) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }

    bool prepare(QString *error)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const auto failed = [&](const QSqlQuery &q) {
            *error = tr("Cannot read the database: %1").arg(q.lastError().text());
            return false;
        };
        if (!query.exec(QStringLiteral("SELECT id, title FROM vacancies WHERE deleted = 0 "
                                       "ORDER BY id"))) {
            return failed(query);
        }
        while (query.next()) {
            const QString title = query.value(1).toString().simplified().toLower();
            if (!m_vacancies.contains(title)) {
                m_vacancies.insert(title, query.value(0).toLongLong());
            }
        }
        if (!query.exec(QStringLiteral("SELECT id, vacancy_id, name FROM pipeline_stages "
                                       "ORDER BY vacancy_id, position, id"))) {
            return failed(query);
        }
        while (query.next()) {
            Pipeline &pipeline = m_pipelines[query.value(1).toLongLong()];
            const qint64 id = query.value(0).toLongLong();
            if (pipeline.firstStage == 0) {
                pipeline.firstStage = id;
            }
            const QString name = query.value(2).toString().simplified().toLower();
            if (!pipeline.stages.contains(name)) {
                pipeline.stages.insert(name, id);
            }
        }
        if (QString text; !m_index.load(m_db, &text)) {
            *error = tr("Cannot read the database: %1").arg(text);
            return false;
        }
        static const QString columns = QStringLiteral(
            "id, vacancy_id, stage_id, full_name, email, email_normalized, phone_e164, "
            "phone_raw, source, rating, tags, consent, consent_at, notes, applied_at, "
            "stage_entered_at, board_rank, search_extra, created_at, updated_at");
        static const QString values =
            QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        // One more column carries the line for the timeline entry, written by one statement too.
        if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_stage (") + columns +
                        QStringLiteral(", line)")) ||
            !query.exec(QStringLiteral("DELETE FROM temp.import_stage"))) {
            return failed(query);
        }
        if (!m_stage.prepare(m_db, QStringLiteral("INSERT INTO temp.import_stage (") + columns +
                                       QStringLiteral(", line) ") + values +
                                       QStringLiteral(", ?)")) ||
            !m_insert.prepare(m_db, QStringLiteral("INSERT INTO main.candidates (") + columns +
                                        QStringLiteral(") ") + values + u')') ||
            !m_insertEvent.prepare(
                m_db,
                QStringLiteral(
                    "INSERT INTO candidate_events (candidate_id, kind, at, to_stage_id, text, "
                    "payload) VALUES (?, 'import', ?, ?, ?, ?)")) ||
            !m_event.prepare(QStringLiteral(
                "INSERT INTO candidate_events (candidate_id, kind, at, to_stage_id, text, "
                "payload) SELECT id, 'import', created_at, stage_id, ? || line || ?, ? || line "
                "|| '}' FROM temp.import_stage ORDER BY id")) ||
            !m_move.prepare(QStringLiteral("INSERT INTO main.candidates (") + columns +
                            QStringLiteral(") SELECT ") + columns +
                            QStringLiteral(" FROM temp.import_stage ORDER BY id")) ||
            !m_clear.prepare(QStringLiteral("DELETE FROM temp.import_stage")) ||
            !m_maxId.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM candidates")) ||
            !m_contact.prepare(m_db, QStringLiteral("INSERT INTO candidate_contacts (candidate_id, "
                                                    "kind, position, raw, normalized) "
                                                    "VALUES (?, ?, ?, ?, ?)"))) {
            *error = tr("Cannot prepare the import: %1")
                         .arg(m_stage.lastError() + m_move.lastError().text() +
                              m_contact.lastError() + m_event.lastError().text() +
                              m_insert.lastError() + m_insertEvent.lastError());
            return false;
        }
        return true;
    }

    // The vacancy rows without a vacancy cell go to; false when there is no such vacancy.
    bool setDefaultVacancy(const QString &title)
    {
        if (title.trimmed().isEmpty()) {
            return true;
        }
        m_defaultVacancy = m_vacancies.value(title.simplified().toLower());
        return m_defaultVacancy != 0;
    }

    // BEGIN IMMEDIATE rather than Transaction's deferred BEGIN: new ids are numbered from
    // max(id) before the first write, so the write lock must be held from the start.
    //
    // In bulk mode the whole import is this one transaction, and the candidates' secondary
    // indexes and full-text triggers are dropped inside it and rebuilt once at commit
    // (BulkLoad): sorting a million keys once is several times cheaper than a million random
    // inserts into nine B-trees and an FTS index that keeps merging segments. Other
    // connections never see the indexes missing; a rollback brings them back with everything
    // else.
    bool begin(QString *error, bool bulk = false)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = query.lastError().text();
            return false;
        }
        m_inTransaction = true;
        if (!m_maxId.exec() || !m_maxId.next()) {
            *error = m_maxId.lastError().text();
            return false;
        }
        m_nextId = m_maxId.value(0).toLongLong() + 1;
        m_maxId.finish();
        m_contacts.clear();
        m_index.commit();
        m_bulk = bulk;
        return !bulk || m_bulkLoad.begin(error);
    }

    bool isBulk() const { return m_bulk; }
    qint64 liveCandidates() const { return m_index.liveCandidates(); }

    // Moves the staged rows in and writes their contacts and timeline entries.
    bool flush(QString *error)
    {
        const auto failed = [&](const QSqlQuery &query) {
            *error = query.lastError().text();
            return false;
        };
        if (!m_bulk) {
            if (!m_move.exec()) {
                return failed(m_move);
            }
            m_event.bindValue(0, m_eventTextStart);
            m_event.bindValue(1, m_eventTextEnd);
            m_event.bindValue(2, m_payloadStart);
            if (!m_event.exec()) {
                return failed(m_event);
            }
            if (!m_clear.exec()) {
                return failed(m_clear);
            }
        }
        for (const PendingContact &contact : std::as_const(m_contacts)) {
            m_contact.bindValue(0, contact.candidateId);
            m_contact.bindValue(1, contact.kind);
            m_contact.bindValue(2, contact.position);
            m_contact.bindValue(3, contact.raw);
            m_contact.bindValue(4, nullIfEmpty(contact.normalized));
            if (!m_contact.exec()) {
                *error = m_contact.lastError();
                return false;
            }
        }
        m_contacts.clear();
        return true;
    }

    // Flushes, rebuilds what bulk mode dropped, and commits.
    bool commit(QString *error)
    {
        if (!flush(error) || (m_bulk && !m_bulkLoad.finish(error))) {
            return false;
        }
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            *error = query.lastError().text();
            return false;
        }
        m_inTransaction = false;
        m_bulk = false;
        return true;
    }

    // Undoes the batch, in the database and in the duplicate keys it added.
    void rollback()
    {
        if (m_inTransaction) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_inTransaction = false;
        }
        m_bulk = false;
        m_bulkLoad.abandon();
        m_index.rollback();
    }

    // `fileName` names the file in each candidate's timeline entry.
    void setContext(const QString &now, double rank, const QString &fileName)
    {
        m_now = now;
        m_rank = rank;
        m_payloadStart =
            QStringLiteral("{\"file\":") + jsonString(fileName) + QStringLiteral(",\"line\":");
        // The line number goes between the two halves; \x01 cannot be in a translation.
        const QString text = tr("Imported from %1, line %2").arg(fileName, QStringLiteral("\x01"));
        const qsizetype split = text.lastIndexOf(u'\x01');
        m_eventTextStart = text.left(split);
        m_eventTextEnd = split < 0 ? QString() : text.mid(split + 1);
    }

    // Settles one row; false on a database failure (error set).
    bool settle(Row &row, ImportLine &line, QString *error)
    {
        line.line = row.line;
        if (!row.reject.isEmpty()) {
            line.outcome = ImportLine::Outcome::Rejected;
            line.note = row.reject;
            return true;
        }
        qint64 vacancyId = m_defaultVacancy;
        if (!row.vacancy.isEmpty()) {
            vacancyId = m_vacancies.value(row.vacancy.toLower());
            if (vacancyId == 0) {
                line.outcome = ImportLine::Outcome::Rejected;
                line.note = tr("There is no vacancy \"%1\".").arg(row.vacancy);
                return true;
            }
        }
        QString warning = row.warning;
        qint64 stageId = 0;
        if (vacancyId != 0) {
            const auto pipeline = m_pipelines.constFind(vacancyId);
            const bool known = pipeline != m_pipelines.constEnd();
            stageId = known ? pipeline->firstStage : 0;
            if (!row.stage.isEmpty() && known) {
                stageId = pipeline->stages.value(row.stage.toLower(), 0);
                if (stageId == 0) {
                    stageId = pipeline->firstStage;
                    warning += (warning.isEmpty() ? QString() : QStringLiteral(" ")) +
                               tr("Stage \"%1\" is not in the vacancy's pipeline; the candidate "
                                  "is in its first stage.")
                                   .arg(row.stage);
                }
            }
        } else if (!row.stage.isEmpty()) {
            warning += (warning.isEmpty() ? QString() : QStringLiteral(" ")) +
                       tr("Stage \"%1\" was not kept: the row has no vacancy.").arg(row.stage);
        }
        if (const DuplicateIndex::Match match = m_index.find(row.phones, row.emails);
            match.found()) {
            line.outcome = ImportLine::Outcome::Duplicate;
            line.candidateId = match.candidateId;
            line.note = match.reason == DuplicateIndex::Reason::Phone
                            ? tr("Same phone %1").arg(match.value)
                            : tr("Same e-mail %1").arg(match.value);
            return true;
        }
        const qint64 id = m_nextId++;
        const PhoneEntry mainPhone = row.phones.value(0);
        const QString mainEmail = row.emails.value(0);
        SqliteStatement &insert = m_bulk ? m_insert : m_stage;
        const QVariant values[] = {id,
                                   nullIfZero(vacancyId),
                                   nullIfZero(stageId),
                                   row.name,
                                   nullIfEmpty(mainEmail),
                                   nullIfEmpty(mainEmail),
                                   nullIfEmpty(mainPhone.e164),
                                   nullIfEmpty(mainPhone.raw),
                                   nullIfEmpty(row.source),
                                   row.rating,
                                   row.tagsJson,
                                   row.consent,
                                   nullIfEmpty(row.consentAtIso),
                                   nullIfEmpty(row.notes),
                                   row.appliedIso.isEmpty() ? m_now : row.appliedIso,
                                   m_now,
                                   m_rank,
                                   row.searchExtra,
                                   m_now,
                                   m_now,
                                   row.line};
        const int columns = int(std::size(values)) - (m_bulk ? 1 : 0); // no line in candidates
        for (int i = 0; i < columns; ++i) {
            insert.bindValue(i, values[i]);
        }
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
        if (m_bulk) {
            const QString lineNumber = QString::number(row.line);
            m_insertEvent.bindValue(0, id);
            m_insertEvent.bindValue(1, m_now);
            m_insertEvent.bindValue(2, nullIfZero(stageId));
            m_insertEvent.bindValue(3, QString(m_eventTextStart + lineNumber + m_eventTextEnd));
            m_insertEvent.bindValue(4, QString(m_payloadStart + lineNumber + u'}'));
            if (!m_insertEvent.exec()) {
                *error = m_insertEvent.lastError();
                return false;
            }
        }
        for (int i = 1; i < row.phones.size(); ++i) {
            m_contacts.push_back(
                {id, QStringLiteral("phone"), i, row.phones.at(i).raw, row.phones.at(i).e164});
        }
        for (int i = 1; i < row.emails.size(); ++i) {
            m_contacts.push_back(
                {id, QStringLiteral("email"), i, row.emails.at(i), row.emails.at(i)});
        }
        m_index.add(id, row.phones, row.emails);
        line.outcome = ImportLine::Outcome::Imported;
        line.candidateId = id;
        line.note = warning;
        return true;
    }

private:
    struct PendingContact
    {
        qint64 candidateId;
        QString kind;
        int position;
        QString raw;
        QString normalized;
    };

    QSqlDatabase m_db;
    // The per-row statements go straight to sqlite3 (SqliteStatement): QSqlQuery's per-row
    // QVariant list and result buffer were a large share of the writer's time.
    SqliteStatement m_stage;
    QSqlQuery m_move;
    QSqlQuery m_clear;
    SqliteStatement m_contact;
    QSqlQuery m_event;
    QSqlQuery m_maxId;
    SqliteStatement m_insert;      // bulk mode: straight into candidates
    SqliteStatement m_insertEvent; // bulk mode: the timeline entry of each row
    bool m_inTransaction = false;
    bool m_bulk = false;
    BulkLoad m_bulkLoad; // bulk mode: the candidates' indexes and full-text triggers
    qint64 m_nextId = 1;
    QString m_now;
    double m_rank = 0;
    QString m_payloadStart;
    QString m_eventTextStart;
    QString m_eventTextEnd;
    std::vector<PendingContact> m_contacts;
    QHash<QString, qint64> m_vacancies; // lower-cased title -> id
    QHash<qint64, Pipeline> m_pipelines;
    DuplicateIndex m_index;
    qint64 m_defaultVacancy = 0;
};

// Batches rather than one transaction for the whole file: a million-row transaction would hold
// the write lock for the whole import (the GUI could not save a card meanwhile) and grow the
// WAL to the size of the data. Each batch is committed whole or not at all, so a cancelled or
// failed import leaves whole batches in and says up to which line (lastSettledLine); the rows
// already in are then found as duplicates, so importing the same file again completes it.
//
// A large file into a comparatively small table runs in bulk mode instead (see Writer::begin):
// one transaction, so a cancel or failure leaves the database exactly as it was.
//
// Two threads: this one writes SQLite; a second reads, decodes and parses the file and
// normalises the phones (the costly part), a few batches ahead.
void importRows(csv::Reader &reader, Writer &writer, const HeaderMapping &mapping,
                ImportReport &report, qint64 fileSize, const ImportOptions &options,
                const PhoneNumbers &phones, const std::atomic<bool> &cancel,
                const std::function<void(qint64, qint64)> &progress,
                const std::function<void()> &finishing)
{
    const QString fileName = QFileInfo(report.file).fileName();
    const RowParser parser(mapping, report.header.size(), phones);
    const int batchSize = std::max(1, options.batchSize);
    BatchQueue queue(3);
    QString readError;
    bool readerCancelled = false;
    std::thread producer([&] {
        Batch batch;
        csv::Record record;
        bool pushed = true;
        while (pushed && reader.next(record)) {
            if (cancel.load()) {
                readerCancelled = true;
                break;
            }
            Row row;
            parser.parse(row, std::move(record));
            record = csv::Record();
            batch.rows.push_back(std::move(row));
            if (int(batch.rows.size()) >= batchSize) {
                batch.bytesRead = reader.bytesRead();
                pushed = queue.push(std::move(batch));
                batch = Batch();
                queue.takeSpent(); // freed here, in this thread
            }
        }
        if (pushed && !readerCancelled && !batch.rows.empty()) {
            batch.bytesRead = reader.bytesRead();
            queue.push(std::move(batch));
        }
        readError = reader.error();
        queue.finish();
    });

    const QDateTime started = QDateTime::currentDateTimeUtc();
    writer.setContext(isoTime(started), CandidateRepository::rankFor(started), fileName);
    QString failure;
    bool stopped = false;
    bool first = true;
    qint64 lastLine = 0;
    while (std::optional<Batch> batch = queue.pop()) {
        if (cancel.load()) {
            stopped = true;
            break;
        }
        bool begun = true;
        if (first) {
            first = false;
            const qint64 rows = qint64(batch->rows.size());
            const qint64 estimate =
                batch->bytesRead > 0 ? rows * fileSize / batch->bytesRead : rows;
            const bool bulk = options.bulkRows > 0 && estimate >= options.bulkRows &&
                              estimate * 2 >= writer.liveCandidates();
            begun = writer.begin(&failure, bulk);
        } else if (!writer.isBulk()) {
            begun = writer.begin(&failure);
        }
        if (!begun) {
            writer.rollback();
            break;
        }
        std::vector<ImportLine> lines(batch->rows.size());
        for (std::size_t i = 0; i < batch->rows.size() && failure.isEmpty(); ++i) {
            if (cancel.load()) {
                stopped = true;
                break;
            }
            writer.settle(batch->rows[i], lines[i], &failure);
        }
        if (stopped || !failure.isEmpty() ||
            !(writer.isBulk() ? writer.flush(&failure) : writer.commit(&failure))) {
            writer.rollback(); // the whole batch, never a part of it
            break;
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            switch (lines[i].outcome) {
            case ImportLine::Outcome::Imported:
                ++report.imported;
                break;
            case ImportLine::Outcome::Duplicate:
                ++report.duplicates;
                break;
            case ImportLine::Outcome::Rejected:
                ++report.rejected;
                report.rejectedRecords.append(csv::Record{
                    std::move(batch->rows[i].cells), lines[i].line, csv::Record::Problem::None});
                break;
            }
            report.lines.append(std::move(lines[i]));
        }
        report.rows += qint64(lines.size());
        lastLine = batch->rows.back().line;
        if (!writer.isBulk()) {
            report.lastSettledLine = lastLine;
        }
        progress(report.rows, fileSize > 0 && batch->bytesRead > 0
                                  ? report.rows * fileSize / batch->bytesRead
                                  : report.rows);
        queue.recycle(std::move(*batch));
    }
    queue.stop();
    producer.join();
    report.cancelled = stopped || readerCancelled;
    if (writer.isBulk()) {
        if (!report.cancelled && failure.isEmpty() && readError.isEmpty()) {
            finishing();
            if (writer.commit(&failure)) {
                report.lastSettledLine = lastLine;
            }
        }
        if (writer.isBulk()) { // not committed: nothing of the file is in
            writer.rollback();
            report.imported = report.duplicates = report.rejected = report.rows = 0;
            report.lines.clear();
            report.rejectedRecords.clear();
            report.lastSettledLine = 0;
        }
    }
    if (!failure.isEmpty()) {
        report.error =
            CandidateImporter::tr("The import stopped on a database error: %1").arg(failure);
    } else if (!readError.isEmpty() && !report.cancelled) {
        report.error = readError;
    }
}

std::atomic<int> connectionCounter{0};

} // namespace

CandidateImporter::CandidateImporter(ImportOptions options, const PhoneNumbers &phones,
                                     QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_phones(phones)
{}

CandidateImporter::~CandidateImporter() = default;

QString CandidateImporter::fastPhoneE164(QStringView text)
{
    char16_t digits[11];
    int count = 0;
    bool plus = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (count == 11) {
                return {};
            }
            digits[count++] = u;
        } else if (u == u'+') {
            if (plus || count > 0) {
                return {};
            }
            plus = true;
        } else if (u != u' ' && u != u'-' && u != u'(' && u != u')') {
            return {};
        }
    }
    const char16_t *national = nullptr;
    if (count == 11 && digits[0] == u'7') {
        national = digits + 1;
    } else if (!plus && count == 11 && digits[0] == u'8') {
        national = digits + 1;
    } else if (!plus && count == 10) {
        national = digits;
    } else {
        return {};
    }
    // Russian mobile numbers are 9 and nine digits, every one of them valid (libphonenumber's
    // RU mobile pattern is 9\d{9}); landlines have ranges and go the long way.
    if (national[0] != u'9') {
        return {};
    }
    QString e164(12, Qt::Uninitialized);
    QChar *out = e164.data();
    out[0] = u'+';
    out[1] = u'7';
    for (int i = 0; i < 10; ++i) {
        out[2 + i] = QChar(national[i]);
    }
    return e164;
}

ImportPreview CandidateImporter::preview(const QString &filePath, int rows, QChar delimiter)
{
    ImportPreview preview;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("Cannot open %1: %2").arg(filePath, file.errorString());
        return preview;
    }
    csv::Reader reader(&file);
    if (!reader.open()) {
        preview.error = reader.error();
        return preview;
    }
    if (!delimiter.isNull()) {
        reader.setDelimiter(delimiter);
    }
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    csv::Record record;
    if (!reader.next(record)) {
        preview.error = reader.error().isEmpty() ? tr("The file is empty.") : reader.error();
        return preview;
    }
    preview.header = record.cells;
    preview.mapping = HeaderMapping::guess(preview.header);
    while (preview.rows.size() < rows && reader.next(record)) {
        preview.rows << record.cells;
    }
    return preview;
}

ImportReport CandidateImporter::run()
{
    ImportReport report;
    report.file = m_options.filePath;
    const auto done = [this, &report]() -> ImportReport {
        emit finished(report);
        return report;
    };

    QFile file(m_options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot open %1: %2").arg(m_options.filePath, file.errorString());
        return done();
    }
    const qint64 fileSize = file.size();
    csv::Reader reader(&file);
    if (!reader.open()) {
        report.error = reader.error();
        return done();
    }
    if (!m_options.delimiter.isNull()) {
        reader.setDelimiter(m_options.delimiter);
    }
    csv::Record header;
    if (!reader.next(header)) {
        report.error = reader.error().isEmpty() ? tr("The file is empty.") : reader.error();
        return done();
    }
    report.header = header.cells;
    report.delimiter = reader.delimiter();
    report.encoding = reader.encoding();
    const HeaderMapping mapping = m_options.mapping.value_or(HeaderMapping::guess(header.cells));
    if (!mapping.hasName()) {
        report.error = tr("No column holds the candidates' names. Name a column \"ФИО\" or "
                          "\"Full name\" (or \"Фамилия\" and \"Имя\"), or choose it in the "
                          "preview.");
        return done();
    }
    if (!QFileInfo::exists(m_options.databasePath)) {
        report.error = tr("The database %1 does not exist.").arg(m_options.databasePath);
        return done();
    }

    const QString connection = QStringLiteral("bbd-import-%1").arg(connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_options.databasePath);
        if (!db.open()) {
            report.error = tr("Cannot open the database: %1").arg(db.lastError().text());
        } else {
            // The GUI keeps reading (WAL) and may write between batches; busy_timeout makes
            // either side wait for the other instead of failing.
            QSqlQuery pragma(db);
            for (const char *statement :
                 {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000",
                  "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                  "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 16384",
                  "PRAGMA temp_store = MEMORY"}) {
                if (!pragma.exec(QString::fromLatin1(statement))) {
                    report.error =
                        tr("Cannot configure the database: %1").arg(pragma.lastError().text());
                    break;
                }
            }
        }
        Writer writer(db);
        QString error;
        if (report.error.isEmpty() && !writer.prepare(&error)) {
            report.error = error;
        }
        if (report.error.isEmpty() && !writer.setDefaultVacancy(m_options.defaultVacancy)) {
            report.error = tr("There is no vacancy \"%1\".").arg(m_options.defaultVacancy);
        }
        if (report.error.isEmpty()) {
            importRows(
                reader, writer, mapping, report, fileSize, m_options, m_phones, m_cancel,
                [this](qint64 rowsDone, qint64 total) { emit progress(rowsDone, total); },
                [this] { emit finishing(); });
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done();
}

} // namespace bbd
