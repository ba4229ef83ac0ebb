#include "WizardController.h"

#include "api/AccessToken.h"
#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>

namespace gobiz {

namespace {
const QString environmentKey = QStringLiteral("environment");
const QString customUrlKey = QStringLiteral("customBaseUrl");
} // namespace

WizardController::WizardController(QObject *parent)
    : QObject(parent),
      m_network(new QNetworkAccessManager(this)),
      m_client(new GoBizClient(m_network, this)),
      m_engine(new LinkEngine(m_client, this)),
      m_model(new OutletModel(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_client->setBaseUrl(m_environment.baseUrl());
    m_model->setEngine(m_engine);
    connect(m_engine, &LinkEngine::operationFinished, this, &WizardController::onOperationFinished);
    connect(m_engine, &LinkEngine::stateChanged, this, &WizardController::updateBusy);
    connect(m_engine, &LinkEngine::progressChanged, this, &WizardController::updateBusy);
    applyProxy();
}

WizardController::~WizardController()
{
    // No request may outlive the objects its answer would be delivered to.
    cancelTokenCheck();
    m_engine->cancelAll();
}

void WizardController::setSettings(QSettings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    m_networkSettings = NetworkSettings::load(*m_settings);
    m_lastCustomUrl = QUrl(m_settings->value(customUrlKey).toString());
    const auto kind = Environment::kindFromKey(m_settings->value(environmentKey).toString());
    if (kind == Environment::Kind::Sandbox) {
        setEnvironment(Environment::sandbox());
    } else if (kind == Environment::Kind::Custom
               && Environment::validateBaseUrl(m_lastCustomUrl).isEmpty()) {
        setEnvironment(Environment::custom(m_lastCustomUrl));
    } else {
        setEnvironment(Environment::production());
    }
    applyProxy();
}

void WizardController::saveSettings()
{
    if (!m_settings)
        return;
    // Demo mode points at a throw-away local server: the person's own choice stays.
    if (!m_demo) {
        m_settings->setValue(environmentKey, m_environment.key());
        if (m_environment.kind() == Environment::Kind::Custom)
            m_settings->setValue(customUrlKey, m_environment.baseUrl().toString());
    }
    m_networkSettings.save(*m_settings);
}

QString WizardController::setEnvironment(const Environment &environment)
{
    const QString problem = Environment::validateBaseUrl(environment.baseUrl());
    if (!problem.isEmpty())
        return problem;
    if (environment.kind() == Environment::Kind::Custom && !m_demo)
        m_lastCustomUrl = environment.baseUrl();
    if (environment == m_environment)
        return {};
    cancelTokenCheck();
    m_environment = environment;
    m_client->setBaseUrl(environment.baseUrl());
    applyProxy();
    saveSettings();
    emit environmentChanged();
    return {};
}

QString WizardController::setNetworkSettings(const NetworkSettings &settings)
{
    const QString problem = settings.validate();
    if (!problem.isEmpty())
        return problem;
    m_networkSettings = settings;
    applyProxy();
    saveSettings();
    return {};
}

void WizardController::applyProxy()
{
    // The local sandbox (demo mode, tests) is never reached through a proxy.
    const bool loopback = Environment::isLoopbackHost(m_environment.baseUrl().host());
    m_network->setProxy(loopback ? QNetworkProxy(QNetworkProxy::NoProxy) : m_networkSettings.proxy());
    m_network->clearConnectionCache();
}

QString WizardController::connectionDescription() const
{
    if (Environment::isLoopbackHost(m_environment.baseUrl().host()))
        return NetworkSettings{NetworkSettings::Mode::NoProxy, {}, 0, {}, {}}.describe();
    return m_networkSettings.describe();
}

void WizardController::setDemo(const QUrl &baseUrl, const QString &token)
{
    m_demo = true;
    m_demoToken = token;
    setEnvironment(Environment::custom(baseUrl));
}

// --- token check

void WizardController::checkToken(const QString &normalizedToken)
{
    cancelTokenCheck();
    m_candidateToken = normalizedToken;
    m_client->setToken(normalizedToken);
    m_tokenReply = m_client->tokenInfo();
    connect(m_tokenReply, &ApiReply::finished, this, &WizardController::onTokenInfoFinished);
    emit tokenCheckStarted();
}

void WizardController::checkSavedToken(const QString &key)
{
    cancelTokenCheck();
    if (!m_store) {
        emit savedTokenFailed(tr("Remembered tokens are not available on this computer."));
        return;
    }
    m_pendingSavedKey = key;
    m_store->load(key);
    emit tokenCheckStarted();
}

void WizardController::cancelTokenCheck()
{
    m_pendingSavedKey.clear();
    if (m_tokenReply) {
        ApiReply *reply = m_tokenReply;
        m_tokenReply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_candidateToken.isEmpty()) {
        m_candidateToken.clear();
        if (!m_acceptedToken.isEmpty())
            m_client->setToken(m_acceptedToken);
        else
            m_client->clearToken();
    }
}

bool WizardController::isCheckingToken() const
{
    return m_tokenReply || !m_pendingSavedKey.isEmpty();
}

bool WizardController::isAcceptedToken(const QString &normalizedToken) const
{
    return !m_acceptedToken.isEmpty() && m_acceptedToken == normalizedToken
        && m_acceptedEnvironment == m_environment;
}

void WizardController::onTokenInfoFinished()
{
    ApiReply *reply = m_tokenReply;
    m_tokenReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const ApiError error = reply->error();
    const QString candidate = m_candidateToken;
    m_candidateToken.clear();
    if (error.isError()) {
        if (!m_acceptedToken.isEmpty())
            m_client->setToken(m_acceptedToken);
        else
            m_client->clearToken();
        qCInfo(lcUi) << "token check failed:" << ApiError::kindKey(error.kind) << error.httpStatus;
        emit tokenCheckFinished(error);
        return;
    }
    const bool sameAccount = m_acceptedEnvironment == m_environment
        && primaryOutletId() == (reply->tokenInfo().outlets.isEmpty()
                                     ? QString()
                                     : reply->tokenInfo().outlets.first().id);
    if (!sameAccount)
        m_remembered = false;
    m_acceptedToken = candidate;
    m_acceptedEnvironment = m_environment;
    m_tokenInfo = reply->tokenInfo();
    m_engine->provideToken(candidate); // a paused run (401) continues with the new token

    QStringList oldIds;
    for (const Outlet &outlet : m_model->outlets())
        oldIds.append(outlet.id);
    QStringList newIds;
    for (const Outlet &outlet : m_tokenInfo.outlets)
        newIds.append(outlet.id);
    if (oldIds != newIds || m_model->rowCount() == 0)
        m_model->setOutlets(m_tokenInfo.outlets);
    qCInfo(lcUi) << "token accepted:" << m_tokenInfo.outlets.size() << "outlet(s), roles"
                 << m_tokenInfo.roles;
    emit tokenCheckFinished(ApiError());
}

QString WizardController::primaryOutletName() const
{
    return m_tokenInfo.outlets.isEmpty() ? QString() : m_tokenInfo.outlets.first().name;
}

QString WizardController::primaryOutletId() const
{
    return m_tokenInfo.outlets.isEmpty() ? QString() : m_tokenInfo.outlets.first().id;
}

// --- token store

void WizardController::setTokenStore(TokenStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &TokenStore::entriesChanged, this, &WizardController::savedTokensChanged);
    connect(store, &TokenStore::loadFinished, this,
            [this](const TokenStore::Result &result, const QString &token) {
                if (result.key != m_pendingSavedKey)
                    return;
                m_pendingSavedKey.clear();
                if (!result.isOk()) {
                    qCInfo(lcStore) << "remembered token not loaded:" << result.status
                                    << result.detail;
                    emit savedTokenFailed(result.status == TokenStore::Status::NotFound
                                              ? tr("This token is no longer remembered on this "
                                                   "computer. Paste the token instead.")
                                              : result.message());
                    return;
                }
                const TokenCheck check = AccessToken::normalize(token);
                if (!check.isValid()) {
                    emit savedTokenFailed(check.message());
                    return;
                }
                m_remembered = true;
                checkToken(check.token);
                m_remembered = true; // checkToken's success keeps it for the same account
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
        if (ok && result.key == TokenStore::keyFor(m_acceptedEnvironment, primaryOutletId()))
            m_remembered = false;
        emit forgetFinished(ok, ok ? QString() : result.message());
    });
}

QList<SavedToken> WizardController::savedTokens() const
{
    return m_store ? m_store->entries() : QList<SavedToken>();
}

void WizardController::rememberAcceptedToken()
{
    if (!m_store || m_acceptedToken.isEmpty()) {
        emit rememberFinished(false, TokenStore::statusMessage(TokenStore::Operation::Save,
                                                               TokenStore::Status::NoBackend));
        return;
    }
    m_pendingRememberKey = TokenStore::keyFor(m_acceptedEnvironment, primaryOutletId());
    m_store->save(m_pendingRememberKey,
                  TokenStore::labelFor(primaryOutletName(), m_acceptedEnvironment),
                  m_acceptedToken);
}

void WizardController::forgetSavedToken(const QString &key)
{
    if (m_store)
        m_store->remove(key);
}

// --- the run

int WizardController::requestChanges(const QList<int> &rows, Product product, LinkAction action)
{
    int accepted = 0;
    for (int row : rows)
        accepted += m_model->requestChange(row, product, action) ? 1 : 0;
    updateBusy();
    return accepted;
}

int WizardController::retryFailed()
{
    // The last request of each (outlet, product), by outlet id.
    QHash<QString, LinkAction> lastAction;
    for (const LinkOperation &op : m_finished)
        lastAction.insert(op.request.outletId + u'\x1f' + productKey(op.request.product),
                          op.request.action);
    int sent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->outlets().at(row).id;
        for (Product product : allProducts) {
            if (m_model->cell(row, product).state != LinkState::Failed)
                continue;
            const LinkAction action = lastAction.value(id + u'\x1f' + productKey(product),
                                                       LinkAction::Link);
            sent += m_model->requestChange(row, product, action) ? 1 : 0;
        }
    }
    updateBusy();
    return sent;
}

