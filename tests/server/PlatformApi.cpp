#include "PlatformApi.h"

#include "Faults.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace bbd::testserver {
namespace {

using Type = PlatformApi::FieldType;
using P = PlatformApi::Presence;
using Field = PlatformApi::Field;

const QStringList kReadOnly{QStringLiteral("id"), QStringLiteral("version"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("deleted")};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(u' ');
}

const QList<Field> kPipelineStage{
    {QStringLiteral("id"), Type::Id, P::Optional},
    {QStringLiteral("position"), Type::Integer, P::Required, {}, nullptr, 0},
    {QStringLiteral("name"), Type::String, P::Required},
    {QStringLiteral("kind"), Type::Enum, P::Optional, words("normal hired rejected")},
    {QStringLiteral("stuck_after_days"), Type::Integer, P::Nullable, {}, nullptr, 1},
    {QStringLiteral("folded"), Type::Boolean, P::Optional},
};

const QList<Field> kCandidateContact{
    {QStringLiteral("kind"), Type::Enum, P::Required, words("phone email")},
    {QStringLiteral("raw"), Type::String, P::Required},
    {QStringLiteral("normalized"), Type::String, P::Nullable},
};

const QList<Field> kAssignmentStage{
    {QStringLiteral("stage_id"), Type::Id, P::Required},
    {QStringLiteral("due_date"), Type::Date, P::Required},
    {QStringLiteral("status"), Type::Enum, P::Optional, words("pending in_progress done skipped")},
    {QStringLiteral("done_at"), Type::DateTime, P::Nullable},
    {QStringLiteral("meeting_url"), Type::String, P::Nullable},
    {QStringLiteral("result"), Type::String, P::Nullable},
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &data, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(
        data, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result.decoded;
}

// Cursors and page tokens are opaque to clients; inside they are a change sequence number.
QByteArray encodeCursor(qint64 seq)
{
    return base64Url("c1:" + QByteArray::number(seq));
}

bool decodeCursor(const QString &text, qint64 *seq)
{
    bool ok = false;
    const QByteArray plain = fromBase64Url(text.toLatin1(), &ok);
    if (!ok || !plain.startsWith("c1:")) {
        return false;
    }
    *seq = plain.mid(3).toLongLong(&ok);
    return ok && *seq >= 0;
}

QByteArray encodePageToken(const QString &resource, qint64 since, qint64 after)
{
    return base64Url("p1:" + resource.toLatin1() + ':' + QByteArray::number(since) + ':' +
                     QByteArray::number(after));
}

bool decodePageToken(const QString &text, const QString &resource, qint64 since, qint64 *after)
{
    bool ok = false;
    const QList<QByteArray> parts = fromBase64Url(text.toLatin1(), &ok).split(':');
    if (!ok || parts.size() != 4 || parts[0] != "p1" || parts[1] != resource.toLatin1() ||
        parts[2].toLongLong() != since) {
        return false;
    }
    *after = parts[3].toLongLong(&ok);
    return ok;
}

// If-Match carries the version, bare ("3") or as an entity tag ("\"3\"", W/"3"); "*" matches
// any live record. Returns -1 for "*", -2 when unreadable.
int parseIfMatch(QByteArray value)
{
    value = value.trimmed();
    if (value == "*") {
        return -1;
    }
    if (value.startsWith("W/")) {
        value = value.mid(2);
    }
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
    }
    bool ok = false;
    const int version = value.toInt(&ok);
    return ok && version >= 0 ? version : -2;
}

QByteArray etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpResponse recordResponse(int status, const QJsonObject &record)
{
    HttpResponse response = HttpResponse::json(status, QJsonDocument(record));
    response.setHeader("ETag", etag(record.value(u"version").toInt()));
    return response;
}

bool checkType(const Field &field, const QJsonValue &value, QString *problem)
{
    switch (field.type) {
    case Type::String:
    case Type::Id:
        if (!value.isString() || (field.type == Type::Id && value.toString().isEmpty())) {
            *problem = QStringLiteral("must be a string");
            return false;
        }
        return true;
    case Type::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number) {
            *problem = QStringLiteral("must be an integer");
            return false;
        }
        if (number < field.minimum || number > field.maximum) {
            *problem = QStringLiteral("out of range");
            return false;
        }
        return true;
    }
    case Type::Number:
        if (!value.isDouble()) {
            *problem = QStringLiteral("must be a number");
        }
        return value.isDouble();
    case Type::Boolean:
        if (!value.isBool()) {
            *problem = QStringLiteral("must be true or false");
        }
        return value.isBool();
    case Type::Date: {
        const QString text = value.toString();
        if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()) {
            *problem = QStringLiteral("must be a date (YYYY-MM-DD)");
            return false;
        }
        return true;
    }
    case Type::DateTime: {
        const QString text = value.toString();
        if (!text.contains(u'T') || !QDateTime::fromString(text, Qt::ISODate).isValid()) {
            *problem = QStringLiteral("must be a date-time (RFC 3339)");
            return false;
        }
        return true;
    }
    case Type::Enum:
        if (!field.values.contains(value.toString())) {
            *problem = QStringLiteral("must be one of: ") + field.values.join(u", ");
            return false;
        }
        return true;
    case Type::StringArray: {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || !std::all_of(array.begin(), array.end(),
                                             [](const QJsonValue &v) { return v.isString(); })) {
            *problem = QStringLiteral("must be an array of strings");
            return false;
        }
        return true;
    }
    case Type::ObjectArray: {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || !std::all_of(array.begin(), array.end(),
                                             [](const QJsonValue &v) { return v.isObject(); })) {
            *problem = QStringLiteral("must be an array of objects");
            return false;
        }
        return true;
    }
    case Type::Object:
        if (!value.isObject()) {
            *problem = QStringLiteral("must be an object");
        }
        return value.isObject();
    case Type::IdOrInteger:
        if (value.isString() && !value.toString().isEmpty()) {
            return true;
        }
        if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble()) {
            return true;
        }
        *problem = QStringLiteral("must be an integer or a string id");
        return false;
    }
    return false;
}

