#include "app/contacts/ContactDirectory.h"

#include "app/contacts/ContactActions.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/SqlHelpers.h"
#include "app/storage/Transaction.h"
#include "app/sync/OutboxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace bbd {
namespace {

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

QString entityOf(const QString &resource)
{
    return resource == u"channels" ? QStringLiteral("channel") : QStringLiteral("contact");
}

const QString kChannelColumns =
    QStringLiteral("id, kind, name, address, purpose, when_to_use, confidential_allowed, priority");
const QString kContactColumns = QStringLiteral("id, full_name, role, email, phone_raw, phone_e164, "
                                               "slack_handle, escalation_order, notes");

DirectoryChannel readChannel(const QSqlQuery &query)
{
    DirectoryChannel c;
    c.id = query.value(0).toLongLong();
    c.kind = query.value(1).toString();
    c.name = query.value(2).toString();
    c.address = query.value(3).toString();
    c.purpose = query.value(4).toString();
    c.whenToUse = query.value(5).toString();
    c.confidentialAllowed = query.value(6).toBool();
    c.priority = query.value(7).toInt();
    return c;
}

DirectoryContact readContact(const QSqlQuery &query)
{
    DirectoryContact c;
    c.id = query.value(0).toLongLong();
    c.fullName = query.value(1).toString();
    c.role = query.value(2).toString();
    c.email = query.value(3).toString();
    c.phoneRaw = query.value(4).toString();
    c.phoneE164 = query.value(5).toString();
    c.slackHandle = query.value(6).toString();
    c.escalationOrder = query.value(7).toInt();
    c.notes = query.value(8).toString();
    return c;
}

} // namespace

ContactDirectory::ContactDirectory(QSqlDatabase db, const PhoneNumbers &phones)
    : m_db(std::move(db))
    , m_phones(phones)
{}

ContactDirectory::~ContactDirectory() = default;

const QStringList &ContactDirectory::channelKinds()
{
    static const QStringList kinds{QStringLiteral("email"), QStringLiteral("phone"),
                                   QStringLiteral("slack"), QStringLiteral("meeting"),
                                   QStringLiteral("chatbot")};
    return kinds;
}

QString ContactDirectory::kindText(const QString &kind)
{
    if (kind == u"email") {
        return tr("E-mail");
    }
    if (kind == u"phone") {
        return tr("Phone");
    }
    if (kind == u"slack") {
        return tr("Slack");
    }
    if (kind == u"meeting") {
        return tr("Meeting");
    }
    if (kind == u"chatbot") {
        return tr("Chat-bot");
    }
    return kind;
}

bool ContactDirectory::isValidEmail(const QString &email)
{
    // Enough to catch typos (no @, spaces, no domain); the mail server has the last word.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\".]{2,}$"));
    return pattern.match(email).hasMatch();
}

QString ContactDirectory::toE164(const QString &raw) const
{
    return m_phones.toE164(raw.trimmed());
}

QString ContactDirectory::displayPhone(const DirectoryContact &contact) const
{
    return contact.phoneE164.isEmpty() ? contact.phoneRaw
                                       : m_phones.formatForDisplay(contact.phoneE164);
}

bool ContactDirectory::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QList<DirectoryChannel> ContactDirectory::channels() const
{
    QList<DirectoryChannel> list;
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM channels WHERE deleted = 0 ORDER BY "
                                        "priority, name COLLATE NOCASE, id")
                             .arg(kChannelColumns))) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        list.append(readChannel(query));
    }
    QSqlQuery links(m_db);
    if (!sql::run(links, QStringLiteral("SELECT l.channel_id, l.contact_id FROM channel_contacts "
                                        "l JOIN contacts c ON c.id = l.contact_id AND c.deleted = "
                                        "0 ORDER BY c.escalation_order, c.full_name"))) {
        fail(links.lastError().text());
        return list;
    }
    while (links.next()) {
        for (DirectoryChannel &channel : list) {
            if (channel.id == links.value(0).toLongLong()) {
                channel.contactIds.append(links.value(1).toLongLong());
            }
        }
    }
    return list;
}

