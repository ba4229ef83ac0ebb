#pragma once

#include "api/Product.h"
#include "ops/LinkOperation.h"

#include <QList>
#include <QStringList>

// The intended final state of the durability run, shared by the test and the worker: one
// operation per (outlet, product) in token-info order; every fifth outlet is unlinked (the test
// links those beforehand), the others are linked with a per-pair external id.
namespace durability {

inline QList<gobiz::LinkRequest> plan(const QStringList &outletIds, int operations)
{
    QList<gobiz::LinkRequest> result;
    for (int i = 0; i < operations && i / 2 < outletIds.size(); ++i) {
        gobiz::LinkRequest request;
        const int outlet = i / 2;
        request.outletId = outletIds.at(outlet);
        request.product = i % 2 ? gobiz::Product::Payment : gobiz::Product::GoFood;
        request.action = outlet % 5 == 0 ? gobiz::LinkAction::Unlink : gobiz::LinkAction::Link;
        if (request.action == gobiz::LinkAction::Link)
            request.externalOutletId
                = QStringLiteral("POS-%1-%2").arg(outlet).arg(gobiz::productKey(request.product));
        result.append(request);
    }
    return result;
}

} // namespace durability
