#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Environment.h"
#include "api/Product.h"
#include "ops/LinkOperation.h"
#include "session/NetworkSettings.h"
#include "session/RunSummary.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"
#include "store/TokenStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QSettings;

namespace gobiz {

class ApiReply;
class GoBizClient;
class JournalBinding;
class LinkEngine;
class OutletModel;

// Everything the wizard knows and does, without a widget: the environment, the connection, the
// token check, the outlets and their link state, the run's changes and the report. Pages render
// it and call it; it owns the one QNetworkAccessManager, the GoBizClient, the LinkEngine, the
// OutletModel and the LinkJournal (bound to the engine: nothing is sent that the journal has not
// recorded as started, so until openJournal() succeeds nothing is sent at all). Every call that
// waits for something is asynchronous and ends in a signal. The token is held in memory only,
// here and in the client.
class WizardController : public QObject
{
    Q_OBJECT
public:
    enum class ReportFormat { Csv, Json };

    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    QNetworkAccessManager *network() const { return m_network; }
    GoBizClient *client() const { return m_client; }
    LinkEngine *engine() const { return m_engine; }
    OutletModel *model() const { return m_model; }

    // --- Settings (environment, custom base URL, network). Never the token. Not owned; it must
    // outlive the controller. Without one nothing is persisted.
    void setSettings(QSettings *settings);
    QSettings *settings() const { return m_settings; }

    // --- Environment
    Environment environment() const { return m_environment; }
    // Empty when accepted; otherwise the reason (Environment::validateBaseUrl) and nothing changes.
    QString setEnvironment(const Environment &environment);
    QUrl lastCustomBaseUrl() const { return m_lastCustomUrl; }

    // --- Connection
    NetworkSettings networkSettings() const { return m_networkSettings; }
    // Empty when applied; otherwise what to fix.
    QString setNetworkSettings(const NetworkSettings &settings);
    // "the HTTP proxy host:port" / "a direct connection" — for messages.
    QString connectionDescription() const;

    // --- Demo mode: an in-process sandbox at baseUrl whose demo user holds token. Call before
    // openJournal(), so demo runs get a journal of their own.
    void setDemo(const QUrl &baseUrl, const QString &token);
    bool isDemo() const { return m_demo; }
    QString demoToken() const { return m_demoToken; }

    // --- Token check (token-info)
    // token must be normalised (AccessToken::normalize). Ends in tokenCheckFinished().
    void checkToken(const QString &normalizedToken);
    // Reads a remembered token, then checks it. Ends in tokenCheckFinished() or
    // savedTokenFailed() (could not read it; nothing was sent).
    void checkSavedToken(const QString &key);
    // Stops a check; no signal follows.
    void cancelTokenCheck();
    bool isCheckingToken() const;
    // Whether this (normalised) token was already accepted in this environment.
    bool isAcceptedToken(const QString &normalizedToken) const;
    bool hasAcceptedToken() const { return !m_acceptedToken.isEmpty(); }

    const TokenInfo &tokenInfo() const { return m_tokenInfo; }
    QStringList roles() const { return m_tokenInfo.roles; }
    bool mayLink() const { return m_tokenInfo.mayLink(); }
    QString primaryOutletName() const;
    QString primaryOutletId() const;

    // --- Remembering the token (optional store; without one the page hides the option)
    void setTokenStore(TokenStore *store); // not owned
    TokenStore *tokenStore() const { return m_store; }
    QList<SavedToken> savedTokens() const;
    // Saves the accepted token under its environment and primary outlet. Ends in
    // rememberFinished(); on failure the message says why, and the session goes on regardless.
    void rememberAcceptedToken();
    bool isRemembered() const { return m_remembered; }
    // Ends in forgetFinished().
    void forgetSavedToken(const QString &key);

    // --- The run
    // Before the first GoFood link of the session the person confirms Auto Accept.
    bool autoAcceptConfirmed() const { return m_autoAcceptConfirmed; }
    void setAutoAcceptConfirmed(bool confirmed) { m_autoAcceptConfirmed = confirmed; }
    // When no role may link, the person is warned once before anything is sent.
    bool rolesWarningAcknowledged() const { return m_rolesWarningAcknowledged; }
    void setRolesWarningAcknowledged(bool acknowledged) { m_rolesWarningAcknowledged = acknowledged; }

    // Asks the engine (through the model) for each row; returns how many were accepted. Rows
    // refused (e.g. no external id) show why in their cell.
    int requestChanges(const QList<int> &rows, Product product, LinkAction action);
    // Sends again the last request of every failed cell. Returns how many.
    int retryFailed();
    int failedCount() const;
    // Fills external ids by outlet id; returns how many changed.
    int applyExternalIds(const QHash<QString, QString> &externalIdByOutlet);
    // A fresh token after a 401 in the middle of a run. Returns why the text is not a token, or
    // empty when it is being checked with token-info: newTokenAccepted() follows (the run
    // continues, nothing lost) or newTokenRefused() (expired too, or another account's token
    // that cannot reach the outlets still waiting; nothing is sent meanwhile).
    QString provideToken(const QString &pasted);
    bool isCheckingNewToken() const { return !m_newTokenReply.isNull(); }
    bool isBusy() const;
    void cancelAll();
    void resume();

