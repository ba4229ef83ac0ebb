#pragma once

#include "sandbox/Routes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <map>
#include <tuple>

namespace gobiz::sandbox {

// Per (outlet, product, method): how often it was asked, how often the server really linked or
// unlinked, how often a fault was injected. The fault-matrix tests compare these with what the
// client believes happened.
struct OutletRequestCount
{
    int requests = 0;
    int applied = 0; // link/unlink performed (a 200 was produced, even if the reply got lost)
    int faulted = 0; // a fault other than "pass" was injected
};

// What the server counted since the last reset. /_sandbox/* requests are not counted, so
// reading the counters over HTTP does not change them.
class RequestCounters
{
public:
    // Returns the counting epoch to hand back to finished().
    int started(const RouteMatch &match, const QByteArray &method);
    // status 0: no HTTP answer was sent (disconnect, hang, client gone, server stopped).
    // A request started before the last reset() only leaves the in-flight count.
    void finished(int epoch, const RouteMatch &match, const QByteArray &method, int status,
        bool applied, const QString &faultName, bool abandoned);
    // Zeroes everything but the requests still running; maxInFlight restarts from those.
    void reset();

    int total() const { return m_total; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int applied() const { return m_applied; }
    int faulted() const { return m_faulted; }
    int abandoned() const { return m_abandoned; } // finished without the client getting an answer
    int completed() const { return m_completed; }

    int routeCount(Route route) const { return m_byRoute.value(routeName(route)); }
    int statusCount(int status) const { return m_byStatus.value(status); }
    int faultCount(const QString &faultName) const { return m_byFault.value(faultName); }
    OutletRequestCount outlet(
        const QString &outletId, const QString &product, const QByteArray &method) const;

    QJsonObject toJson() const;

private:
    using OutletKey = std::tuple<QString, QString, QByteArray>;

    int m_epoch = 0;
    int m_total = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_applied = 0;
    int m_faulted = 0;
    int m_abandoned = 0;
    int m_completed = 0;
    QHash<QString, int> m_byRoute;
    QHash<int, int> m_byStatus;
    QHash<QString, int> m_byFault;
    std::map<OutletKey, OutletRequestCount> m_byOutlet;
};

} // namespace gobiz::sandbox
