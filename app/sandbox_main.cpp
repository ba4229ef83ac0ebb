// gobiz-sandbox: the GoBiz sandbox server as a standalone tool, for manual testing, support
// agents replaying a customer's outlet list, and pointing the wizard at a misbehaving "GoBiz".
#include "platform/StopSignals.h"
#include "release/Release.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/HarArchive.h"
#include "sandbox/ReplayServer.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;

Q_LOGGING_CATEGORY(lcRequests, "gobiz.sandbox.requests", QtInfoMsg)

namespace {

constexpr quint16 kDefaultPort = 8765;

// Ends the event loop on Ctrl-C or SIGTERM, so the request log and the counters are complete.
void quitOnSignals(QCoreApplication *app)
{
    gobiz::platform::onStopSignals(app, [app] { app->quit(); });
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "gobiz-sandbox: " << message << Qt::endl;
    return code;
}

bool parseNumber(const QString &text, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

// Where to listen, or a sentence why not.
QString listenAddress(const QString &host, bool allowRemote, QHostAddress *address)
{
    *address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address->isNull())
        return u"--host \"%1\" is not an IP address"_s.arg(host);
    if (!address->isLoopback() && !allowRemote)
        return u"refusing to listen on %1: not a loopback address. The sandbox accepts "
               u"made-up tokens; pass --allow-remote if you really mean it."_s.arg(host);
    return {};
}

// --replay FILE: the customer's recorded answers instead of the simulated API. Returns the
// exit status.
int replay(QCoreApplication &app, const QString &file, std::optional<int> latency,
    const QHostAddress &address, quint16 port, bool quiet)
{
    QString error;
    std::optional<QList<RecordedExchange>> exchanges = HarArchive::loadFile(file, &error);
    if (!exchanges)
        return fail(error, 2);
    if (exchanges->isEmpty())
        return fail(u"%1: log.entries is empty, there is nothing to replay"_s.arg(file), 2);
    ReplayServer server(*exchanges);
    server.setLatencyOverride(latency);
    if (!server.start(address, port))
        return fail(server.errorString(), 2);
    if (!quiet) {
        // Method, path, status, request id, duration and the entry that answered: never
        // headers, so never a token.
        QObject::connect(
            &server, &ReplayServer::requestFinished, &app, [](const ReplayLogEntry &entry) {
                const QString status = entry.status ? QString::number(entry.status) : u"-"_s;
                const QString source
                    = entry.entry ? u"entry=%1"_s.arg(entry.entry) : u"not-recorded"_s;
                qCInfo(lcRequests).noquote() << u"%1 %2 %3 %4ms id=%5 %6"_s.arg(
                    QString::fromLatin1(entry.method), QString::fromLatin1(entry.path), status,
                    QString::number(entry.durationMs), QString::fromLatin1(entry.requestId),
                    source);
            });
    }
    const QString base = server.baseUrl().toString();
    QTextStream out(stdout);
    out << "GoBiz sandbox listening on " << base << Qt::endl;
    out << "  replaying " << exchanges->size() << " recorded answer(s) from " << file << ", "
        << (latency ? u"each after %1 ms"_s.arg(*latency) : u"each after its recorded time"_s)
        << "; report: " << base << "_sandbox/replay" << Qt::endl;
    out << "  point the wizard at " << base << " (any token: headers are not compared)" << Qt::endl;

    quitOnSignals(&app);
    const int result = QCoreApplication::exec();
    server.stop();
    // What the recording lacked, for the support agent reading the terminal.
    QTextStream err(stderr);
    for (const QString &line : server.matcher().exitReport())
        err << line << Qt::endl;
    out << "GoBiz sandbox stopped." << Qt::endl;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gobiz-sandbox"_s);
    QCoreApplication::setApplicationVersion(gobiz::release::versionWithLicence()); // --version

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local GoBiz partner API (token-info, link, unlink) with scriptable faults, and\n"
        u"GoBiz's login played on the same port: GoAuth (GET /oauth2/auth login pages, POST\n"
        u"/oauth2/token) and a partner broker under /broker/ (login/start, login/poll,\n"
        u"token/refresh, logout). Sign in with a phone number the login page lists; the\n"
        u"one-time code is shown on the page. Clients: gobiz-wizard-sandbox (public, PKCE S256,\n"
        u"redirect http://127.0.0.1:<port>/gobiz/callback) and the broker's own.\n"
        u"Sandbox-only routes: GET /_sandbox/state, POST /_sandbox/reset[?links=1&faults=1],\n"
        u"POST /_sandbox/faults {\"specs\":[SPEC...],\"clear\":bool},\n"
        u"POST /_sandbox/sign-in {\"url\":AUTHORIZE_OR_LOGIN_URL,\"phone\":\"+62...\","
        u"\"allow\":true}.\n\n"_s
        + FaultSpec::syntaxHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(
        u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption allowRemoteOption(
        u"allow-remote"_s, u"Allow a non-loopback --host (this is a test tool: think twice)."_s);
    const QCommandLineOption portOption(u"port"_s,
        u"Port (default %1; 0 picks a free one)."_s.arg(kDefaultPort), u"port"_s,
        QString::number(kDefaultPort));
    const QCommandLineOption outletsOption(u"outlets"_s,
        u"Serve a generated merchant with N outlets instead of the demo merchant."_s, u"N"_s);
    const QCommandLineOption fixtureOption(u"fixture"_s,
        u"Serve the merchants in FILE (fixture JSON, a saved token-info body, or a HAR with a "
        u"successful token-info answer)."_s,
        u"FILE"_s);
    const QCommandLineOption replayOption(u"replay"_s,
        u"Answer with the recorded answers in FILE.har (method and path, query ignored; "
        u"JSON bodies by value; headers ignored; \"[redacted]\" matches anything), each "
        u"used once, in recorded order; 501 for the rest, listed on exit; status 0 drops "
        u"the connection. Report: GET /_sandbox/replay."_s,
        u"FILE.har"_s);
    // --latency too: the name --replay's users are told; both are the same option.
    const QCommandLineOption latencyOption(QStringList {u"latency-ms"_s, u"latency"_s},
        u"Delay every API answer by N ms (with --replay: instead of the recorded times)."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption jitterOption(
        u"jitter-ms"_s, u"Vary that delay by +/- N ms."_s, u"N"_s, u"0"_s);
    const QCommandLineOption faultOption(
        u"fault"_s, u"Inject a fault (repeatable), see SPEC."_s, u"SPEC"_s);
    const QCommandLineOption relinkOption(u"relink"_s,
        u"PUT on a linked outlet: idempotent (200, default) or conflict (409)."_s, u"mode"_s,
        u"idempotent"_s);
    const QCommandLineOption unlinkMissingOption(u"unlink-missing"_s,
        u"DELETE on a not-linked outlet: ok (200, default) or not-found (404)."_s, u"mode"_s,
        u"ok"_s);
    const QCommandLineOption noOutletsOption(u"no-outlets"_s,
        u"token-info for a user without outlets: empty-list (200, default) or not-found (404)."_s,
        u"mode"_s, u"empty-list"_s);
    const QCommandLineOption seedOption(u"seed"_s,
        u"Seed for probabilistic faults, jitter and generated outlets."_s, u"N"_s, u"1"_s);
    const QCommandLineOption dumpOption(
        u"dump-fixture"_s, u"Print the fixture that would be served, then exit."_s);
    const QCommandLineOption quietOption(u"quiet"_s, u"Do not log each request."_s);
    const QCommandLineOption tokenLifetimeOption(u"token-lifetime"_s,
        u"Lifetime of the access tokens GoAuth issues, in seconds (default 3600)."_s, u"S"_s,
        u"3600"_s);
    const QCommandLineOption pollIntervalOption(u"poll-interval"_s,
        u"The broker's poll interval in seconds, fractions allowed (default 2)."_s, u"S"_s,
        u"2"_s);
    const QCommandLineOption loginExpiryOption(u"login-expiry"_s,
        u"How long a broker login waits for the browser, in seconds (default 600)."_s, u"S"_s,
        u"600"_s);
    const QCommandLineOption slowDownOption(u"slow-down-polls"_s,
        u"The next N broker polls answer slow_down (default 0)."_s, u"N"_s, u"0"_s);
    parser.addOptions({hostOption, allowRemoteOption, portOption, outletsOption, fixtureOption,
        replayOption, latencyOption, jitterOption, faultOption, relinkOption, unlinkMissingOption,
        noOutletsOption, seedOption, dumpOption, quietOption, tokenLifetimeOption,
        pollIntervalOption, loginExpiryOption, slowDownOption});
    parser.process(app);

    int seed = 1;
    int port = 0;
    int latency = 0;
    int jitter = 0;
    if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<int>::max(), &seed))
        return fail(u"--seed needs a non-negative number"_s);
    if (!parseNumber(parser.value(portOption), 0, 65535, &port))
        return fail(u"--port needs a number from 0 to 65535"_s);
    if (!parseNumber(parser.value(latencyOption), 0, 3600000, &latency)
        || !parseNumber(parser.value(jitterOption), 0, 3600000, &jitter))
        return fail(u"--latency-ms and --jitter-ms need milliseconds"_s);

    if (parser.isSet(replayOption)) {
        // The recording decides every answer: nothing that shapes the simulated API applies.
        for (const QCommandLineOption *option :
            {&outletsOption, &fixtureOption, &jitterOption, &faultOption, &relinkOption,
                &unlinkMissingOption, &noOutletsOption, &seedOption, &dumpOption,
                &tokenLifetimeOption, &pollIntervalOption, &loginExpiryOption, &slowDownOption}) {
            if (parser.isSet(*option))
                return fail(u"--replay answers only from its file; --%1 cannot be combined "
                            u"with it"_s.arg(option->names().constFirst()));
        }
        QHostAddress address;
        const QString problem
            = listenAddress(parser.value(hostOption), parser.isSet(allowRemoteOption), &address);
        if (!problem.isEmpty())
            return fail(problem);
        return replay(app, parser.value(replayOption),
            parser.isSet(latencyOption) ? std::optional<int>(latency) : std::nullopt, address,
            quint16(port), parser.isSet(quietOption));
    }

    // Which merchants to serve.
    Fixture fixture;
    bool wellKnownTokens = true;
    if (parser.isSet(fixtureOption) && parser.isSet(outletsOption))
        return fail(u"use either --fixture or --outlets, not both"_s);
    bool fixtureIsHar = false;
    if (parser.isSet(fixtureOption)) {
        QString error;
        const std::optional<Fixture> loaded
            = HarArchive::loadFixtureFile(parser.value(fixtureOption), &error, &fixtureIsHar);
        if (!loaded) // a HAR that cannot be used is status 2, as for --replay
            return fail(error, fixtureIsHar ? 2 : 1);
        fixture = *loaded;
        wellKnownTokens = false;
    } else if (parser.isSet(outletsOption)) {
        int outlets = 0;
        if (!parseNumber(parser.value(outletsOption), 0, 1000000, &outlets))
            return fail(u"--outlets needs a number"_s);
        fixture = FixtureGenerator::fixture(outlets, quint32(seed));
    } else {
        fixture = FixtureGenerator::demoFixture();
    }
    if (parser.isSet(dumpOption)) {
        const QByteArray json = FixtureFormat::toJsonBytes(fixture);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    }

    SandboxServer server(fixture);
    const QString relink = parser.value(relinkOption);
    if (relink != u"idempotent" && relink != u"conflict")
        return fail(u"--relink must be idempotent or conflict"_s);
    server.setRelinkMode(relink == u"conflict" ? RelinkMode::Conflict : RelinkMode::Idempotent);
    const QString unlinkMissing = parser.value(unlinkMissingOption);
    if (unlinkMissing != u"ok" && unlinkMissing != u"not-found")
        return fail(u"--unlink-missing must be ok or not-found"_s);
    server.setUnlinkMissingMode(
        unlinkMissing == u"not-found" ? UnlinkMissingMode::NotFound : UnlinkMissingMode::Ok);
    const QString noOutlets = parser.value(noOutletsOption);
    if (noOutlets != u"empty-list" && noOutlets != u"not-found")
        return fail(u"--no-outlets must be empty-list or not-found"_s);
    server.setEmptyOutletsMode(
        noOutlets == u"not-found" ? EmptyOutletsMode::NotFound : EmptyOutletsMode::EmptyList);
    int tokenLifetime = 0;
    int loginExpiry = 0;
    bool intervalOk = false;
    const double pollInterval = parser.value(pollIntervalOption).toDouble(&intervalOk);
    if (!parseNumber(parser.value(tokenLifetimeOption), 1, 86400 * 365, &tokenLifetime))
        return fail(u"--token-lifetime needs a number of seconds"_s);
    if (!parseNumber(parser.value(loginExpiryOption), 1, 86400, &loginExpiry))
        return fail(u"--login-expiry needs a number of seconds"_s);
    if (!intervalOk || !(pollInterval > 0) || pollInterval > 3600)
        return fail(u"--poll-interval needs seconds, e.g. 2 or 0.05"_s);
    int slowDown = 0;
    if (!parseNumber(parser.value(slowDownOption), 0, 1000000, &slowDown))
        return fail(u"--slow-down-polls needs a number"_s);
    server.signInSettings().slowDownNext = slowDown;
    server.setTokenLifetime(tokenLifetime);
    server.signInSettings().loginExpirySeconds = loginExpiry;
    server.signInSettings().pollIntervalSeconds = pollInterval;
    server.faults().setSeed(quint32(seed));
    server.faults().setBaseLatency(latency, jitter);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        if (!server.faults().addSpec(spec, &error))
            return fail(u"--fault %1"_s.arg(error));
    }