std::atomic_int g_connectionCounter{0};

} // namespace

HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const QByteArray &requestId, const QJsonArray &details)
{
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("request_id"), QString::fromLatin1(requestId)}};
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("details"), details);
    }
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

const QList<PlatformApi::Resource> &PlatformApi::resources()
{
    static const QList<Resource> list{
        {QStringLiteral("employees"),
         QStringLiteral("emp"),
         {
             {QStringLiteral("first_name"), Type::String, P::Required},
             {QStringLiteral("last_name"), Type::String, P::Required},
             {QStringLiteral("email"), Type::String, P::Nullable},
             {QStringLiteral("phone_e164"), Type::String, P::Nullable},
             {QStringLiteral("phone_raw"), Type::String, P::Nullable},
             {QStringLiteral("job_title"), Type::String, P::Nullable},
             {QStringLiteral("department"), Type::String, P::Nullable},
             {QStringLiteral("manager_id"), Type::Id, P::Nullable},
             {QStringLiteral("start_date"), Type::Date, P::Nullable},
             {QStringLiteral("candidate_id"), Type::Id, P::Nullable},
         }},
        {QStringLiteral("vacancies"),
         QStringLiteral("vac"),
         {
             {QStringLiteral("title"), Type::String, P::Required},
             {QStringLiteral("department"), Type::String, P::Nullable},
             {QStringLiteral("status"), Type::Enum, P::Optional, words("draft open paused closed")},
             {QStringLiteral("description"), Type::String, P::Nullable},
             {QStringLiteral("opened_at"), Type::DateTime, P::Nullable},
             {QStringLiteral("closed_at"), Type::DateTime, P::Nullable},
             {QStringLiteral("stages"), Type::ObjectArray, P::Optional, {}, &kPipelineStage},
         }},
        {QStringLiteral("candidates"),
         QStringLiteral("cand"),
         {
             {QStringLiteral("vacancy_id"), Type::Id, P::Nullable},
             {QStringLiteral("stage_id"), Type::Id, P::Nullable},
             {QStringLiteral("full_name"), Type::String, P::Required},
             {QStringLiteral("email"), Type::String, P::Nullable},
             {QStringLiteral("phone_e164"), Type::String, P::Nullable},
             {QStringLiteral("phone_raw"), Type::String, P::Nullable},
             {QStringLiteral("contacts"), Type::ObjectArray, P::Optional, {}, &kCandidateContact},
             {QStringLiteral("source"), Type::String, P::Nullable},
             {QStringLiteral("rating"), Type::Integer, P::Optional, {}, nullptr, 0, 5},
             {QStringLiteral("tags"), Type::StringArray, P::Optional},
             {QStringLiteral("consent"), Type::Enum, P::Optional,
              words("not_asked asked given refused")},
             {QStringLiteral("consent_at"), Type::DateTime, P::Nullable},
             {QStringLiteral("notes"), Type::String, P::Nullable},
             {QStringLiteral("applied_at"), Type::DateTime, P::Nullable},
             {QStringLiteral("stage_entered_at"), Type::DateTime, P::Nullable},
             {QStringLiteral("board_rank"), Type::Number, P::Optional},
             {QStringLiteral("merged_into_id"), Type::Id, P::Nullable},
             {QStringLiteral("rejection_reason"), Type::String, P::Nullable},
             {QStringLiteral("anonymized_at"), Type::DateTime, P::Nullable},
         }},
        {QStringLiteral("candidate_events"),
         QStringLiteral("cev"),
         {
             {QStringLiteral("candidate_id"), Type::Id, P::Required},
             {QStringLiteral("kind"), Type::Enum, P::Required,
              words("created stage_move note message import merge edit attachment")},
             {QStringLiteral("at"), Type::DateTime, P::Required},
             {QStringLiteral("author"), Type::String, P::Nullable},
             {QStringLiteral("from_stage_id"), Type::Id, P::Nullable},
             {QStringLiteral("to_stage_id"), Type::Id, P::Nullable},
             {QStringLiteral("text"), Type::String, P::Nullable},
             {QStringLiteral("payload"), Type::Object, P::Nullable},
         }},
        {QStringLiteral("message_templates"),
         QStringLiteral("tpl"),
         {
             {QStringLiteral("name"), Type::String, P::Required},
             {QStringLiteral("channel"), Type::Enum, P::Required, words("email sms")},
             {QStringLiteral("subject"), Type::String, P::Nullable},
             {QStringLiteral("body"), Type::String, P::Required},
             {QStringLiteral("signature"), Type::String, P::Nullable},
         }},
        {QStringLiteral("scenarios"),
         QStringLiteral("scn"),
         {
             {QStringLiteral("name"), Type::String, P::Required},
             {QStringLiteral("description"), Type::String, P::Nullable},
             {QStringLiteral("revision"), Type::Integer, P::Optional, {}, nullptr, 1},
             {QStringLiteral("previous_revision_id"), Type::Id, P::Nullable},
             {QStringLiteral("is_template"), Type::Boolean, P::Optional},
         }},
        {QStringLiteral("scenario_stages"),
         QStringLiteral("sst"),
         {
             {QStringLiteral("scenario_id"), Type::Id, P::Required},
             {QStringLiteral("title"), Type::String, P::Required},
             {QStringLiteral("kind"), Type::Enum, P::Optional,
              words("meeting training one_on_one document task survey custom")},
             {QStringLiteral("timing_unit"), Type::Enum, P::Optional, words("day week month")},
             {QStringLiteral("timing_offset"), Type::Integer, P::Optional},
             {QStringLiteral("recurrence"), Type::Enum, P::Optional, words("none weekly biweekly")},
             {QStringLiteral("duration_minutes"), Type::Integer, P::Optional, {}, nullptr, 0},
             {QStringLiteral("owner_role"), Type::Enum, P::Nullable,
              words("hr_manager manager mentor new_hire")},
             {QStringLiteral("participants"), Type::StringArray, P::Optional},
             {QStringLiteral("description"), Type::String, P::Nullable},
             {QStringLiteral("actions"), Type::ObjectArray, P::Optional},
             {QStringLiteral("pos_x"), Type::Number, P::Optional},
             {QStringLiteral("pos_y"), Type::Number, P::Optional},
         }},
        {QStringLiteral("scenario_links"),
         QStringLiteral("sln"),
         {
             {QStringLiteral("scenario_id"), Type::Id, P::Required},
             {QStringLiteral("from_stage_id"), Type::Id, P::Required},
             {QStringLiteral("to_stage_id"), Type::Id, P::Required},
         }},
        {QStringLiteral("assignments"),
         QStringLiteral("asg"),
         {
             {QStringLiteral("employee_id"), Type::Id, P::Required},
             {QStringLiteral("scenario_id"), Type::Id, P::Required},
             {QStringLiteral("start_date"), Type::Date, P::Required},
             {QStringLiteral("status"), Type::Enum, P::Optional,
              words("active completed cancelled")},
             {QStringLiteral("stages"), Type::ObjectArray, P::Optional, {}, &kAssignmentStage},
         }},
        {QStringLiteral("kb_articles"),
         QStringLiteral("kb"),
         {
             {QStringLiteral("title"), Type::String, P::Required},
             {QStringLiteral("body"), Type::String, P::Required},
             {QStringLiteral("tags"), Type::StringArray, P::Optional},
             {QStringLiteral("department"), Type::String, P::Nullable},
             {QStringLiteral("author"), Type::String, P::Nullable},
             {QStringLiteral("language"), Type::String, P::Optional},
         }},
        {QStringLiteral("contacts"),
         QStringLiteral("cont"),
         {
             {QStringLiteral("full_name"), Type::String, P::Required},
             {QStringLiteral("role"), Type::String, P::Nullable},
             {QStringLiteral("email"), Type::String, P::Nullable},
             {QStringLiteral("phone_e164"), Type::String, P::Nullable},
             {QStringLiteral("phone_raw"), Type::String, P::Nullable},
             {QStringLiteral("slack_handle"), Type::String, P::Nullable},
             {QStringLiteral("escalation_order"), Type::Integer, P::Optional, {}, nullptr, 0},
             {QStringLiteral("notes"), Type::String, P::Nullable},
             // Further phones and e-mails: the same kind/raw/normalized as a candidate's.
             {QStringLiteral("contacts"), Type::ObjectArray, P::Optional, {}, &kCandidateContact},
         }},
        {QStringLiteral("channels"),
         QStringLiteral("chan"),
         {
             {QStringLiteral("kind"), Type::Enum, P::Required,
              words("email slack phone meeting chatbot")},
             {QStringLiteral("name"), Type::String, P::Required},
             {QStringLiteral("address"), Type::String, P::Nullable},
             {QStringLiteral("purpose"), Type::String, P::Nullable},
             {QStringLiteral("when_to_use"), Type::String, P::Nullable},
             {QStringLiteral("confidential_allowed"), Type::Boolean, P::Optional},
             {QStringLiteral("priority"), Type::Integer, P::Optional},
             {QStringLiteral("contact_ids"), Type::StringArray, P::Optional},
         }},
        {QStringLiteral("messages"),
         QStringLiteral("msg"),
         {
             {QStringLiteral("channel"), Type::Enum, P::Required, words("email sms")},
             {QStringLiteral("to"), Type::String, P::Required},
             {QStringLiteral("subject"), Type::String, P::Nullable},
             {QStringLiteral("body"), Type::String, P::Required},
             {QStringLiteral("candidate_id"), Type::Id, P::Nullable},
             {QStringLiteral("employee_id"), Type::Id, P::Nullable},
             {QStringLiteral("template_id"), Type::Id, P::Nullable},
         },
         false},
    };
    return list;
}

