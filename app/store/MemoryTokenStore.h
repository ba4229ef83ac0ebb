#pragma once

#include "TokenStore.h"

#include <QHash>
#include <QList>
#include <functional>

namespace gobiz {

// A TokenStore that keeps tokens in memory: the session-only store when the user does not want
// (or cannot have) a keychain, and the fake every logic test uses. Answers arrive asynchronously
// and in order, like a real backend's; failures can be scripted.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QSettings *index = nullptr, QObject *parent = nullptr);

    // Every operation from now on ends in status (e.g. NoBackend, Locked) until set back to Ok.
    void setBackendStatus(Status status, const QString &detail = {});
    // The next operation of that kind ends in status instead, once. Scripted failures queue up.
    void failNext(Operation operation, Status status, const QString &detail = {});
    // While held, answers wait until release(): for testing what happens while a call is in
    // flight.
    void setHeld(bool held);
    void release();
    int pendingCount() const { return int(m_pending.size()); }

    // Inspection for tests: what the backend holds and how often it was asked.
    bool hasSecret(const QString &key) const { return m_secrets.contains(key); }
    QString secret(const QString &key) const { return m_secrets.value(key); }
    int secretCount() const { return int(m_secrets.size()); }
    int requestCount(Operation operation) const;

protected:
    void startSave(const QString &key, const QString &label, const QString &token) override;
    void startLoad(const QString &key) override;
    void startRemove(const QString &key) override;

private:
    struct Script
    {
        Operation operation;
        Status status;
        QString detail;
    };

    // The status this operation ends in: a scripted one, the backend's, or Ok.
    Status takeStatus(Operation operation, QString *detail);
    void enqueue(std::function<void()> answer);
    void deliverOne();

    QHash<QString, QString> m_secrets;
    QList<Script> m_scripts;
    QList<std::function<void()>> m_pending;
    Status m_backendStatus = Status::Ok;
    QString m_backendDetail;
    bool m_held = false;
    int m_requests[3] = {0, 0, 0};
};

} // namespace gobiz
