#include "LinkState.h"

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
    case LinkState::NotSent:
        return QStringLiteral("not_sent");
    }
    return {};
}

std::optional<LinkState> linkStateFromKey(QStringView key)
{
    for (LinkState state : {LinkState::Unknown, LinkState::NotLinked, LinkState::Linking,
             LinkState::Linked, LinkState::Unlinking, LinkState::Failed, LinkState::NotSent}) {
        if (key == linkStateKey(state))
            return state;
    }
    return std::nullopt;
}

} // namespace gobiz
