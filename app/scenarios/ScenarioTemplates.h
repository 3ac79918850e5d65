#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bbd {

class ScenarioDocument;
struct ScenarioContents;

struct ScenarioTemplate
{
    qint64 id = 0; // scenarios.id of a saved template; 0: built in
    QString key;   // "meet_the_team"…, or "user:<id>"
    QString name;
    QString description;
    int stageCount = 0;
    bool builtIn = false;
};

// Ready-made stages to start a scenario from: the built-in ones (seed 001: meeting the team in
// week 1, product training in the first month, weekly 1:1s, and the three months that combine
// them) and the user's own, saved as scenarios rows with is_template = 1, which no scenario
// list shows.
class ScenarioTemplates
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ScenarioTemplates)

public:
    explicit ScenarioTemplates(QSqlDatabase db);

    // Built-ins first, then the user's by name.
    QList<ScenarioTemplate> list() const;
    // The template's stages and links (keys 1..n, no database ids); false with lastError().
    bool instantiate(const ScenarioTemplate &templ, ScenarioContents *contents);
    // A template of the chosen stages (`stageKeys` empty: all) and the links among them,
    // moved so the top-left stage sits at the origin. Returns its id, 0 with lastError().
    qint64 saveAsTemplate(const ScenarioDocument &document, const QList<qint64> &stageKeys,
                          const QString &name);
    QString lastError() const { return m_lastError; }

    static QStringList builtInKeys();
    // False for an unknown key. Texts are in the user's language.
    static bool builtIn(const QString &key, ScenarioContents *contents);

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace bbd
