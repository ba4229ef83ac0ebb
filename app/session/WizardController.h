#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Environment.h"
#include "api/Product.h"
#include "ops/LinkOperation.h"
#include "ops/RetryPolicy.h"
#include "session/Account.h"
#include "session/ChangeGate.h"
#include "session/Connection.h"
#include "session/LinkRun.h"
#include "session/NetworkSettings.h"
#include "session/RunSummary.h"
#include "session/SignInSession.h"
#include "session/SupportDesk.h"
#include "session/TokenSession.h"
#include "store/JournalService.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"
#include "store/TokenStore.h"

#include <QHash>
#include <QObject>

class QSettings;

namespace gobiz {

class JournalService;
class LinkEngine;
class OutletModel;
class TokenSession;

// What the wizard's pages talk to: the environment and connection, the token (TokenSession),
// the merchant's outlets (OutletModel), one merchant's run (LinkRun, behind the ChangeGate) and
// the link journal (JournalService, on its own thread). It owns them and hands out none of the
// engine, client or journal: pages render what it says and call it. Every call that waits for
// something is asynchronous and ends in a signal. The token is held in memory only.
class WizardController : public QObject
{
    Q_OBJECT
public:
    // Csv: comma-separated; CsvSemicolon: for Excel where ',' is the decimal separator (id_ID).
    enum class ReportFormat { Csv, Json, CsvSemicolon };
    // What the run is doing, for the pages (the engine's state, without the engine).
    enum class RunState { Idle, Running, Paused, WaitingForToken };

    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    OutletModel *model() const { return m_model; }
    // The network log, cURL, HAR and the diagnostics bundle: the support window's handle.
    SupportDesk *support() const { return m_support; }

    // --- Where requests go (Connection): environment, proxy, demo mode, their settings.
    // Never the token. settings: not owned, it must outlive the controller.
    void setSettings(QSettings *settings) { m_connection->setSettings(settings); }
    QSettings *settings() const { return m_connection->settings(); }
    Environment environment() const { return m_connection->environment(); }
    // Empty when accepted; otherwise the reason (Environment::validateBaseUrl) and nothing changes.
    QString setEnvironment(const Environment &environment)
    {
        return m_connection->setEnvironment(environment);
    }
    QUrl lastCustomBaseUrl() const { return m_connection->lastCustomBaseUrl(); }
    NetworkSettings networkSettings() const { return m_connection->networkSettings(); }
    QString setNetworkSettings(const NetworkSettings &settings)
    {
        return m_connection->setNetworkSettings(settings);
    }
    QNetworkProxy effectiveProxy() const { return m_connection->effectiveProxy(); }
    QString connectionDescription() const { return m_connection->connectionDescription(); }
    // An in-process sandbox: call before openJournal(), so demo runs get a journal of their own.
    void setDemo(const QUrl &baseUrl, const QString &token) { m_connection->setDemo(baseUrl, token); }
    bool isDemo() const { return m_connection->isDemo(); }
    QString demoToken() const { return m_connection->demoToken(); }

    // --- Token check (token-info), through TokenSession
    // token must be normalised (AccessToken::normalize). Ends in tokenCheckFinished(), once the
    // journal's records for the merchant are in the table.
    void checkToken(const QString &normalizedToken)
    {
        m_tokens->check(normalizedToken, m_connection->environment());
    }
    // Reads a remembered token, then checks it. Ends in tokenCheckFinished() or
    // savedTokenFailed() (could not read it; nothing was sent).
    void checkSavedToken(const QString &key)
    {
        m_tokens->checkSaved(key, m_connection->environment());
    }
    void cancelTokenCheck(); // no signal follows
    bool isCheckingToken() const { return m_tokens->isChecking(); }
    bool isAcceptedToken(const QString &normalizedToken) const
    {
        return m_tokens->isAccepted(normalizedToken, m_connection->environment());
    }
    bool hasAcceptedToken() const { return m_tokens->hasAccepted(); }

    const TokenInfo &tokenInfo() const { return m_tokenInfo; }
    QStringList roles() const { return m_tokenInfo.roles; }
    bool mayLink() const { return m_tokenInfo.mayLink(); }
    QString primaryOutletName() const;
    QString primaryOutletId() const;
    // The merchant of the current run.
    const Account &account() const { return m_run->account(); }

