#pragma once
// Internal to app/store: what the journal's .cpp files share about its SQL (codes, time and text
// encoding, the row reader). Not part of any interface.

#include "JournalEntry.h"
#include "diagnostics/Redactor.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace gobiz::JournalSql {

// SQLite primary result codes (sqlite3.h); Qt reports them as QSqlError::nativeErrorCode().
enum SqliteCode {
    SqliteError = 1,
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

inline int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1; // extended codes carry the primary code in the low byte
}

inline QVariant timeValue(const QDateTime &when)
{
    if (!when.isValid())
        return QVariant(QMetaType::fromType<QString>()); // NULL
    return when.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime readTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

// Everything stored goes through the one redaction point.
inline QString clean(const QString &text)
{
    return nonNull(Redactor::redact(text));
}

// A row id, or NULL for none (0).
inline QVariant rowValue(qint64 row)
{
    return row > 0 ? QVariant(row) : QVariant(QMetaType::fromType<qint64>());
}

inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

inline const QString entryColumns = QStringLiteral(
    "id, run_id, engine_op_id, environment, merchant, gobiz_user, outlet_id, product, action,"
    " external_outlet_id, queued_at, started_at, finished_at, attempts, request_id, result,"
    " aborted_in_flight, linked_at, error_kind, http_status, error_message, error_detail,"
    " resolution, resolved_at, resolved_by,"
    " (SELECT group_concat(request_id, ' ') FROM (SELECT request_id FROM attempts a"
    "   WHERE a.operation_id = operations.id AND a.request_id <> '' ORDER BY a.number)),"
    " session_id");

inline JournalEntry readEntry(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.runId = query.value(1).toString();
    entry.engineOperationId = query.value(2).toULongLong();
    entry.environment = query.value(3).toString();
    entry.merchant = query.value(4).toString();
    entry.gobizUser = query.value(5).toString();
    entry.request.outletId = query.value(6).toString();
    entry.request.product = productFromKey(query.value(7).toString()).value_or(Product::GoFood);
    entry.request.action = actionFromKey(query.value(8).toString()).value_or(LinkAction::Link);
    entry.request.externalOutletId = query.value(9).toString();
    entry.queuedAt = readTime(query.value(10));
    entry.startedAt = readTime(query.value(11));
    entry.finishedAt = readTime(query.value(12));
    entry.attempts = query.value(13).toInt();
    entry.requestId = query.value(14).toString();
    entry.result = JournalEntry::resultFromKey(query.value(15).toString());
    entry.abortedInFlight = query.value(16).toBool();
    entry.linkedAt = readTime(query.value(17));
    entry.errorKind = query.value(18).toString();
    entry.httpStatus = query.value(19).toInt();
    entry.errorMessage = query.value(20).toString();
    entry.errorDetail = query.value(21).toString();
    entry.resolution = JournalEntry::resolutionFromKey(query.value(22).toString());
    entry.resolvedAt = readTime(query.value(23));
    entry.resolvedBy = query.value(24).toLongLong();
    const QString ids = query.value(25).toString();
    entry.requestIds = ids.isEmpty() ? QStringList() : ids.split(u' ');
    if (entry.requestIds.isEmpty() && !entry.requestId.isEmpty())
        entry.requestIds.append(entry.requestId);
    entry.sessionId = query.value(26).toString();
    return entry;
}

// Runs statements on the journal's connection and remembers the latest failure (its text and
// SQLite code), so that a sequence of statements can stop at the first one that fails.
struct Statements
{
    explicit Statements(const QSqlDatabase &database) : db(database) { }

    QSqlDatabase db;
    QString nativeError;
    int code = 0;

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        capture(query.lastError());
        return false;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        capture(query.lastError());
        return false;
    }
    bool prepare(QSqlQuery &query, const QString &sql)
    {
        if (query.prepare(sql))
            return true;
        capture(query.lastError());
        return false;
    }
    // One statement with its values bound in order.
    bool run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(db);
        if (!prepare(query, sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return exec(query);
    }
    void capture(const QSqlError &error)
    {
        nativeError = error.text();
        code = sqliteCode(error);
    }
};

} // namespace gobiz::JournalSql
