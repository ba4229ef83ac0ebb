#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gobiz::sandbox {

// The people and outlets a sandbox serves, loaded from JSON so a support agent can replay a
// customer's outlet list. Format (see app/sandbox/README.md):
//
//   { "merchants": [ {
//       "name": "Warung Sate Pak Budi",
//       "outlets": [ { "id": "G123456789", "name": "...", "address": "...",
//                      "order_acceptance": "MANUAL_ACCEPT" /* optional */ } ],
//       "users": [ { "name": "Budi", "roles": ["owner"],
//                    "tokens": [ "plain-token",
//                                { "token": "t2", "expires_at": "2030-01-01T00:00:00Z",
//                                  "grant": "authorization_code" | "client_credentials" } ],
//                    "outlets": ["G123456789"] /* optional subset; absent = all, [] = none */ } ]
//   } ] }
//
// A token-info response body saved from the real API ({"success":true,"data":{"user":{"roles":
// [...]},"outlets":[...]}}) is accepted too; it becomes one merchant whose single user holds
// importedToken().

inline constexpr auto kDefaultOrderAcceptance = "MANUAL_ACCEPT";
inline constexpr auto kAutoAccept = "AUTO_ACCEPT";

struct FixtureOutlet
{
    QString id; // opaque: may hold spaces, slashes, any Unicode
    QString name;
    QString address;
    QString orderAcceptance = QString::fromLatin1(kDefaultOrderAcceptance);

    bool operator==(const FixtureOutlet &other) const;
};

enum class TokenGrant {
    AuthorizationCode, // what token-info/link/unlink require
    ClientCredentials, // the partner's own app token: refused by those routes with 401
};

struct FixtureToken
{
    QString token;
    QDateTime expiresAt; // invalid = never expires
    TokenGrant grant = TokenGrant::AuthorizationCode;

    bool operator==(const FixtureToken &other) const;
};

struct FixtureUser
{
    QString name;
    QStringList roles;
    QList<FixtureToken> tokens;
    // The number this person signs in with on the sandbox's GoAuth login page, in E.164 form
    // ("+6281234560001"); empty: this person cannot sign in there. Unique across a fixture.
    QString phone;
    // nullopt: every outlet of the merchant, in merchant order. Otherwise this subset, in this
    // order (so the first one, the "primary" outlet, can differ from the merchant's).
    std::optional<QStringList> outletIds;

    bool operator==(const FixtureUser &other) const;
};

struct FixtureMerchant
{
    QString name;
    QList<FixtureOutlet> outlets;
    QList<FixtureUser> users;

    bool operator==(const FixtureMerchant &other) const;
};

struct Fixture
{
    QList<FixtureMerchant> merchants;

    int outletCount() const;
    bool operator==(const Fixture &other) const;
};

// Pure functions: text in, value or a sentence saying what is wrong and where out.
namespace FixtureFormat {

std::optional<Fixture> parse(const QByteArray &json, QString *error);
std::optional<Fixture> loadFile(const QString &path, QString *error);
// Cross-checks a fixture built in code: unique outlet ids and tokens, user subsets that exist.
QString validate(const Fixture &fixture);
QJsonObject toJson(const Fixture &fixture);
QByteArray toJsonBytes(const Fixture &fixture); // indented, for --dump-fixture

QString importedToken(); // the token given to the user of an imported token-info body
QString grantName(TokenGrant grant);
QDateTime parseTimestamp(const QString &text); // ISO-8601; invalid QDateTime when it is not
QString formatTimestamp(const QDateTime &time); // ISO-8601 UTC with Z, e.g. 2019-08-24T14:15:22Z
// What a person types ("0812-3456-0001", "62 812 3456 0001", "+6281234560001") in the E.164
// form fixtures use; empty when it is not an Indonesian-looking phone number.
QString normalizePhone(const QString &typed);

} // namespace FixtureFormat

} // namespace gobiz::sandbox
