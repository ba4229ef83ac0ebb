// The plan part of the link journal: rows written when a person asks for a change, before the
// engine sees it, and the external outlet ids a person entered. See LinkJournal.h.

#include "LinkJournal.h"

#include "JournalSchema.h"
#include "JournalSql.h"

namespace gobiz {

using namespace JournalSql;

QList<qint64> LinkJournal::recordPlanned(
    const QList<PlannedChange> &changes, const JournalContext &context)
{
    if (changes.isEmpty())
        return {};
    QList<qint64> rows;
    const QString queued = now();
    const Write write = [this, &changes, &context, &rows, queued](QString *nativeError, int *code) {
        rows.clear();
        rows.reserve(changes.size());
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery supersede(db);
        QSqlQuery insert(db);
        QSqlQuery resume(db);
        if (!sql.prepare(supersede,
                QStringLiteral("UPDATE operations SET resolution = 'superseded', resolved_at = ?,"
                               " resolved_by = ? WHERE environment = ? AND merchant = ?"
                               " AND outlet_id = ? AND product = ? AND result IS NULL"
                               " AND resolution IS NULL AND started_at IS NULL AND id <> ?"))
            || !sql.prepare(insert,
                QStringLiteral("INSERT INTO operations (run_id, session_id, engine_op_id,"
                               " environment, merchant, gobiz_user, outlet_id, product, action,"
                               " external_outlet_id, queued_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?,"
                               " ?, ?)"))
            || !sql.prepare(resume,
                QStringLiteral("UPDATE operations SET resolution = 'resumed', resolved_at = ?,"
                               " resolved_by = ? WHERE id = ? AND result IS NULL"
                               " AND resolution IS NULL")))
            return false;
        const QString environment = clean(context.environment);
        const QString merchant = clean(context.merchant);
        for (const PlannedChange &change : changes) {
            const LinkRequest &request = change.request;
            insert.addBindValue(m_runId);
            insert.addBindValue(clean(context.session));
            insert.addBindValue(environment);
            insert.addBindValue(merchant);
            insert.addBindValue(clean(context.gobizUser));
            insert.addBindValue(clean(request.outletId));
            insert.addBindValue(productKey(request.product));
            insert.addBindValue(actionKey(request.action));
            insert.addBindValue(clean(request.externalOutletId));
            insert.addBindValue(queued);
            if (!sql.exec(insert))
                return false;
            const qint64 row = insert.lastInsertId().toLongLong();
            for (qint64 resumed : change.resumes) {
                resume.addBindValue(queued);
                resume.addBindValue(row);
                resume.addBindValue(resumed);
                if (!sql.exec(resume))
                    return false;
            }
            supersede.addBindValue(queued);
            supersede.addBindValue(row);
            supersede.addBindValue(environment);
            supersede.addBindValue(merchant);
            supersede.addBindValue(clean(request.outletId));
            supersede.addBindValue(productKey(request.product));
            supersede.addBindValue(row);
            if (!sql.exec(supersede))
                return false;
            rows.append(row);
        }
        return true;
    };
    // Not deferred: a change that cannot be recorded is not queued (the caller says so).
    if (!runWrite(write, false))
        return {};
    return rows;
}

bool LinkJournal::recordStartedRow(qint64 row)
{
    const QString started = now();
    const Write write = [this, row, started](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery update(db);
        if (!sql.prepare(update,
                QStringLiteral("UPDATE operations SET started_at = coalesce(started_at, ?)"
                               " WHERE id = ? AND result IS NULL")))
            return false;
        update.addBindValue(started);
        update.addBindValue(row);
        return sql.exec(update);
    };
    return runWrite(write, false);
}

bool LinkJournal::recordUnsent(qint64 row)
{
    const Write write = [this, row](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery update(db);
        if (!sql.prepare(update,
                QStringLiteral("UPDATE operations SET started_at = NULL WHERE id = ?"
                               " AND result IS NULL AND attempts = 0")))
            return false;
        update.addBindValue(row);
        return sql.exec(update);
    };
    return runWrite(write, true);
}

bool LinkJournal::recordSettled(qint64 row, RequestSettlement settlement, qint64 byRow)
{
    if (row <= 0)
        return true;
    const QString when = now();
    const bool cancelled = settlement == RequestSettlement::Cancelled;
    const Write write = [this, row, byRow, when, cancelled](QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery update(db);
        const QString statement = cancelled
            ? QStringLiteral("UPDATE operations SET result = 'cancelled', finished_at = ?,"
                             " started_at = NULL WHERE id = ? AND result IS NULL"
                             " AND resolution IS NULL")
            : QStringLiteral("UPDATE operations SET resolution = 'superseded', resolved_at = ?,"
                             " resolved_by = ? WHERE id = ? AND result IS NULL"
                             " AND resolution IS NULL");
        if (!sql.prepare(update, statement))
            return false;
        update.addBindValue(when);
        if (!cancelled)
            update.addBindValue(byRow > 0 ? QVariant(byRow) : QVariant(QMetaType::fromType<qint64>()));
        update.addBindValue(row);
        return sql.exec(update);
    };
    return runWrite(write, true);
}

bool LinkJournal::saveExternalIds(const QString &environment, const QString &merchant,
    const QHash<QString, QString> &externalIdByOutlet)
{
    if (externalIdByOutlet.isEmpty())
        return true;
    const QString when = now();
    const Write write = [this, environment, merchant, externalIdByOutlet, when](
                            QString *nativeError, int *code) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statements sql {db, nativeError, code};
        QSqlQuery upsert(db);
        QSqlQuery remove(db);
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
    };
    // Kept and written again later when it fails: what a person typed is not dropped.
    return runWrite(write, true);
}

QHash<QString, QString> LinkJournal::externalIds(
    const QString &environment, const QString &merchant) const
{
    QHash<QString, QString> result;
    if (!isOpen() || m_schemaVersion != JournalSchema::currentVersion)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT outlet_id, external_outlet_id FROM external_ids"
                                 " WHERE environment = ? AND merchant = ?"));
    query.addBindValue(environment);
    query.addBindValue(merchant);
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

QList<JournalEntry> LinkJournal::unfinishedPlan(const QString &exceptSession) const
{
    QList<JournalEntry> result;
    if (!isOpen() || m_schemaVersion != JournalSchema::currentVersion)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, EXISTS (SELECT 1 FROM operations later"
                       "  WHERE later.environment = operations.environment"
                       "  AND later.outlet_id = operations.outlet_id"
                       "  AND later.product = operations.product AND later.id > operations.id"
                       "  AND later.started_at IS NOT NULL AND later.result IS NOT NULL)"
                       " FROM operations WHERE result IS NULL AND resolution IS NULL"
                       " AND (? = '' OR session_id <> ?) ORDER BY id")
            .arg(entryColumns));
    query.addBindValue(nonNull(exceptSession));
    query.addBindValue(nonNull(exceptSession));
    if (!query.exec())
        return result;
    while (query.next()) {
        JournalEntry entry = readEntry(query);
        entry.overtaken = query.value(27).toBool();
        result.append(entry);
    }
    return result;
}

} // namespace gobiz
