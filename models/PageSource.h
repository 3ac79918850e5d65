#pragma once

#include <QList>
#include <QString>

namespace bbd {

// Where a paged model reads its rows from. The application layer implements it over SQL;
// tests implement it over a plain list. Keeping the interface here lets models/ stay free of
// any storage code while still never holding more rows than the view has asked for.
template <typename Row>
class PageSource
{
public:
    virtual ~PageSource() = default;

    // Number of rows the source holds now, or -1 when it cannot tell (see lastError()).
    virtual int count() const = 0;
    // Up to `limit` rows starting at `offset`, in the source's stable order.
    virtual QList<Row> fetch(int offset, int limit) const = 0;
    // Human-readable reason of the last failure, empty when the last call succeeded.
    virtual QString lastError() const = 0;
};

} // namespace bbd
