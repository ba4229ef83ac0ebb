#include "ChangeGate.h"

namespace gobiz {

void ChangeGate::reset(bool rolesMayLink)
{
    m_rolesMayLink = rolesMayLink;
    m_rolesAcknowledged = false;
    m_autoAcceptConfirmed = false;
}

ChangeGate::Verdict ChangeGate::check(const QList<LinkRequest> &requests, Answers answers) const
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
        if (!link) {
            ++verdict.unlinks;
            if (request.product == Product::GoFood)
                ++verdict.goFoodUnlinks;
        }
        verdict.allowed.append(request);
    }
    // What is missing first: the person may fill it in and then answer the rest for all.
    if (!verdict.missingExternalId.isEmpty() && !answers.skipMissingExternalIds)
        verdict.question = Question::MissingExternalIds;
    else if (verdict.allowed.isEmpty())
        return verdict;
    else if (verdict.unlinks > 0 && !answers.unlinkConfirmed)
        verdict.question = Question::Unlink;
    else if (!m_rolesMayLink && !m_rolesAcknowledged)
        verdict.question = Question::RolesMayNotLink;
    else if (verdict.goFoodLinks > 0 && !m_autoAcceptConfirmed)
        verdict.question = Question::AutoAccept;
    return verdict;
}

} // namespace gobiz