    // --- Remembering the token (optional store; without one the page hides the option)
    void setTokenStore(TokenStore *store) { m_tokens->setStore(store); } // not owned
    TokenStore *tokenStore() const { return m_tokens->store(); }
    // Those of the current environment only.
    QList<SavedToken> savedTokens() const
    {
        return m_tokens->savedTokens(m_connection->environment());
    }
    // A signed-in account is remembered by its renewal, so the next start signs in by itself.
    void rememberAcceptedToken() { m_tokens->remember(primaryOutletId(), primaryOutletName()); } // ends in rememberFinished()
    bool isRemembered() const { return m_tokens->isRemembered(); }
    void forgetSavedToken(const QString &key) { m_tokens->forget(key); } // ends in forgetFinished()

    // --- Sign in with GoBiz (SignInSession): offered when a partner profile is present and its
    // environment is the one chosen. Without one, paste only.
    // Sets the profile's environment too (the first page names both).
    void setPartnerProfile(const std::optional<PartnerProfile> &profile);
    const std::optional<PartnerProfile> &partnerProfile() const { return m_signIn->profile(); }
    bool canSignIn() const;
    // Why a partner profile found in the configuration folders was not used (a sentence with
    // the file and the field), for the first page; empty when none was refused.
    void setPartnerProfileProblem(const QString &problem) { m_profileProblem = problem; }
    QString partnerProfileProblem() const { return m_profileProblem; }
    QString partnerName() const { return m_signIn->partnerName(); }
    // The person signs in in the browser: signInWaiting() (open the link), then the token goes
    // where a pasted one goes (tokenCheckStarted/Finished), or signInFailed(). uiLocale: "id"
    // or "en", for GoBiz's page.
    void startSignIn(bool anotherAccount, const QString &uiLocale);
    void cancelSignIn(); // no signal follows
    // Checks the token of the last sign-in again (its check failed on the way, say); false when
    // there is none and the person must sign in again.
    bool checkSignedInToken();
    bool isSigningIn() const { return m_signIn->isSigningIn(); }
    // The accepted token came from a sign-in: it is renewed by itself, before it expires and
    // after a 401, and a failed renewal asks for a new sign-in (tokenRequired()).
    bool isSignedIn() const;
    // Ends the sign-in at the partner too; signedOut() follows. The accepted token stays until
    // it expires or another is accepted.
    void signOut();
    // The sign-in's flow, for tests that shorten its waits; nullptr without a profile.
    SignInFlow *signInFlowForTesting() const { return m_signIn->flow(); }