QList<DirectoryContact> ContactDirectory::contacts() const
{
    QList<DirectoryContact> list;
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM contacts WHERE deleted = 0 ORDER BY "
                                        "escalation_order, full_name COLLATE NOCASE, id")
                             .arg(kContactColumns))) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        list.append(readContact(query));
    }
    readPoints(list);
    return list;
}

std::optional<DirectoryChannel> ContactDirectory::channel(qint64 id) const
{
    for (const DirectoryChannel &c : channels()) {
        if (c.id == id) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<DirectoryContact> ContactDirectory::contact(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT %1 FROM contacts WHERE id = ? AND deleted = 0")
                      .arg(kContactColumns),
                  {id}) ||
        !query.next()) {
        return std::nullopt;
    }
    QList<DirectoryContact> one{readContact(query)};
    readPoints(one);
    return one.first();
}

QStringList ContactDirectory::validate(const DirectoryChannel &channel) const
{
    QStringList problems;
    const QString address = channel.address.trimmed();
    if (channel.name.simplified().isEmpty()) {
        problems << tr("A channel needs a name.");
    }
    if (!channelKinds().contains(channel.kind)) {
        problems << tr("Unknown kind of channel \"%1\".").arg(channel.kind);
    } else if (channel.kind == u"email" && !isValidEmail(address)) {
        problems << tr("\"%1\" is not an e-mail address (name@example.com).").arg(address);
    } else if (channel.kind == u"phone" && !address.isEmpty() &&
               !m_phones.parse(address).isValid()) {
        problems << tr("The channel's phone number is not valid: %1")
                        .arg(PhoneNumbers::problemText(m_phones.parse(address).problem));
    } else if (channel.kind == u"slack" && !address.isEmpty() &&
               !contactactions::slackUrl(address).isValid()) {
        problems << tr("\"%1\" is neither a Slack channel (#name) nor a link.").arg(address);
    } else if (channel.kind == u"meeting" && !address.isEmpty() &&
               !contactactions::bookingUrl(address).isValid()) {
        problems << tr("The booking link must start with http:// or https://.");
    }
    return problems;
}

QStringList ContactDirectory::validate(const DirectoryContact &contact) const
{
    QStringList problems;
    if (contact.fullName.simplified().isEmpty()) {
        problems << tr("A contact needs a name.");
    }
    for (const QString &email : contact.allEmails()) {
        if (!isValidEmail(email)) {
            problems << tr("\"%1\" is not an e-mail address (name@example.com).").arg(email);
        }
    }
    if (contact.slackHandle.trimmed().contains(u' ')) {
        problems << tr("A Slack name has no spaces.");
    }
    if (contact.allEmails().isEmpty() && contact.allPhones().isEmpty() &&
        contact.slackHandle.trimmed().isEmpty()) {
        problems << tr("Give at least one way to reach %1: e-mail, phone or Slack.")
                        .arg(contact.fullName.simplified());
    }
    return problems;
}

QStringList ContactDirectory::warnings(const DirectoryContact &contact) const
{
    QStringList list;
    for (const QString &raw : contact.allPhones()) {
        const PhoneNumber phone = m_phones.parse(raw);
        if (!phone.isValid()) {
            list << tr("The phone number \"%1\" is kept as typed but cannot be called: %2")
                        .arg(raw, PhoneNumbers::problemText(phone.problem));
        }
    }
    return list;
}

bool ContactDirectory::begin(std::optional<Transaction> &transaction)
{
    if (m_batch) {
        return true;
    }
    transaction.emplace(m_db);
    return transaction->isActive() || fail(m_db.lastError().text());
}

bool ContactDirectory::finish(std::optional<Transaction> &transaction)
{
    return !transaction || transaction->commit() || fail(m_db.lastError().text());
}

bool ContactDirectory::beginBatch()
{
    m_batch = std::make_unique<Transaction>(m_db);
    if (!m_batch->isActive()) {
        m_batch.reset();
        return fail(m_db.lastError().text());
    }
    return true;
}

bool ContactDirectory::commitBatch()
{
    const bool ok = m_batch && m_batch->commit();
    m_batch.reset();
    return ok || fail(m_db.lastError().text());
}

void ContactDirectory::rollbackBatch()
{
    m_batch.reset();
}

