#include "ThirdPartyMocks.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace bbd::testserver {
namespace {

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

HttpResponse jsonReply(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

// Jira's own error shape: {"errorMessages": [...], "errors": {field: message}}.
HttpResponse jiraError(int status, const QString &message, const QJsonObject &errors = {})
{
    return jsonReply(status, {{QStringLiteral("errorMessages"),
                               message.isEmpty() ? QJsonArray() : QJsonArray{message}},
                              {QStringLiteral("errors"), errors}});
}

HttpResponse zoomError(int status, int code, const QString &message)
{
    return jsonReply(status,
                     {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

HttpResponse graphError(int status, const QString &code, const QString &message)
{
    return jsonReply(
        status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}});
}

HttpResponse hhError(int status, const QString &type, const QString &value)
{
    QJsonObject error{{QStringLiteral("type"), type}};
    if (!value.isEmpty()) {
        error.insert(QStringLiteral("value"), value);
    }
    QJsonObject body{{QStringLiteral("errors"), QJsonArray{error}}};
    if (type == u"bad_argument") {
        body.insert(QStringLiteral("bad_argument"), value);
        body.insert(QStringLiteral("bad_arguments"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), value},
                                           {QStringLiteral("description"),
                                            QString(QStringLiteral("Bad value of ") + value)}}});
    }
    return jsonReply(status, body);
}

// Graph treats property names case-insensitively (the PowerShell spec writes "Message").
QJsonValue valueIgnoringCase(const QJsonObject &object, const QString &name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return {};
}

// hh.ru writes times with a numeric offset and no colon: "2026-01-05T12:00:00+0300".
QString hhTime(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(3 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+0300");
}

} // namespace

QString ThirdPartyMocks::serviceFor(const QString &path)
{
    if (path.startsWith(u"/rest/api/")) {
        return QStringLiteral("jira");
    }
    if (path.startsWith(u"/v2/")) {
        return QStringLiteral("zoom");
    }
    if (path.startsWith(u"/v1.0/")) {
        return QStringLiteral("graph");
    }
    if (path.startsWith(u"/slack/")) {
        return QStringLiteral("slack");
    }
    if (path.startsWith(u"/negotiations") || path.startsWith(u"/resumes/")) {
        return QStringLiteral("hh");
    }
    return {};
}

HttpResponse ThirdPartyMocks::handle(const HttpRequest &request, const QString &service,
                                     const QByteArray &baseUrl)
{
    if (service == u"jira") {
        return jira(request, baseUrl);
    }
    if (service == u"zoom") {
        return zoom(request, baseUrl);
    }
    if (service == u"graph") {
        return graph(request);
    }
    if (service == u"slack") {
        return slack(request);
    }
    return hh(request, baseUrl);
}

