#pragma once

#include "LinkOperation.h"

#include <QHash>
#include <QList>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

class QObject;
class QTimer;

namespace gobiz {

class ApiReply;

// The operations a LinkEngine has not finished, the queue of those ready to be sent, and what the
// engine remembers per (outlet, product) cell. Bookkeeping only: when to send what, and what an
// answer means, is the engine's.
class PendingOperations
{
public:
    struct Entry
    {
        LinkOperation op;
        ApiReply *reply = nullptr; // while in flight
        QTimer *timer = nullptr; // while waiting to retry
        int countedAttempts = 0; // attempts that count against maxAttempts (a 401 does not)
        enum class Gate { NotAsked, Asked, Allowed };
        Gate gate = Gate::NotAsked; // the StartGate's answer for the first attempt
        int concurrencyEpoch = 0; // at send time: one 429 halving per concurrency level
        int tokenEpoch = 0; // at send time: a 401 for a replaced token asks nothing

        // Takes the reply in flight away: it no longer reaches context, is aborted when abort is
        // set, and is deleted later. Returns it (null when none was in flight).
        ApiReply *releaseReply(QObject *context, bool abort);
    };
    struct Cell
    {
        quint64 activeId = 0; // queued, waiting or in flight
        std::optional<LinkRequest> intent; // latest request while activeId is in flight
        std::optional<LinkRequest> confirmed; // last state the server confirmed to us
    };

    // An id for an operation that never becomes pending (refused at once).
    quint64 takeId() { return m_nextId++; }
    // A new operation for request, queued now: the active one of its cell, last in the queue.
    // allowed: it may be sent without asking the start gate.
    Entry &add(LinkRequest request, bool allowed);
    Entry *find(quint64 id);
    // The operation is no longer pending: its retry timer stops and its cell has no active one.
    // Returns it as it was.
    LinkOperation remove(quint64 id);

    Cell &cell(const LinkRequest &request);
    // Forgets the intent remembered behind every operation in flight; returns them.
    QList<LinkRequest> dropIntents();
    // Ids of queued operations in send order; ids no longer pending or queued may stand in it.
    std::deque<quint64> &ready() { return m_ready; }

    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    std::vector<quint64> ids() const; // oldest first
    QList<LinkOperation> operations() const; // oldest first

private:
    using CellKey = std::pair<QString, int>;
    static CellKey keyOf(const LinkRequest &request);

    std::unordered_map<quint64, Entry> m_entries;
    QHash<CellKey, Cell> m_cells;
    std::deque<quint64> m_ready;
    quint64 m_nextId = 1;
};

} // namespace gobiz
