#include "app/ats/DuplicateIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bbd {

bool DuplicateIndex::load(const QSqlDatabase &db, QString *error)
{
    m_phoneIds.clear();
    m_emailIds.clear();
    m_addedPhones.clear();
    m_addedEmails.clear();
    m_liveCandidates = 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, phone_e164, email_normalized FROM candidates "
                                   "WHERE deleted = 0 AND merged_into_id IS NULL"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        ++m_liveCandidates;
        const qint64 id = query.value(0).toLongLong();
        if (const quint64 phone = phoneKey(query.value(1).toString()); phone != 0) {
            m_phoneIds.insert(phone, id);
        }
        if (const QString email = query.value(2).toString(); !email.isEmpty()) {
            m_emailIds.insert(email, id);
        }
    }
    if (!query.exec(QStringLiteral(
            "SELECT cc.candidate_id, cc.kind, cc.normalized FROM candidate_contacts cc "
            "JOIN candidates c ON c.id = cc.candidate_id WHERE cc.normalized IS NOT NULL "
            "AND c.deleted = 0 AND c.merged_into_id IS NULL"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (query.value(1).toString() == u"phone") {
            if (const quint64 phone = phoneKey(query.value(2).toString()); phone != 0) {
                m_phoneIds.insert(phone, id);
            }
        } else {
            m_emailIds.insert(query.value(2).toString(), id);
        }
    }
    return true;
}

DuplicateIndex::Match DuplicateIndex::find(const QList<PhoneEntry> &phones,
                                           const QStringList &emails) const
{
    for (const PhoneEntry &phone : phones) {
        if (const qint64 id = m_phoneIds.value(phoneKey(phone.e164)); id != 0) {
            return {id, Reason::Phone, phone.e164};
        }
    }
    for (const QString &email : emails) {
        if (const qint64 id = m_emailIds.value(email); id != 0) {
            return {id, Reason::Email, email};
        }
    }
    return {};
}

void DuplicateIndex::add(qint64 candidateId, const QList<PhoneEntry> &phones,
                         const QStringList &emails)
{
    for (const PhoneEntry &phone : phones) {
        if (const quint64 key = phoneKey(phone.e164); key != 0) {
            addPhone(key, candidateId);
        }
    }
    for (const QString &email : emails) {
        addEmail(email, candidateId);
    }
}

void DuplicateIndex::addPhone(quint64 key, qint64 id)
{
    if (!m_phoneIds.contains(key)) {
        m_phoneIds.insert(key, id);
        m_addedPhones << key;
    }
}

void DuplicateIndex::addEmail(const QString &email, qint64 id)
{
    if (!email.isEmpty() && !m_emailIds.contains(email)) {
        m_emailIds.insert(email, id);
        m_addedEmails << email;
    }
}

void DuplicateIndex::commit()
{
    m_addedPhones.clear();
    m_addedEmails.clear();
}

void DuplicateIndex::rollback()
{
    for (const quint64 phone : std::as_const(m_addedPhones)) {
        m_phoneIds.remove(phone);
    }
    for (const QString &email : std::as_const(m_addedEmails)) {
        m_emailIds.remove(email);
    }
    commit();
}

quint64 DuplicateIndex::phoneKey(QStringView e164)
{
    if (e164.size() < 2 || e164.size() > 16 || e164.front() != u'+') {
        return 0;
    }
    quint64 key = 0;
    for (const QChar c : e164.mid(1)) {
        if (c < u'0' || c > u'9') {
            return 0;
        }
        key = key * 10 + quint64(c.unicode() - u'0');
    }
    // The digit count on top keeps "+01…" and "+1…" apart (15 digits need 50 bits).
    return (quint64(e164.size() - 1) << 56) | key;
}

} // namespace bbd
