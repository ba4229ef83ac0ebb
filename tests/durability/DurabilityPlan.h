#pragma once

#include "api/Product.h"
#include "ops/LinkOperation.h"

#include <QList>
#include <QStringList>

// What the person asks for in the durability runs (the test knows it as the person does; the
// product must keep it on its own): both products of every outlet, in token-info order; every
// fifth outlet is unlinked (the test links those beforehand), the others are linked with the
// outlet's external id, which the person enters (typed, or imported from a CSV).
namespace durability {

inline QString externalIdFor(int outlet)
{
    return QStringLiteral("POS-%1").arg(outlet, 4, 10, QLatin1Char('0'));
}

inline bool unlinks(int outlet)
{
    return outlet % 5 == 0;
}

inline QList<gobiz::LinkRequest> plan(const QStringList &outletIds, int operations)
{
    QList<gobiz::LinkRequest> result;
    for (int i = 0; i < operations && i / 2 < outletIds.size(); ++i) {
        gobiz::LinkRequest request;
        const int outlet = i / 2;
        request.outletId = outletIds.at(outlet);
        request.product = i % 2 ? gobiz::Product::Payment : gobiz::Product::GoFood;
        request.action = unlinks(outlet) ? gobiz::LinkAction::Unlink : gobiz::LinkAction::Link;
        if (request.action == gobiz::LinkAction::Link)
            request.externalOutletId = externalIdFor(outlet);
        result.append(request);
    }
    return result;
}

} // namespace durability
