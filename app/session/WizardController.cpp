#include "WizardController.h"

#include "api/AccessToken.h"
#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "session/JournalCells.h"
#include "session/ReportWriter.h"
#include "session/TokenSession.h"
#include "store/JournalService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace gobiz {

WizardController::WizardController(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
    , m_engine(new LinkEngine(m_connection->client(), this))
    , m_model(new OutletModel(this))
    , m_journal(new JournalService(this))
    , m_run(new LinkRun(m_engine, m_journal, m_model, this))
    , m_tokens(new TokenSession(m_connection->client(), this))
    , m_signIn(new SignInSession(m_connection->network(), this))
    , m_support(new SupportDesk(m_connection, m_journal, [this] { return supportSituation(); }, this))
{
    connect(m_connection, &Connection::environmentChanged, this, [this] {
        m_tokens->environmentChanged(m_connection->environment());
        emit environmentChanged();
    });

    // Every change a person asks for in the table goes through the run's gate.
    connect(m_model, &OutletModel::changeRequested, this, [this](const LinkRequest &request) {
        if (request.outletId.isEmpty())
            return;
        m_lastVerdict = m_run->request({request});
    });
    connect(m_run, &LinkRun::busyChanged, this, &WizardController::busyChanged);
    connect(m_run, &LinkRun::progressChanged, this, &WizardController::runProgressChanged);
    connect(m_run, &LinkRun::journalProblem, this, &WizardController::journalProblemOccurred);
    connect(m_engine, &LinkEngine::stateChanged, this, &WizardController::runStateChanged);
    // A 401 mid-run: a signed-in token is renewed first, and only a failed renewal is shown.
    connect(m_engine, &LinkEngine::tokenRequired, this, [this] {
        if (m_signIn->canRenew() && isSignedIn())
            m_signIn->renewNow();
        else
            emit tokenRequired();
    });
    connect(m_engine, &LinkEngine::paused, this,
            [this](LinkEngine::PauseReason reason, const QString &message) {
                const bool needsToken = reason == LinkEngine::PauseReason::Token;
                if (needsToken && m_signIn->canRenew() && isSignedIn()) {
                    m_heldTokenPause = message;
                    return;
                }
                emit runPaused(message, needsToken);
            });

    connect(m_journal, &JournalService::opened, this, [this](bool writable) {
        if (!writable)
            qCWarning(lcStore) << "journal not writable:" << m_journal->status().problem;
        m_restoredFor.clear();
        refreshAllInterrupted();
        if (m_run->account().isValid())
            loadAccountRecords(false);
        emit journalOpened(writable);
        emit journalChanged();
    });
    connect(m_journal, &JournalService::statusChanged, this, &WizardController::journalChanged);
    connect(m_journal, &JournalService::problemOccurred, this,
            &WizardController::journalProblemOccurred);
    connect(m_journal, &JournalService::journalSetAside, this, [this](const QString &message) {
        emit notice(message); // damaged while running: this run's earlier rows stay in that file
        emit journalChanged();
    });

    connect(m_tokens, &TokenSession::checkStarted, this, &WizardController::tokenCheckStarted);
    connect(m_tokens, &TokenSession::checkFinished, this, &WizardController::onTokenChecked);
    connect(m_tokens, &TokenSession::savedTokenFailed, this, &WizardController::savedTokenFailed);
    connect(m_tokens, &TokenSession::rememberFinished, this, &WizardController::rememberFinished);
    connect(m_tokens, &TokenSession::forgetFinished, this, &WizardController::forgetFinished);
    connect(m_tokens, &TokenSession::savedTokensChanged, this,
            &WizardController::savedTokensChanged);
    connect(m_tokens, &TokenSession::renewed, this, [this] {
        m_engine->tokenReplaced(); // the run waiting for a token continues
        emit newTokenAccepted();
    });
    connect(m_tokens, &TokenSession::renewalRefused, this, &WizardController::newTokenRefused);
    connectSignIn();
}

WizardController::~WizardController()
{
    // No request may outlive the objects its answer would be delivered to; every outcome is
    // given to the journal, which writes it before its thread ends. The sign-in's requests
    // first: they belong to the connection's network access manager, which goes before it.
    m_signIn->setProfile(std::nullopt);
    m_tokens->cancel();
    m_engine->cancelAll();
    delete m_run;
    m_run = nullptr;
}

// --- the token

void WizardController::cancelTokenCheck()
{
    ++m_accountLoads; // a records load on its way belongs to the check being cancelled
    m_tokens->cancel();
}

void WizardController::onTokenChecked(const ApiError &error, const TokenInfo &info)
{
    if (error.isError()) {
        emit tokenCheckFinished(error);
        return;
    }
    Account account = Account::fromTokenInfo(m_connection->environment(), info);
    // A signed-in token is renewed by itself and remembered by its renewal; a pasted one ends
    // the sign-in (its renewal would renew another account's token).
    if (!m_signedInToken.isEmpty()
        && m_tokens->isAccepted(m_signedInToken, m_connection->environment())) {
        m_tokens->setRenewal(m_signIn->renewal());
    } else {
        m_signedInToken.clear();
        m_signIn->drop();
        m_tokens->setRenewal({});
    }
    m_engine->tokenReplaced(); // a paused run (401) continues with the new token
    const bool sameMerchant = m_run->account().isSameMerchant(account);
    if (sameMerchant)
        m_run->refreshAccount(account);
    else {
        m_run->begin(account); // one merchant per run: another one starts afresh
        m_finishedInSavedReport = 0;
    }
    m_tokenInfo = info;

    QStringList oldIds;
    for (const Outlet &outlet : m_model->outlets())
        oldIds.append(outlet.id);
    QStringList newIds;
    for (const Outlet &outlet : m_tokenInfo.outlets)
        newIds.append(outlet.id);
    if (oldIds != newIds || m_model->rowCount() == 0) {
        m_model->setOutlets(m_tokenInfo.outlets);
        m_restoredFor.clear(); // a fresh table: what this computer confirmed goes in again
    }
    if (!sameMerchant)
        m_report = {};
    loadAccountRecords(true);
}

void WizardController::loadAccountRecords(bool announce)
{
    const JournalContext context = m_run->account().journalContext();
    const QString merchant = context.environment + u'\n' + context.merchant;
    if (!m_journal->isReadable()) {
        m_model->setUnrecordedNote({}); // nothing is known, so nothing is claimed
        if (announce)
            emit tokenCheckFinished(ApiError());
        return;
    }
    // What this computer confirmed and what a person entered for this merchant, and the plan an
    // earlier run left: read on the journal's thread, then the table and the offer.
    const int load = ++m_accountLoads;
    m_journal->loadAccount(context, this, [this, load, merchant, announce](const AccountRecords &records) {
        if (load != m_accountLoads)
            return;
        if (merchant != m_restoredFor && !isBusy()) {
            m_restoredFor = merchant;
            JournalCells::restore(*m_model, records.states, records.externalIds);
        }
        const bool changed = records.unfinished.rows() != m_recovery.rows();
        m_recovery = records.unfinished;
        if (changed) {
            qCInfo(lcStore) << m_recovery.notSentCount() << "planned and"
                            << m_recovery.sentWithoutAnswerCount()
                            << "unanswered change(s) left for this merchant";
            emit interruptedChanged();
        }
        if (announce)
            emit tokenCheckFinished(ApiError());
    });
}

QString WizardController::primaryOutletName() const
{
    return m_tokenInfo.outlets.isEmpty() ? QString() : m_tokenInfo.outlets.first().name;
}

QString WizardController::primaryOutletId() const
{
    return m_tokenInfo.outlets.isEmpty() ? QString() : m_tokenInfo.outlets.first().id;
}

// --- the run

void WizardController::setAutoAcceptConfirmed(bool confirmed)
{
    if (confirmed)
        m_run->gate().confirmAutoAccept();
    else
        m_run->gate().revokeAutoAccept();
}

QList<LinkRequest> WizardController::requestsFor(const QList<int> &rows, Product product,
    LinkAction action) const
{
    QList<LinkRequest> requests;
    requests.reserve(rows.size());
    for (int row : rows) {
        const LinkRequest request = m_model->requestFor(row, product, action);
        if (!request.outletId.isEmpty())
            requests.append(request);
    }
    return requests;
}

ChangeGate::Verdict WizardController::checkChanges(const QList<int> &rows, Product product,
    LinkAction action, ChangeGate::Answers answers) const
{
    return m_run->gate().check(requestsFor(rows, product, action), answers);
}

int WizardController::requestChanges(const QList<int> &rows, Product product, LinkAction action,
    ChangeGate::Answers answers)
{
    m_lastVerdict = m_run->request(requestsFor(rows, product, action), answers);
    return m_lastVerdict.mayProceed() && m_run->account().isValid()
        ? int(m_lastVerdict.allowed.size())
        : 0;
}

int WizardController::retryUnfinished(int which, ChangeGate::Answers answers)
{
    m_lastVerdict = m_run->retryUnfinished(which, answers);
    return m_lastVerdict.mayProceed() ? int(m_lastVerdict.allowed.size()) : 0;
}

QDateTime WizardController::resumeNotBefore() const
{
    return m_engine->state() == LinkEngine::State::Paused ? m_engine->resumeNotBefore()
                                                          : QDateTime();
}

bool WizardController::resumesByItself() const
{
    return m_engine->isResumeScheduled();
}

QString WizardController::provideToken(const QString &pasted)
{
    QSet<QString> waiting;
    for (const LinkOperation &op : m_engine->pendingOperations())
        waiting.insert(op.request.outletId);
    return m_tokens->renew(pasted, waiting, primaryOutletName());
}

WizardController::RunState WizardController::runState() const
{
    switch (m_engine->state()) {
    case LinkEngine::State::Idle:
        return RunState::Idle;
    case LinkEngine::State::Running:
        return RunState::Running;
    case LinkEngine::State::Paused:
        return RunState::Paused;
    case LinkEngine::State::WaitingForToken:
        return RunState::WaitingForToken;
    }
    return RunState::Idle;
}

int WizardController::inFlightCount() const
{
    return m_engine->inFlightCount();
}

void WizardController::setRetryPolicy(const RetryPolicy &policy)
{
    m_engine->setPolicy(policy);
}

// --- reports

void WizardController::prepareReport()
{
    const LinkRun::Progress progress = m_run->progress();
    m_finishedInPreparedReport = progress.total() - progress.remaining;
    const Account account = m_run->account();
    const int asked = ++m_reportsAsked;
    m_journal->loadSession(account.session, this,
        [this, account, asked](const QList<JournalEntry> &rows) {
            ReportWriter::buildLater(account, rows, m_run->refusals(), this,
                [this, asked](const RunSummary::Report &report) {
                    if (asked != m_reportsAsked)
                        return; // a later prepareReport() asked for a newer one
                    m_report = report;
                    emit reportReady();
                });
        });
}

namespace {
// Pure, so that it may run on the writer's thread with a copy of the report.
QByteArray bytesOf(const RunSummary::Report &report, WizardController::ReportFormat format)
{
    switch (format) {
    case WizardController::ReportFormat::Json:
        return RunSummary::toJson(report);
    case WizardController::ReportFormat::CsvSemicolon:
        return RunSummary::toCsv(report, u';');
    case WizardController::ReportFormat::Csv:
        break;
    }
    return RunSummary::toCsv(report, u',');
}
} // namespace

QByteArray WizardController::reportBytes(ReportFormat format) const
{
    return bytesOf(m_report, format);
}

WizardController::ReportFormat WizardController::formatForPath(const QString &path)
{
    return path.endsWith(u".json", Qt::CaseInsensitive) ? ReportFormat::Json : ReportFormat::Csv;
}

void WizardController::saveReport(const QString &path, ReportFormat format)
{
    const RunSummary::Report report = m_report; // implicitly shared: the copy costs nothing
    const auto makeBytes = [report, format](QString *) { return bytesOf(report, format); };
    const int finished = m_finishedInPreparedReport;
    const QString session = m_run->account().session;
    ReportWriter::write(path, makeBytes, this,
        [this, path, finished, session](const QString &problem) {
        if (problem.isEmpty() && session == m_run->account().session)
            m_finishedInSavedReport = qMax(m_finishedInSavedReport, finished);
        emit reportSaved(path, problem);
    });
}

void WizardController::startNextMerchant()
{
    // The next merchant must not act with this one's sign-in: it ends at the partner, unless
    // the person asked to remember it on this computer.
    if (isSignedIn()) {
        if (m_tokens->isRemembered())
            m_signIn->drop();
        else
            m_signIn->signOut();
    }
    m_signedInToken.clear();
    m_previousAccount = m_run->account();
    m_tokens->forgetAccepted();
    m_run->begin(Account()); // no merchant until the next token is accepted
    m_tokenInfo = {};
    m_model->setOutlets({});
    m_report = {};
    m_recovery = RecoveryPlan();
    m_finishedInSavedReport = 0;
    m_finishedInPreparedReport = 0;
    emit interruptedChanged();
}

bool WizardController::isPreviousMerchant() const
{
    return m_previousAccount.isValid() && m_run->account().isSameMerchant(m_previousAccount);
}

bool WizardController::hasUnsavedReport() const
{
    const LinkRun::Progress progress = m_run->progress();
    return progress.total() - progress.remaining > m_finishedInSavedReport;
}

// --- the journal

QString WizardController::defaultJournalPath() const
{
    if (!m_connection->isDemo())
        return LinkJournal::defaultPath();
    // The demo merchant lives in a throw-away server: its records never mix with real ones.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal-demo.sqlite");
}

void WizardController::openJournal(const QString &path)
{
    m_journal->open(path.isEmpty() ? defaultJournalPath() : path);
}

QString WizardController::journalProblemMessage() const
{
    const JournalWriter::Status status = m_journal->status();
    if (status.writable)
        return {};
    return status.problemMessage.isEmpty()
        ? tr("The link journal is not open, so nothing can be sent: every change must be "
             "recorded first.")
        : status.problemMessage;
}

void WizardController::retryJournal()
{
    const bool wasOpen = m_journal->status().open;
    m_journal->retry(this, [this, wasOpen](bool writable) {
        if (!wasOpen && m_journal->status().open) {
            // It never opened, so nothing of this run is in it: reading it now loses nothing.
            refreshAllInterrupted();
            if (m_run->account().isValid())
                loadAccountRecords(false);
        }
        if (writable && m_engine->state() == LinkEngine::State::Paused)
            m_engine->resume(); // the start gate asks the journal again, and refuses if it must
        if (!writable)
            emit journalProblemOccurred(journalProblemMessage());
        emit journalChanged();
    });
}

QString WizardController::describeJournalEnvironment(const QString &label)
{
    if (label == Environment::production().key())
        return Environment::production().displayName();
    if (label == Environment::sandbox().key())
        return Environment::sandbox().displayName();
    const Environment demo = Environment::demo(QUrl());
    if (label == demo.key())
        return demo.displayName();
    if (label.startsWith(u"custom:"))
        return label.mid(7);
    return label;
}

void WizardController::refreshAllInterrupted()
{
    m_journal->loadUnfinished(m_run->account().session, this, [this](const RecoveryPlan &plan) {
        m_allInterrupted = plan;
        emit interruptedChanged();
    });
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

int WizardController::resumeInterrupted(ChangeGate::Answers answers)
{
    if (m_recovery.isEmpty())
        return 0;
    m_lastVerdict = m_run->resume(m_recovery, answers);
    if (!m_lastVerdict.mayProceed())
        return 0;
    // Offered no more: the rows are resolved as resumed when the new ones are recorded (and
    // come back with the next load if that fails).
    m_recovery = RecoveryPlan();
    emit interruptedChanged();
    return int(m_lastVerdict.allowed.size());
}

void WizardController::discardInterrupted()
{
    if (m_recovery.isEmpty())
        return;
    const RecoveryPlan plan = m_recovery;
    m_recovery = RecoveryPlan();
    emit interruptedChanged();
    m_journal->discard(plan, this, [this, plan](bool ok) {
        if (!ok) {
            emit journalProblemOccurred(journalProblemMessage());
            loadAccountRecords(false); // offered again
            return;
        }
        // Their cells now show unknown: interrupted.
        QList<QPair<QString, Product>> cells;
        for (const RecoveryItem &item : plan.items())
            cells.append({item.entry.request.outletId, item.entry.request.product});
        const JournalContext context = m_run->account().journalContext();
        m_journal->loadAccount(context, this, [this, cells](const AccountRecords &records) {
            JournalCells::restore(*m_model, records.states, {}, &cells);
        });
    });
}

} // namespace gobiz
