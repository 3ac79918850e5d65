#include "app/ats/CandidateExporter.h"

#include "app/io/HeaderMapping.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

using Field = HeaderMapping::Field;

const QList<Field> &exportedFields()
{
    static const QList<Field> fields{Field::FullName,  Field::Phone,   Field::Email,
                                     Field::Source,    Field::Vacancy, Field::Stage,
                                     Field::AppliedAt, Field::Tags,    Field::Rating,
                                     Field::Notes,     Field::Consent, Field::ConsentAt};
    return fields;
}

QString joinTags(const QVariant &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        tags << value.toString();
    }
    return tags.join(QStringLiteral(", "));
}

} // namespace

CandidateExporter::CandidateExporter(const Database &db)
    : m_connectionName(db.connectionName())
{}

ExportResult CandidateExporter::exportAll(const QString &path) const
{
    return exportWhere(path, QStringLiteral("1"), {});
}

ExportResult CandidateExporter::exportVacancy(const QString &path,
                                              const QString &vacancyTitle) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM vacancies WHERE deleted = 0 AND title = ?"));
    query.addBindValue(vacancyTitle);
    if (!query.exec() || !query.next()) {
        ExportResult result;
        result.error = query.lastError().isValid()
                           ? tr("Cannot read the vacancies: %1").arg(query.lastError().text())
                           : tr("There is no vacancy \"%1\".").arg(vacancyTitle);
        return result;
    }
    return exportWhere(path,
                       QStringLiteral("c.vacancy_id IN (SELECT id FROM vacancies WHERE "
                                      "deleted = 0 AND title = ?)"),
                       {vacancyTitle});
}

ExportResult CandidateExporter::exportIds(const QString &path, const QList<qint64> &ids) const
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return exportWhere(path, QStringLiteral("c.id IN (SELECT value FROM json_each(?))"),
                       {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
}

ExportResult CandidateExporter::exportWhere(const QString &path, const QString &condition,
                                            const QVariantList &values) const
{
    ExportResult result;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString where = QStringLiteral(" WHERE c.deleted = 0 AND c.merged_into_id IS NULL "
                                         "AND (") +
                          condition + u')';
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery contacts(db);
    contacts.setForwardOnly(true);
    // Both queries go in id order, so the extra phones and e-mails are merged in as the
    // rows stream by, whatever the number of candidates.
    bool ok = rows.prepare(QStringLiteral(R"sql(
SELECT c.id, c.full_name, c.phone_raw, c.email, c.source, v.title, s.name, c.applied_at, c.tags,
       c.rating, c.notes, c.consent, c.consent_at
  FROM candidates c
  LEFT JOIN vacancies v ON v.id = c.vacancy_id
  LEFT JOIN pipeline_stages s ON s.id = c.stage_id)sql") +
                           where + QStringLiteral(" ORDER BY c.id")) &&
              contacts.prepare(QStringLiteral("SELECT cc.candidate_id, cc.kind, cc.raw FROM "
                                              "candidate_contacts cc JOIN candidates c ON c.id = "
                                              "cc.candidate_id") +
                               where + QStringLiteral(" ORDER BY cc.candidate_id, cc.position"));
    for (const QVariant &value : values) {
        rows.addBindValue(value);
        contacts.addBindValue(value);
    }
    ok = ok && rows.exec() && contacts.exec();
    if (!ok) {
        result.error = tr("Cannot read the candidates: %1")
                           .arg(rows.lastError().isValid() ? rows.lastError().text()
                                                           : contacts.lastError().text());
        return result;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return result;
    }
    csv::Writer writer(&out, m_delimiter, m_encoding);
    QStringList header;
    for (const Field field : exportedFields()) {
        header << HeaderMapping::fieldTitle(field);
    }
    bool written = writer.writeRecord(header);
    bool moreContacts = contacts.next();
    while (written && rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        QStringList phones;
        QStringList emails;
        if (!rows.value(2).toString().isEmpty()) {
            phones << rows.value(2).toString();
        }
        if (!rows.value(3).toString().isEmpty()) {
            emails << rows.value(3).toString();
        }
        while (moreContacts && contacts.value(0).toLongLong() <= id) {
            if (contacts.value(0).toLongLong() == id) {
                (contacts.value(1).toString() == u"phone" ? phones : emails)
                    << contacts.value(2).toString();
            }
            moreContacts = contacts.next();
        }
        written = writer.writeRecord({rows.value(1).toString(), phones.join(QStringLiteral(", ")),
                                      emails.join(QStringLiteral(", ")), rows.value(4).toString(),
                                      rows.value(5).toString(), rows.value(6).toString(),
                                      rows.value(7).toString(), joinTags(rows.value(8)),
                                      rows.value(9).toString(), rows.value(10).toString(),
                                      rows.value(11).toString(), rows.value(12).toString()});
        result.rows += written ? 1 : 0;
    }
    if (!written || !out.commit()) {
        result.error =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        result.rows = 0;
        return result;
    }
    result.unmappable = writer.unmappableCount();
    result.ok = true;
    return result;
}

} // namespace bbd
