#include "Account.h"

#include <QUuid>
#include <algorithm>

namespace gobiz {

Account Account::fromTokenInfo(const Environment &environment, const TokenInfo &info)
{
    Account account;
    account.environment = environment;
    account.roles = info.roles;
    account.outlets = info.outlets;
    if (!info.outlets.isEmpty()) {
        account.merchantKey = info.outlets.first().id;
        account.merchantName = info.outlets.first().name;
    }
    account.session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return account;
}

bool Account::mayLink() const
{
    return std::any_of(roles.cbegin(), roles.cend(), &TokenInfo::roleMayLink);
}

bool Account::isSameMerchant(const Account &other) const
{
    return isValid() && environment == other.environment && merchantKey == other.merchantKey;
}

JournalContext Account::journalContext() const
{
    if (!isValid())
        return {};
    JournalContext context;
    context.environment = LinkJournal::environmentLabel(environment);
    context.merchant = merchantKey;
    context.gobizUser = roles.join(u',');
    context.session = session;
    return context;
}

} // namespace gobiz