HttpResponse ThirdPartyMocks::jira(const HttpRequest &request, const QByteArray &baseUrl)
{
    if (request.path != u"/rest/api/3/issue" || request.method != "POST") {
        return jiraError(404, QStringLiteral("Not found (only POST /rest/api/3/issue here)."));
    }
    if (request.header("Authorization").isEmpty()) {
        return jiraError(401, QStringLiteral("You are not authenticated. Authentication required "
                                             "to perform this operation."));
    }
    bool ok = false;
    const QJsonObject fields = parseObject(request.body, &ok).value(u"fields").toObject();
    if (!ok) {
        return jiraError(400, QStringLiteral("Unexpected character in the request body."));
    }
    QJsonObject errors;
    const QJsonObject project = fields.value(u"project").toObject();
    if (project.value(u"key").toString().isEmpty() && project.value(u"id").toString().isEmpty()) {
        errors.insert(QStringLiteral("project"),
                      QStringLiteral("Specify a valid project ID or key"));
    }
    if (fields.value(u"summary").toString().trimmed().isEmpty()) {
        errors.insert(QStringLiteral("summary"),
                      QStringLiteral("You must specify a summary of the issue."));
    }
    const QJsonObject type = fields.value(u"issuetype").toObject();
    if (type.value(u"name").toString().isEmpty() && type.value(u"id").toString().isEmpty()) {
        errors.insert(QStringLiteral("issuetype"), QStringLiteral("Specify an issue type"));
    }
    // v3 takes descriptions only in the Atlassian Document Format.
    if (fields.contains(u"description")) {
        const QJsonObject doc = fields.value(u"description").toObject();
        if (doc.value(u"type").toString() != u"doc" || doc.value(u"version").toInt() != 1 ||
            !doc.value(u"content").isArray()) {
            errors.insert(QStringLiteral("description"),
                          QStringLiteral("Operation value must be an Atlassian Document (see "
                                         "the Atlassian Document Format)."));
        }
    }
    if (!errors.isEmpty()) {
        return jiraError(400, QString(), errors);
    }
    const QString id = QString::number(10000 + ++m_jiraIssues);
    const QString projectKey = project.value(u"key").toString(QStringLiteral("PRJ"));
    return jsonReply(
        201, {{QStringLiteral("id"), id},
              {QStringLiteral("key"), QString(projectKey + u'-' + QString::number(m_jiraIssues))},
              {QStringLiteral("self"),
               QString(QString::fromLatin1(baseUrl) + QStringLiteral("/rest/api/3/issue/") + id)}});
}

HttpResponse ThirdPartyMocks::zoom(const HttpRequest &request, const QByteArray &baseUrl)
{
    Q_UNUSED(baseUrl);
    if (request.path != u"/v2/users/me/meetings" || request.method != "POST") {
        return zoomError(404, 1001, QStringLiteral("Only POST /v2/users/me/meetings here."));
    }
    if (!request.header("Authorization").startsWith("Bearer ")) {
        return zoomError(401, 124, QStringLiteral("Invalid access token."));
    }
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    if (!ok) {
        return zoomError(400, 300, QStringLiteral("Request Body should be a valid JSON object."));
    }
    const QString topic = body.value(u"topic").toString();
    const int type = body.value(u"type").toInt(2);
    const QString start = body.value(u"start_time").toString();
    if (topic.size() > 200) {
        return zoomError(400, 300, QStringLiteral("Validation Failed: topic is too long."));
    }
    if (type != 1 && type != 2 && type != 3 && type != 8) {
        return zoomError(400, 300, QStringLiteral("Invalid meeting type."));
    }
    if (type == 2 && !QDateTime::fromString(start, Qt::ISODate).isValid()) {
        return zoomError(400, 300, QStringLiteral("Invalid field: start_time."));
    }
    if (body.contains(u"duration") &&
        (!body.value(u"duration").isDouble() || body.value(u"duration").toDouble() <= 0)) {
        return zoomError(400, 300, QStringLiteral("Invalid field: duration."));
    }
    const qint64 id = 85746065400 + ++m_zoomMeetings;
    const QString password = QStringLiteral("bb%1").arg(m_zoomMeetings * 7919 % 100000);
    QJsonObject settings = body.value(u"settings").toObject();
    if (!settings.contains(u"auto_recording")) {
        settings.insert(QStringLiteral("auto_recording"), QStringLiteral("none"));
    }
    return jsonReply(
        201,
        {
            {QStringLiteral("uuid"), QStringLiteral("mock-%1==").arg(id)},
            {QStringLiteral("id"), id},
            {QStringLiteral("host_id"), QStringLiteral("mockHost01")},
            {QStringLiteral("host_email"), QStringLiteral("host@example.com")},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("type"), type},
            {QStringLiteral("status"), QStringLiteral("waiting")},
            {QStringLiteral("start_time"), start},
            {QStringLiteral("duration"), body.value(u"duration").toInt(60)},
            {QStringLiteral("timezone"), body.value(u"timezone").toString(QStringLiteral("UTC"))},
            {QStringLiteral("agenda"), body.value(u"agenda").toString()},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("start_url"),
             QStringLiteral("https://zoom.us/s/%1?zak=mock-host-key").arg(id)},
            {QStringLiteral("join_url"),
             QStringLiteral("https://zoom.us/j/%1?pwd=%2").arg(id).arg(password)},
            {QStringLiteral("password"), password},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("pre_schedule"), false},
        });
}

