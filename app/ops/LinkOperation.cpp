#include "LinkOperation.h"

namespace gobiz {

QString phaseKey(LinkOperation::Phase phase)
{
    switch (phase) {
    case LinkOperation::Phase::Queued:
        return QStringLiteral("queued");
    case LinkOperation::Phase::InFlight:
        return QStringLiteral("in_flight");
    case LinkOperation::Phase::Waiting:
        return QStringLiteral("waiting");
    case LinkOperation::Phase::Succeeded:
        return QStringLiteral("succeeded");
    case LinkOperation::Phase::Failed:
        return QStringLiteral("failed");
    case LinkOperation::Phase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace gobiz
