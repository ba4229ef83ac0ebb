#pragma once

#include "store/LinkJournal.h"

#include <QCoreApplication>

namespace gobiz {

class JournalBinding;
class LinkEngine;

// One interrupted change: the latest unfinished journal row for an (environment, outlet,
// product), standing for every unfinished row of that pair.
struct RecoveryItem
{
    JournalEntry entry;
    QList<qint64> rows; // entry.id and any older unfinished rows of the same pair

    LinkRequest request() const { return entry.request; }
    // "Link GoFood for outlet G123 (external id POS-9), started 12 Mar 14:02 — outcome unknown"
    QString describe() const;
};

// What to do about operations that were started and never finished (the program crashed or
// was killed). Link and unlink are idempotent, so resuming is safe; discarding keeps the rows
// (resolved as discarded) and leaves those cells unknown.
//
// At startup, after LinkJournal::open():
//   RecoveryPlan plan = RecoveryPlan::fromJournal(journal);
//   if (!plan.isEmpty())  -> show plan.summary() and each item's describe(); offer Resume/Discard
// Once signed in to an environment (token set, JournalBinding bound to the engine):
//   RecoveryPlan mine = plan.forContext(binding.context().environment);
//   Resume:  mine.resume(engine, binding);   // rows resolved when each start is recorded
//   Discard: mine.discard(journal);
// Items of other environments stay unfinished until a session in that environment decides.
class RecoveryPlan
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPlan)
public:
    static RecoveryPlan fromJournal(const LinkJournal &journal);

    // Only the items of this environment (and merchant, when given).
    RecoveryPlan forContext(const QString &environment, const QString &merchant = {}) const;

    bool isEmpty() const { return m_items.isEmpty(); }
    int size() const { return int(m_items.size()); }
    const QList<RecoveryItem> &items() const { return m_items; }
    // Unfinished rows a later sent operation for the same pair already overtook; resume() and
    // discard() resolve them as superseded.
    const QList<qint64> &superseded() const { return m_superseded; }
    QStringList environments() const;
    QList<LinkRequest> requests() const;
    QList<qint64> rows() const; // every row of every item

    // One or two sentences for the startup prompt (tr()).
    QString summary() const;

    // Submits every item to the engine; the binding resolves the rows as resumed in the same
    // transaction that records the new operation's start. Returns how many were submitted.
    int resume(LinkEngine &engine, JournalBinding &binding) const;
    // Resolves every row as discarded (and superseded rows as superseded).
    bool discard(LinkJournal &journal) const;

private:
    QList<RecoveryItem> m_items;
    QList<qint64> m_superseded;
};

} // namespace gobiz