const PlatformApi::Resource *PlatformApi::resource(const QString &name)
{
    for (const Resource &entry : resources()) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

const QList<Field> &PlatformApi::userFields()
{
    static const QList<Field> fields{
        {QStringLiteral("first_name"), Type::String, P::Required},
        {QStringLiteral("last_name"), Type::String, P::Required},
        {QStringLiteral("email"), Type::String, P::Required},
        {QStringLiteral("job_title"), Type::String, P::Nullable},
        {QStringLiteral("department"), Type::String, P::Nullable},
        {QStringLiteral("manager_id"), Type::IdOrInteger, P::Nullable},
    };
    return fields;
}

QJsonArray PlatformApi::validate(const QList<Field> &fields, const QJsonObject &body, bool partial)
{
    QJsonArray problems;
    const auto problem = [&problems](const QString &field, const QString &text) {
        problems.append(
            QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("problem"), text}});
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&it](const Field &f) { return f.name == it.key(); });
        if (field == fields.end()) {
            // A stage's own id is the one read-only name a write may carry (to keep it).
            problem(it.key(), kReadOnly.contains(it.key()) ? QStringLiteral("read-only field")
                                                           : QStringLiteral("unknown field"));
            continue;
        }
        if (it.value().isNull()) {
            if (field->presence != P::Nullable) {
                problem(it.key(), QStringLiteral("may not be null"));
            }
            continue;
        }
        QString text;
        if (!checkType(*field, it.value(), &text)) {
            problem(it.key(), text);
            continue;
        }
        if (field->type == Type::ObjectArray && field->items) {
            const QJsonArray array = it.value().toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonArray inner = validate(*field->items, array[i].toObject(), false);
                for (const QJsonValue &entry : inner) {
                    const QJsonObject object = entry.toObject();
                    problem(QStringLiteral("%1[%2].%3")
                                .arg(it.key())
                                .arg(i)
                                .arg(object.value(u"field").toString()),
                            object.value(u"problem").toString());
                }
            }
        }
    }
    if (!partial) {
        for (const Field &field : fields) {
            if (field.presence == P::Required && !body.contains(field.name)) {
                problem(field.name, QStringLiteral("is required"));
            }
        }
    }
    return problems;
}

