#include "LinkOperation.h"

namespace gobiz {

QString linkStateKey(LinkState state)
{
    switch (state) {
    case LinkState::Unknown:
        return QStringLiteral("unknown");
    case LinkState::NotLinked:
        return QStringLiteral("not_linked");
    case LinkState::Linking:
        return QStringLiteral("linking");
    case LinkState::Linked:
        return QStringLiteral("linked");
    case LinkState::Unlinking:
        return QStringLiteral("unlinking");
    case LinkState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<LinkState> linkStateFromKey(QStringView key)
{
    for (LinkState state : {LinkState::Unknown, LinkState::NotLinked, LinkState::Linking,
                            LinkState::Linked, LinkState::Unlinking, LinkState::Failed}) {
        if (key == linkStateKey(state))
            return state;
    }
    return std::nullopt;
}

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
