#pragma once

#include "TokenStore.h"

#include <chrono>

namespace gobiz {

// Tokens in the system keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain
// on macOS, Credential Manager on Windows), under one service name, one entry per key.
//
// Never falls back to a plain-text file (setInsecureFallback(false)), never blocks, never opens
// a nested event loop. QtKeychain's error codes map to statuses as
//   EntryNotFound -> NotFound; NoBackendAvailable, NotImplemented -> NoBackend;
//   AccessDeniedByUser, AccessDenied -> Locked; anything else -> Failed,
// except that a failure while no secret service is reachable on the session bus is reported as
// NoBackend: the Secret Service backend (libsecret) gives a generic error when there is none.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QSettings *index = nullptr, QObject *parent = nullptr);
    // A different service name keeps tests apart from the application's entries.
    KeychainTokenStore(const QString &service, QSettings *index, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    QString service() const { return m_service; }

    // A keychain that does not answer in time (e.g. an unlock prompt nobody can see) ends the
    // call in Failed instead of leaving the caller waiting. Default: two minutes.
    void setReplyTimeout(std::chrono::milliseconds timeout) { m_replyTimeout = timeout; }
    std::chrono::milliseconds replyTimeout() const { return m_replyTimeout; }

    // QKeychain::Error (as int, so callers need not include QtKeychain) to a status.
    static Status statusForKeychainError(int keychainError);

protected:
    void startSave(const QString &key, const QString &label, const QString &token) override;
    void startLoad(const QString &key) override;
    void startRemove(const QString &key) override;

private:
    struct Request;
    void run(Operation operation, const QString &key, const QString &token);
    void complete(
        const Request &request, Status status, const QString &token, const QString &detail);
    void classifyOtherError(const Request &request, const QString &detail);

    QString m_service;
    std::chrono::milliseconds m_replyTimeout {std::chrono::minutes(2)};
};

} // namespace gobiz
