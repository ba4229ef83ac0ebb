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
// v3  the plan: a row is written when a change is asked for (queued: started_at NULL, result
//     NULL), before the engine sees it, so rows no longer need an engine operation id
//     (engine_op_id 0 until one carries it; the unique index becomes a plain one); session_id
//     names one merchant's run; external_ids keeps the ids a person entered, per merchant.
inline constexpr int currentVersion = 3;

// Statements that take a journal from version - 1 to version; empty for an unknown version.
QStringList migration(int version);

} // namespace gobiz::JournalSchema
