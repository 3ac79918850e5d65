#include "app/ats/CandidateChoices.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

namespace bbd::candidateChoices {
namespace {

QStringList firstColumn(const Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next()) {
            values << query.value(0).toString();
        }
    }
    return values;
}

} // namespace

QStringList knownSources(const Database &db)
{
    return firstColumn(db, QStringLiteral(R"sql(
SELECT source FROM candidates
 WHERE deleted = 0 AND merged_into_id IS NULL AND source IS NOT NULL AND source <> ''
 GROUP BY source ORDER BY count(*) DESC, source LIMIT 200)sql"));
}

QStringList knownTags(const Database &db)
{
    return firstColumn(db, QStringLiteral(R"sql(
SELECT t.value FROM candidates c, json_each(c.tags) t
 WHERE c.deleted = 0 AND c.merged_into_id IS NULL AND json_valid(c.tags)
 GROUP BY t.value ORDER BY count(*) DESC, t.value LIMIT 500)sql"));
}

QList<Vacancy> vacancies(const Database &db)
{
    QList<Vacancy> list;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, title, department, status FROM vacancies "
                                   "WHERE deleted = 0 ORDER BY status = 'closed', title, id"))) {
        return list;
    }
    while (query.next()) {
        Vacancy vacancy;
        vacancy.id = query.value(0).toLongLong();
        vacancy.title = query.value(1).toString();
        vacancy.department = query.value(2).toString();
        vacancy.status = vacancyStatusFromKey(query.value(3).toString());
        list.append(vacancy);
    }
    return list;
}

} // namespace bbd::candidateChoices
