#pragma once

#include <QStringList>

namespace gobiz::JournalSchema {

// The journal's schema, versioned with SQLite's PRAGMA user_version. A journal at version N is
// brought to currentVersion by running migration(N + 1) ... migration(currentVersion), each in
// one transaction together with the new user_version. Released versions are frozen: change the
// schema only by adding a migration.
//
// v1  operations: one row per operation (intent written before the request, outcome after).
// v2  operations gains gobiz_user, queued_at, attempts, http_status, aborted_in_flight,
// error_detail and the
//     recovery columns resolution/resolved_at/resolved_by; v1 results "ok" become "succeeded";
//     attempts: one row per request sent (request id, outcome).
inline constexpr int currentVersion = 2;

// Statements that take a journal from version - 1 to version; empty for an unknown version.
QStringList migration(int version);

} // namespace gobiz::JournalSchema
