#pragma once

#include "ops/LinkOperation.h"

#include <QList>

namespace gobiz {

// What the person answered for one request (the questions asked once per run are kept by the
// ChangeGate itself). Outside the class so it can be a default argument within it.
struct ChangeAnswers
{
    bool skipMissingExternalIds = false; // send the others; those without an id stay as they are
    bool unlinkConfirmed = false;
};

// The confirmations a person gives before changes reach GoBiz, held in the core: every path
// from the session to the engine (a ticked cell, a bulk action, a CSV, a resumed plan, a retry)
// passes check(), and LinkRun sends nothing of a request while check() has a question for it.
// What a person confirmed lasts for one merchant's run (reset() for the next).
class ChangeGate
{
public:
    enum class Question {
        None,
        // Links without the partner's external outlet id cannot be sent: fill them in first,
        // or send the others only (Answers::skipMissingExternalIds). Asked before anything else.
        MissingExternalIds,
        // Unlinking ends the partnership for these outlets: asked for every request.
        Unlink,
        RolesMayNotLink, // the token's roles may not link: GoBiz will refuse; asked once
        AutoAccept,      // linking GoFood switches the outlet to Auto Accept; asked once
    };

    using Answers = ChangeAnswers;

    struct Verdict
    {
        Question question = Question::None; // to be answered before anything of it is sent
        int goFoodLinks = 0; // GoFood links in the request (what the Auto Accept question covers)
        int unlinks = 0; // unlinks in the request (what the Unlink question covers)
        int goFoodUnlinks = 0; // of them, from GoFood (Auto Accept stays on after these)
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
    Verdict check(const QList<LinkRequest> &requests, Answers answers = {}) const;

private:
    bool m_rolesMayLink = true;
    bool m_rolesAcknowledged = false;
    bool m_autoAcceptConfirmed = false;
};

} // namespace gobiz
