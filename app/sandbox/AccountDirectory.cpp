#include "sandbox/AccountDirectory.h"

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {
QString userKey(int merchant, int user)
{
    return u"%1/%2"_s.arg(merchant).arg(user);
}
} // namespace

AccountDirectory::AccountDirectory(const Fixture &fixture)
    : m_fixture(fixture)
{
    for (int m = 0; m < int(m_fixture.merchants.size()); ++m) {
        const FixtureMerchant &merchant = m_fixture.merchants.at(m);
        for (int o = 0; o < int(merchant.outlets.size()); ++o)
            m_outlets.insert(merchant.outlets.at(o).id, {m, o});
        for (int u = 0; u < int(merchant.users.size()); ++u) {
            const FixtureUser &user = merchant.users.at(u);
            for (int t = 0; t < int(user.tokens.size()); ++t)
                m_tokens.insert(user.tokens.at(t).token, {m, u, t});
            if (!user.phone.isEmpty())
                m_phones.insert(user.phone, {m, u, -1});
            if (user.outletIds) {
                const QStringList &ids = *user.outletIds;
                m_userSubsets.insert(userKey(m, u), QSet<QString>(ids.cbegin(), ids.cend()));
            }
        }
    }
}

std::optional<AccountDirectory::Account> AccountDirectory::findToken(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

std::optional<AccountDirectory::Account> AccountDirectory::findPhone(const QString &phone) const
{
    const auto it = m_phones.constFind(phone);
    if (it == m_phones.cend())
        return std::nullopt;
    return *it;
}

const FixtureUser &AccountDirectory::user(const Account &account) const
{
    return m_fixture.merchants.at(account.merchant).users.at(account.user);
}

const FixtureToken &AccountDirectory::token(const Account &account) const
{
    return user(account).tokens.at(account.token);
}

QList<FixtureOutlet> AccountDirectory::outletsOf(const Account &account) const
{
    const FixtureUser &fixtureUser = user(account);
    if (!fixtureUser.outletIds)
        return m_fixture.merchants.at(account.merchant).outlets;
    QList<FixtureOutlet> outlets;
    outlets.reserve(fixtureUser.outletIds->size());
    for (const QString &id : *fixtureUser.outletIds) {
        if (const FixtureOutlet *found = outlet(id))
            outlets.append(*found);
    }
    return outlets;
}

bool AccountDirectory::canAccess(const Account &account, const QString &outletId) const
{
    const auto it = m_outlets.constFind(outletId);
    if (it == m_outlets.cend() || it->merchant != account.merchant)
        return false;
    const auto subset = m_userSubsets.constFind(userKey(account.merchant, account.user));
    return subset == m_userSubsets.cend() || subset->contains(outletId);
}

const FixtureOutlet *AccountDirectory::outlet(const QString &outletId) const
{
    const auto it = m_outlets.constFind(outletId);
    if (it == m_outlets.cend())
        return nullptr;
    return &m_fixture.merchants.at(it->merchant).outlets.at(it->index);
}

} // namespace gobiz::sandbox
