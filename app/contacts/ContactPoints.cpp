#include "app/contacts/ContactDirectory.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/SqlHelpers.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

// The part of ContactDirectory added with schema 18: a person's further phones and e-mails
// (contact_points) and the undo and redo of an import; the rest is in ContactDirectory.cpp.
namespace bbd {

QStringList DirectoryContact::allPhones() const
{
    QStringList list;
    for (const QString &phone : QStringList{phoneRaw} + morePhones) {
        if (!phone.trimmed().isEmpty()) {
            list << phone.trimmed();
        }
    }
    return list;
}

QStringList DirectoryContact::allEmails() const
{
    QStringList list;
    for (const QString &address : QStringList{email} + moreEmails) {
        if (!address.trimmed().isEmpty()) {
            list << address.trimmed();
        }
    }
    return list;
}

void DirectoryImportChanges::noteContact(const DirectoryContact &before,
                                         const DirectoryContact &after)
{
    if (createdContacts.contains(after.id)) {
        return; // undoing the create removes it, whatever later lines changed
    }
    for (auto &[first, last] : updatedContacts) {
        if (first.id == after.id) {
            last = after;
            return;
        }
    }
    updatedContacts.append({before, after});
}

void DirectoryImportChanges::noteChannel(const DirectoryChannel &before,
                                         const DirectoryChannel &after)
{
    if (createdChannels.contains(after.id)) {
        return;
    }
    for (auto &[first, last] : updatedChannels) {
        if (first.id == after.id) {
            last = after;
            return;
        }
    }
    updatedChannels.append({before, after});
}

QString ContactDirectory::displayPhone(const QString &raw) const
{
    const QString e164 = toE164(raw);
    return e164.isEmpty() ? raw.trimmed() : m_phones.formatForDisplay(e164);
}

QString ContactDirectory::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

DirectoryContact ContactDirectory::tidied(DirectoryContact contact) const
{
    // A number that is not valid is known by its digits and signs as typed.
    QStringList seen;
    QStringList phones;
    for (const QString &raw : contact.allPhones()) {
        QString key = toE164(raw);
        if (key.isEmpty()) {
            key = raw.simplified();
        }
        if (!seen.contains(key)) {
            seen << key;
            phones << raw;
        }
    }
    contact.phoneRaw = phones.isEmpty() ? QString() : phones.takeFirst();
    contact.phoneE164 = toE164(contact.phoneRaw);
    contact.morePhones = phones;
    seen.clear();
    QStringList emails;
    for (const QString &address : contact.allEmails()) {
        if (!seen.contains(normalizedEmail(address))) {
            seen << normalizedEmail(address);
            emails << address;
        }
    }
    contact.email = emails.isEmpty() ? QString() : emails.takeFirst();
    contact.moreEmails = emails;
    return contact;
}

bool ContactDirectory::readPoints(QList<DirectoryContact> &contacts) const
{
    if (contacts.isEmpty()) {
        return true;
    }
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        rowOf.insert(contacts.at(i).id, i);
    }
    QSqlQuery query(m_db);
    const bool one = contacts.size() == 1;
    const QString sqlText = QStringLiteral("SELECT contact_id, kind, raw FROM contact_points %1 "
                                           "ORDER BY contact_id, kind, position")
                                .arg(one ? QStringLiteral("WHERE contact_id = ?") : QString());
    if (!sql::run(query, sqlText, one ? QVariantList{contacts.first().id} : QVariantList{})) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        const auto it = rowOf.constFind(query.value(0).toLongLong());
        if (it == rowOf.cend()) {
            continue; // a deleted person's
        }
        DirectoryContact &c = contacts[it.value()];
        (query.value(1).toString() == u"phone" ? c.morePhones : c.moreEmails)
            << query.value(2).toString();
    }
    return true;
}

bool ContactDirectory::savePoints(const DirectoryContact &contact)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("DELETE FROM contact_points WHERE contact_id = ?"),
                  {contact.id})) {
        return fail(query.lastError().text());
    }
    const auto insert = [&](const QString &kind, const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString normalized =
                kind == u"phone" ? toE164(values.at(i)) : normalizedEmail(values.at(i));
            if (!sql::run(
                    query,
                    QStringLiteral("INSERT INTO contact_points (contact_id, kind, position, "
                                   "raw, normalized) VALUES (?, ?, ?, ?, ?)"),
                    {contact.id, kind, int(i) + 1, values.at(i), sql::nullIfEmpty(normalized)})) {
                return fail(query.lastError().text());
            }
        }
        return true;
    };
    return insert(QStringLiteral("phone"), contact.morePhones) &&
           insert(QStringLiteral("email"), contact.moreEmails);
}

bool ContactDirectory::inOneTransaction(const std::function<bool()> &steps)
{
    if (m_batch) {
        return steps();
    }
    if (!beginBatch()) {
        return false;
    }
    if (!steps()) {
        rollbackBatch();
        return false;
    }
    return commitBatch();
}

bool ContactDirectory::revertImport(const DirectoryImportChanges &changes)
{
    // Channels first: they name the people, so the people they point at are still there.
    const bool ok = inOneTransaction([&] {
        for (auto it = changes.updatedChannels.crbegin(); it != changes.updatedChannels.crend();
             ++it) {
            DirectoryChannel before = it->first;
            if (!saveChannel(before)) {
                return false;
            }
        }
        for (const qint64 id : changes.createdChannels) {
            if (!deleteChannel(id)) {
                return false;
            }
        }
        for (auto it = changes.updatedContacts.crbegin(); it != changes.updatedContacts.crend();
             ++it) {
            DirectoryContact before = it->first;
            if (!saveContact(before)) {
                return false;
            }
        }
        for (const qint64 id : changes.createdContacts) {
            if (!deleteContact(id)) {
                return false;
            }
        }
        return true;
    });
    return ok || fail(tr("The import cannot be undone, nothing was changed: %1").arg(m_lastError));
}

bool ContactDirectory::reapplyImport(const DirectoryImportChanges &changes)
{
    const bool ok = inOneTransaction([&] {
        for (const qint64 id : changes.createdContacts) {
            if (!restoreContact(id)) {
                return false;
            }
        }
        for (const auto &change : changes.updatedContacts) {
            DirectoryContact again = change.second;
            if (!saveContact(again)) {
                return false;
            }
        }
        for (const qint64 id : changes.createdChannels) {
            if (!restoreChannel(id)) {
                return false;
            }
        }
        for (const auto &change : changes.updatedChannels) {
            DirectoryChannel again = change.second;
            if (!saveChannel(again)) {
                return false;
            }
        }
        return true;
    });
    return ok || fail(tr("The import cannot be redone, nothing was changed: %1").arg(m_lastError));
}

} // namespace bbd