PlatformApi::PlatformApi(const QString &path, Faults *faults)
    : m_connection(QStringLiteral("bbd-testserver-%1").arg(++g_connectionCounter))
    , m_faults(faults)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    const QStringList statements{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // seq is the change sequence: every create, edit and delete takes the next number,
        // so "everything after cursor N" is one range of records_changes.
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (resource TEXT NOT NULL, id TEXT NOT "
                       "NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE, deleted "
                       "INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL, PRIMARY KEY (resource, "
                       "id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS records_changes ON records(resource, seq, body)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, "
                       "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BLOB, "
                       "created_at TEXT NOT NULL)"),
    };
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            return;
        }
    }
    if (query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM records")) && query.next()) {
        m_lastSeq = query.value(0).toLongLong();
    }
}

PlatformApi::~PlatformApi()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

HttpResponse PlatformApi::handle(const HttpRequest &request)
{
    const QString rest = request.path.mid(QStringLiteral("/api/v1/").size());
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    const auto methodNotAllowed = [&request](const QByteArray &allow) {
        HttpResponse response = errorResponse(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("Allowed: ") + QString::fromLatin1(allow), request.requestId);
        response.setHeader("Allow", allow);
        return response;
    };
    if (parts == QStringList{QStringLiteral("health")}) {
        return request.method == "GET" ? health() : methodNotAllowed("GET");
    }
    if (m_apiKey.isEmpty() || request.header("Authorization") != "Bearer " + m_apiKey) {
        HttpResponse response =
            errorResponse(401, QStringLiteral("unauthorized"),
                          QStringLiteral("A valid API key is required (Authorization: Bearer)."),
                          request.requestId);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"butterboard\"");
        return response;
    }
    if (parts.size() == 1 && parts[0] == u"chat") {
        return request.method == "POST" ? chat(request) : methodNotAllowed("POST");
    }
    const bool users = !parts.isEmpty() && parts[0] == u"users";
    const Resource *target = users ? resource(QStringLiteral("employees"))
                                   : (parts.isEmpty() ? nullptr : resource(parts[0]));
    if (!target || parts.size() > 2 || (users && parts.size() != 1)) {
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("No such endpoint: ") + request.path,
                             request.requestId);
    }
    if (parts.size() == 1) {
        if (request.method == "POST") {
            return push(request,
                        users ? Resource{QStringLiteral("users"), target->idPrefix, userFields()}
                              : *target,
                        QString());
        }
        if (users || !target->pullable) {
            return methodNotAllowed("POST");
        }
        return request.method == "GET" ? pull(request, *target) : methodNotAllowed("GET, POST");
    }
    if (!target->pullable) {
        return methodNotAllowed("POST");
    }
    if (request.method == "GET") {
        return getOne(request, *target, parts[1]);
    }
    if (request.method == "PATCH" || request.method == "DELETE") {
        return push(request, *target, parts[1]);
    }
    return methodNotAllowed("GET, PATCH, DELETE");
}

