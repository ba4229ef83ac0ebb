// WizardController's part for the support desk (SupportDesk): what the diagnostics bundle says
// about the session. In a file of its own, as WizardSignIn.cpp, to keep WizardController.cpp
// readable in one sitting.
#include "session/WizardController.h"

#include "store/LinkJournal.h"

namespace gobiz {

SupportDesk::Situation WizardController::supportSituation() const
{
    SupportDesk::Situation situation;
    const Environment environment = m_connection->environment();
    situation.environment = LinkJournal::environmentLabel(environment);
    situation.baseUrl = environment.baseUrl().toString();
    situation.connection = m_connection->connectionDescription();
    situation.demo = m_connection->isDemo();
    situation.partner = m_signIn->partnerName();
    const Account &account = m_run->account();
    if (account.isValid()) {
        situation.merchant = account.merchantName;
        situation.outletCount = int(account.outlets.size());
        situation.journal = account.journalContext();
    }
    return situation;
}

} // namespace gobiz
