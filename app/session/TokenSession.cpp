#include "TokenSession.h"

#include "api/AccessToken.h"
#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"

#include <algorithm>

namespace gobiz {

TokenSession::TokenSession(GoBizClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TokenSession::~TokenSession()
{
    cancel();
    if (m_renewReply) {
        disconnect(m_renewReply, nullptr, this, nullptr);
        m_renewReply->abort();
    }
}

void TokenSession::check(const QString &normalizedToken, const Environment &environment,
    bool alreadyRemembered)
{
    cancel();
    m_loadedFromStore = alreadyRemembered;
    m_candidate = normalizedToken;
    m_candidateEnvironment = environment;
    m_client->setToken(normalizedToken);
    m_checkReply = m_client->tokenInfo();
    connect(m_checkReply, &ApiReply::finished, this, &TokenSession::onChecked);
    emit checkStarted();
}

namespace {
bool belongsTo(const QString &key, const Environment &environment)
{
    return key.startsWith(TokenStore::keyFor(environment, QString()));
}
} // namespace

void TokenSession::checkSaved(const QString &key, const Environment &environment)
{
    cancel();
    if (!m_store) {
        emit savedTokenFailed(tr("Remembered tokens are not available on this computer."));
        return;
    }
    if (!belongsTo(key, environment)) {
        // Never sent where it was not issued. Queued: callers connect after calling.
        QMetaObject::invokeMethod(this, [this] {
            emit savedTokenFailed(tr("This remembered token belongs to another environment. Go "
                                     "Back and choose the environment it was remembered for."));
        }, Qt::QueuedConnection);
        return;
    }
    m_pendingSavedKey = key;
    m_pendingSavedEnvironment = environment;
    m_store->load(key);
    emit checkStarted();
}

void TokenSession::cancel()
{
    m_pendingSavedKey.clear();
    m_loadedFromStore = false;
    if (m_checkReply) {
        ApiReply *reply = m_checkReply;
        m_checkReply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_candidate.isEmpty()) {
        m_candidate.clear();
        restoreClientToken();
    }
}

bool TokenSession::isChecking() const
{
    return m_checkReply || !m_pendingSavedKey.isEmpty();
}

void TokenSession::forgetAccepted()
{
    m_accepted.clear();
    m_acceptedMerchantKey.clear();
    m_acceptedMerchantName.clear();
}

bool TokenSession::isAccepted(const QString &normalizedToken, const Environment &environment) const
{
    return !m_accepted.isEmpty() && m_accepted == normalizedToken
        && m_acceptedEnvironment == environment;
}

void TokenSession::adoptRenewed(const QString &token)
{
    if (m_accepted.isEmpty())
        return;
    m_accepted = token;
    m_client->setToken(token);
}

void TokenSession::setRenewal(const QString &renewal)
{
    const bool changed = renewal != m_renewal;
    m_renewal = renewal;
    // A rotated renewal replaces the remembered one, or the next start could not use it.
    if (changed && !renewal.isEmpty() && m_remembered && m_store)
        remember(m_acceptedMerchantKey, m_acceptedMerchantName);
}

QString TokenSession::secretToRemember() const
{
    return m_renewal.isEmpty() ? m_accepted : kRenewalPrefix.toString() + m_renewal;
}

void TokenSession::environmentChanged(const Environment &environment)
{
    cancel();
    if (!m_accepted.isEmpty() && !(m_acceptedEnvironment == environment))
        m_client->clearToken(); // never sent to another environment's hosts
    else
        restoreClientToken();
}

void TokenSession::restoreClientToken()
{
    if (!m_accepted.isEmpty())
        m_client->setToken(m_accepted);
    else
        m_client->clearToken();
}

namespace {
// The reply that just finished, taken from where it was kept (nullptr when it was cancelled);
// deleted once the caller has read it.
ApiReply *takeFinished(QPointer<ApiReply> &kept)
{
    ApiReply *reply = std::exchange(kept, nullptr);
    if (reply)
        reply->deleteLater();
    return reply;
}
} // namespace

void TokenSession::onChecked()
{
    ApiReply *reply = takeFinished(m_checkReply);
    if (!reply)
        return;
    const ApiError error = reply->error();
    const QString candidate = std::exchange(m_candidate, QString());
    const bool fromStore = std::exchange(m_loadedFromStore, false);
    if (error.isError()) {
        restoreClientToken();
        qCInfo(lcUi) << "token check failed:" << ApiError::kindKey(error.kind) << error.httpStatus;
        emit checkFinished(error, {});
        return;
    }
    const TokenInfo info = reply->tokenInfo();
    const QString merchantKey = info.outlets.isEmpty() ? QString() : info.outlets.first().id;
    const bool sameAccount = !m_accepted.isEmpty() && m_acceptedEnvironment == m_candidateEnvironment
        && m_acceptedMerchantKey == merchantKey;
    m_remembered = fromStore || (sameAccount && m_remembered);
    if (!fromStore && !sameAccount)
        m_renewal.clear(); // the controller sets the sign-in's after checkFinished
    m_accepted = candidate;
    m_acceptedEnvironment = m_candidateEnvironment;
    m_acceptedMerchantKey = merchantKey;
    m_acceptedMerchantName = info.outlets.isEmpty() ? QString() : info.outlets.first().name;
    qCInfo(lcUi) << "token accepted:" << info.outlets.size() << "outlet(s), roles" << info.roles;
    emit checkFinished(ApiError(), info);
}

QString TokenSession::renew(const QString &pasted, const QSet<QString> &waitingOutletIds,
    const QString &merchantName)
{
    const TokenCheck check = AccessToken::normalize(pasted);
    if (!check.isValid())
        return check.message();
    if (m_renewReply) {
        disconnect(m_renewReply, nullptr, this, nullptr);
        m_renewReply->abort();
        m_renewReply->deleteLater();
    }
    // The run waits for a token, so nothing else is sent with this one until it is checked.
    m_renewCandidate = check.token;
    m_renewWaiting = waitingOutletIds;
    m_renewMerchantName = merchantName;
    m_client->setToken(check.token);
    m_renewReply = m_client->tokenInfo();
    connect(m_renewReply, &ApiReply::finished, this, &TokenSession::onRenewChecked);
    return {};
}

void TokenSession::onRenewChecked()
{
    ApiReply *reply = takeFinished(m_renewReply);
    if (!reply)
        return;
    const QString candidate = std::exchange(m_renewCandidate, QString());
    if (reply->error().isError()) {
        restoreClientToken();
        emit renewalRefused(reply->error().userMessage());
        return;
    }
    // Another account's token would fail every waiting change with 403: refuse it here, once.
    QSet<QString> reachable;
    for (const Outlet &outlet : reply->tokenInfo().outlets)
        reachable.insert(outlet.id);
    const auto unreachable = std::count_if(m_renewWaiting.cbegin(), m_renewWaiting.cend(),
        [&](const QString &id) { return !reachable.contains(id); });
    qCInfo(lcUi) << "new token reaches" << reachable.size() << "outlet(s);" << unreachable << "of"
                 << m_renewWaiting.size() << "waiting outlet(s) it cannot reach";
    if (unreachable > 0) {
        restoreClientToken();
        emit renewalRefused(tr("This token belongs to another GoBiz account: it cannot reach %n "
                               "of the outlets still waiting. Sign in again with the phone "
                               "number of %1's account, or paste a token for %1.",
                               nullptr, int(unreachable))
                                .arg(m_renewMerchantName));
        return;
    }
    m_accepted = candidate;
    m_client->setToken(candidate);
    if (m_remembered && m_store && m_renewal.isEmpty())
        remember(m_acceptedMerchantKey, m_acceptedMerchantName); // keep the one that works now
    emit renewed();
}

void TokenSession::setStore(TokenStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &TokenStore::entriesChanged, this, &TokenSession::savedTokensChanged);
    connect(store, &TokenStore::loadFinished, this,
        [this](const TokenStore::Result &result, const QString &token) {
            if (!m_pendingForgetKey.isEmpty() && result.key == m_pendingForgetKey) {
                m_pendingForgetKey.clear();
                if (result.isOk() && token.startsWith(kRenewalPrefix))
                    emit renewalForgotten(token.mid(kRenewalPrefix.size()));
                m_store->remove(result.key);
                return;
            }
            if (result.key != m_pendingSavedKey)
                return;
            m_pendingSavedKey.clear();
            if (!result.isOk()) {
                qCInfo(lcStore) << "remembered token not loaded:" << result.status << result.detail;
                emit savedTokenFailed(result.status == TokenStore::Status::NotFound
                        ? tr("This token is no longer remembered on this computer. Paste the "
                             "token instead.")
                        : result.message());
                return;
            }
            if (token.startsWith(kRenewalPrefix)) {
                emit savedRenewalLoaded(token.mid(kRenewalPrefix.size()));
                return;
            }
            const TokenCheck check = AccessToken::normalize(token);
            if (!check.isValid()) {
                emit savedTokenFailed(check.message());
                return;
            }
            this->check(check.token, m_pendingSavedEnvironment);
            m_loadedFromStore = true;
        });
    connect(store, &TokenStore::saveFinished, this, [this](const TokenStore::Result &result) {
        if (result.key != m_pendingRememberKey)
            return;
        m_pendingRememberKey.clear();
        m_remembered = result.isOk();
        if (!result.isOk())
            qCWarning(lcStore) << "token not remembered:" << result.status << result.detail;
        emit rememberFinished(result.isOk(), result.message());
    });
    connect(store, &TokenStore::removeFinished, this, [this](const TokenStore::Result &result) {
        const bool ok = result.isOk() || result.status == TokenStore::Status::NotFound;
        if (ok && result.key == TokenStore::keyFor(m_acceptedEnvironment, m_acceptedMerchantKey))
            m_remembered = false;
        emit forgetFinished(ok, ok ? QString() : result.message());
    });
}

QList<SavedToken> TokenSession::savedTokens(const Environment &environment) const
{
    QList<SavedToken> saved;
    if (!m_store)
        return saved;
    for (const SavedToken &entry : m_store->entries()) {
        if (belongsTo(entry.key, environment))
            saved.append(entry);
    }
    return saved;
}

void TokenSession::remember(const QString &merchantKey, const QString &merchantName)
{
    if (!m_store || m_accepted.isEmpty()) {
        emit rememberFinished(false, TokenStore::statusMessage(TokenStore::Operation::Save,
                                                               TokenStore::Status::NoBackend));
        return;
    }
    m_pendingRememberKey = TokenStore::keyFor(m_acceptedEnvironment, merchantKey);
    m_store->save(m_pendingRememberKey, TokenStore::labelFor(merchantName, m_acceptedEnvironment),
                  secretToRemember());
}

void TokenSession::forget(const QString &key)
{
    if (!m_store)
        return;
    // Read first: a remembered sign-in is also ended at the partner.
    m_pendingForgetKey = key;
    m_store->load(key);
}

} // namespace gobiz
