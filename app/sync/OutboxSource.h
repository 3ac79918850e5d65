#pragma once

#include "models/OutboxTableModel.h"
#include "models/PageSource.h"

#include <memory>

namespace bbd {

class Database;

namespace sources {

// Which rows the Outbox view lists.
enum class OutboxFilter {
    Undelivered, // everything not sent yet, in the order it will be sent
    Failed,
    Conflicts,
    Delivered, // newest first
};

std::unique_ptr<PageSource<OutboxEntry>> outbox(const Database &db, OutboxFilter filter);

} // namespace sources
} // namespace bbd
