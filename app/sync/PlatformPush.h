#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bbd::platformpush {

// Local candidate changes as outbox rows for the platform (POST, PATCH with If-Match, DELETE
// with If-Match), each written inside the caller's transaction, next to the change itself.
//
// A candidate the platform does not know yet has no remote_id: its rows address
// "/api/v1/candidates/{remote_id}" with If-Match "{version}", and the create's afterSent
// (PlatformResources::afterSent) fills both in, in the transaction that marks the create sent.
// The dispatcher never sends a row that still holds a "{...}". A candidate that has neither a
// remote_id nor an undelivered create (made before sync existed, or restored after its delete
// went up) is created instead of patched.

// Every field of the contract the app edits, and those a board move changes.
const QStringList &candidateFields();
const QStringList &candidateMoveFields();

bool candidateCreated(const QSqlDatabase &db, qint64 id, QString *error);
// `fields` are contract field names ("stage_id", "tags", ...) whose current values are sent.
bool candidateChanged(const QSqlDatabase &db, qint64 id, const QStringList &fields, QString *error);
bool candidateDeleted(const QSqlDatabase &db, qint64 id, QString *error);
// Undoing a delete: the delete is withdrawn while it has not gone up, else the candidate is
// created anew (the platform keeps only a tombstone of the old record).
bool candidateRestored(const QSqlDatabase &db, qint64 id, QString *error);

} // namespace bbd::platformpush
