#pragma once

#include "api/ApiTypes.h"
#include "api/Environment.h"
#include "store/LinkJournal.h"

#include <QString>
#include <QStringList>

namespace gobiz {

// One merchant as a token showed it: the scope of a run. Its summary, progress and report cover
// exactly this merchant; another merchant's token starts another run (a new session).
struct Account
{
    Environment environment = Environment::production();
    QString merchantKey; // the primary outlet's id: stable, unlike names
    QString merchantName; // the primary outlet's name, as people know the merchant
    QStringList roles;
    QList<Outlet> outlets;
    QString session; // one id per run of this merchant (JournalContext::session)

    // From an accepted token-info; a new session id each time.
    static Account fromTokenInfo(const Environment &environment, const TokenInfo &info);

    bool isValid() const { return !merchantKey.isEmpty(); }
    bool mayLink() const;
    bool isSameMerchant(const Account &other) const;
    // What the journal writes with every row of this run; never the token.
    JournalContext journalContext() const;
};

} // namespace gobiz
