#pragma once

#include "api/Environment.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace gobiz {

struct PartnerProfileCheck;
struct PartnerProfileLookup;

// The small JSON file a partner ships with the program: who the partner is and how sign-in
// works (sign-in.md, "The partner profile"). It holds no secret and refuses to: a key or value
// that looks like one is refused with a sentence saying why. A profile that does not validate
// is refused whole, naming the field; nothing of it is applied.
struct PartnerProfile
{
    Q_DECLARE_TR_FUNCTIONS(PartnerProfile)
public:
    enum class Flow { Broker, LoopbackPkce };

    QString partner;
    Environment environment = Environment::production();
    Flow flow = Flow::Broker;
    QUrl brokerUrl; // Broker: https or loopback http, ends in '/'
    QString clientId; // LoopbackPkce
    QStringList scopes; // LoopbackPkce, contains "openid"
    quint16 redirectPort = 0; // LoopbackPkce, 0: any free port
    QUrl oauthUrl; // LoopbackPkce: as given, or GoAuth's host for the environment
    QString sourcePath; // the file it was read from, when it was

    static constexpr qint64 maxFileBytes = 64 * 1024;

    // The partner of --demo: the in-process sandbox at sandboxUrl is its broker, so Sign in with
    // GoBiz opens the person's own browser on the sandbox's login page.
    static PartnerProfile demo(const QUrl &sandboxUrl);

    // Pure: bytes to a profile or the first problem found.
    static PartnerProfileCheck parse(const QByteArray &json);

    // GoAuth's base for an environment (gobiz-api.md §0); a custom one's own base URL.
    static QUrl defaultOAuthUrl(const Environment &environment);

    // The files looked at, in order: commandLineFile when given (and then only it), otherwise
    // partner.json in each AppConfigLocation folder, then in each GenericConfigLocation folder.
    static QStringList searchPaths(const QString &commandLineFile = {});

    // The first file of searchPaths() that exists decides: loaded, or refused (the next one is
    // not tried: a broken profile is reported, not silently replaced). A commandLineFile that
    // does not exist is refused.
    static PartnerProfileLookup find(const QString &commandLineFile = {});
};

// A profile, or why not.
struct PartnerProfileCheck
{
    std::optional<PartnerProfile> profile;
    QString field; // e.g. "sign_in.broker_url"; empty for a problem with the whole file
    QString problem; // a sentence for a person: what is wrong and what to do
    bool ok() const { return profile.has_value(); }
};

// What PartnerProfile::find() found.
struct PartnerProfileLookup
{
    enum class Outcome { NotFound, Loaded, Refused };
    Outcome outcome = Outcome::NotFound;
    PartnerProfileCheck parsed; // profile when Loaded; field and problem when Refused
    QString path; // the file that was loaded or refused
};

} // namespace gobiz
