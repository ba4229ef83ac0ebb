#include "SignInSession.h"

#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"
#include "signin/BrokerSignIn.h"
#include "signin/LoopbackSignIn.h"

#include <QHostInfo>
#include <QTimer>

namespace gobiz {

namespace {

constexpr qint64 kRenewalMarginSeconds = 60;
// A proactive renewal that failed for a passing reason (no network) is tried again this often.
constexpr qint64 kRenewalRetrySeconds = 15;

} // namespace

SignInSession::SignInSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_renewTimer(new QTimer(this))
{
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcApi) << "renewing the signed-in token before it expires";
        renewNow();
    });
}

SignInSession::~SignInSession() = default;

void SignInSession::setProfile(const std::optional<PartnerProfile> &profile)
{
    cancel();
    drop();
    m_flow.reset();
    m_profile = profile;
    if (!profile)
        return;
    if (profile->flow == PartnerProfile::Flow::Broker) {
        m_flow = std::make_unique<BrokerSignIn>(m_network, profile->brokerUrl);
    } else {
        LoopbackSignIn::Client client;
        client.oauthUrl = profile->oauthUrl;
        client.clientId = profile->clientId;
        client.scopes = profile->scopes;
        client.redirectPort = profile->redirectPort;
        m_flow = std::make_unique<LoopbackSignIn>(m_network, client);
    }
    SignInFlow *flow = m_flow.get();
    connect(flow, &SignInFlow::waitingForBrowser, this, &SignInSession::waitingForBrowser);
    connect(flow, &SignInFlow::signedIn, this, [this](const SignInGrant &grant) {
        adopt(grant);
        emit signedIn(grant.accessToken);
    });
    connect(flow, &SignInFlow::failed, this, [this](const SignInError &error) {
        qCInfo(lcApi) << "sign-in ended:" << SignInError::kindKey(error.kind) << error.detail;
        if (error.kind != SignInError::Cancelled)
            emit failed(error.sentence());
    });
    connect(flow, &SignInFlow::refreshed, this, [this](const SignInGrant &grant) {
        m_renewing = false;
        adopt(grant);
        if (std::exchange(m_resuming, false))
            emit signedIn(grant.accessToken);
        else
            emit renewed(grant.accessToken);
    });
    connect(flow, &SignInFlow::refreshFailed, this, [this](const SignInError &error) {
        m_renewing = false;
        qCInfo(lcApi) << "renewal failed:" << SignInError::kindKey(error.kind) << error.detail;
        if (std::exchange(m_resuming, false)) {
            emit failed(error.sentence());
            return;
        }
        if (error.isTransient() && m_grant.expiresAt.isValid()
            && QDateTime::currentDateTimeUtc().secsTo(m_grant.expiresAt) > kRenewalRetrySeconds) {
            // The token still works for a while: try again, and tell only if it runs out.
            m_renewTimer->start(std::chrono::seconds(kRenewalRetrySeconds));
        } else if (!error.isTransient()) {
            drop(); // the session is over: renewing again cannot work
        }
        emit renewalFailed(error.sentence());
    });
    connect(flow, &SignInFlow::signedOut, this, &SignInSession::signedOut);
}

void SignInSession::start(bool anotherAccount, const QString &uiLocale)
{
    if (!m_flow)
        return;
    cancel();
    SignInOptions options;
    options.uiLocale = uiLocale;
    options.anotherAccount = anotherAccount;
    options.deviceName = QHostInfo::localHostName();
    m_flow->start(options);
}

void SignInSession::cancel()
{
    if (!m_flow || !m_flow->isSigningIn())
        return;
    m_flow->cancel(); // its failed(Cancelled) is not passed on
}

QDateTime SignInSession::renewsAt() const
{
    if (!canRenew() || !m_grant.expiresAt.isValid())
        return {};
    const qint64 lifetime = m_grantedAt.secsTo(m_grant.expiresAt);
    const qint64 margin = lifetime < 2 * kRenewalMarginSeconds ? lifetime / 2 : kRenewalMarginSeconds;
    return m_grant.expiresAt.addSecs(-margin);
}

void SignInSession::renewNow()
{
    if (!canRenew() || m_renewing)
        return;
    m_renewing = true;
    m_renewTimer->stop();
    m_flow->refresh(m_grant.renewal);
}

void SignInSession::resume(const QString &renewal)
{
    if (!m_flow || renewal.isEmpty())
        return;
    Redactor::registerSecret(renewal);
    drop();
    m_resuming = true;
    m_renewing = true;
    m_flow->refresh(renewal);
}

void SignInSession::signOut()
{
    const QString renewal = m_grant.renewal;
    drop();
    if (m_flow && !renewal.isEmpty())
        m_flow->signOut(renewal);
    else
        emit signedOut(true);
}

void SignInSession::drop()
{
    m_renewTimer->stop();
    m_grant = {};
    m_grantedAt = {};
}

void SignInSession::adopt(const SignInGrant &grant)
{
    SignInGrant kept = grant;
    // A renewal may come back without a new renewal (a broker that does not rotate): keep the
    // one that still works.
    if (kept.renewal.isEmpty())
        kept.renewal = m_grant.renewal;
    m_grant = kept;
    m_grantedAt = QDateTime::currentDateTimeUtc();
    scheduleRenewal();
}

void SignInSession::scheduleRenewal()
{
    const QDateTime at = renewsAt();
    if (!at.isValid()) {
        m_renewTimer->stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
    qCInfo(lcApi) << "the signed-in token is renewed in" << wait / 1000 << "s";
    m_renewTimer->start(std::chrono::milliseconds(wait));
}

} // namespace gobiz