    // --- The run: one merchant's changes (LinkRun), every one through the ChangeGate.
    // Whether the person confirmed Auto Accept / acknowledged the roles warning in this run.
    bool autoAcceptConfirmed() const { return m_run->gate().autoAcceptConfirmed(); }
    void setAutoAcceptConfirmed(bool confirmed);
    bool rolesWarningAcknowledged() const { return m_run->gate().rolesAcknowledged(); }
    void setRolesWarningAcknowledged(bool acknowledged)
    {
        if (acknowledged)
        m_run->gate().acknowledgeRoles();
    }
    // What asking for these changes needs first (nothing is recorded or sent).
    ChangeGate::Verdict checkChanges(const QList<int> &rows, Product product, LinkAction action,
        ChangeGate::Answers answers = {}) const;
    // What completing interrupted() needs first.
    ChangeGate::Verdict checkResume(ChangeGate::Answers answers = {}) const
    {
        return m_run->checkResume(m_recovery, answers);
    }
    // Asks for a change of each row (model rows). Returns how many are being recorded and sent;
    // 0 when the gate has a question (lastVerdict() says which).
    int requestChanges(const QList<int> &rows, Product product, LinkAction action,
        ChangeGate::Answers answers = {});
    const ChangeGate::Verdict &lastVerdict() const { return m_lastVerdict; }
    // The changes of this run that did not end as asked (which: LinkRun::Unfinished flags):
    // what sending them again needs first, sending them, and how many there are.
    ChangeGate::Verdict checkUnfinished(int which, ChangeGate::Answers answers = {}) const
    {
        return m_run->checkUnfinished(which, answers);
    }
    int retryUnfinished(int which, ChangeGate::Answers answers = {});
    int unfinishedCount(int which) const { return m_run->unfinishedCount(which); }
    // Fills external ids by outlet id (kept in the journal at once); returns how many changed.
    int applyExternalIds(const QHash<QString, QString> &externalIdByOutlet)
    {
        return m_run->setExternalIds(externalIdByOutlet);
    }
    // A fresh token after a 401 in the middle of a run. Returns why the text is not a token, or
    // empty when it is being checked: newTokenAccepted() follows (the run continues, nothing
    // lost) or newTokenRefused().
    QString provideToken(const QString &pasted);
    bool isCheckingNewToken() const { return m_tokens->isRenewing(); }
    bool isBusy() const { return m_run->isBusy(); }
    void cancelAll() { m_run->stop(); }
    void resume() { m_run->resumeSending(); }
    // Stops starting requests; those in flight finish (the command line's Ctrl-C). Changes not
    // yet sent stay queued until startNextMerchant() leaves them planned in the journal.
    void pauseSending() { m_run->pause(); }
    // Requests sent and not yet answered.
    int inFlightCount() const;
    // A long Retry-After: when sending may go on (UTC; invalid when the run does not wait for
    // one), and whether it goes on by itself then (the person pressed Resume while waiting).
    QDateTime resumeNotBefore() const;
    bool resumesByItself() const;
    // This merchant's run: how many changes are done, failed, unknown, not sent, remaining.
    LinkRun::Progress runProgress() const { return m_run->progress(); }
    RunState runState() const;
    // Retry numbers, concurrency and timeouts (tests shorten the waits; the CLI sets
    // --concurrency).
    void setRetryPolicy(const RetryPolicy &policy);

    // The next merchant, on the same environment and connection: the run, outlets, report and
    // accepted token of this one are left (the journal keeps everything of it); the next token
    // checked starts a new run, even for the same merchant.
    void startNextMerchant();
    // The account just accepted is the merchant of the run before startNextMerchant(): a browser
    // still signed in to the last merchant signs the next one in as that one again.
    bool isPreviousMerchant() const;
    // Changes of this run finished since the last report saved (a closing wizard asks first).
    bool hasUnsavedReport() const;

    // --- What this merchant's run changed, from the journal's rows (the one source) and the
    // changes refused before the journal recorded them.
    // Reads them (after every record is written); reportReady() follows.
    void prepareReport();
    // The report prepared last.
    const RunSummary::Report &report() const { return m_report; }
    QByteArray reportBytes(ReportFormat format) const;
    // Writes the prepared report on a worker thread; reportSaved(path, problem) follows, with
    // problem empty on success or a sentence saying why the file could not be written.
    void saveReport(const QString &path, ReportFormat format);
    static ReportFormat formatForPath(const QString &path);

    // --- The link journal: the only memory of what was linked (GoBiz has no API to read it).
    // <AppDataLocation>/link-journal.sqlite, or journal-demo.sqlite in demo mode.
    QString defaultJournalPath() const;
    // Opens (or creates) it on its own thread; journalOpened(writable) follows. A damaged one is
    // set aside and a new one started. Until it opens nothing is sent.
    void openJournal(const QString &path = {});
    bool isJournalOpen() const { return m_journal->status().open; }
    // Another wizard on this computer has the journal: this one must not go on.
    bool isJournalInUseElsewhere() const
    {
        return m_journal->status().problem == LinkJournal::Problem::InUse;
    }
    bool isJournalIdle() const { return m_journal->isIdle(); } // every record given so far is written (or kept after a failure)
    QString journalPath() const { return m_journal->path(); }
    // Why changes cannot be recorded (the journal's sentence); empty while it can be written.
    QString journalProblemMessage() const;
    // Set when openJournal() found a damaged journal and set it aside (with the new path).
    QString journalSetAsideMessage() const { return m_journal->status().setAsideMessage; }
    // After the person fixed the cause: writes what waits, opens the journal if it never
    // opened, and continues a run the journal paused. journalChanged() follows.
    void retryJournal();
    JournalContext journalContext() const { return m_run->account().journalContext(); }
    static QString describeJournalEnvironment(const QString &label);