int WizardController::failedCount() const
{
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (Product product : allProducts)
            failed += m_model->cell(row, product).state == LinkState::Failed ? 1 : 0;
    }
    return failed;
}

int WizardController::applyExternalIds(const QHash<QString, QString> &externalIdByOutlet)
{
    int changed = 0;
    for (auto it = externalIdByOutlet.cbegin(); it != externalIdByOutlet.cend(); ++it) {
        const int row = m_model->rowOf(it.key());
        if (row < 0 || m_model->externalOutletId(row) == it.value().trimmed())
            continue;
        m_model->setExternalOutletId(row, it.value());
        ++changed;
    }
    return changed;
}

QString WizardController::provideToken(const QString &pasted)
{
    const TokenCheck check = AccessToken::normalize(pasted);
    if (!check.isValid())
        return check.message();
    const bool resave = m_remembered;
    m_acceptedToken = check.token;
    m_client->setToken(check.token);
    m_engine->provideToken(check.token);
    if (resave && m_store) {
        m_pendingRememberKey = TokenStore::keyFor(m_acceptedEnvironment, primaryOutletId());
        m_store->save(m_pendingRememberKey,
                      TokenStore::labelFor(primaryOutletName(), m_acceptedEnvironment),
                      check.token);
    }
    return {};
}

