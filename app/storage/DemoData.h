#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bbd {

class Database;
class PhoneNumbers;

struct DemoLoadResult
{
    bool ok = false;
    bool alreadyLoaded = false; // nothing was written: this database has the demo data
    QString error;
    int employees = 0;
    int vacancies = 0;
    int candidates = 0;
    int invalidPhones = 0; // kept as typed, flagged, as an import would
    int templates = 0;
    int scenarios = 0;
    int assignments = 0;
    int articles = 0;
    int contacts = 0;
    int channels = 0;
};

// The demo company written for this product (resources/demo/demo.json): a few vacancies with a
// busy pipeline, onboarding scenarios, knowledge-base articles and the fallback directory.
// Dates in the file are relative ("applied 12 days ago"), so the demo never looks stale.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(bbd::DemoData)

public:
    static QString resourcePath();

    // Loads the demo in one transaction, unless this database already holds it. Phones go
    // through `phones` exactly as imported numbers do.
    static DemoLoadResult load(Database &db, const PhoneNumbers &phones,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same from a document in the demo format; all or nothing.
    static DemoLoadResult loadJson(Database &db, const PhoneNumbers &phones, const QByteArray &json,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool isLoaded(const Database &db);
};

} // namespace bbd
