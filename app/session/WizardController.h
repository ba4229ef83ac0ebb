#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Environment.h"
#include "api/Product.h"
#include "ops/LinkOperation.h"
#include "session/NetworkSettings.h"
#include "session/RunSummary.h"
#include "store/TokenStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QSettings;

namespace gobiz {

class ApiReply;
class GoBizClient;
class LinkEngine;
class OutletModel;

// Everything the wizard knows and does, without a widget: the environment, the connection, the
// token check, the outlets and their link state, the run's changes and the report. Pages render
// it and call it; it owns the one QNetworkAccessManager, the GoBizClient, the LinkEngine and
// the OutletModel. Every call that waits for something is asynchronous and ends in a signal.
// The token is held in memory only, here and in the client.
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

    // --- Demo mode: an in-process sandbox at baseUrl whose demo user holds token.
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
    // A fresh token after a 401 in the middle of a run: empty on success (the run continues,
    // nothing is lost), otherwise why the text is not a token.
    QString provideToken(const QString &pasted);
    bool isBusy() const;
    void cancelAll();
    void resume();

    // Every operation that ended in this session, in the order they ended.
    const QList<LinkOperation> &finishedOperations() const { return m_finished; }
    RunSummary::Report report() const;
    QByteArray reportBytes(ReportFormat format) const;
    // Empty on success; otherwise a sentence saying why the file could not be written.
    QString writeReport(const QString &path, ReportFormat format) const;
    static ReportFormat formatForPath(const QString &path);

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

private:
    void applyProxy();
    void saveSettings();
    void onTokenInfoFinished();
    void onOperationFinished(const LinkOperation &operation);
    void updateBusy();

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
};

} // namespace gobiz