bool WizardController::isBusy() const
{
    return m_engine->state() != LinkEngine::State::Idle || !m_engine->pendingOperations().isEmpty();
}

void WizardController::cancelAll()
{
    m_engine->cancelAll();
    updateBusy();
}

void WizardController::resume()
{
    m_engine->resume();
}

void WizardController::onOperationFinished(const LinkOperation &operation)
{
    m_finished.append(operation);
    updateBusy();
}

void WizardController::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

RunSummary::Report WizardController::report() const
{
    RunSummary::Report report;
    report.environmentKey = m_environment.key();
    report.environmentName = m_environment.displayName();
    report.baseUrl = m_environment.baseUrl();
    report.roles = m_tokenInfo.roles;
    report.primaryOutletName = primaryOutletName();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.applicationVersion = QCoreApplication::applicationVersion();
    report.entries = RunSummary::build(m_finished, m_model->outlets());
    return report;
}

QByteArray WizardController::reportBytes(ReportFormat format) const
{
    const RunSummary::Report r = report();
    return format == ReportFormat::Json ? RunSummary::toJson(r) : RunSummary::toCsv(r);
}

WizardController::ReportFormat WizardController::formatForPath(const QString &path)
{
    return path.endsWith(u".json", Qt::CaseInsensitive) ? ReportFormat::Json : ReportFormat::Csv;
}

QString WizardController::writeReport(const QString &path, ReportFormat format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Could not write the report to %1: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    file.write(reportBytes(format));
    if (!file.commit()) {
        return tr("Could not write the report to %1: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

} // namespace gobiz
