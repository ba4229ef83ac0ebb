#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gobiz {

struct Outlet
{
    QString id;
    QString name;
    QString address;
    bool primary = false; // first outlet of token-info is the user's primary outlet
};

// GET /integrations/partner/v1/token-info, data part.
struct TokenInfo
{
    QStringList roles;
    QList<Outlet> outlets;
    // Outlets dropped while parsing (missing/duplicate id); reported, never silently lost.
    int skippedOutlets = 0;

    // owner / admin / manager may link (gobiz-api.md §8).
    bool mayLink() const;
    static bool roleMayLink(const QString &role);
};

// PUT .../link/{product}, data.outlet part.
struct LinkConfirmation
{
    QString outletId;
    QString externalOutletId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime linkedAt;
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::TokenInfo)
Q_DECLARE_METATYPE(gobiz::LinkConfirmation)