bool ContactDirectory::saveChannel(DirectoryChannel &channel)
{
    if (const QStringList problems = validate(channel); !problems.isEmpty()) {
        return fail(problems.join(u' '));
    }
    std::optional<Transaction> transaction;
    if (!begin(transaction)) {
        return false;
    }
    QSqlQuery query(m_db);
    const bool created = channel.id == 0;
    if (created && channel.priority <= 0) {
        if (!sql::run(query, QStringLiteral("SELECT coalesce(max(priority), 0) + 1 FROM channels "
                                            "WHERE deleted = 0")) ||
            !query.next()) {
            return fail(query.lastError().text());
        }
        channel.priority = query.value(0).toInt();
    }
    const QVariantList values{channel.kind,
                              channel.name.simplified(),
                              sql::nullIfEmpty(channel.address.trimmed()),
                              sql::nullIfEmpty(channel.purpose.trimmed()),
                              sql::nullIfEmpty(channel.whenToUse.trimmed()),
                              channel.confidentialAllowed ? 1 : 0,
                              channel.priority,
                              sql::nowUtc()};
    if (created) {
        if (!sql::run(query,
                      QStringLiteral("INSERT INTO channels (kind, name, address, purpose, "
                                     "when_to_use, confidential_allowed, priority, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      values)) {
            return fail(query.lastError().text());
        }
        channel.id = query.lastInsertId().toLongLong();
    } else {
        QVariantList bound = values;
        bound << channel.id;
        if (!sql::run(query,
                      QStringLiteral("UPDATE channels SET kind = ?, name = ?, address = ?, "
                                     "purpose = ?, when_to_use = ?, confidential_allowed = ?, "
                                     "priority = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND deleted = 0"),
                      bound)) {
            return fail(query.lastError().text());
        }
        if (query.numRowsAffected() != 1) {
            return fail(tr("The channel no longer exists (it may have been deleted)."));
        }
        if (!sql::run(query, QStringLiteral("DELETE FROM channel_contacts WHERE channel_id = ?"),
                      {channel.id})) {
            return fail(query.lastError().text());
        }
    }
    for (const qint64 contactId : std::as_const(channel.contactIds)) {
        if (!sql::run(query,
                      QStringLiteral("INSERT OR IGNORE INTO channel_contacts (channel_id, "
                                     "contact_id) VALUES (?, ?)"),
                      {channel.id, contactId})) {
            return fail(query.lastError().text());
        }
    }
    return push(QStringLiteral("channels"), channel.id, created ? Push::Create : Push::Change) &&
           finish(transaction);
}

bool ContactDirectory::saveContact(DirectoryContact &contact)
{
    if (const QStringList problems = validate(contact); !problems.isEmpty()) {
        return fail(problems.join(u' '));
    }
    contact = tidied(contact);
    std::optional<Transaction> transaction;
    if (!begin(transaction)) {
        return false;
    }
    QSqlQuery query(m_db);
    const bool created = contact.id == 0;
    if (created && contact.escalationOrder <= 0) {
        if (!sql::run(query, QStringLiteral("SELECT coalesce(max(escalation_order), 0) + 1 FROM "
                                            "contacts WHERE deleted = 0")) ||
            !query.next()) {
            return fail(query.lastError().text());
        }
        contact.escalationOrder = query.value(0).toInt();
    }
    QVariantList values{contact.fullName.simplified(),
                        sql::nullIfEmpty(contact.role.trimmed()),
                        sql::nullIfEmpty(contact.email.trimmed()),
                        sql::nullIfEmpty(contact.phoneE164),
                        sql::nullIfEmpty(contact.phoneRaw),
                        sql::nullIfEmpty(contact.slackHandle.trimmed()),
                        contact.escalationOrder,
                        sql::nullIfEmpty(contact.notes.trimmed()),
                        sql::nowUtc()};
    if (created) {
        if (!sql::run(query,
                      QStringLiteral("INSERT INTO contacts (full_name, role, email, phone_e164, "
                                     "phone_raw, slack_handle, escalation_order, notes, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      values)) {
            return fail(query.lastError().text());
        }
        contact.id = query.lastInsertId().toLongLong();
    } else {
        values << contact.id;
        if (!sql::run(query,
                      QStringLiteral("UPDATE contacts SET full_name = ?, role = ?, email = ?, "
                                     "phone_e164 = ?, phone_raw = ?, slack_handle = ?, "
                                     "escalation_order = ?, notes = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND deleted = 0"),
                      values)) {
            return fail(query.lastError().text());
        }
        if (query.numRowsAffected() != 1) {
            return fail(tr("The contact no longer exists (it may have been deleted)."));
        }
    }
    if (!savePoints(contact)) {
        return false;
    }
    return push(QStringLiteral("contacts"), contact.id, created ? Push::Create : Push::Change) &&
           finish(transaction);
}

bool ContactDirectory::setDeleted(const QString &table, qint64 id, bool deleted)
{
    std::optional<Transaction> transaction;
    if (!begin(transaction)) {
        return false;
    }
    QSqlQuery query(m_db);
    // A restored record is a new one for the platform: the old one was deleted there.
    const QString sqlText =
        deleted ? QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, version = version + "
                                 "1 WHERE id = ? AND deleted = 0")
                : QStringLiteral("UPDATE %1 SET deleted = 0, remote_id = NULL, remote_version = "
                                 "0, updated_at = ?, version = version + 1 WHERE id = ? AND "
                                 "deleted = 1");
    if (!sql::run(query, sqlText.arg(table), {sql::nowUtc(), id})) {
        return fail(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return fail(tr("The entry was not found."));
    }
    return push(table, id, deleted ? Push::Delete : Push::Create) && finish(transaction);
}

bool ContactDirectory::deleteChannel(qint64 id)
{
    return setDeleted(QStringLiteral("channels"), id, true);
}

bool ContactDirectory::deleteContact(qint64 id)
{
    return setDeleted(QStringLiteral("contacts"), id, true);
}

bool ContactDirectory::restoreChannel(qint64 id)
{
    return setDeleted(QStringLiteral("channels"), id, false);
}

bool ContactDirectory::restoreContact(qint64 id)
{
    return setDeleted(QStringLiteral("contacts"), id, false);
}

bool ContactDirectory::setOrder(const QString &table, const QString &column,
                                const QList<qint64> &ids)
{
    std::optional<Transaction> transaction;
    if (!begin(transaction)) {
        return false;
    }
    QSqlQuery query(m_db);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int order = int(i) + 1;
        if (!sql::run(query,
                      QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND deleted = 0 AND %2 <> ?")
                          .arg(table, column),
                      {order, sql::nowUtc(), ids.at(i), order})) {
            return fail(query.lastError().text());
        }
        if (query.numRowsAffected() == 1 && !push(table, ids.at(i), Push::Change, {column})) {
            return false;
        }
    }
    return finish(transaction);
}

bool ContactDirectory::setChannelOrder(const QList<qint64> &ids)
{
    return setOrder(QStringLiteral("channels"), QStringLiteral("priority"), ids);
}

bool ContactDirectory::setContactOrder(const QList<qint64> &ids)
{
    return setOrder(QStringLiteral("contacts"), QStringLiteral("escalation_order"), ids);
}

// The platform's outbox row for a change of `id`, as app/sync/PlatformPush does it for
// candidates: a record the platform has not answered for yet is addressed by the placeholders
// its create's afterSent fills in; one it never heard of is created instead.
bool ContactDirectory::push(const QString &resource, qint64 id, Push what,
                            const QStringList &fields)
{
    if (m_failNextOutbox) {
        m_failNextOutbox = false;
        return fail(QStringLiteral("outbox write refused (test)"));
    }
    const bool channel = resource == u"channels";
    QSqlQuery query(m_db);
    const QString columns =
        channel ? QStringLiteral("remote_id, remote_version, kind, name, address, purpose, "
                                 "when_to_use, confidential_allowed, priority")
                : QStringLiteral("remote_id, remote_version, full_name, role, email, phone_e164, "
                                 "phone_raw, slack_handle, escalation_order, notes");
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, resource),
                  {id}) ||
        !query.next()) {
        return fail(query.lastError().text());
    }
    const QString remoteId = query.value(0).toString();
    const int remoteVersion = query.value(1).toInt();
    QJsonObject record;
    if (channel) {
        record.insert(QStringLiteral("kind"), query.value(2).toString());
        record.insert(QStringLiteral("name"), query.value(3).toString());
        record.insert(QStringLiteral("address"), textOrNull(query.value(4)));
        record.insert(QStringLiteral("purpose"), textOrNull(query.value(5)));
        record.insert(QStringLiteral("when_to_use"), textOrNull(query.value(6)));
        record.insert(QStringLiteral("confidential_allowed"), query.value(7).toBool());
        record.insert(QStringLiteral("priority"), query.value(8).toInt());
        QSqlQuery links(m_db);
        // Only people the platform knows can be named; the others follow on the next save.
        if (!sql::run(links,
                      QStringLiteral("SELECT c.remote_id FROM channel_contacts l JOIN contacts c "
                                     "ON c.id = l.contact_id WHERE l.channel_id = ? AND "
                                     "c.deleted = 0 AND c.remote_id IS NOT NULL ORDER BY "
                                     "c.escalation_order"),
                      {id})) {
            return fail(links.lastError().text());
        }
        QJsonArray ids;
        while (links.next()) {
            ids.append(links.value(0).toString());
        }
        record.insert(QStringLiteral("contact_ids"), ids);
    } else {
        record.insert(QStringLiteral("full_name"), query.value(2).toString());
        record.insert(QStringLiteral("role"), textOrNull(query.value(3)));
        record.insert(QStringLiteral("email"), textOrNull(query.value(4)));
        record.insert(QStringLiteral("phone_e164"), textOrNull(query.value(5)));
        record.insert(QStringLiteral("phone_raw"), textOrNull(query.value(6)));
        record.insert(QStringLiteral("slack_handle"), textOrNull(query.value(7)));
        record.insert(QStringLiteral("escalation_order"), query.value(8).toInt());
        record.insert(QStringLiteral("notes"), textOrNull(query.value(9)));
        QSqlQuery points(m_db);
        if (!sql::run(points,
                      QStringLiteral("SELECT kind, raw, normalized FROM contact_points WHERE "
                                     "contact_id = ? ORDER BY kind = 'email', position"),
                      {id})) {
            return fail(points.lastError().text());
        }
        QJsonArray more;
        while (points.next()) {
            more.append(QJsonObject{{QStringLiteral("kind"), points.value(0).toString()},
                                    {QStringLiteral("raw"), points.value(1).toString()},
                                    {QStringLiteral("normalized"), textOrNull(points.value(2))}});
        }
        record.insert(QStringLiteral("contacts"), more);
    }
    const QString collection = QStringLiteral("/api/v1/") + resource;
    OutboxItem item;
    item.service = QStringLiteral("platform");
    item.entityType = entityOf(resource);
    item.entityId = id;
    bool known = !remoteId.isEmpty();
    if (known) {
        item.path = collection + u'/' + remoteId;
        item.ifMatch = QString::number(remoteVersion);
    } else if (what != Push::Create) {
        if (!sql::run(query,
                      QStringLiteral("SELECT 1 FROM outbox WHERE service = 'platform' AND "
                                     "entity_type = ? AND entity_id = ? AND method = 'POST' AND "
                                     "status <> 'sent' AND path = ? LIMIT 1"),
                      {item.entityType, id, collection})) {
            return fail(query.lastError().text());
        }
        known = query.next();
        item.path = collection + QStringLiteral("/{remote_id}");
        item.ifMatch = QStringLiteral("{version}");
    }
    QJsonObject body;
    if (what == Push::Delete) {
        if (!known) {
            return true; // never reached the platform: nothing to delete there
        }
        item.method = QStringLiteral("DELETE");
    } else if (what == Push::Create || !known) {
        item.method = QStringLiteral("POST");
        item.path = collection;
        item.ifMatch.clear();
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (!it.value().isNull()) {
                body.insert(it.key(), it.value());
            }
        }
    } else {
        item.method = QStringLiteral("PATCH");
        if (fields.isEmpty()) {
            body = record;
        } else {
            for (const QString &field : fields) {
                body.insert(field, record.value(field));
            }
        }
    }
    item.body = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QString error;
    return enqueueOutbox(m_db, item, &error) > 0 || fail(error);
}

} // namespace bbd
