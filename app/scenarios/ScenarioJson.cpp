#include "app/scenarios/ScenarioJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace bbd {
namespace {

// JSON numbers are doubles: ids are whole numbers a double holds exactly.
bool wholeNumber(const QJsonValue &value, qint64 *number)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    if (std::trunc(d) != d || std::fabs(d) > 9007199254740992.0) {
        return false;
    }
    *number = static_cast<qint64>(d);
    return true;
}

} // namespace

void ScenarioContents::resetDocument(ScenarioDocument *document) const
{
    document->reset(0, 1, name, description, stages, links);
}

ScenarioContents ScenarioContents::rekeyedFor(ScenarioDocument *document) const
{
    ScenarioContents rekeyed;
    rekeyed.name = name;
    rekeyed.description = description;
    QHash<qint64, qint64> keyOf;
    for (StageData stage : stages) {
        const qint64 key = document->takeNewKey();
        keyOf.insert(stage.key, key);
        stage.key = key;
        stage.dbId = 0;
        rekeyed.stages.append(stage);
    }
    for (const StageLink &link : links) {
        if (keyOf.contains(link.from) && keyOf.contains(link.to)) {
            rekeyed.links.append({keyOf.value(link.from), keyOf.value(link.to)});
        }
    }
    return rekeyed;
}

QByteArray ScenarioJson::write(const ScenarioDocument &document)
{
    return write(ScenarioContents{document.name(), document.description(), document.stages(),
                                  document.links()});
}

QByteArray ScenarioJson::write(const ScenarioContents &contents)
{
    // Ids are the stages' places in the list, not the document's keys, so the same scenario
    // always writes the same file however it was edited.
    QHash<qint64, int> idOf;
    QJsonArray stages;
    for (const StageData &stage : contents.stages) {
        const int id = int(stages.size()) + 1;
        idOf.insert(stage.key, id);
        QJsonObject object = stage.toJson();
        object.insert(QStringLiteral("id"), id);
        stages.append(object);
    }
    QJsonArray links;
    for (const StageLink &link : contents.links) {
        if (idOf.contains(link.from) && idOf.contains(link.to)) {
            links.append(QJsonObject{{QStringLiteral("from"), idOf.value(link.from)},
                                     {QStringLiteral("to"), idOf.value(link.to)}});
        }
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), Version},
        {QStringLiteral("name"), contents.name},
        {QStringLiteral("description"), contents.description},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("links"), links},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ScenarioJson::read(const QByteArray &data, ScenarioContents *contents, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parse);
    if (parse.error != QJsonParseError::NoError) {
        return fail(tr("The file is not JSON: %1 at offset %2.")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    }
    if (!document.isObject()) {
        return fail(tr("The file holds no scenario: its top level is not a JSON object."));
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != formatName()) {
        if (format.isUndefined()) {
            return fail(tr("This is not a Butterboard Desk scenario file: it has no “format” "
                           "(expected “%1”).")
                            .arg(formatName()));
        }
        if (!format.isString()) {
            return fail(tr("This is not a Butterboard Desk scenario file: its “format” is not "
                           "text (expected “%1”).")
                            .arg(formatName()));
        }
        return fail(tr("This is not a Butterboard Desk scenario file: its “format” is “%1” "
                       "(expected “%2”).")
                        .arg(format.toString(), formatName()));
    }
    qint64 version = 0;
    if (!wholeNumber(root.value(QLatin1String("version")), &version) || version < 1) {
        return fail(tr("The file's “version” must be a whole number from 1."));
    }
    if (version > Version) {
        return fail(tr("The file was made by a newer Butterboard Desk: version %1, this one "
                       "reads up to %2. Update the app to import it.")
                        .arg(version)
                        .arg(Version));
    }
    ScenarioContents read;
    for (const auto &[field, target] :
         {std::pair{QLatin1String("name"), &read.name},
          std::pair{QLatin1String("description"), &read.description}}) {
        const QJsonValue value = root.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            return fail(tr("The scenario's “%1” must be text.").arg(field));
        }
        *target = value.toString();
    }

    const QJsonValue stagesValue = root.value(QLatin1String("stages"));
    if (!stagesValue.isArray()) {
        return fail(tr("The file has no “stages” list."));
    }
    const QJsonArray stages = stagesValue.toArray();
    QHash<qint64, qint64> keyOfId;
    QHash<qint64, int> placeOfId;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const int place = int(i) + 1;
        if (!stages.at(i).isObject()) {
            return fail(tr("Stage %1 is not a JSON object.").arg(place));
        }
        const QJsonObject object = stages.at(i).toObject();
        qint64 id = 0;
        if (!wholeNumber(object.value(QLatin1String("id")), &id)) {
            return fail(tr("Stage %1 needs a whole-number “id”.").arg(place));
        }
        if (placeOfId.contains(id)) {
            return fail(tr("Stages %1 and %2 have the same id %3.")
                            .arg(placeOfId.value(id))
                            .arg(place)
                            .arg(id));
        }
        StageData stage;
        QString problem;
        if (!StageData::fromJson(object, &stage, &problem)) {
            return fail(tr("Stage %1 (id %2): %3").arg(place).arg(id).arg(problem));
        }
        stage.key = place;
        placeOfId.insert(id, place);
        keyOfId.insert(id, stage.key);
        read.stages.append(stage);
    }

    const QJsonValue linksValue = root.value(QLatin1String("links"));
    if (!linksValue.isUndefined() && !linksValue.isArray()) {
        return fail(tr("The file's “links” must be a list."));
    }
    const QJsonArray links = linksValue.toArray();
    QHash<StageLink, int> placeOfLink;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const int place = int(i) + 1;
        const QJsonObject object = links.at(i).toObject();
        qint64 from = 0;
        qint64 to = 0;
        if (!links.at(i).isObject() || !wholeNumber(object.value(QLatin1String("from")), &from) ||
            !wholeNumber(object.value(QLatin1String("to")), &to)) {
            return fail(tr("Link %1 needs whole-number stage ids “from” and “to”.").arg(place));
        }
        for (qint64 end : {from, to}) {
            if (!keyOfId.contains(end)) {
                return fail(tr("Link %1 points to stage id %2, which is not in the file.")
                                .arg(place)
                                .arg(end));
            }
        }
        if (from == to) {
            return fail(tr("Link %1 joins stage id %2 to itself.").arg(place).arg(from));
        }
        const StageLink link{keyOfId.value(from), keyOfId.value(to)};
        if (placeOfLink.contains(link)) {
            return fail(tr("Link %1 repeats link %2 (stage id %3 → %4).")
                            .arg(place)
                            .arg(placeOfLink.value(link))
                            .arg(from)
                            .arg(to));
        }
        placeOfLink.insert(link, place);
        read.links.append(link);
    }
    *contents = read;
    return true;
}

} // namespace bbd