    // Every operation that ended in this session, in the order they ended.
    const QList<LinkOperation> &finishedOperations() const { return m_finished; }
    // What this session changed. Built from the journal's rows of this run (the journal is the
    // source); from finishedOperations() only while the journal is behind (records not yet
    // written, or set aside during the run) — report().fromJournal says which.
    RunSummary::Report report() const;
    QByteArray reportBytes(ReportFormat format) const;
    // Empty on success; otherwise a sentence saying why the file could not be written.
    QString writeReport(const QString &path, ReportFormat format) const;
    static ReportFormat formatForPath(const QString &path);

    // --- The link journal: the only memory of what was linked (GoBiz has no API to read it).
    // <AppDataLocation>/link-journal.sqlite, or journal-demo.sqlite in demo mode.
    QString defaultJournalPath() const;
    // Opens (or creates) the journal; a damaged one is set aside and a new one started. Returns
    // whether it can be written; otherwise journalProblemMessage() says why and every change is
    // refused, unsent, until it can.
    bool openJournal(const QString &path = {});
    LinkJournal *journal() const { return m_journal; }
    JournalBinding *journalBinding() const { return m_binding; }
    // Why changes cannot be recorded (the journal's sentence); empty while it can be written.
    QString journalProblemMessage() const;
    // Set when openJournal() found a damaged journal and set it aside (with the new path).
    QString journalSetAsideMessage() const { return m_setAsideMessage; }
    // After the person fixed the cause: opens the journal again if it never opened, writes what
    // is waiting, and continues a run the journal paused. Returns whether it is writable now
    // (as far as can be told before the next write).
    bool retryJournal();
    // Written with every operation: environment label, the merchant key (the primary outlet's
    // id: stable, unlike names) and the user's roles. Empty before a token is accepted.
    JournalContext journalContext() const;
    // A journal environment label ("sandbox", "custom:https://host") as a person reads it.
    static QString describeJournalEnvironment(const QString &label);

    // --- Changes interrupted in an earlier run (crash, kill): started, never answered.
    // Every one from earlier runs, any environment or merchant (for the first page).
    RecoveryPlan allInterrupted() const;
    // Those of the signed-in environment and merchant: offered after the token is accepted.
    const RecoveryPlan &interrupted() const { return m_recovery; }
    // "3 links, 1 unlink"
    static QString describeChanges(const RecoveryPlan &plan);
    // Sends them again (link and unlink are idempotent). Returns how many were submitted.
    int resumeInterrupted();
    // Marks them discarded in the journal; their cells show unknown. Empty on success, else the
    // journal's sentence (nothing was marked; they are offered again).
    QString discardInterrupted();

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
    // A sentence worth showing on whatever page is current (e.g. re-saving a token failed).
    void notice(const QString &message);
    // The journal refused a change or lost a write: the journal's sentence.
    void journalProblemOccurred(const QString &message);
    // Opened, set aside, or otherwise changed state.
    void journalChanged();
    // interrupted() changed (after a token check, resume or discard).
    void interruptedChanged();
    void newTokenAccepted();
    void newTokenRefused(const QString &message);

private:
    void applyProxy();
    void saveSettings();
    void onTokenInfoFinished();
    void onNewTokenChecked();
    void onOperationFinished(const LinkOperation &operation);
    void updateBusy();
    bool journalReadable() const;
    // Sets product cells from the journal's latest states: every cell not in progress, or only
    // the (outlet, product) pairs in only.
    void restoreCellsFromJournal(const QList<QPair<QString, Product>> *only = nullptr);
    void refreshInterrupted();

    QNetworkAccessManager *m_network = nullptr;
    GoBizClient *m_client = nullptr;
    LinkEngine *m_engine = nullptr;
    OutletModel *m_model = nullptr;
    QSettings *m_settings = nullptr;
    QPointer<TokenStore> m_store;

    Environment m_environment = Environment::production();
    QUrl m_lastCustomUrl;
    NetworkSettings m_networkSettings;
    bool m_demo = false;
    QString m_demoToken;

    QPointer<ApiReply> m_tokenReply;
    QPointer<ApiReply> m_newTokenReply; // a token given mid-run, being checked
    QString m_newTokenCandidate;
    QString m_candidateToken;
    QString m_pendingSavedKey; // a checkSavedToken() waiting for the store
    QString m_acceptedToken;
    Environment m_acceptedEnvironment = Environment::production();
    TokenInfo m_tokenInfo;
    bool m_remembered = false;
    QString m_pendingRememberKey;

    bool m_autoAcceptConfirmed = false;
    bool m_rolesWarningAcknowledged = false;
    QList<LinkOperation> m_finished;
    bool m_busy = false;

    LinkJournal *m_journal = nullptr;
    JournalBinding *m_binding = nullptr;
    QString m_setAsideMessage;
    bool m_openingJournal = false;
    bool m_journalResetDuringRun = false; // set aside while running: earlier rows are elsewhere
    QString m_restoredFor; // environment + merchant whose cells came from the journal
    RecoveryPlan m_recovery;
};

} // namespace gobiz