HttpResponse PlatformApi::health() const
{
    const Faults::Health state = m_faults->health();
    const QString status = state == Faults::Health::Ok         ? QStringLiteral("ok")
                           : state == Faults::Health::Degraded ? QStringLiteral("degraded")
                                                               : QStringLiteral("down");
    return HttpResponse::json(state == Faults::Health::Down ? 503 : 200,
                              QJsonDocument(QJsonObject{
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("time"), nowIso()},
                                  {QStringLiteral("version"), QStringLiteral("test-server")},
                              }));
}

HttpResponse PlatformApi::pull(const HttpRequest &request, const Resource &resource)
{
    const auto bad = [&request](const QString &code, const QString &message) {
        return errorResponse(400, code, message, request.requestId);
    };
    qint64 since = 0;
    const QString cursor = request.query.queryItemValue(QStringLiteral("updated_since"));
    if (!cursor.isEmpty() && !decodeCursor(cursor, &since)) {
        return bad(QStringLiteral("invalid_cursor"),
                   QStringLiteral("updated_since must be a cursor this server returned."));
    }
    int pageSize = DefaultPageSize;
    if (request.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        pageSize = request.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize) {
            return bad(QStringLiteral("invalid_page_size"),
                       QStringLiteral("page_size must be 1..%1.").arg(MaxPageSize));
        }
    }
    qint64 after = since;
    const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
    if (!token.isEmpty() && !decodePageToken(token, resource.name, since, &after)) {
        return bad(QStringLiteral("invalid_page_token"),
                   QStringLiteral("page_token does not belong to this resource and cursor."));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, body FROM records WHERE resource = ? AND seq > ? "
                                 "ORDER BY seq LIMIT ?"));
    query.addBindValue(resource.name);
    query.addBindValue(after);
    query.addBindValue(pageSize + 1);
    if (!query.exec()) {
        return errorResponse(500, QStringLiteral("storage_error"), query.lastError().text(),
                             request.requestId);
    }
    QByteArray body = "{\"items\":[";
    int rows = 0;
    qint64 last = after;
    bool more = false;
    while (query.next()) {
        if (rows == pageSize) {
            more = true;
            break;
        }
        if (rows++ > 0) {
            body += ',';
        }
        last = query.value(0).toLongLong();
        body += query.value(1).toByteArray();
    }
    // The last page's cursor covers every change so far, so the next pull starts after it.
    body += "],\"next_page_token\":";
    body += more ? '"' + encodePageToken(resource.name, since, last) + '"' : QByteArray("null");
    body += ",\"cursor\":\"" + encodeCursor(more ? last : qMax(last, m_lastSeq)) + "\"}";
    HttpResponse response;
    response.body = body;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse PlatformApi::getOne(const HttpRequest &request, const Resource &resource,
                                 const QString &id)
{
    Stored stored;
    if (!load(resource.name, id, &stored) || stored.deleted) {
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("No %1 with id %2.").arg(resource.name, id),
                             request.requestId);
    }
    return recordResponse(200, stored.body);
}

HttpResponse PlatformApi::push(const HttpRequest &request, const Resource &resource,
                               const QString &id)
{
    const QByteArray key = request.header("Idempotency-Key");
    // The seed's own example of POST /users carries no key; every other write must.
    if (key.isEmpty() && resource.name != u"users") {
        return errorResponse(400, QStringLiteral("idempotency_key_required"),
                             QStringLiteral("Writes need an Idempotency-Key header."),
                             request.requestId);
    }
    const QByteArray fingerprint =
        request.method + ' ' + request.path.toUtf8() + ' ' +
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    if (!key.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT fingerprint, status, body FROM idempotency "
                                     "WHERE key = ?"));
        query.addBindValue(QString::fromLatin1(key));
        if (query.exec() && query.next()) {
            if (query.value(0).toByteArray() != fingerprint) {
                return errorResponse(
                    422, QStringLiteral("idempotency_key_reused"),
                    QStringLiteral("This Idempotency-Key was used for a different request."),
                    request.requestId);
            }
            HttpResponse replay = HttpResponse::json(
                query.value(1).toInt(), QJsonDocument::fromJson(query.value(2).toByteArray()));
            const QJsonObject body = QJsonDocument::fromJson(replay.body).object();
            if (body.contains(u"version")) {
                replay.setHeader("ETag", etag(body.value(u"version").toInt()));
            }
            replay.setHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }
    QJsonObject body;
    if (request.method != "DELETE") {
        if (!request.header("Content-Type").toLower().startsWith("application/json")) {
            return errorResponse(415, QStringLiteral("unsupported_media_type"),
                                 QStringLiteral("Send the body as application/json."),
                                 request.requestId);
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return errorResponse(400, QStringLiteral("invalid_json"),
                                 QStringLiteral("The body is not a JSON object."),
                                 request.requestId);
        }
        body = document.object();
    }

    if (!m_db.transaction()) {
        return errorResponse(500, QStringLiteral("storage_error"), m_db.lastError().text(),
                             request.requestId);
    }
    HttpResponse response = request.method == "POST"    ? createRecord(request, resource, body)
                            : request.method == "PATCH" ? updateRecord(request, resource, id, body)
                                                        : deleteRecord(request, resource, id);
    const bool success = response.status / 100 == 2;
    if (success && !key.isEmpty()) {
        // Only a success uses the key up: a failed write changed nothing, so a retry with the
        // same key (after fixing the cause) is a new attempt, not a replay.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO idempotency (key, fingerprint, status, body, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(QString::fromLatin1(key));
        query.addBindValue(fingerprint);
        query.addBindValue(response.status);
        query.addBindValue(response.body);
        query.addBindValue(nowIso());
        if (!query.exec()) {
            m_db.rollback();
            return errorResponse(500, QStringLiteral("storage_error"), query.lastError().text(),
                                 request.requestId);
        }
    }
    if (!(success ? m_db.commit() : m_db.rollback())) {
        return errorResponse(500, QStringLiteral("storage_error"), m_db.lastError().text(),
                             request.requestId);
    }
    return response;
}