    QHostAddress address;
    const QString problem
        = listenAddress(parser.value(hostOption), parser.isSet(allowRemoteOption), &address);
    if (!problem.isEmpty())
        return fail(problem);
    if (!server.start(address, quint16(port)))
        return fail(server.errorString(), 2);

    if (!parser.isSet(quietOption)) {
        // Method, path, status, request id and duration only: never headers, so never a token.
        QObject::connect(
            &server, &SandboxServer::requestFinished, &app, [](const RequestLogEntry &entry) {
                const QString status = entry.status ? QString::number(entry.status) : u"-"_s;
                const QString fault
                    = entry.fault.isEmpty() ? QString() : u" fault="_s + entry.fault;
                qCInfo(lcRequests).noquote() << u"%1 %2 %3 %4ms id=%5%6"_s.arg(
                    QString::fromLatin1(entry.method), QString::fromLatin1(entry.path), status,
                    QString::number(entry.durationMs), QString::fromLatin1(entry.requestId), fault);
            });
    }

    const QString base = server.baseUrl().toString();
    QTextStream out(stdout);
    out << "GoBiz sandbox listening on " << base << Qt::endl;
    out << "  " << fixture.outletCount() << " outlet(s) in " << fixture.merchants.size()
        << " merchant(s); state: " << base << "_sandbox/state" << Qt::endl;
    if (wellKnownTokens) {
        // Made-up sandbox values, printed so people can paste them; not secrets.
        out << "  demo token (owner): " << DemoTokens::owner() << Qt::endl
            << "  other tokens: manager " << DemoTokens::manager() << ", cashier "
            << DemoTokens::cashier() << ", expired " << DemoTokens::expired() << ", no outlets "
            << DemoTokens::noOutlets() << Qt::endl;
    } else {
        out << "  tokens: as listed in " << parser.value(fixtureOption)
            << (fixtureIsHar ? " (its token-info answer's user has "
                             : " (a saved token-info body uses ")
            << FixtureFormat::importedToken() << ")" << Qt::endl;
    }
    for (const FixtureMerchant &merchant : fixture.merchants) {
        for (const FixtureUser &user : merchant.users) {
            if (!user.phone.isEmpty())
                out << "  sign in as " << user.name << " (" << user.roles.join(u", ")
                    << "): " << user.phone << Qt::endl;
        }
    }
    out << "  broker_url: " << base << "broker/  (sign-in: " << base
        << "oauth2/auth, token: " << base << "oauth2/token)" << Qt::endl;
    out << "  try: curl -H 'Authorization: Bearer "
        << (wellKnownTokens ? DemoTokens::owner() : u"TOKEN"_s) << "' " << base
        << "integrations/partner/v1/token-info" << Qt::endl;

    quitOnSignals(&app);
    const int result = QCoreApplication::exec();
    server.stop();
    out << "GoBiz sandbox stopped." << Qt::endl;
    return result;
}