HttpResponse ThirdPartyMocks::graph(const HttpRequest &request)
{
    if (request.path != u"/v1.0/me/sendMail" || request.method != "POST") {
        return graphError(404, QStringLiteral("ResourceNotFound"),
                          QStringLiteral("Only POST /v1.0/me/sendMail here."));
    }
    if (!request.header("Authorization").startsWith("Bearer ")) {
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token is empty."));
    }
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    const QJsonObject message = valueIgnoringCase(body, QStringLiteral("message")).toObject();
    if (!ok || message.isEmpty()) {
        return graphError(400, QStringLiteral("ErrorInvalidRequest"),
                          QStringLiteral("The request body must contain a message."));
    }
    const QJsonArray to = valueIgnoringCase(message, QStringLiteral("toRecipients")).toArray();
    bool recipientsValid = !to.isEmpty();
    for (const QJsonValue &recipient : to) {
        const QJsonObject address =
            valueIgnoringCase(recipient.toObject(), QStringLiteral("emailAddress")).toObject();
        recipientsValid =
            recipientsValid &&
            valueIgnoringCase(address, QStringLiteral("address")).toString().contains(u'@');
    }
    if (!recipientsValid) {
        return graphError(400, QStringLiteral("ErrorInvalidRecipients"),
                          QStringLiteral("At least one recipient is not valid."));
    }
    return HttpResponse::empty(202);
}

HttpResponse ThirdPartyMocks::slack(const HttpRequest &request)
{
    if (!request.path.startsWith(u"/slack/webhook/") || request.method != "POST") {
        return HttpResponse::text(404, "no_service");
    }
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    if (!ok) {
        return HttpResponse::text(400, "invalid_payload");
    }
    if (body.value(u"text").toString().isEmpty() && !body.value(u"blocks").isArray()) {
        return HttpResponse::text(400, "no_text");
    }
    return HttpResponse::text(200, "ok");
}

HttpResponse ThirdPartyMocks::hh(const HttpRequest &request, const QByteArray &baseUrl)
{
    if (request.method != "GET") {
        return hhError(405, QStringLiteral("method_not_allowed"), QString());
    }
    if (request.header("User-Agent").isEmpty() && request.header("HH-User-Agent").isEmpty()) {
        return hhError(400, QStringLiteral("bad_user_agent"), QStringLiteral("unset"));
    }
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ")) {
        return hhError(403, QStringLiteral("oauth"), QStringLiteral("bad_authorization"));
    }
    if (!m_hhToken.isEmpty() && authorization.mid(7) != m_hhToken) {
        return hhError(m_hhRefusedStatus, QStringLiteral("oauth"),
                       QStringLiteral("bad_authorization"));
    }
    if (request.path.startsWith(u"/resumes/")) {
        const QString id = request.path.mid(9);
        const auto resume = m_hhResumes.constFind(id);
        if (resume == m_hhResumes.constEnd() || m_hhHidden.contains(id)) {
            return hhError(404, QStringLiteral("not_found"), QString());
        }
        return jsonReply(200, *resume);
    }
    if (request.path != u"/negotiations/response") {
        return hhError(404, QStringLiteral("not_found"), QString());
    }
    const QString vacancy = request.query.queryItemValue(QStringLiteral("vacancy_id"));
    if (vacancy.isEmpty()) {
        return hhError(400, QStringLiteral("bad_argument"), QStringLiteral("vacancy_id"));
    }
    bool pageOk = true;
    bool perPageOk = true;
    const int page = request.query.hasQueryItem(QStringLiteral("page"))
                         ? request.query.queryItemValue(QStringLiteral("page")).toInt(&pageOk)
                         : 0;
    const int perPage =
        request.query.hasQueryItem(QStringLiteral("per_page"))
            ? request.query.queryItemValue(QStringLiteral("per_page")).toInt(&perPageOk)
            : 20;
    if (!pageOk || page < 0) {
        return hhError(400, QStringLiteral("bad_argument"), QStringLiteral("page"));
    }
    if (!perPageOk || perPage < 1 || perPage > HhMaxPerPage) {
        return hhError(400, QStringLiteral("bad_argument"), QStringLiteral("per_page"));
    }
    const auto it = m_hhResponses.constFind(vacancy);
    if (it == m_hhResponses.constEnd()) {
        return hhError(404, QStringLiteral("not_found"), QString());
    }
    const QJsonArray &all = it.value();
    QJsonArray items;
    for (qsizetype i = qsizetype(page) * perPage; i < all.size() && items.size() < perPage; ++i) {
        QJsonObject item = all[i].toObject();
        const QString resumeId = item.take(QStringLiteral("resume_id")).toString();
        item.insert(QStringLiteral("resume"), hhShortResume(m_hhResumes.value(resumeId),
                                                            item.value(u"id").toString(), baseUrl));
        items.append(item);
    }
    return jsonReply(200,
                     {{QStringLiteral("items"), items},
                      {QStringLiteral("found"), int(all.size())},
                      {QStringLiteral("pages"), qMax(1, int((all.size() + perPage - 1) / perPage))},
                      {QStringLiteral("per_page"), perPage},
                      {QStringLiteral("page"), page},
                      {QStringLiteral("ordered_by"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("created_at")},
                                   {QStringLiteral("name"), QStringLiteral("По дате отклика")}}}});
}

