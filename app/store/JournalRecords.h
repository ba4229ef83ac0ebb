#pragma once
// Internal to app/store: the statements that write the journal's records. Each function only runs
// statements on sql (the first failure is in it); the transaction, deferral and problem reports
// are LinkJournal's.

#include "JournalEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace gobiz {

namespace JournalSql {
struct Statements;
}

namespace JournalRecords {

using JournalSql::Statements;

// The row of one operation of run runId, with startedAt (NULL: never sent). Returns the row, 0 on
// failure.
qint64 insertOperation(Statements &sql, const QString &runId, const LinkOperation &op,
    const JournalContext &context, const QVariant &startedAt);
// Resolves the unfinished rows among ids, by row by (0: none), at when.
bool resolve(Statements &sql, const QList<qint64> &ids, JournalEntry::Resolution resolution,
    const QString &when, qint64 by = 0);
// An attempt of a pending operation: sent (in flight), or its outcome (waiting, queued again).
bool attempt(Statements &sql, qint64 row, const LinkOperation &op, const QString &when);
// The final outcome of an operation (and of its last attempt).
bool finished(Statements &sql, qint64 row, const LinkOperation &op, const QString &finishedAt);

// --- the plan ---
// One queued row per change (see LinkJournal::recordPlanned); rows receives them in order.
bool planned(Statements &sql, const QString &runId, const QList<PlannedChange> &changes,
    const JournalContext &context, const QString &queuedAt, QList<qint64> *rows);
bool startedRow(Statements &sql, qint64 row, const QString &startedAt);
bool unsent(Statements &sql, qint64 row);
bool cancelledUnsent(Statements &sql, qint64 row, const QString &when);
// An empty id removes the outlet's entry.
bool externalIds(Statements &sql, const QString &environment, const QString &merchant,
    const QHash<QString, QString> &externalIdByOutlet, const QString &when);

} // namespace JournalRecords
} // namespace gobiz
