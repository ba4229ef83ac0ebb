#pragma once

#include "store/LinkJournal.h"

#include <QCoreApplication>

namespace gobiz {

// One unfinished change of an earlier run: the latest unfinished journal row for an
// (environment, merchant, outlet, product), standing for every unfinished row of that cell.
struct RecoveryItem
{
    JournalEntry entry;
    QList<qint64> rows; // entry.id and any older unfinished rows of the same cell

    LinkRequest request() const { return entry.request; }
    // Queued and never sent, or sent without an answer (GoBiz may or may not have applied it).
    bool wasSent() const { return entry.wasSent(); }
    // "Link GoFood for outlet G123 (external id POS-9), started 12 Mar 14:02: outcome unknown"
    QString describe() const;
};

// The plan an earlier run left unfinished (the program crashed, was killed, or the person went
// on to another merchant): every change asked for and not finished, queued or sent without an
// answer. Link and unlink are idempotent, so completing it is safe; discarding keeps the rows
// (resolved as discarded) and leaves those cells unknown. A pure value: LinkRun resumes it.
class RecoveryPlan
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPlan)
public:
    // From LinkJournal::unfinishedPlan(): grouped per cell, the latest row wins; a cell a later
    // finished row overtook is settled (superseded()).
    static RecoveryPlan fromEntries(const QList<JournalEntry> &unfinished);
    static RecoveryPlan fromJournal(const LinkJournal &journal, const QString &exceptSession = {});

    // Only the items of this environment (and merchant, when given).
    RecoveryPlan forContext(const QString &environment, const QString &merchant = {}) const;

    bool isEmpty() const { return m_items.isEmpty(); }
    int size() const { return int(m_items.size()); }
    int notSentCount() const; // queued, never sent
    int sentWithoutAnswerCount() const;
    const QList<RecoveryItem> &items() const { return m_items; }
    // Unfinished rows a later sent operation for the same cell already overtook; resuming and
    // discarding resolve them as superseded.
    const QList<qint64> &superseded() const { return m_superseded; }
    QStringList environments() const;
    QList<LinkRequest> requests() const;
    QList<qint64> rows() const; // every row of every item

    // One or two sentences for the recovery offer (tr()).
    QString summary() const;

    // Resolves every row as discarded (and superseded rows as superseded).
    bool discard(LinkJournal &journal) const;

private:
    QList<RecoveryItem> m_items;
    QList<qint64> m_superseded;
};

} // namespace gobiz
