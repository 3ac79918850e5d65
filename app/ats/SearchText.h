#pragma once

#include "models/Candidate.h"

#include <QString>

namespace bbd {

// What the full-text index holds for a candidate beyond the plain columns: every phone in the
// forms people type them, and the extra e-mail addresses.
//
// A recruiter types "916 111", "8916111", "+7 916" or the last four digits "2233"; the
// unicode61 tokenizer would only ever see "79161112233" in "+79161112233". So each valid
// number is indexed as its full digits, its national significant number, the trunk-prefixed
// form for Russia ("8" + NSN) and its last 4 and 7 digits; a prefix query over the digits of
// what was typed then finds it. Numbers that could not be recognised are indexed by their
// digits as typed.
QString candidateSearchExtra(const QList<PhoneEntry> &phones, const QStringList &extraEmails);

// The digits of a query that looks like a phone fragment ("916 111", "+7 (916)", "22-33"),
// or an empty string for a query with letters in it. A leading "+" or a Russian trunk "8" is
// kept as typed: the index holds those forms too.
QString phoneQueryDigits(const QString &query);

} // namespace bbd
