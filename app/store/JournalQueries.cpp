#include "JournalQueries.h"

#include "JournalSql.h"
#include "diagnostics/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gobiz::JournalQueries {

using namespace JournalSql;

namespace {

// Runs a read with its values bound in order; false (and logged) when it failed.
bool select(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "journal read failed:" << query.lastError().text();
    return false;
}

QList<JournalEntry> selectEntries(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<JournalEntry> result;
    QSqlQuery query(db);
    if (select(query, sql, values)) {
        while (query.next())
            result.append(readEntry(query));
    }
    return result;
}

} // namespace

QList<JournalEntry> entries(const QSqlDatabase &db, const JournalFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions.append(condition);
        values.append(value);
    };
    if (!filter.environment.isEmpty())
        add(QStringLiteral("environment = ?"), filter.environment);
    if (!filter.merchant.isEmpty())
        add(QStringLiteral("merchant = ?"), filter.merchant);
    if (!filter.runId.isEmpty())
        add(QStringLiteral("run_id = ?"), filter.runId);
    if (!filter.sessionId.isEmpty())
        add(QStringLiteral("session_id = ?"), filter.sessionId);
    if (!filter.outletId.isEmpty())
        add(QStringLiteral("outlet_id = ?"), filter.outletId);
    QString sql = QStringLiteral("SELECT %1 FROM operations").arg(entryColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (filter.limit >= 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT %2) ORDER BY 1")
                  .arg(sql)
                  .arg(filter.limit);
    else
        sql += QStringLiteral(" ORDER BY id");
    return selectEntries(db, sql, values);
}

std::optional<JournalEntry> entry(const QSqlDatabase &db, qint64 id)
{
    const QList<JournalEntry> found = selectEntries(
        db, QStringLiteral("SELECT %1 FROM operations WHERE id = ?").arg(entryColumns), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JournalEntry> unfinished(const QSqlDatabase &db, const QString &runId, bool includeRun)
{
    return selectEntries(db,
        QStringLiteral("SELECT %1 FROM operations WHERE result IS NULL AND resolution IS NULL"
                       " AND (? OR run_id <> ?) ORDER BY id")
            .arg(entryColumns),
        {includeRun ? 1 : 0, runId});
}

QList<JournalEntry> unfinishedPlan(const QSqlDatabase &db, const QString &exceptSession)
{
    QList<JournalEntry> result;
    QSqlQuery query(db);
    if (!select(query,
            QStringLiteral("SELECT %1, EXISTS (SELECT 1 FROM operations later"
                           "  WHERE later.environment = operations.environment"
                           "  AND later.outlet_id = operations.outlet_id"
                           "  AND later.product = operations.product AND later.id > operations.id"
                           "  AND later.started_at IS NOT NULL AND later.result IS NOT NULL)"
                           " FROM operations WHERE result IS NULL AND resolution IS NULL"
                           " AND (? = '' OR session_id <> ?) ORDER BY id")
                .arg(entryColumns),
            {nonNull(exceptSession), nonNull(exceptSession)}))
        return result;
    while (query.next()) {
        JournalEntry entry = readEntry(query);
        entry.overtaken = query.value(27).toBool();
        result.append(entry);
    }
    return result;
}

QHash<QString, QString> externalIds(
    const QSqlDatabase &db, const QString &environment, const QString &merchant)
{
    QHash<QString, QString> result;
    QSqlQuery query(db);
    if (!select(query,
            QStringLiteral("SELECT outlet_id, external_outlet_id FROM external_ids"
                           " WHERE environment = ? AND merchant = ?"),
            {environment, merchant}))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

} // namespace gobiz::JournalQueries
