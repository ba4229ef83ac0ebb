#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <map>
#include <optional>
#include <utility>

namespace gobiz::sandbox {

// The contract leaves these [UNK]; the sandbox lets a test pick either behaviour.
enum class RelinkMode {
    Idempotent, // PUT on a linked outlet answers 200 (default)
    Conflict, // ... answers 409
};
enum class UnlinkMissingMode {
    Ok, // DELETE on a not-linked outlet answers 200 (default)
    NotFound, // ... answers 404 with the UnregisteredOutlet body
};

struct LinkRecord
{
    QString outletId;
    QString product;
    bool linked = false;
    QString externalOutletId; // kept after an unlink: the last one used
    QDateTime createdAt; // first link of this (outlet, product); survives unlink/relink
    QDateTime updatedAt;
    QDateTime linkedAt; // invalid while unlinked
};

// Link state per (outlet, product) and each outlet's order acceptance. No HTTP here.
class LinkState
{
public:
    enum class Outcome {
        Linked, // new link, or relinked after an unlink
        Unchanged, // already linked with the same external id (idempotent)
        Relinked, // already linked, external id replaced (idempotent mode)
        Conflict, // already linked (conflict mode): nothing changed
        Unlinked,
        NotLinked, // unlink of something not linked: nothing changed
    };
    struct Result
    {
        Outcome outcome;
        LinkRecord record;
    };

    Result link(const QString &outletId, const QString &product, const QString &externalOutletId,
        const QDateTime &now, RelinkMode mode);
    Result unlink(const QString &outletId, const QString &product, const QDateTime &now);

    std::optional<LinkRecord> record(const QString &outletId, const QString &product) const;
    QList<LinkRecord> records() const; // sorted by outlet id, then product
    int linkedCount() const;

    // Linking gofood switches the outlet to AUTO_ACCEPT [DOC S9]; unlinking does not revert it
    // (the contract does not say it does).
    QString orderAcceptance(const QString &outletId) const;
    void setOrderAcceptance(const QString &outletId, const QString &mode);
    QHash<QString, QString> orderAcceptances() const { return m_orderAcceptance; }

    void clear();

private:
    std::map<std::pair<QString, QString>, LinkRecord> m_links;
    QHash<QString, QString> m_orderAcceptance;
};

} // namespace gobiz::sandbox
