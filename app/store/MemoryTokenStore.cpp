#include "MemoryTokenStore.h"

namespace gobiz {

MemoryTokenStore::MemoryTokenStore(QSettings *index, QObject *parent)
    : TokenStore(index, parent)
{ }

void MemoryTokenStore::setBackendStatus(Status status, const QString &detail)
{
    m_backendStatus = status;
    m_backendDetail = detail;
}

void MemoryTokenStore::failNext(Operation operation, Status status, const QString &detail)
{
    m_scripts.append({operation, status, detail});
}

void MemoryTokenStore::setHeld(bool held)
{
    m_held = held;
    if (!held)
        release();
}

void MemoryTokenStore::release()
{
    for (int i = 0; i < m_pending.size(); ++i)
        QMetaObject::invokeMethod(this, &MemoryTokenStore::deliverOne, Qt::QueuedConnection);
}

int MemoryTokenStore::requestCount(Operation operation) const
{
    return m_requests[int(operation)];
}

void MemoryTokenStore::startSave(const QString &key, const QString &label, const QString &token)
{
    Q_UNUSED(label) // the label is the index's business; a keychain shows the key
    ++m_requests[int(Operation::Save)];
    enqueue([this, key, token] {
        QString detail;
        const Status status = takeStatus(Operation::Save, &detail);
        if (status == Status::Ok)
            m_secrets.insert(key, token);
        finishSave(key, status, detail);
    });
}

void MemoryTokenStore::startLoad(const QString &key)
{
    ++m_requests[int(Operation::Load)];
    enqueue([this, key] {
        QString detail;
        Status status = takeStatus(Operation::Load, &detail);
        if (status == Status::Ok && !m_secrets.contains(key))
            status = Status::NotFound;
        finishLoad(key, status, status == Status::Ok ? m_secrets.value(key) : QString(), detail);
    });
}

void MemoryTokenStore::startRemove(const QString &key)
{
    ++m_requests[int(Operation::Remove)];
    enqueue([this, key] {
        QString detail;
        Status status = takeStatus(Operation::Remove, &detail);
        if (status == Status::Ok && m_secrets.remove(key) == 0)
            status = Status::NotFound;
        finishRemove(key, status, detail);
    });
}

TokenStore::Status MemoryTokenStore::takeStatus(Operation operation, QString *detail)
{
    for (int i = 0; i < m_scripts.size(); ++i) {
        if (m_scripts.at(i).operation == operation) {
            const Script script = m_scripts.takeAt(i);
            *detail = script.detail;
            return script.status;
        }
    }
    *detail = m_backendDetail;
    return m_backendStatus;
}

void MemoryTokenStore::enqueue(std::function<void()> answer)
{
    m_pending.append(std::move(answer));
    if (!m_held)
        QMetaObject::invokeMethod(this, &MemoryTokenStore::deliverOne, Qt::QueuedConnection);
}

void MemoryTokenStore::deliverOne()
{
    if (m_pending.isEmpty())
        return;
    const std::function<void()> answer = m_pending.takeFirst();
    answer();
}

} // namespace gobiz
