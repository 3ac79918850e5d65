#pragma once

#include "models/Vacancy.h"

#include <QList>
#include <QStringList>

namespace bbd {

class Database;

// What the candidate card offers in its pick lists: the values already in use, so that one
// board is not spelt three ways ("hh.ru", "HH", "hh").
namespace candidateChoices {

// Sources of live candidates, most used first.
QStringList knownSources(const Database &db);
// Tags of live candidates, most used first.
QStringList knownTags(const Database &db);
// Every vacancy, open ones first, then by title.
QList<Vacancy> vacancies(const Database &db);

} // namespace candidateChoices
} // namespace bbd
