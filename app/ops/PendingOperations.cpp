#include "PendingOperations.h"

#include "api/ApiReply.h"

#include <QTimer>
#include <algorithm>

namespace gobiz {

ApiReply *PendingOperations::Entry::releaseReply(QObject *context, bool abort)
{
    ApiReply *released = std::exchange(reply, nullptr);
    if (!released)
        return nullptr;
    released->disconnect(context);
    if (abort)
        released->abort();
    released->deleteLater();
    return released;
}

PendingOperations::CellKey PendingOperations::keyOf(const LinkRequest &request)
{
    return {request.outletId, int(request.product)};
}

PendingOperations::Entry &PendingOperations::add(LinkRequest request, bool allowed)
{
    LinkOperation op;
    op.id = takeId();
    op.request = std::move(request);
    op.queuedAt = QDateTime::currentDateTimeUtc();
    cell(op.request).activeId = op.id;
    Entry &entry = m_entries[op.id];
    entry.op = op;
    if (allowed)
        entry.gate = Entry::Gate::Allowed;
    m_ready.push_back(op.id);
    return entry;
}

PendingOperations::Entry *PendingOperations::find(quint64 id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

LinkOperation PendingOperations::remove(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return {};
    Entry &entry = it->second;
    if (entry.timer) {
        entry.timer->stop();
        entry.timer->deleteLater();
    }
    const LinkOperation op = entry.op;
    m_entries.erase(it);
    const auto cellIt = m_cells.find(keyOf(op.request));
    if (cellIt != m_cells.end() && cellIt->activeId == id)
        cellIt->activeId = 0;
    return op;
}

PendingOperations::Cell &PendingOperations::cell(const LinkRequest &request)
{
    return m_cells[keyOf(request)];
}

QList<LinkRequest> PendingOperations::dropIntents()
{
    QList<LinkRequest> dropped;
    for (Cell &cell : m_cells) {
        if (cell.intent)
            dropped.append(*std::exchange(cell.intent, std::nullopt));
    }
    return dropped;
}

std::vector<quint64> PendingOperations::ids() const
{
    std::vector<quint64> result;
    result.reserve(m_entries.size());
    for (const auto &[id, entry] : m_entries)
        result.push_back(id);
    std::sort(result.begin(), result.end());
    return result;
}

QList<LinkOperation> PendingOperations::operations() const
{
    QList<LinkOperation> result;
    result.reserve(qsizetype(m_entries.size()));
    for (quint64 id : ids())
        result.append(m_entries.at(id).op);
    return result;
}

} // namespace gobiz
