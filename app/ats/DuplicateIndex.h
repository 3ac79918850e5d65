#pragma once

#include "models/Candidate.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bbd {

// The rule every import uses to call an incoming person a duplicate: a live candidate (not
// deleted, not merged away) with the same E.164 phone or the same normalised e-mail, on its main
// columns or among its extra contacts. The keys are loaded once and matched in memory, so a
// million-row import does not ask the database per row; what an import adds is added here too,
// and taken back when its transaction rolls back. The CSV import and the hh.ru pull share it.
class DuplicateIndex
{
public:
    enum class Reason { None, Phone, Email };

    struct Match
    {
        qint64 candidateId = 0; // 0: no duplicate
        Reason reason = Reason::None;
        QString value; // the E.164 number or the e-mail that matched

        bool found() const { return candidateId != 0; }
    };

    // Reads the keys of every live candidate on `db`; false with `error` (the database's text)
    // when it cannot.
    bool load(const QSqlDatabase &db, QString *error);
    qint64 liveCandidates() const { return m_liveCandidates; }

    // Phones first (in their order), then e-mails, which must already be normalised
    // (CandidateRepository::normalizeEmail); phones without an E.164 form never match.
    Match find(const QList<PhoneEntry> &phones, const QStringList &emails) const;
    // Registers a candidate just written, so later rows of the same import match it. A key
    // already taken keeps its first owner.
    void add(qint64 candidateId, const QList<PhoneEntry> &phones, const QStringList &emails);
    // The caller's transaction committed: what was added since the last commit stays.
    void commit();
    // The caller's transaction rolled back: what was added since the last commit is taken out.
    void rollback();

    // An E.164 number ("+" and at most 15 digits) as a number: a million of them as hash keys
    // take a third of the memory of strings. 0 for anything else.
    static quint64 phoneKey(QStringView e164);

private:
    void addPhone(quint64 key, qint64 id);
    void addEmail(const QString &email, qint64 id);

    QHash<quint64, qint64> m_phoneIds; // phoneKey() -> candidate
    QHash<QString, qint64> m_emailIds;
    QList<quint64> m_addedPhones; // since the last commit()
    QStringList m_addedEmails;
    qint64 m_liveCandidates = 0;
};

} // namespace bbd
