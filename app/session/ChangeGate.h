#pragma once

#include "ops/LinkOperation.h"

#include <QList>

namespace gobiz {

// The confirmations a person gives before changes reach GoBiz, held in the core: every path
// from the session to the engine (a ticked cell, a bulk action, a CSV, a resumed plan, a retry)
// passes check(), and LinkRun sends nothing of a request while check() has a question for it.
// What a person confirmed lasts for one merchant's run (reset() for the next).
class ChangeGate
{
public:
    enum class Question {
        None,
        RolesMayNotLink, // the token's roles may not link: GoBiz will refuse; asked once
        AutoAccept,      // linking GoFood switches the outlet to Auto Accept; asked once
    };

    struct Verdict
    {
        Question question = Question::None; // to be answered before anything of it is sent
        int goFoodLinks = 0; // GoFood links in the request (what the Auto Accept question covers)
        QList<LinkRequest> missingExternalId; // links without the partner's id: never sent
        QList<LinkRequest> allowed; // everything else: sent once question is None

        bool mayProceed() const { return question == Question::None; }
    };

    // A new merchant's run: every question is asked again.
    void reset(bool rolesMayLink);
    void acknowledgeRoles() { m_rolesAcknowledged = true; }
    void confirmAutoAccept() { m_autoAcceptConfirmed = true; }
    // Asks the Auto Accept question again before the next GoFood link.
    void revokeAutoAccept() { m_autoAcceptConfirmed = false; }
    bool rolesMayLink() const { return m_rolesMayLink; }
    bool rolesAcknowledged() const { return m_rolesAcknowledged; }
    bool autoAcceptConfirmed() const { return m_autoAcceptConfirmed; }

    // Pure: what the person must answer first, and which requests may go.
    Verdict check(const QList<LinkRequest> &requests) const;

private:
    bool m_rolesMayLink = true;
    bool m_rolesAcknowledged = false;
    bool m_autoAcceptConfirmed = false;
};

} // namespace gobiz