HttpResponse PlatformApi::createRecord(const HttpRequest &request, const Resource &resource,
                                       const QJsonObject &body)
{
    const QJsonArray problems = validate(resource.fields, body, false);
    if (!problems.isEmpty()) {
        return errorResponse(422, QStringLiteral("validation_failed"),
                             QStringLiteral("The %1 record is not valid.").arg(resource.name),
                             request.requestId, problems);
    }
    QJsonObject fields = body;
    if (resource.name == u"users" || resource.name == u"employees") {
        if (fields.value(u"manager_id").isDouble()) {
            fields.insert(QStringLiteral("manager_id"),
                          QString::number(fields.value(u"manager_id").toInteger()));
        }
        if (emailTaken(fields.value(u"email").toString())) {
            return errorResponse(409, QStringLiteral("email_taken"),
                                 QStringLiteral("An employee with this e-mail already exists."),
                                 request.requestId);
        }
    }
    const Resource &stored =
        resource.name == u"users" ? *this->resource(QStringLiteral("employees")) : resource;
    QString error;
    const QString id = insertNew(stored, fields, &error);
    if (id.isEmpty()) {
        return errorResponse(500, QStringLiteral("storage_error"), error, request.requestId);
    }
    Stored record;
    load(stored.name, id, &record);
    HttpResponse response = recordResponse(resource.name == u"messages" ? 202 : 201, record.body);
    response.setHeader("Location", "/api/v1/" + stored.name.toLatin1() + '/' + id.toLatin1());
    return response;
}

HttpResponse PlatformApi::updateRecord(const HttpRequest &request, const Resource &resource,
                                       const QString &id, const QJsonObject &body)
{
    if (!request.hasHeader("If-Match")) {
        return errorResponse(428, QStringLiteral("precondition_required"),
                             QStringLiteral("Edits need If-Match: <version>."), request.requestId);
    }
    const int expected = parseIfMatch(request.header("If-Match"));
    if (expected == -2) {
        return errorResponse(400, QStringLiteral("invalid_if_match"),
                             QStringLiteral("If-Match must be a version number."),
                             request.requestId);
    }
    Stored stored;
    if (!load(resource.name, id, &stored) || stored.deleted) {
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("No %1 with id %2.").arg(resource.name, id),
                             request.requestId);
    }
    if (m_faults->takeConflict(resource.name, id) ||
        (expected >= 0 && expected != stored.version)) {
        HttpResponse response =
            errorResponse(412, QStringLiteral("version_conflict"),
                          QStringLiteral("The record changed on the server (now version %1).")
                              .arg(stored.version),
                          request.requestId);
        QJsonObject conflict = QJsonDocument::fromJson(response.body).object();
        conflict.insert(QStringLiteral("current"), stored.body);
        response.body = QJsonDocument(conflict).toJson(QJsonDocument::Compact);
        response.setHeader("ETag", etag(stored.version));
        return response;
    }
    QJsonObject record = stored.body;
    if (request.method == "DELETE") {
        record = QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("deleted"), true},
                             {QStringLiteral("version"), stored.version + 1},
                             {QStringLiteral("updated_at"), nowIso()}};
    } else {
        const QJsonArray problems = validate(resource.fields, body, true);
        if (!problems.isEmpty()) {
            return errorResponse(
                422, QStringLiteral("validation_failed"),
                QStringLiteral("The change to %1 %2 is not valid.").arg(resource.name, id),
                request.requestId, problems);
        }
        const QJsonObject fields = mergeStages(body, resource.idPrefix, m_lastSeq + 1);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            record.insert(it.key(), it.value());
        }
        record.insert(QStringLiteral("version"), stored.version + 1);
        record.insert(QStringLiteral("updated_at"), nowIso());
    }
    QString error;
    if (!store(resource.name, id, stored.version + 1, request.method == "DELETE", record, &error)) {
        return errorResponse(500, QStringLiteral("storage_error"), error, request.requestId);
    }
    return recordResponse(200, record);
}

HttpResponse PlatformApi::deleteRecord(const HttpRequest &request, const Resource &resource,
                                       const QString &id)
{
    // Same preconditions and version check as an edit; the record becomes its tombstone.
    return updateRecord(request, resource, id, {});
}

