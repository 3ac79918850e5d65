#pragma once

#include "models/ScenarioDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bbd {

// A scenario's contents outside any document: what a file, a template or the clipboard holds.
// Stage keys are unique within the contents (1..n as read) and links use them.
struct ScenarioContents
{
    QString name;
    QString description;
    QList<StageData> stages;
    QList<StageLink> links;

    // Makes `document` this scenario, new and not saved (id 0, revision 1): an import or a
    // template opened on its own. The caller clears the undo stack.
    void resetDocument(ScenarioDocument *document) const;
    // The same stages and links with keys `document` has not used (document->takeNewKey()),
    // links remapped and database ids cleared, ready for an AddStagesCommand.
    ScenarioContents rekeyedFor(ScenarioDocument *document) const;
};

// The scenario file format (README.md, "Scenario files"): a versioned JSON object,
//   {"format": "butterboard-scenario", "version": 1, "name": "…", "description": "…",
//    "stages": [{"id": 1, …StageData::toJson()…}], "links": [{"from": 1, "to": 2}]}
// Ids are local to the file. Writing is deterministic, so write → read → write gives the same
// bytes.
class ScenarioJson
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ScenarioJson)

public:
    static constexpr int Version = 1;
    static QString formatName() { return QStringLiteral("butterboard-scenario"); }

    static QByteArray write(const ScenarioDocument &document);
    static QByteArray write(const ScenarioContents &contents);
    // False with `error` (a sentence for the user naming what is wrong) when `data` is not a
    // scenario this version can read; `contents` is only changed on success.
    static bool read(const QByteArray &data, ScenarioContents *contents, QString *error);
};

} // namespace bbd
