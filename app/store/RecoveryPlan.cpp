#include "RecoveryPlan.h"

#include "diagnostics/Logging.h"
#include "ops/LinkEngine.h"
#include "store/JournalBinding.h"

#include <QLocale>

namespace gobiz {

namespace {
QString productName(Product product)
{
    return product == Product::GoFood ? RecoveryPlan::tr("GoFood") : RecoveryPlan::tr("Payment");
}
} // namespace

QString RecoveryItem::describe() const
{
    const QLocale locale;
    const QString started
        = locale.toString(entry.startedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
    if (entry.request.action == LinkAction::Link) {
        return RecoveryPlan::tr(
            "Link %1 for outlet %2 (external id %3), started %4: outcome unknown")
            .arg(productName(entry.request.product), entry.request.outletId,
                entry.request.externalOutletId, started);
    }
    return RecoveryPlan::tr("Unlink %1 for outlet %2, started %3: outcome unknown")
        .arg(productName(entry.request.product), entry.request.outletId, started);
}

RecoveryPlan RecoveryPlan::fromJournal(const LinkJournal &journal)
{
    RecoveryPlan plan;
    const QList<JournalEntry> unfinished = journal.unfinishedOperations();
    // Group by (environment, outlet, product); rows come in id (= time) order.
    QHash<QString, qsizetype> index;
    for (const JournalEntry &entry : unfinished) {
        const QString key = entry.environment + u'\n' + entry.request.outletId + u'\n'
            + productKey(entry.request.product);
        auto it = index.find(key);
        if (it == index.end()) {
            index.insert(key, plan.m_items.size());
            plan.m_items.append(RecoveryItem {entry, {entry.id}});
        } else {
            RecoveryItem &item = plan.m_items[*it];
            item.entry = entry; // the latest intent wins
            item.rows.append(entry.id);
        }
    }
    // A pair whose later operation was sent (and finished) after the interruption is settled by
    // that operation.
    QList<RecoveryItem> live;
    for (const RecoveryItem &item : std::as_const(plan.m_items)) {
        JournalFilter filter;
        filter.environment = item.entry.environment;
        filter.outletId = item.entry.request.outletId;
        bool overtaken = false;
        for (const JournalEntry &other : journal.entries(filter)) {
            if (other.id > item.entry.id && other.request.product == item.entry.request.product
                && other.wasSent() && other.result != JournalEntry::Result::Unfinished) {
                overtaken = true;
                break;
            }
        }
        if (overtaken)
            plan.m_superseded += item.rows;
        else
            live.append(item);
    }
    plan.m_items = live;
    return plan;
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
    return tr("%n change(s) were interrupted when the wizard last stopped: the request was sent, "
              "but the answer never arrived, so GoBiz may or may not have applied it. Resuming "
              "sends each one again, which is safe; discarding leaves those outlets unknown.",
        nullptr, int(m_items.size()));
}

int RecoveryPlan::resume(LinkEngine &engine, JournalBinding &binding) const
{
    if (binding.journal() && !m_superseded.isEmpty())
        binding.journal()->markResolved(m_superseded, JournalEntry::Resolution::Superseded);
    int submitted = 0;
    for (const RecoveryItem &item : m_items) {
        binding.expectResumption(
            item.entry.request.outletId, item.entry.request.product, item.rows);
        if (engine.submit(item.request()) != 0)
            ++submitted;
    }
    qCInfo(lcStore) << "resumed" << submitted << "interrupted operations";
    return submitted;
}

bool RecoveryPlan::discard(LinkJournal &journal) const
{
    bool ok = journal.markResolved(m_superseded, JournalEntry::Resolution::Superseded);
    ok = journal.markDiscarded(rows()) && ok;
    qCInfo(lcStore) << "discarded" << m_items.size() << "interrupted operations";
    return ok;
}

} // namespace gobiz
