#include "KeychainTokenStore.h"

#include "diagnostics/Logging.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

#ifdef GOBIZ_STORE_PROBE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace gobiz {

struct KeychainTokenStore::Request
{
    Operation operation;
    QString key;
    // Shared by the job's answer, the timeout and the D-Bus probe: whichever comes first
    // finishes the request, the others see it is done.
    std::shared_ptr<bool> done;
};

KeychainTokenStore::KeychainTokenStore(QSettings *index, QObject *parent)
    : KeychainTokenStore(serviceName(), index, parent)
{ }

KeychainTokenStore::KeychainTokenStore(const QString &service, QSettings *index, QObject *parent)
    : TokenStore(index, parent)
    , m_service(service)
{ }

KeychainTokenStore::~KeychainTokenStore() = default;

TokenStore::Status KeychainTokenStore::statusForKeychainError(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::Locked;
    default: // CouldNotDeleteEntry, OtherError, anything newer
        return Status::Failed;
    }
}

void KeychainTokenStore::startSave(const QString &key, const QString &label, const QString &token)
{
    Q_UNUSED(label) // the keychain files the entry under service and key; labels are the index's
    run(Operation::Save, key, token);
}

void KeychainTokenStore::startLoad(const QString &key)
{
    run(Operation::Load, key, {});
}

void KeychainTokenStore::startRemove(const QString &key)
{
    run(Operation::Remove, key, {});
}

void KeychainTokenStore::run(Operation operation, const QString &key, const QString &token)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Save: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(token);
        job = write;
        break;
    }
    case Operation::Load:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent on purpose: the backend calls back into the job, so it must outlive a store
    // destroyed mid-call. autoDelete ends it once it has answered; the connection below is bound
    // to this store and simply goes away with it.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    const Request request {operation, key, std::make_shared<bool>(false)};
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        if (*request.done)
            return; // timed out earlier
        const Status status = statusForKeychainError(finished->error());
        if (status == Status::Ok) {
            QString secret;
            if (request.operation == Operation::Load)
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            complete(request, status, secret, {});
        } else if (status == Status::Failed) {
            classifyOtherError(request, finished->errorString());
        } else {
            complete(request, status, {}, finished->errorString());
        }
    });
    if (m_replyTimeout.count() > 0) {
        QTimer::singleShot(m_replyTimeout, this, [this, request, timeout = m_replyTimeout] {
            complete(request, Status::Failed, {},
                QStringLiteral("the system keychain did not answer within %1 s")
                    .arg(timeout.count() / 1000.0));
        });
    }
    job->start();
}

void KeychainTokenStore::complete(
    const Request &request, Status status, const QString &token, const QString &detail)
{
    if (*request.done)
        return;
    *request.done = true;
    switch (request.operation) {
    case Operation::Save:
        finishSave(request.key, status, detail);
        break;
    case Operation::Load:
        finishLoad(request.key, status, token, detail);
        break;
    case Operation::Remove:
        finishRemove(request.key, status, detail);
        break;
    }
}

// The Secret Service backend reports "no session bus" and "nobody provides
// org.freedesktop.secrets" as a generic error. Ask the bus, without blocking, whether any
// keychain is there at all: if not, the honest answer for the user is NoBackend.
void KeychainTokenStore::classifyOtherError(const Request &request, const QString &detail)
{
#ifdef GOBIZ_STORE_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        complete(request, Status::NoBackend, {},
            detail + QStringLiteral(" (no session bus: %1)").arg(bus.lastError().message()));
        return;
    }
    const QDBusMessage listNames = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(listNames, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, request, detail](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QStringList> reply = *call;
            if (reply.isError()) {
                complete(request, Status::Failed, {}, detail);
                return;
            }
            const QStringList names = reply.value();
            const bool keychainRunning = names.contains(QStringLiteral("org.freedesktop.secrets"))
                || names.contains(QStringLiteral("org.kde.kwalletd6"))
                || names.contains(QStringLiteral("org.kde.kwalletd5"))
                || names.contains(QStringLiteral("org.kde.kwalletd"));
            complete(request, keychainRunning ? Status::Failed : Status::NoBackend, {},
                keychainRunning ? detail : detail + QStringLiteral(" (no secret service running)"));
        });
#else
    complete(request, Status::Failed, {}, detail);
#endif
}

} // namespace gobiz