HttpResponse PlatformApi::chat(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString question = body.value(u"question").toString().trimmed();
    if (question.isEmpty()) {
        return errorResponse(
            422, QStringLiteral("validation_failed"), QStringLiteral("Ask a question."),
            request.requestId,
            {QJsonObject{{QStringLiteral("field"), QStringLiteral("question")},
                         {QStringLiteral("problem"), QStringLiteral("is required")}}});
    }
    // A plain word match over the articles: enough to tell "answered, with its source" from
    // "nothing known" in tests; the real ranking is the platform's business.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : question.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3) {
            terms.append(word);
        }
    }
    struct Hit
    {
        double score;
        QJsonObject article;
    };
    QList<Hit> hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT body FROM records WHERE resource = 'kb_articles' AND "
                              "deleted = 0"));
    while (query.next()) {
        const QJsonObject article = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        const QString title = article.value(u"title").toString().toLower();
        const QString text = article.value(u"body").toString().toLower();
        int matched = 0;
        for (const QString &term : terms) {
            matched += (title.contains(term) || text.contains(term)) ? 1 : 0;
        }
        if (matched > 0) {
            hits.append({double(matched) / double(terms.size()), article});
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score > b.score; });
    QJsonArray sources;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, hits.size()); ++i) {
        sources.append(QJsonObject{
            {QStringLiteral("article_id"), hits[i].article.value(u"id")},
            {QStringLiteral("title"), hits[i].article.value(u"title")},
            {QStringLiteral("excerpt"), hits[i].article.value(u"body").toString().left(200)},
        });
    }
    const double best = hits.isEmpty() ? 0.0 : hits.first().score;
    const QString confidence = best >= 0.6   ? QStringLiteral("high")
                               : best >= 0.3 ? QStringLiteral("medium")
                                             : QStringLiteral("low");
    const QString answer =
        hits.isEmpty() ? QString() : hits.first().article.value(u"body").toString().left(500);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{
                                       {QStringLiteral("answer"), answer},
                                       {QStringLiteral("sources"), sources},
                                       {QStringLiteral("confidence"), confidence},
                                   }));
}

bool PlatformApi::load(const QString &resource, const QString &id, Stored *stored) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT seq, version, deleted, body FROM records WHERE resource = ? AND id = ?"));
    query.addBindValue(resource);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return false;
    }
    stored->seq = query.value(0).toLongLong();
    stored->version = query.value(1).toInt();
    stored->deleted = query.value(2).toBool();
    stored->body = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    return true;
}

bool PlatformApi::store(const QString &resource, const QString &id, int version, bool deleted,
                        const QJsonObject &body, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records (resource, id, version, seq, "
                                 "deleted, body) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(resource);
    query.addBindValue(id);
    query.addBindValue(version);
    query.addBindValue(m_lastSeq + 1);
    query.addBindValue(deleted ? 1 : 0);
    query.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    ++m_lastSeq;
    return true;
}

QString PlatformApi::insertNew(const Resource &resource, QJsonObject fields, QString *error)
{
    const qint64 seq = m_lastSeq + 1;
    const QString id = resource.idPrefix + u'_' + QString::number(seq);
    const QString now = nowIso();
    fields = mergeStages(fields, resource.idPrefix, seq);
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("version"), 1);
    fields.insert(QStringLiteral("created_at"), now);
    fields.insert(QStringLiteral("updated_at"), now);
    fields.insert(QStringLiteral("deleted"), false);
    if (resource.name == u"messages") {
        fields.insert(QStringLiteral("status"), QStringLiteral("queued"));
    }
    return store(resource.name, id, 1, false, fields, error) ? id : QString();
}

bool PlatformApi::emailTaken(const QString &email) const
{
    if (email.isEmpty()) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM records WHERE resource = 'employees' AND "
                                 "deleted = 0 AND lower(json_extract(body, '$.email')) = ?"));
    query.addBindValue(email.toLower());
    return query.exec() && query.next();
}

QJsonObject PlatformApi::mergeStages(const QJsonObject &fields, const QString &idPrefix, qint64 seq)
{
    // A vacancy's pipeline stages get ids here, so candidates can point at them.
    if (idPrefix != u"vac" || !fields.contains(u"stages")) {
        return fields;
    }
    QJsonArray stages = fields.value(u"stages").toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages[i].toObject();
        if (!stage.contains(u"id")) {
            stage.insert(QStringLiteral("id"), QStringLiteral("stage_%1_%2").arg(seq).arg(i + 1));
            stages[i] = stage;
        }
    }
    QJsonObject result = fields;
    result.insert(QStringLiteral("stages"), stages);
    return result;
}

QString PlatformApi::create(const QString &resource, const QJsonObject &fields, QString *error)
{
    QString problem;
    const Resource *spec = this->resource(resource);
    if (!spec) {
        problem = QStringLiteral("unknown resource ") + resource;
    } else if (const QJsonArray problems = validate(spec->fields, fields, false);
               !problems.isEmpty()) {
        problem = QString::fromUtf8(QJsonDocument(problems).toJson(QJsonDocument::Compact));
    }
    QString id;
    if (problem.isEmpty()) {
        id = insertNew(*spec, fields, &problem);
    }
    if (error) {
        *error = problem;
    }
    return id;
}

