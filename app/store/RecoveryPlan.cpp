#include "RecoveryPlan.h"

#include "diagnostics/Logging.h"
#include "text/DateTimeText.h"

#include <QLocale>
#include <algorithm>

namespace gobiz {

namespace {
QString productName(Product product)
{
    return product == Product::GoFood ? RecoveryPlan::tr("GoFood") : RecoveryPlan::tr("Payment");
}
} // namespace

QString RecoveryItem::describe() const
{
    if (!entry.wasSent()) {
        const QString asked = DateTimeText::format(entry.queuedAt);
        if (entry.request.action == LinkAction::Link) {
            return RecoveryPlan::tr("Link %1 for outlet %2 (external id %3), asked for %4: not "
                                    "sent yet")
                .arg(productName(entry.request.product), entry.request.outletId,
                    entry.request.externalOutletId, asked);
        }
        return RecoveryPlan::tr("Unlink %1 for outlet %2, asked for %3: not sent yet")
            .arg(productName(entry.request.product), entry.request.outletId, asked);
    }
    const QString started = DateTimeText::format(entry.startedAt);
    if (entry.request.action == LinkAction::Link) {
        return RecoveryPlan::tr(
            "Link %1 for outlet %2 (external id %3), started %4: outcome unknown")
            .arg(productName(entry.request.product), entry.request.outletId,
                entry.request.externalOutletId, started);
    }
    return RecoveryPlan::tr("Unlink %1 for outlet %2, started %3: outcome unknown")
        .arg(productName(entry.request.product), entry.request.outletId, started);
}

RecoveryPlan RecoveryPlan::fromJournal(const LinkJournal &journal, const QString &exceptSession)
{
    return fromEntries(journal.unfinishedPlan(exceptSession));
}

RecoveryPlan RecoveryPlan::fromEntries(const QList<JournalEntry> &unfinished)
{
    RecoveryPlan plan;
    // Group by (environment, merchant, outlet, product); rows come in id (= time) order.
    QHash<QString, qsizetype> index;
    QHash<QString, bool> overtaken;
    for (const JournalEntry &entry : unfinished) {
        const QString key = entry.environment + u'\n' + entry.merchant + u'\n'
            + entry.request.outletId + u'\n' + productKey(entry.request.product);
        auto it = index.find(key);
        if (it == index.end()) {
            index.insert(key, plan.m_items.size());
            plan.m_items.append(RecoveryItem {entry, {entry.id}});
        } else {
            RecoveryItem &item = plan.m_items[*it];
            item.entry = entry; // the latest intent wins
            item.rows.append(entry.id);
        }
        overtaken[key] = entry.overtaken; // of the latest row
    }
    // A cell whose later operation was sent (and finished) after the interruption is settled by
    // that operation.
    QList<RecoveryItem> live;
    live.reserve(plan.m_items.size());
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        const RecoveryItem &item = plan.m_items.at(*it);
        if (overtaken.value(it.key()))
            plan.m_superseded += item.rows;
        else
            live.append(item);
    }
    std::sort(live.begin(), live.end(), [](const RecoveryItem &a, const RecoveryItem &b) {
        return a.rows.first() < b.rows.first(); // in the order the cells were first asked for
    });
    std::sort(plan.m_superseded.begin(), plan.m_superseded.end());
    plan.m_items = live;
    return plan;
}

int RecoveryPlan::notSentCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const RecoveryItem &item) { return !item.wasSent(); }));
}

int RecoveryPlan::sentWithoutAnswerCount() const
{
    return size() - notSentCount();
}

RecoveryPlan RecoveryPlan::forContext(const QString &environment, const QString &merchant) const
{
    RecoveryPlan plan;
    for (const RecoveryItem &item : m_items) {
        if (item.entry.environment == environment
            && (merchant.isEmpty() || item.entry.merchant == merchant))
            plan.m_items.append(item);
    }
    plan.m_superseded = m_superseded;
    return plan;
}

QStringList RecoveryPlan::environments() const
{
    QStringList result;
    for (const RecoveryItem &item : m_items) {
        if (!result.contains(item.entry.environment))
            result.append(item.entry.environment);
    }
    return result;
}

QList<LinkRequest> RecoveryPlan::requests() const
{
    QList<LinkRequest> result;
    for (const RecoveryItem &item : m_items)
        result.append(item.request());
    return result;
}

QList<qint64> RecoveryPlan::rows() const
{
    QList<qint64> result;
    for (const RecoveryItem &item : m_items)
        result += item.rows;
    return result;
}

QString RecoveryPlan::summary() const
{
    if (m_items.isEmpty())
        return {};
    const int notSent = notSentCount();
    const int sent = sentWithoutAnswerCount();
    QStringList parts;
    if (notSent > 0)
        parts << tr("%n change(s) were asked for and not yet sent.", nullptr, notSent);
    if (sent > 0)
        parts << tr("%n change(s) were sent, but the answer never arrived, so GoBiz may or may "
                    "not have applied them.",
            nullptr, sent);
    parts << tr("Resuming sends each one (again), which is safe; discarding leaves those "
                "outlets unknown.");
    return parts.join(u' ');
}

bool RecoveryPlan::discard(LinkJournal &journal) const
{
    bool ok = journal.markResolved(m_superseded, JournalEntry::Resolution::Superseded);
    ok = journal.markDiscarded(rows()) && ok;
    qCInfo(lcStore) << "discarded" << m_items.size() << "interrupted operations";
    return ok;
}

} // namespace gobiz
