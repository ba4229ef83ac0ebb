#include "JournalSchema.h"

namespace gobiz::JournalSchema {

namespace {

// Version 1, as first released. Frozen.
QStringList toVersion1()
{
    return {
        QStringLiteral("CREATE TABLE operations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " run_id TEXT NOT NULL,"
                       " engine_op_id INTEGER NOT NULL,"
                       " environment TEXT NOT NULL,"
                       " merchant TEXT NOT NULL DEFAULT '',"
                       " outlet_id TEXT NOT NULL,"
                       " product TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " external_outlet_id TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT,"
                       " finished_at TEXT,"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " result TEXT," // NULL while unfinished; ok / failed / cancelled
                       " linked_at TEXT,"
                       " error_kind TEXT NOT NULL DEFAULT '',"
                       " error_message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX operations_run_op ON operations(run_id, engine_op_id)"),
        QStringLiteral(
            "CREATE INDEX operations_target ON operations(environment, outlet_id, product)"),
    };
}

QStringList toVersion2()
{
    return {
        QStringLiteral("ALTER TABLE operations ADD COLUMN gobiz_user TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN queued_at TEXT"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN http_status INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE operations ADD COLUMN aborted_in_flight INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN error_detail TEXT NOT NULL DEFAULT ''"),
        // Recovery: an unfinished row is resolved as resumed, discarded or superseded.
        QStringLiteral("ALTER TABLE operations ADD COLUMN resolution TEXT"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN resolved_at TEXT"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN resolved_by INTEGER"),
        QStringLiteral("UPDATE operations SET result = 'succeeded' WHERE result = 'ok'"),
        QStringLiteral("UPDATE operations SET attempts = 1 WHERE request_id <> ''"),
        QStringLiteral("CREATE TABLE attempts ("
                       " operation_id INTEGER NOT NULL REFERENCES operations(id),"
                       " number INTEGER NOT NULL,"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " sent_at TEXT,"
                       " finished_at TEXT,"
                       " outcome TEXT," // NULL while in flight; succeeded or an error kind
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (operation_id, number))"),
        QStringLiteral(
            "INSERT INTO attempts (operation_id, number, request_id, sent_at, finished_at, outcome)"
            " SELECT id, 1, request_id, started_at, finished_at,"
            "  CASE WHEN result = 'succeeded' THEN 'succeeded' ELSE NULLIF(error_kind, '') END"
            " FROM operations WHERE request_id <> ''"),
        QStringLiteral("CREATE INDEX operations_unfinished ON operations(id)"
                       " WHERE result IS NULL AND resolution IS NULL"),
    };
}

QStringList toVersion3()
{
    return {
        QStringLiteral("DROP INDEX operations_run_op"),
        QStringLiteral("CREATE INDEX operations_run_op ON operations(run_id, engine_op_id)"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN session_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX operations_session ON operations(session_id)"),
        QStringLiteral("CREATE INDEX operations_cell ON operations(environment, merchant,"
                       " outlet_id, product)"),
        QStringLiteral("CREATE TABLE external_ids ("
                       " environment TEXT NOT NULL,"
                       " merchant TEXT NOT NULL,"
                       " outlet_id TEXT NOT NULL,"
                       " external_outlet_id TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (environment, merchant, outlet_id))"),
    };
}

} // namespace

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return toVersion1();
    case 2:
        return toVersion2();
    case 3:
        return toVersion3();
    default:
        return {};
    }
}

} // namespace gobiz::JournalSchema
