#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace gobiz {

class Environment;

// One remembered token as the user sees it: a key and a label they recognise
// ("Warung Sate Pak Budi · Production"). Never the token itself.
struct SavedToken
{
    QString key; // "<environment-key>/<primary-outlet-id>", see TokenStore::keyFor()
    QString label; // what the token page offers, never contains the token

    bool operator==(const SavedToken &other) const
    {
        return key == other.key && label == other.label;
    }
};

// Where a merchant's access token is remembered between runs, when the user asks for it.
//
// Every operation is asynchronous and ends in exactly one signal carrying a Result; nothing
// blocks and nothing opens a dialog. The secret lives only in the backend (the system keychain
// for KeychainTokenStore); the index of what is remembered (keys and labels, no token) lives in
// QSettings so the token page can offer saved tokens without touching the keychain.
//
// The bookkeeping (index, labels, validation, status sentences) is here, once; a backend only
// implements the three start*() calls and reports back through finish*().
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // nothing remembered under that key: "not remembered", not an error
        NoBackend, // no keychain / secret service on this computer
        Locked, // the keychain is locked, or the user refused access
        Failed, // anything else
    };
    Q_ENUM(Status)

    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    // What one call ended in. Safe to log: it never holds the token.
    struct Result
    {
        Operation operation = Operation::Load;
        QString key;
        Status status = Status::Failed;
        QString detail; // technical, from the backend, for logs; may be empty

        bool isOk() const { return status == Status::Ok; }
        // One sentence for a person through tr(); empty for Ok. See statusMessage().
        QString message() const { return statusMessage(operation, status); }
    };

    // index: where the list of remembered entries is kept (not owned; it must outlive the
    // store). nullptr keeps the index in memory only, for this session.
    explicit TokenStore(QSettings *index = nullptr, QObject *parent = nullptr);
    ~TokenStore() override;

    // The keychain service name every entry is filed under.
    static QString serviceName();
    // "production/<primary-outlet-id>"; a custom environment includes its base URL, so two
    // custom servers never share a key.
    static QString keyFor(const Environment &environment, const QString &primaryOutletId);
    // "Warung Sate Pak Budi · Production"
    static QString labelFor(const QString &primaryOutletName, const Environment &environment);
    // The one place a store status becomes a sentence for a person (empty for Ok).
    static QString statusMessage(Operation operation, Status status);

    // Remembers token under key, shown as label. A label that is empty or contains the token
    // is replaced by the key. Ends in saveFinished(); the index gains the entry only on Ok.
    void save(const QString &key, const QString &label, const QString &token);
    // Ends in loadFinished(); NotFound also drops a stale index entry.
    void load(const QString &key);
    // Ends in removeFinished(); Ok and NotFound both drop the index entry.
    void remove(const QString &key);

    // What is remembered, sorted by label. From the index only: no keychain access.
    QList<SavedToken> entries() const;
    bool contains(const QString &key) const;
    QString labelOf(const QString &key) const;

Q_SIGNALS:
    void saveFinished(const gobiz::TokenStore::Result &result);
    // token is empty unless result.isOk().
    void loadFinished(const gobiz::TokenStore::Result &result, const QString &token);
    void removeFinished(const gobiz::TokenStore::Result &result);
    void entriesChanged();

protected:
    // Implemented by a backend: start the operation and, later (never from inside the call),
    // report it with the matching finish*() exactly once.
    virtual void startSave(const QString &key, const QString &label, const QString &token) = 0;
    virtual void startLoad(const QString &key) = 0;
    virtual void startRemove(const QString &key) = 0;

    void finishSave(const QString &key, Status status, const QString &detail = {});
    void finishLoad(
        const QString &key, Status status, const QString &token, const QString &detail = {});
    void finishRemove(const QString &key, Status status, const QString &detail = {});

private:
    static QString cleanLabel(const QString &key, const QString &label, const QString &token);
    void failLater(Operation operation, const QString &key, const QString &detail);
    void readIndex();
    void writeIndex();
    void putEntry(const SavedToken &entry);
    void dropEntry(const QString &key);

    QSettings *m_settings = nullptr;
    QList<SavedToken> m_entries; // sorted by label
    QHash<QString, QStringList> m_pendingLabels; // labels of saves in flight, by key, in order
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::TokenStore::Result)