    // --- The plan earlier runs left unfinished (crash, kill, another merchant in between).
    // Every one, any environment or merchant (for the first page): read after open.
    const RecoveryPlan &allInterrupted() const { return m_allInterrupted; }
    // Those of the signed-in merchant: offered after the token is accepted.
    const RecoveryPlan &interrupted() const { return m_recovery; }
    static QString describeChanges(const RecoveryPlan &plan); // "3 links, 1 unlink"
    // Completes them (link and unlink are idempotent). Returns how many are being recorded and
    // sent; 0 when the gate has a question (lastVerdict()).
    int resumeInterrupted(ChangeGate::Answers answers = {});
    // Marks them discarded; their cells show unknown. A failure comes as journalProblemOccurred.
    void discardInterrupted();

signals:
    void environmentChanged();
    void tokenCheckStarted();
    // error.kind == None on success; tokenInfo() then holds the outlets.
    void tokenCheckFinished(const gobiz::ApiError &error);
    void savedTokenFailed(const QString &message);
    void rememberFinished(bool ok, const QString &message);
    void forgetFinished(bool ok, const QString &message);
    void savedTokensChanged();
    void busyChanged(bool busy);
    void runProgressChanged();
    // The engine paused (consecutive failures, a long Retry-After, a 401): its sentence.
    void runPaused(const QString &message, bool needsToken);
    void runStateChanged();
    // A 401 in the middle of the run: a new token is needed (provideToken()).
    void tokenRequired();
    void notice(const QString &message);
    // The journal refused a change or lost a write: the journal's sentence.
    void journalProblemOccurred(const QString &message);
    void journalOpened(bool writable);
    // Opened, set aside, or otherwise changed state.
    void journalChanged();
    void interruptedChanged();
    void newTokenAccepted();
    void signInWaiting(const gobiz::SignInPrompt &prompt);
    void signInFailed(const QString &message);
    void signedOut(bool ok);
    // A signed-in token was renewed by itself (for the log and the status line).
    void tokenRenewed();
    void newTokenRefused(const QString &message);
    void reportReady();
    void reportSaved(const QString &path, const QString &problem);

private:
    // The requests a change of these model rows makes (rows out of range left out).
    QList<LinkRequest> requestsFor(const QList<int> &rows, Product product, LinkAction action) const;
    void onTokenChecked(const ApiError &error, const TokenInfo &info);
    void loadAccountRecords(bool announce);
    void refreshAllInterrupted();
    void connectSignIn();
    void onSignedIn(const QString &accessToken);
    void onRenewed(const QString &accessToken);
    void onRenewalFailed(const QString &message);
    bool isWaitingForToken() const;
    SupportDesk::Situation supportSituation() const;

    Connection *m_connection = nullptr;
    LinkEngine *m_engine = nullptr;
    OutletModel *m_model = nullptr;
    JournalService *m_journal = nullptr;
    LinkRun *m_run = nullptr;
    TokenSession *m_tokens = nullptr;
    SignInSession *m_signIn = nullptr;
    SupportDesk *m_support = nullptr;

    TokenInfo m_tokenInfo;
    ChangeGate::Verdict m_lastVerdict;
    RunSummary::Report m_report;
    RecoveryPlan m_recovery;
    RecoveryPlan m_allInterrupted;
    QString m_restoredFor; // the merchant whose cells came from the journal
    int m_finishedInSavedReport = 0; // of this run, when the last saved report was prepared
    int m_finishedInPreparedReport = 0;
    int m_reportsAsked = 0; // prepareReport() calls; only the latest one's report is kept
    int m_accountLoads = 0; // loads asked for; an answer for an older one is ignored
    QString m_profileProblem;
    Account m_previousAccount; // the merchant of the run before startNextMerchant()
    QString m_signedInToken; // the token the sign-in gave last (empty for a pasted one)
    bool m_signInFromStore = false; // the sign-in being renewed was remembered
    QString m_heldTokenPause; // a 401's pause message, shown only if renewing fails
};

} // namespace gobiz
