#pragma once

#include "models/Candidate.h"
#include "models/PageSource.h"
#include "models/Vacancy.h"

#include <QVariantList>

class QSqlQuery;

namespace bbd {

class Database;
class PhoneNumbers;

// The live cards of one board column (a vacancy's stage) in board order, read page by page.
//
// Reading a column of 20,000 cards must not cost 20,000 rows: the predicate is exactly the one
// of the partial index candidates_board(vacancy_id, stage_id, board_rank, id), so a page is a
// range of that index. A page that continues the previous one is read by keyset
// ("after the last (board_rank, id) handed out") rather than OFFSET, which would walk every
// skipped entry again; any other page falls back to OFFSET.
class BoardColumnSource final : public PageSource<Candidate>
{
public:
    // `extraCondition` is an SQL fragment over alias `c` (the candidates row), e.g.
    // "c.rating >= ?", with `extraBinds` filling its placeholders; empty for the whole column.
    // `db` and `phones` must outlive the source.
    BoardColumnSource(const Database &db, const PhoneNumbers &phones, qint64 vacancyId,
                      qint64 stageId, QString extraCondition = {}, QVariantList extraBinds = {});

    int count() const override;
    QList<Candidate> fetch(int offset, int limit) const override;
    QString lastError() const override { return m_lastError; }

    // Cards of the column that entered it before `before` (the "stuck" ones), -1 on failure.
    int countEnteredBefore(const QDateTime &before) const;

    qint64 vacancyId() const { return m_vacancyId; }
    qint64 stageId() const { return m_stageId; }
    // How the last fetch() read its page; lets tests check that paging took the index path.
    bool lastFetchUsedKeyset() const { return m_lastFetchUsedKeyset; }

private:
    QString whereClause() const;
    void bindWhere(QSqlQuery &query) const;

    QString m_connectionName;
    const PhoneNumbers &m_phones;
    qint64 m_vacancyId = 0;
    qint64 m_stageId = 0;
    QString m_extraCondition;
    QVariantList m_extraBinds;

    // Where the previous page ended, so that the next one can start from there.
    mutable int m_nextOffset = -1;
    mutable double m_lastRank = 0;
    mutable qint64 m_lastId = 0;
    mutable bool m_lastFetchUsedKeyset = false;
    mutable QString m_lastError;
};

// The columns of a vacancy's board in order, without their counts (candidateCount stays 0):
// VacancyRepository::stages() counts every column, which on a board of 100k cards walks the
// whole index once more before the first card can show; the board counts each column anyway.
// Empty with `error` set on failure.
QList<PipelineStage> boardStages(const Database &db, qint64 vacancyId, QString *error);

// Cards of a column that entered it before `before`, over the connection `connectionName`
// (which may be one opened in another thread); -1 with `error` set on failure.
int countBoardCardsEnteredBefore(const QString &connectionName, qint64 vacancyId, qint64 stageId,
                                 const QString &extraCondition, const QVariantList &extraBinds,
                                 const QDateTime &before, QString *error);

} // namespace bbd
