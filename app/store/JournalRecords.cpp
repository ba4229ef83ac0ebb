#include "JournalRecords.h"

#include "JournalSql.h"

namespace gobiz::JournalRecords {

using namespace JournalSql;

namespace {

JournalEntry::Result resultOf(const LinkOperation &operation)
{
    switch (operation.phase) {
    case LinkOperation::Phase::Succeeded:
        return JournalEntry::Result::Succeeded;
    case LinkOperation::Phase::Failed:
        return JournalEntry::Result::Failed;
    case LinkOperation::Phase::Cancelled:
        return JournalEntry::Result::Cancelled;
    default:
        return JournalEntry::Result::Unfinished;
    }
}

} // namespace

qint64 insertOperation(Statements &sql, const QString &runId, const LinkOperation &op,
    const JournalContext &context, const QVariant &startedAt)
{
    QSqlQuery insert(sql.db);
    if (!sql.prepare(insert,
            QStringLiteral("INSERT INTO operations (run_id, session_id, engine_op_id, environment,"
                           " merchant, gobiz_user, outlet_id, product, action, external_outlet_id,"
                           " queued_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return 0;
    insert.addBindValue(runId);
    insert.addBindValue(clean(context.session));
    insert.addBindValue(op.id);
    insert.addBindValue(clean(context.environment));
    insert.addBindValue(clean(context.merchant));
    insert.addBindValue(clean(context.gobizUser));
    insert.addBindValue(clean(op.request.outletId));
    insert.addBindValue(productKey(op.request.product));
    insert.addBindValue(actionKey(op.request.action));
    insert.addBindValue(clean(op.request.externalOutletId));
    insert.addBindValue(timeValue(op.queuedAt));
    insert.addBindValue(startedAt);
    if (!sql.exec(insert))
        return 0;
    return insert.lastInsertId().toLongLong();
}

bool resolve(Statements &sql, const QList<qint64> &ids, JournalEntry::Resolution resolution,
    const QString &when, qint64 by)
{
    if (ids.isEmpty())
        return true;
    QVariantList values {JournalEntry::resolutionKey(resolution), when, rowValue(by)};
    for (qint64 id : ids)
        values.append(id);
    return sql.run(QStringLiteral("UPDATE operations SET resolution = ?, resolved_at = ?,"
                                  " resolved_by = ? WHERE result IS NULL AND resolution IS NULL"
                                  " AND id IN (%1)")
                       .arg(placeholders(ids.size())),
        values);
}

bool attempt(Statements &sql, qint64 row, const LinkOperation &op, const QString &when)
{
    const bool recorded = op.phase == LinkOperation::Phase::InFlight
        ? sql.run(QStringLiteral("INSERT OR REPLACE INTO attempts (operation_id, number,"
                                 " request_id, sent_at) VALUES (?, ?, ?, ?)"),
            {row, op.attempts, clean(op.requestId), when})
        : sql.run(QStringLiteral("UPDATE attempts SET finished_at = ?, outcome = ?,"
                                 " http_status = ? WHERE operation_id = ? AND number = ?"
                                 " AND outcome IS NULL"),
            {when, ApiError::kindKey(op.lastError.kind), op.lastError.httpStatus, row,
                op.attempts});
    return recorded
        && sql.run(QStringLiteral("UPDATE operations SET attempts = ?, request_id = ?,"
                                  " external_outlet_id = ? WHERE id = ?"),
            {op.attempts, clean(op.requestId), clean(op.request.externalOutletId), row});
}

bool finished(Statements &sql, qint64 row, const LinkOperation &op, const QString &finishedAt)
{
    const ApiError &error = op.lastError;
    if (op.attempts > 0
        && !sql.run(QStringLiteral("INSERT INTO attempts (operation_id, number, request_id,"
                                   " sent_at, finished_at, outcome, http_status)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT (operation_id, number) DO UPDATE SET"
                                   "  request_id = CASE WHEN excluded.request_id <> '' THEN"
                                   " excluded.request_id ELSE request_id END,"
                                   "  finished_at = excluded.finished_at,"
                                   " outcome = excluded.outcome,"
                                   "  http_status = excluded.http_status WHERE outcome IS NULL"),
            {row, op.attempts, clean(op.requestId), timeValue(op.startedAt), finishedAt,
                error.isError() ? ApiError::kindKey(error.kind) : QStringLiteral("succeeded"),
                error.httpStatus}))
        return false;
    // Only an op that ended unsent (cancelled or refused before any attempt) is un-started.
    const bool unsent
        = op.attempts == 0 && !op.abortedInFlight && op.phase != LinkOperation::Phase::Succeeded;
    return sql.run(
        QStringLiteral("UPDATE operations SET finished_at = ?, result = ?, attempts = ?,"
                       " request_id = ?, external_outlet_id = ?, aborted_in_flight = ?,"
                       " linked_at = ?, error_kind = ?, http_status = ?, error_message = ?,"
                       " error_detail = ?,"
                       " engine_op_id = CASE WHEN engine_op_id = 0 THEN ? ELSE engine_op_id END,"
                       // Recorded as started ahead of a free slot, but never sent: not started.
                       " started_at = CASE WHEN ? THEN started_at ELSE NULL END"
                       " WHERE id = ?"),
        {finishedAt, JournalEntry::resultKey(resultOf(op)), op.attempts, clean(op.requestId),
            clean(op.request.externalOutletId), op.abortedInFlight ? 1 : 0,
            timeValue(op.phase == LinkOperation::Phase::Succeeded ? op.confirmation.linkedAt
                                                                  : QDateTime()),
            error.isError() ? ApiError::kindKey(error.kind) : nonNull({}), error.httpStatus,
            error.isError() ? clean(error.userMessage()) : nonNull({}),
            error.isError() ? clean(error.detail) : nonNull({}), op.id, unsent ? 0 : 1, row});
}

bool planned(Statements &sql, const QString &runId, const QList<PlannedChange> &changes,
    const JournalContext &context, const QString &queuedAt, QList<qint64> *rows)
{
    QSqlQuery insert(sql.db);
    QSqlQuery supersede(sql.db);
    if (!sql.prepare(insert,
            QStringLiteral("INSERT INTO operations (run_id, session_id, engine_op_id,"
                           " environment, merchant, gobiz_user, outlet_id, product, action,"
                           " external_outlet_id, queued_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?,"
                           " ?, ?)"))
        || !sql.prepare(supersede,
            QStringLiteral("UPDATE operations SET resolution = 'superseded', resolved_at = ?,"
                           " resolved_by = ? WHERE environment = ? AND merchant = ?"
                           " AND outlet_id = ? AND product = ? AND result IS NULL"
                           " AND resolution IS NULL AND started_at IS NULL AND id <> ?")))
        return false;
    const QString environment = clean(context.environment);
    const QString merchant = clean(context.merchant);
    for (const PlannedChange &change : changes) {
        const LinkRequest &request = change.request;
        insert.addBindValue(runId);
        insert.addBindValue(clean(context.session));
        insert.addBindValue(environment);
        insert.addBindValue(merchant);
        insert.addBindValue(clean(context.gobizUser));
        insert.addBindValue(clean(request.outletId));
        insert.addBindValue(productKey(request.product));
        insert.addBindValue(actionKey(request.action));
        insert.addBindValue(clean(request.externalOutletId));
        insert.addBindValue(queuedAt);
        if (!sql.exec(insert))
            return false;
        const qint64 row = insert.lastInsertId().toLongLong();
        if (!resolve(sql, change.resumes, JournalEntry::Resolution::Resumed, queuedAt, row))
            return false;
        // An earlier unsent row of the same merchant and cell is replaced by this one.
        supersede.addBindValue(queuedAt);
        supersede.addBindValue(row);
        supersede.addBindValue(environment);
        supersede.addBindValue(merchant);
        supersede.addBindValue(clean(request.outletId));
        supersede.addBindValue(productKey(request.product));
        supersede.addBindValue(row);
        if (!sql.exec(supersede))
            return false;
        rows->append(row);
    }
    return true;
}

bool startedRow(Statements &sql, qint64 row, const QString &startedAt)
{
    return sql.run(QStringLiteral("UPDATE operations SET started_at = coalesce(started_at, ?)"
                                  " WHERE id = ? AND result IS NULL"),
        {startedAt, row});
}

bool unsent(Statements &sql, qint64 row)
{
    return sql.run(QStringLiteral("UPDATE operations SET started_at = NULL WHERE id = ?"
                                  " AND result IS NULL AND attempts = 0"),
        {row});
}

bool cancelledUnsent(Statements &sql, qint64 row, const QString &when)
{
    return sql.run(QStringLiteral("UPDATE operations SET result = 'cancelled', finished_at = ?,"
                                  " started_at = NULL WHERE id = ? AND result IS NULL"
                                  " AND resolution IS NULL"),
        {when, row});
}

bool externalIds(Statements &sql, const QString &environment, const QString &merchant,
    const QHash<QString, QString> &externalIdByOutlet, const QString &when)
{
    QSqlQuery upsert(sql.db);
    QSqlQuery remove(sql.db);
    if (!sql.prepare(upsert,
            QStringLiteral("INSERT INTO external_ids (environment, merchant, outlet_id,"
                           " external_outlet_id, updated_at) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (environment, merchant, outlet_id) DO UPDATE SET"
                           " external_outlet_id = excluded.external_outlet_id,"
                           " updated_at = excluded.updated_at"))
        || !sql.prepare(remove,
            QStringLiteral("DELETE FROM external_ids WHERE environment = ? AND merchant = ?"
                           " AND outlet_id = ?")))
        return false;
    for (auto it = externalIdByOutlet.cbegin(); it != externalIdByOutlet.cend(); ++it) {
        const QString id = it.value().trimmed();
        QSqlQuery &query = id.isEmpty() ? remove : upsert;
        query.addBindValue(clean(environment));
        query.addBindValue(clean(merchant));
        query.addBindValue(clean(it.key()));
        if (!id.isEmpty()) {
            query.addBindValue(clean(id));
            query.addBindValue(when);
        }
        if (!sql.exec(query))
            return false;
    }
    return true;
}

} // namespace gobiz::JournalRecords
