#include "WizardController.h"

#include "api/AccessToken.h"
#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "store/JournalBinding.h"
#include "store/JournalSchema.h"

#include <QCoreApplication>
#include <algorithm>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>

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
      m_model(new OutletModel(this)),
      m_journal(new LinkJournal(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_client->setBaseUrl(m_environment.baseUrl());
    m_model->setEngine(m_engine);
    // Bound before anything can be sent: the engine asks the journal to record each operation
    // as started before its request goes out, and a journal that is not open refuses.
    m_binding = new JournalBinding(m_journal, m_engine, this);
    connect(m_binding, &JournalBinding::journalProblem, this,
            &WizardController::journalProblemOccurred);
    connect(m_journal, &LinkJournal::journalSetAside, this,
            [this](const QString &, const QString &message) {
                if (m_openingJournal)
                    return; // openJournal() keeps the message for the first page
                // Damaged while running: this run's earlier rows stay in the set-aside file.
                m_journalResetDuringRun = true;
                emit notice(message);
                emit journalChanged();
            });
    connect(m_engine, &LinkEngine::operationFinished, this, &WizardController::onOperationFinished);
    connect(m_engine, &LinkEngine::stateChanged, this, &WizardController::updateBusy);
    connect(m_engine, &LinkEngine::progressChanged, this, &WizardController::updateBusy);
    applyProxy();
}

WizardController::~WizardController()
{
    // No request may outlive the objects its answer would be delivered to; every outcome is
    // recorded before the journal closes.
    cancelTokenCheck();
    m_engine->cancelAll();
    delete m_binding;
    m_binding = nullptr;
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

    // What this computer last confirmed for this account's outlets, and what an earlier run left
    // unfinished for it. Once per account: later checks keep this session's cells.
    const JournalContext context = journalContext();
    m_binding->setContext(context);
    const QString account = context.environment + u'\n' + context.merchant;
    if (!journalReadable()) {
        m_model->setUnrecordedNote({}); // nothing is known, so nothing is claimed
    } else if (account != m_restoredFor) {
        m_restoredFor = account;
        restoreCellsFromJournal();
    }
    refreshInterrupted();
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
    if (m_newTokenReply)
        m_newTokenReply->abort();
    // The engine waits for a token, so nothing else is sent with this one until it is checked.
    m_newTokenCandidate = check.token;
    m_client->setToken(check.token);
    m_newTokenReply = m_client->tokenInfo();
    connect(m_newTokenReply, &ApiReply::finished, this, &WizardController::onNewTokenChecked);
    return {};
}

void WizardController::onNewTokenChecked()
{
    ApiReply *reply = qobject_cast<ApiReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_newTokenReply || reply->error().kind == ApiError::Kind::Cancelled)
        return; // superseded by a newer token
    m_newTokenReply = nullptr;
    if (reply->error().isError()) {
        emit newTokenRefused(reply->error().userMessage());
        return;
    }
    // Another account's token would fail every waiting change with 403: refuse it here, once.
    QSet<QString> reachable;
    for (const Outlet &outlet : reply->tokenInfo().outlets)
        reachable.insert(outlet.id);
    const QList<LinkOperation> waiting = m_engine->pendingOperations();
    const auto unreachable = std::count_if(waiting.cbegin(), waiting.cend(), [&](const LinkOperation &op) {
        return !reachable.contains(op.request.outletId);
    });
    qCInfo(lcUi) << "new token reaches" << reachable.size() << "outlet(s);" << unreachable << "of"
                 << waiting.size() << "waiting change(s) it cannot reach";
    if (unreachable > 0) {
        emit newTokenRefused(tr("This token belongs to another GoBiz account: it cannot reach %n "
                                "of the outlets still waiting. Paste a new token for %1.",
                                nullptr, int(unreachable))
                                 .arg(primaryOutletName()));
        return;
    }
    m_acceptedToken = m_newTokenCandidate;
    m_newTokenCandidate.clear();
    m_engine->provideToken(m_acceptedToken);
    if (m_remembered && m_store)
        rememberAcceptedToken(); // the keychain keeps the token that works now
    emit newTokenAccepted();
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
    // Resumed changes the journal could not record stay unfinished there: offer them again.
    if (!m_busy && hasAcceptedToken())
        refreshInterrupted();
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
    // The journal is the source; while it is behind (records waiting to be written, or set
    // aside during this run) the summary comes from memory rather than leaving changes out.
    const bool journalComplete = journalReadable() && m_journal->unsavedRecords() == 0
        && !m_journalResetDuringRun;
    if (journalComplete) {
        JournalFilter thisRun;
        thisRun.runId = m_journal->runId();
        report.entries = RunSummary::buildFromJournal(m_journal->entries(thisRun),
                                                      m_model->outlets());
        report.fromJournal = true;
    } else {
        report.entries = RunSummary::build(m_finished, m_model->outlets());
    }
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

// --- the journal

QString WizardController::defaultJournalPath() const
{
    if (!m_demo)
        return LinkJournal::defaultPath();
    // The demo merchant lives in a throw-away server: its records never mix with real ones.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal-demo.sqlite");
}

bool WizardController::openJournal(const QString &path)
{
    m_openingJournal = true;
    const bool writable = m_journal->open(path.isEmpty() ? defaultJournalPath() : path);
    m_openingJournal = false;
    m_setAsideMessage = m_journal->setAsideMessage();
    m_journalResetDuringRun = false;
    if (!writable)
        qCWarning(lcStore) << "journal not writable:" << m_journal->problem();
    m_restoredFor.clear();
    emit journalChanged();
    return writable;
}

bool WizardController::journalReadable() const
{
    return m_journal->isOpen() && m_journal->schemaVersion() == JournalSchema::currentVersion;
}

QString WizardController::journalProblemMessage() const
{
    if (m_journal->isWritable())
        return {};
    const QString message = m_journal->problemMessage();
    return message.isEmpty() ? tr("The link journal is not open, so nothing can be sent: every "
                                  "change must be recorded first.")
                             : message;
}

bool WizardController::retryJournal()
{
    if (!m_journal->isOpen()) {
        // It never opened, so nothing of this run is in it: opening it now loses nothing.
        const QString path = m_journal->path().isEmpty() ? defaultJournalPath() : m_journal->path();
        openJournal(path);
        if (hasAcceptedToken()) {
            refreshInterrupted();
            const JournalContext context = journalContext();
            if (journalReadable() && !isBusy()) {
                m_restoredFor = context.environment + u'\n' + context.merchant;
                restoreCellsFromJournal();
            }
        }
    }
    if (m_journal->isOpen())
        m_journal->flush(); // what waits in memory is written first
    const bool writable = m_journal->isOpen() && m_journal->unsavedRecords() == 0
        && m_journal->problem() != LinkJournal::Problem::NewerVersion;
    if (writable && m_engine->state() == LinkEngine::State::Paused)
        m_engine->resume(); // the start guard asks the journal again, and refuses if it must
    emit journalChanged();
    return writable;
}

JournalContext WizardController::journalContext() const
{
    if (m_acceptedToken.isEmpty())
        return {};
    JournalContext context;
    context.environment = LinkJournal::environmentLabel(m_acceptedEnvironment);
    context.merchant = primaryOutletId();
    context.gobizUser = m_tokenInfo.roles.join(u',');
    return context;
}

QString WizardController::describeJournalEnvironment(const QString &label)
{
    if (label == Environment::production().key())
        return Environment::production().displayName();
    if (label == Environment::sandbox().key())
        return Environment::sandbox().displayName();
    if (label.startsWith(u"custom:"))
        return label.mid(7);
    return label;
}

RecoveryPlan WizardController::allInterrupted() const
{
    return journalReadable() ? RecoveryPlan::fromJournal(*m_journal) : RecoveryPlan();
}

QString WizardController::describeChanges(const RecoveryPlan &plan)
{
    int links = 0;
    int unlinks = 0;
    for (const RecoveryItem &item : plan.items())
        (item.entry.request.action == LinkAction::Link ? links : unlinks) += 1;
    QStringList parts;
    if (links > 0)
        parts << tr("%n link(s)", nullptr, links);
    if (unlinks > 0)
        parts << tr("%n unlink(s)", nullptr, unlinks);
    return QLocale().createSeparatedList(parts);
}

void WizardController::refreshInterrupted()
{
    const JournalContext context = journalContext();
    RecoveryPlan plan;
    if (!context.environment.isEmpty() && !context.merchant.isEmpty())
        plan = allInterrupted().forContext(context.environment, context.merchant);
    const bool changed = plan.rows() != m_recovery.rows();
    m_recovery = plan;
    if (changed) {
        qCInfo(lcStore) << m_recovery.size() << "interrupted change(s) for this account";
        emit interruptedChanged();
    }
}

int WizardController::resumeInterrupted()
{
    if (m_recovery.isEmpty())
        return 0;
    const RecoveryPlan plan = m_recovery;
    // Offered no more: the rows are resolved as each new start is recorded. Rows the journal
    // could not resolve come back with the next refresh.
    m_recovery = RecoveryPlan();
    emit interruptedChanged();
    const int submitted = plan.resume(*m_engine, *m_binding);
    updateBusy();
    return submitted;
}

QString WizardController::discardInterrupted()
{
    if (m_recovery.isEmpty())
        return {};
    const RecoveryPlan plan = m_recovery;
    if (!plan.discard(*m_journal))
        return journalProblemMessage().isEmpty() ? m_journal->problemMessage()
                                                 : journalProblemMessage();
    QList<QPair<QString, Product>> cells;
    for (const RecoveryItem &item : plan.items())
        cells.append({item.entry.request.outletId, item.entry.request.product});
    restoreCellsFromJournal(&cells); // now: unknown, interrupted
    refreshInterrupted();
    return {};
}

void WizardController::restoreCellsFromJournal(const QList<QPair<QString, Product>> *only)
{
    const JournalContext context = journalContext();
    // Outlet ids are global within an environment: what another user of this computer confirmed
    // for the same outlet is as true as what this one did, so states are not limited to the
    // merchant key.
    QHash<QPair<QString, int>, JournalState> states;
    for (const JournalState &state : m_journal->latestStates(context.environment))
        states.insert({state.outletId, int(state.product)}, state);
    // Cells the journal knows nothing about stay unstored and say so through the model.
    const OutletModel::ProductCell unrecorded = productCellFor(JournalState());
    m_model->setUnrecordedNote(unrecorded.note);

    const auto restore = [&](int row, const QString &outletId, Product product) {
        const OutletModel::ProductCell now = m_model->cell(row, product);
        if (now.state == LinkState::Linking || now.state == LinkState::Unlinking)
            return false; // in progress: the engine moves it
        const auto it = states.constFind({outletId, int(product)});
        if (it == states.cend()) {
            // Nothing recorded: only a cell left from another account or environment changes.
            if (now.state == LinkState::Unknown && now.lastConfirmed == LinkState::Unknown
                && !now.error.isError() && now.note == unrecorded.note)
                return false;
            m_model->setCell(row, product, unrecorded);
            return true;
        }
        m_model->setCell(row, product, productCellFor(*it));
        if (!it->externalOutletId.isEmpty() && m_model->externalOutletId(row).isEmpty())
            m_model->setExternalOutletId(row, it->externalOutletId);
        return true;
    };

    int restored = 0;
    if (only) {
        for (const auto &[outletId, product] : *only) {
            const int row = m_model->rowOf(outletId);
            if (row >= 0)
                restored += restore(row, outletId, product) ? 1 : 0;
        }
    } else {
        // Every cell at once: one reset for the views instead of a signal per cell (a merchant
        // may have 100,000 outlets).
        {
            const QSignalBlocker quiet(m_model);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QString outletId = m_model->outlets().at(row).id;
                for (Product product : allProducts)
                    restored += restore(row, outletId, product) ? 1 : 0;
            }
        }
        if (restored > 0) {
            const QList<Outlet> outlets = m_model->outlets(); // shared, not copied
            m_model->setOutlets(outlets); // keeps cells and external ids; views read them again
        }
    }
    qCInfo(lcStore) << "cells restored from the journal:" << restored << "of" << states.size()
                    << "recorded";
}

} // namespace gobiz
