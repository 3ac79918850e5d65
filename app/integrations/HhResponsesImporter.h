#pragma once

#include "app/ats/DuplicateIndex.h"
#include "models/Candidate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bbd {

class PhoneNumbers;

// One hh.ru response read into what the ATS keeps.
struct HhResponse
{
    QString responseId;
    QString resumeId;
    QString hhVacancyId;
    QString fullName; // "Last First Middle", as the ATS writes Russian names
    QString resumeTitle;
    QString resumeLink; // the resume on hh.ru's site, for the timeline
    QDateTime createdAt;
    QList<PhoneEntry> phones; // preferred first
    QStringList emails;       // normalised, preferred first
    QString reject;           // set when it cannot become a candidate
    QString warning;
};

// What happened to one response of a pull.
struct HhPullLine
{
    enum class Outcome : quint8 { Imported, Duplicate, Rejected };

    QString responseId;
    QString hhVacancyId;
    Outcome outcome = Outcome::Rejected;
    qint64 candidateId = 0; // Imported: the new candidate; Duplicate: the one it matches
    QString note;           // Rejected: the reason; otherwise a warning or the match
};

// The outcome of a pull, like an import's report: every new response has one line, so
// imported + duplicates + rejected == lines; responses pulled before are only counted.
struct HhPullReport
{
    Q_DECLARE_TR_FUNCTIONS(bbd::HhPullReport)

public:
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    int alreadyPulled = 0; // responses a previous pull settled; nothing was done with them
    int pagesApplied = 0;
    QList<HhPullLine> lines;
    QString error; // the pull stopped on this; the pages before it are in

    bool completed() const { return error.isEmpty(); }
    void add(const HhPullLine &line);
    // Two or three sentences for a message box or the status bar.
    QString summary() const;
};

// Writes hh.ru responses into the ATS as candidates with source "hh.ru": deduplicated by the
// same rule as a CSV import (DuplicateIndex: E.164 phone or normalised e-mail of a live
// candidate), each new candidate with an "import" timeline entry, each settled response
// remembered in hh_responses so that it is never taken again. Works on the caller's
// connection; each page is one transaction.
class HhResponsesImporter
{
    Q_DECLARE_TR_FUNCTIONS(bbd::HhResponsesImporter)

public:
    static QString source() { return QStringLiteral("hh.ru"); }

    HhResponsesImporter(QSqlDatabase db, const PhoneNumbers &phones);

    // Loads the duplicate keys; call before the first page of a pull.
    bool prepare(QString *error);
    // The ids among `responseIds` that an earlier pull settled.
    QSet<QString> alreadyPulled(const QStringList &responseIds, QString *error) const;

    // Reads a negotiation of the list and the full resume fetched for it (empty when hh.ru
    // gave none: the applicant deleted or hid it).
    HhResponse read(const QJsonObject &negotiation, const QJsonObject &fullResume,
                    const QString &hhVacancyId) const;

    // Settles one page in one transaction: new candidates in `vacancyId` (0: none) at the
    // first stage of its pipeline, their contacts and timeline entries, and the hh_responses
    // rows. On failure nothing of the page is kept and `error` says why; the report is only
    // extended when the page is in.
    bool applyPage(const QList<HhResponse> &responses, qint64 vacancyId, const QDateTime &now,
                   HhPullReport *report, QString *error);

private:
    qint64 firstStage(qint64 vacancyId, QString *error) const;

    QSqlDatabase m_db;
    const PhoneNumbers &m_phones;
    DuplicateIndex m_index;
};

} // namespace bbd

Q_DECLARE_METATYPE(bbd::HhPullReport)
