#pragma once

#include "models/Candidate.h"
#include "models/Contact.h"
#include "models/Employee.h"
#include "models/KbArticle.h"
#include "models/PageSource.h"
#include "models/Scenario.h"
#include "models/Vacancy.h"

#include <memory>

namespace bbd {

class Database;
class PhoneNumbers;

// The read side of each aggregate, as page sources for the item models of models/.
// `phones` formats numbers for display; it must outlive the sources.
namespace sources {

std::unique_ptr<PageSource<Vacancy>> vacancies(const Database &db);
// All candidates, or those of one vacancy when `vacancyId` is not 0.
std::unique_ptr<PageSource<Candidate>> candidates(const Database &db, const PhoneNumbers &phones,
                                                  qint64 vacancyId = 0);
std::unique_ptr<PageSource<Scenario>> scenarios(const Database &db);
std::unique_ptr<PageSource<ScenarioStage>> scenarioStages(const Database &db, qint64 scenarioId);
// Live articles by title, or those matching `filter` (KbStore::search's order and rules).
std::unique_ptr<PageSource<KbArticle>> kbArticles(const Database &db,
                                                  const KbArticleFilter &filter = {});
std::unique_ptr<PageSource<Contact>> contacts(const Database &db, const PhoneNumbers &phones);
std::unique_ptr<PageSource<Channel>> channels(const Database &db, const PhoneNumbers &phones);
// Employees by name, or those whose name, job title or department contains `search`.
std::unique_ptr<PageSource<Employee>> employees(const Database &db, const QString &search = {});

} // namespace sources
} // namespace bbd
