#include "ApiTypes.h"

namespace gobiz {

bool TokenInfo::roleMayLink(const QString &role)
{
    // Role strings are compared loosely: the vocabulary beyond these three is [UNK].
    const QString normalized = role.trimmed().toLower();
    return normalized == u"owner" || normalized == u"admin" || normalized == u"manager";
}

bool TokenInfo::mayLink() const
{
    return std::any_of(roles.cbegin(), roles.cend(), &TokenInfo::roleMayLink);
}

} // namespace gobiz