bool PlatformApi::edit(const QString &resource, const QString &id, const QJsonObject &fields)
{
    Stored stored;
    if (!load(resource, id, &stored) || stored.deleted) {
        return false;
    }
    QJsonObject record = stored.body;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        record.insert(it.key(), it.value());
    }
    record.insert(QStringLiteral("version"), stored.version + 1);
    record.insert(QStringLiteral("updated_at"), nowIso());
    QString error;
    return store(resource, id, stored.version + 1, false, record, &error);
}

bool PlatformApi::remove(const QString &resource, const QString &id)
{
    Stored stored;
    if (!load(resource, id, &stored) || stored.deleted) {
        return false;
    }
    const QJsonObject tombstone{{QStringLiteral("id"), id},
                                {QStringLiteral("deleted"), true},
                                {QStringLiteral("version"), stored.version + 1},
                                {QStringLiteral("updated_at"), nowIso()}};
    QString error;
    return store(resource, id, stored.version + 1, true, tombstone, &error);
}

QJsonObject PlatformApi::record(const QString &resource, const QString &id) const
{
    Stored stored;
    return load(resource, id, &stored) ? stored.body : QJsonObject();
}

int PlatformApi::count(const QString &resource, bool withDeleted) const
{
    QSqlQuery query(m_db);
    query.prepare(
        withDeleted
            ? QStringLiteral("SELECT count(*) FROM records WHERE resource = ?")
            : QStringLiteral("SELECT count(*) FROM records WHERE resource = ? AND deleted = 0"));
    query.addBindValue(resource);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int PlatformApi::idempotencyKeyCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM idempotency")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

QString PlatformApi::seedCandidates(int count)
{
    static const QStringList firstNames{QStringLiteral("Анна"),  QStringLiteral("Иван"),
                                        QStringLiteral("Мария"), QStringLiteral("Пётр"),
                                        QStringLiteral("Ольга"), QStringLiteral("Дмитрий"),
                                        QStringLiteral("Елена"), QStringLiteral("Сергей"),
                                        QStringLiteral("Alice"), QStringLiteral("Bob")};
    static const QStringList lastNames{QStringLiteral("Иванова"),   QStringLiteral("Смирнов"),
                                       QStringLiteral("Кузнецова"), QStringLiteral("Попов"),
                                       QStringLiteral("Соколова"),  QStringLiteral("Лебедев"),
                                       QStringLiteral("Новикова"),  QStringLiteral("Morozov"),
                                       QStringLiteral("Smith"),     QStringLiteral("Petrov")};
    static const QStringList sources{QStringLiteral("hh.ru"), QStringLiteral("referral"),
                                     QStringLiteral("site"), QStringLiteral("linkedin")};
    m_db.transaction();
    QJsonArray stages;
    const QStringList names{QStringLiteral("Новые"), QStringLiteral("Интервью"),
                            QStringLiteral("Оффер"), QStringLiteral("Нанят")};
    for (int i = 0; i < names.size(); ++i) {
        stages.append(QJsonObject{
            {QStringLiteral("position"), i},
            {QStringLiteral("name"), names[i]},
            {QStringLiteral("kind"), i == 3 ? QStringLiteral("hired") : QStringLiteral("normal")}});
    }
    QString error;
    const QString vacancyId = insertNew(
        *resource(QStringLiteral("vacancies")),
        {{QStringLiteral("title"), QStringLiteral("Seeded vacancy %1").arg(m_lastSeq + 1)},
         {QStringLiteral("status"), QStringLiteral("open")},
         {QStringLiteral("stages"), stages}},
        &error);
    const QJsonArray savedStages =
        record(QStringLiteral("vacancies"), vacancyId).value(u"stages").toArray();
    const Resource &candidates = *resource(QStringLiteral("candidates"));
    const QDateTime base = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count && !vacancyId.isEmpty(); ++i) {
        const QString phone =
            QStringLiteral("+7916%1").arg(1000000 + i % 9000000, 7, 10, QLatin1Char('0'));
        const QString applied = base.addSecs(qint64(i) * 60).toString(Qt::ISODate);
        const QJsonObject fields{
            {QStringLiteral("vacancy_id"), vacancyId},
            {QStringLiteral("stage_id"), savedStages[i % 3].toObject().value(u"id").toString()},
            {QStringLiteral("full_name"),
             QString(firstNames[i % 10] + u' ' + lastNames[(i / 10) % 10] + u' ' +
                     QString::number(i + 1))},
            {QStringLiteral("email"), QStringLiteral("candidate%1@example.com").arg(i + 1)},
            {QStringLiteral("phone_e164"), phone},
            {QStringLiteral("phone_raw"), phone},
            {QStringLiteral("source"), sources[i % sources.size()]},
            {QStringLiteral("rating"), i % 6},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("seed")}},
            {QStringLiteral("applied_at"), applied},
            {QStringLiteral("stage_entered_at"), applied},
            {QStringLiteral("board_rank"),
             -double(base.addSecs(qint64(i) * 60).toSecsSinceEpoch())},
        };
        if (insertNew(candidates, fields, &error).isEmpty()) {
            break;
        }
    }
    if (!error.isEmpty()) {
        m_db.rollback();
        return {};
    }
    m_db.commit();
    return vacancyId;
}

} // namespace bbd::testserver
