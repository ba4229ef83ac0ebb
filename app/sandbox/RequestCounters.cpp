#include "sandbox/RequestCounters.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {
bool hasOutlet(const RouteMatch &match)
{
    return match.route == Route::Link || match.route == Route::Unlink;
}
} // namespace

int RequestCounters::started(const RouteMatch &match, const QByteArray &method)
{
    ++m_total;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    ++m_byRoute[routeName(match.route)];
    if (hasOutlet(match))
        ++m_byOutlet[{match.outletId, match.product, method}].requests;
    return m_epoch;
}

void RequestCounters::finished(int epoch, const RouteMatch &match, const QByteArray &method,
    int status, bool applied, const QString &faultName, bool abandoned)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (epoch != m_epoch)
        return; // started before a reset: its other counts were already zeroed
    ++m_completed;
    if (status > 0)
        ++m_byStatus[status];
    if (abandoned)
        ++m_abandoned;
    if (applied)
        ++m_applied;
    if (!faultName.isEmpty()) {
        ++m_faulted;
        ++m_byFault[faultName];
    }
    if (hasOutlet(match) && (applied || !faultName.isEmpty())) {
        OutletRequestCount &count = m_byOutlet[{match.outletId, match.product, method}];
        count.applied += applied ? 1 : 0;
        count.faulted += faultName.isEmpty() ? 0 : 1;
    }
}

void RequestCounters::reset()
{
    const int running = m_inFlight;
    const int epoch = m_epoch + 1;
    *this = RequestCounters();
    m_epoch = epoch;
    m_inFlight = running;
    m_maxInFlight = running;
}

OutletRequestCount RequestCounters::outlet(
    const QString &outletId, const QString &product, const QByteArray &method) const
{
    const auto it = m_byOutlet.find({outletId, product, method});
    return it == m_byOutlet.end() ? OutletRequestCount() : it->second;
}

QJsonObject RequestCounters::toJson() const
{
    QJsonObject byRoute;
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it)
        byRoute.insert(it.key(), it.value());
    QJsonObject byStatus;
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    QJsonObject byFault;
    for (auto it = m_byFault.cbegin(); it != m_byFault.cend(); ++it)
        byFault.insert(it.key(), it.value());
    QJsonArray byOutlet;
    for (const auto &[key, count] : m_byOutlet) {
        byOutlet.append(QJsonObject {{u"outlet_id"_s, std::get<0>(key)},
            {u"product"_s, std::get<1>(key)}, {u"method"_s, QString::fromLatin1(std::get<2>(key))},
            {u"requests"_s, count.requests}, {u"applied"_s, count.applied},
            {u"faulted"_s, count.faulted}});
    }
    return QJsonObject {{u"total"_s, m_total}, {u"completed"_s, m_completed},
        {u"in_flight"_s, m_inFlight}, {u"max_in_flight"_s, m_maxInFlight},
        {u"applied"_s, m_applied}, {u"faulted"_s, m_faulted}, {u"abandoned"_s, m_abandoned},
        {u"by_route"_s, byRoute}, {u"by_status"_s, byStatus}, {u"by_fault"_s, byFault},
        {u"by_outlet"_s, byOutlet}};
}

} // namespace gobiz::sandbox
