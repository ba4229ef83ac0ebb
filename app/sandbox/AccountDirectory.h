#pragma once

#include "sandbox/Fixture.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace gobiz::sandbox {

// Answers "who is this token" and "may this user touch that outlet" for a fixture, with
// hash lookups so a fixture with thousands of outlets stays fast under benchmark load.
class AccountDirectory
{
public:
    struct Account
    {
        int merchant = -1;
        int user = -1;
        int token = -1; // -1: signed in through GoAuth, not with a fixture token
    };

    AccountDirectory() = default;
    explicit AccountDirectory(const Fixture &fixture);

    const Fixture &fixture() const { return m_fixture; }
    std::optional<Account> findToken(const QString &token) const;
    // The person whose fixture "phone" this is (E.164, see FixtureFormat::normalizePhone);
    // the Account's token is -1.
    std::optional<Account> findPhone(const QString &phone) const;
    const FixtureUser &user(const Account &account) const;
    const FixtureToken &token(const Account &account) const; // account.token >= 0 only
    // In token-info order: the user's own list if it has one, else the merchant's.
    QList<FixtureOutlet> outletsOf(const Account &account) const;
    bool canAccess(const Account &account, const QString &outletId) const;
    const FixtureOutlet *outlet(const QString &outletId) const;

private:
    struct OutletRef
    {
        int merchant;
        int index;
    };

    Fixture m_fixture;
    QHash<QString, Account> m_tokens;
    QHash<QString, Account> m_phones;
    QHash<QString, OutletRef> m_outlets;
    QHash<QString, QSet<QString>> m_userSubsets; // "merchant/user" -> outlet ids, subsets only
};

} // namespace gobiz::sandbox