// The list's resume: everything but the contacts, plus the url of the full resume.
QJsonObject ThirdPartyMocks::hhShortResume(const QJsonObject &resume, const QString &responseId,
                                           const QByteArray &baseUrl) const
{
    QJsonObject shortResume = resume;
    shortResume.remove(QStringLiteral("contact"));
    shortResume.insert(QStringLiteral("url"),
                       QString(QString::fromLatin1(baseUrl) + QStringLiteral("/resumes/") +
                               resume.value(u"id").toString() + QStringLiteral("?topic_id=") +
                               responseId));
    return shortResume;
}

void ThirdPartyMocks::appendHhResponse(const QString &vacancyId, const QJsonObject &fullResume)
{
    const int n = m_hhNextResponse++;
    const QString id = QString::number(700000000 + n);
    const QString created =
        hhTime(QDateTime(QDate(2026, 2, 2), QTime(7, 0), Qt::UTC).addSecs(qint64(n) * 300));
    const QJsonObject state{{QStringLiteral("id"), QStringLiteral("response")},
                            {QStringLiteral("name"), QStringLiteral("Отклик")}};
    m_hhResumes.insert(fullResume.value(u"id").toString(), fullResume);
    m_hhResponses[vacancyId].append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), state},
        {QStringLiteral("employer_state"), state},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("updated_at"), created},
        {QStringLiteral("has_updates"), true},
        {QStringLiteral("viewed_by_opponent"), false},
        {QStringLiteral("source"), QStringLiteral("NEGOTIATION")},
        {QStringLiteral("url"), QStringLiteral("https://api.hh.ru/negotiations/%1").arg(id)},
        {QStringLiteral("messages_url"),
         QStringLiteral("https://api.hh.ru/negotiations/%1/messages").arg(id)},
        {QStringLiteral("actions"), QJsonArray()},
        {QStringLiteral("resume_id"), fullResume.value(u"id").toString()},
    });
}

