#include "ChangeGate.h"

namespace gobiz {

void ChangeGate::reset(bool rolesMayLink)
{
    m_rolesMayLink = rolesMayLink;
    m_rolesAcknowledged = false;
    m_autoAcceptConfirmed = false;
}

ChangeGate::Verdict ChangeGate::check(const QList<LinkRequest> &requests) const
{
    Verdict verdict;
    for (const LinkRequest &request : requests) {
        const bool link = request.action == LinkAction::Link;
        if (link && request.externalOutletId.trimmed().isEmpty()) {
            verdict.missingExternalId.append(request);
            continue;
        }
        if (link && request.product == Product::GoFood)
            ++verdict.goFoodLinks;
        verdict.allowed.append(request);
    }
    if (verdict.allowed.isEmpty())
        return verdict;
    if (!m_rolesMayLink && !m_rolesAcknowledged)
        verdict.question = Question::RolesMayNotLink;
    else if (verdict.goFoodLinks > 0 && !m_autoAcceptConfirmed)
        verdict.question = Question::AutoAccept;
    return verdict;
}

} // namespace gobiz
