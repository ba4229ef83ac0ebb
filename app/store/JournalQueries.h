#pragma once
// Internal to app/store: the journal's reads. Each runs on the connection it is given, which must
// hold the current schema (LinkJournal checks); a failed read is logged and reads as nothing.

#include "JournalEntry.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gobiz::JournalQueries {

QList<JournalEntry> entries(const QSqlDatabase &db, const JournalFilter &filter);
std::optional<JournalEntry> entry(const QSqlDatabase &db, qint64 id);
// Neither finished nor resolved, of every run but runId (or of every run).
QList<JournalEntry> unfinished(const QSqlDatabase &db, const QString &runId, bool includeRun);
// Unfinished rows outside exceptSession, with overtaken set (see LinkJournal::unfinishedPlan).
QList<JournalEntry> unfinishedPlan(const QSqlDatabase &db, const QString &exceptSession);
QHash<QString, QString> externalIds(
    const QSqlDatabase &db, const QString &environment, const QString &merchant);

} // namespace gobiz::JournalQueries