namespace {

QJsonObject hhContact(const QString &type, const QString &typeName, const QJsonValue &value,
                      bool preferred)
{
    return {{QStringLiteral("type"),
             QJsonObject{{QStringLiteral("id"), type}, {QStringLiteral("name"), typeName}}},
            {QStringLiteral("value"), value},
            {QStringLiteral("preferred"), preferred},
            {QStringLiteral("comment"), QJsonValue()}};
}

QJsonObject hhResume(const QString &id, const QString &first, const QString &last, int age,
                     const QJsonArray &contact)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), QStringLiteral("Специалист по подбору")},
        {QStringLiteral("first_name"), first},
        {QStringLiteral("last_name"), last},
        {QStringLiteral("middle_name"), QJsonValue()},
        {QStringLiteral("age"), age},
        {QStringLiteral("can_view_full_info"), true},
        {QStringLiteral("area"), QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                             {QStringLiteral("name"), QStringLiteral("Москва")}}},
        {QStringLiteral("alternate_url"), QString(QStringLiteral("https://hh.ru/resume/") + id)},
        {QStringLiteral("contact"), contact}};
}

// "+7 (903) 450-00-01" into hh.ru's phone value: {country, city, number, formatted}.
QJsonObject hhPhone(const QString &formatted)
{
    QString digits;
    for (const QChar c : formatted) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return {{QStringLiteral("country"), digits.left(1)},
            {QStringLiteral("city"), digits.mid(1, 3)},
            {QStringLiteral("number"), digits.mid(4)},
            {QStringLiteral("formatted"), formatted}};
}

} // namespace

QString ThirdPartyMocks::addHhResponse(const QString &vacancyId, const QString &lastName,
                                       const QString &firstName, const QString &phone,
                                       const QString &email)
{
    QJsonArray contact;
    if (!phone.isEmpty()) {
        contact.append(hhContact(QStringLiteral("cell"), QStringLiteral("Мобильный телефон"),
                                 hhPhone(phone), true));
    }
    if (!email.isEmpty()) {
        contact.append(hhContact(QStringLiteral("email"), QStringLiteral("Эл. почта"), email,
                                 phone.isEmpty()));
    }
    const QString resumeId = QStringLiteral("r%1x%2").arg(vacancyId).arg(m_hhNextResponse + 1);
    appendHhResponse(vacancyId, hhResume(resumeId, firstName, lastName, 30, contact));
    return QString::number(700000000 + m_hhNextResponse - 1);
}

void ThirdPartyMocks::seedHhResponses(const QString &vacancyId, int count)
{
    static const QStringList firstNames{QStringLiteral("Алексей"), QStringLiteral("Наталья"),
                                        QStringLiteral("Михаил"), QStringLiteral("Светлана"),
                                        QStringLiteral("Кирилл")};
    static const QStringList lastNames{QStringLiteral("Фёдоров"), QStringLiteral("Орлова"),
                                       QStringLiteral("Волков"), QStringLiteral("Зайцева"),
                                       QStringLiteral("Белов")};
    m_hhResponses[vacancyId]; // a vacancy without responses is still known
    for (int n = 0; n < count; ++n) {
        const int i = m_hhNextResponse;
        const QString number = QStringLiteral("%1").arg(4500000 + i, 7, 10, QLatin1Char('0'));
        const QString formatted = QStringLiteral("+7 (903) %1-%2-%3")
                                      .arg(number.left(3), number.mid(3, 2), number.mid(5));
        const QJsonArray contact{
            hhContact(QStringLiteral("cell"), QStringLiteral("Мобильный телефон"),
                      hhPhone(formatted), true),
            hhContact(QStringLiteral("email"), QStringLiteral("Эл. почта"),
                      QStringLiteral("hh.applicant%1@example.ru").arg(i + 1), false)};
        const QString resumeId = QStringLiteral("r%1a%2").arg(vacancyId).arg(i + 1);
        appendHhResponse(vacancyId, hhResume(resumeId, firstNames[i % firstNames.size()],
                                             lastNames[(i / firstNames.size()) % lastNames.size()],
                                             25 + i % 20, contact));
    }
}

int ThirdPartyMocks::hhResponseCount(const QString &vacancyId) const
{
    return int(m_hhResponses.value(vacancyId).size());
}

} // namespace bbd::testserver
