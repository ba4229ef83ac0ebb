#include "sandbox/FaultPlan.h"

#include "api/KeyTable.h"

#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

// The kinds whose spec is one word, with no value: the word is also their name().
constexpr KeyTable::KeyRow<FaultKind> plainKinds[] = {
    {FaultKind::Pass, u"pass"},
    {FaultKind::MalformedJson, u"malformed"},
    {FaultKind::TruncatedJson, u"truncated"},
    {FaultKind::CloseMidResponse, u"close-mid"},
    {FaultKind::Disconnect, u"disconnect"},
    {FaultKind::Hang, u"hang"},
};

constexpr KeyTable::KeyRow<FaultRoute> routeNames[] = {
    {FaultRoute::Any, u"any"},
    {FaultRoute::TokenInfo, u"token-info"},
    {FaultRoute::Link, u"link"},
    {FaultRoute::Unlink, u"unlink"},
    {FaultRoute::OAuthToken, u"oauth-token"},
    {FaultRoute::BrokerStart, u"broker-start"},
    {FaultRoute::BrokerPoll, u"poll"},
    {FaultRoute::BrokerRefresh, u"broker-refresh"},
    {FaultRoute::BrokerPoll, u"broker-poll"}, // an alias: routeName() gives the first row
};

} // namespace

Fault Fault::latency(int delayMs, int jitterMs)
{
    return {FaultKind::Latency, 0, -1, delayMs, jitterMs};
}

Fault Fault::httpError(int status, int retryAfterSeconds)
{
    return {FaultKind::HttpError, status, retryAfterSeconds, 0, 0};
}

Fault Fault::tooManyRequests(int retryAfterSeconds)
{
    return httpError(429, retryAfterSeconds);
}

Fault Fault::htmlPage(int status)
{
    return {FaultKind::HtmlPage, status, -1, 0, 0};
}

bool Fault::appliesChange() const
{
    switch (kind) {
    case FaultKind::Pass:
    case FaultKind::Latency:
    case FaultKind::MalformedJson:
    case FaultKind::TruncatedJson:
    case FaultKind::CloseMidResponse:
        return true;
    case FaultKind::HttpError:
    case FaultKind::HtmlPage:
    case FaultKind::Disconnect:
    case FaultKind::Hang:
        return false;
    }
    return false;
}

QString Fault::name() const
{
    switch (kind) {
    case FaultKind::Latency:
        return jitterMs > 0 ? u"latency=%1/%2"_s.arg(delayMs).arg(jitterMs)
                            : u"latency=%1"_s.arg(delayMs);
    case FaultKind::HttpError:
        return retryAfterSeconds >= 0 ? u"%1=%2"_s.arg(status).arg(retryAfterSeconds)
                                      : QString::number(status);
    case FaultKind::HtmlPage:
        return status == 502 ? u"html"_s : u"html=%1"_s.arg(status);
    default:
        return KeyTable::keyOf(plainKinds, kind);
    }
}

bool Fault::operator==(const Fault &other) const
{
    return kind == other.kind && status == other.status
        && retryAfterSeconds == other.retryAfterSeconds && delayMs == other.delayMs
        && jitterMs == other.jitterMs;
}

bool FaultRule::matches(FaultRoute requestRoute, const QString &requestOutlet) const
{
    if (route != FaultRoute::Any && route != requestRoute)
        return false;
    return outletId.isEmpty() || outletId == requestOutlet;
}

QString FaultRule::toSpec() const
{
    QString spec = FaultSpec::routeName(route);
    if (!outletId.isEmpty())
        spec += u'@' + QString::fromLatin1(QUrl::toPercentEncoding(outletId));
    spec += u':' + fault.name() + u':';
    if (remaining >= 0)
        spec += u"next=%1"_s.arg(remaining);
    else if (probability >= 1)
        spec += u"always"_s;
    else
        spec += QString::number(probability);
    return spec;
}

bool FaultRule::operator==(const FaultRule &other) const
{
    return route == other.route && outletId == other.outletId && fault == other.fault
        && remaining == other.remaining && probability == other.probability;
}

namespace FaultSpec {

QString routeName(FaultRoute route)
{
    return KeyTable::keyOf(routeNames, route);
}

namespace {

bool parseInt(QStringView text, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

// QHttpServerResponder 6.4 can only write status lines it has a reason phrase for.
bool isWritableStatus(int status)
{
    const QMetaEnum statuses = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return statuses.valueToKey(status) != nullptr;
}

std::optional<Fault> parseKind(QStringView text, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    const QStringView kind = equals < 0 ? text : text.left(equals);
    const QStringView argument = equals < 0 ? QStringView() : text.mid(equals + 1);
    const bool hasArgument = equals >= 0;
    auto fail = [error](const QString &message) -> std::optional<Fault> {
        *error = message;
        return std::nullopt;
    };
    auto noArgument = [&](const Fault &fault) -> std::optional<Fault> {
        if (hasArgument)
            return fail(u"\"%1\" takes no value"_s.arg(kind));
        return fault;
    };

    if (const std::optional<FaultKind> plain = KeyTable::valueOf(plainKinds, kind))
        return noArgument(Fault{*plain});
    if (kind == u"latency") {
        const qsizetype slash = argument.indexOf(u'/');
        int delay = 0;
        int jitter = 0;
        if (!hasArgument
            || !parseInt(slash < 0 ? argument : argument.left(slash), 0, 3600000, &delay)
            || (slash >= 0 && !parseInt(argument.mid(slash + 1), 0, 3600000, &jitter)))
            return fail(u"latency needs milliseconds, e.g. latency=800 or latency=800/200"_s);
        return Fault::latency(delay, jitter);
    }
    if (kind == u"html") {
        int status = 502;
        if (hasArgument && (!parseInt(argument, 100, 599, &status) || !isWritableStatus(status)))
            return fail(u"html=STATUS needs a known HTTP status, got \"%1\""_s.arg(argument));
        return Fault::htmlPage(status);
    }
    int status = 0;
    if (parseInt(kind, 400, 599, &status)) {
        if (!isWritableStatus(status))
            return fail(u"%1 is not an HTTP status the server can send"_s.arg(status));
        int retryAfter = status == 429 ? 1 : -1;
        if (hasArgument && !parseInt(argument, 0, 86400, &retryAfter))
            return fail(u"Retry-After must be whole seconds, got \"%1\""_s.arg(argument));
        return Fault::httpError(status, retryAfter);
    }
    return fail(u"unknown fault \"%1\" (expected an HTTP status such as 503, html, malformed, "
                u"truncated, close-mid, disconnect, hang, latency=MS or pass)"_s.arg(kind));
}

} // namespace

std::optional<FaultRule> parse(const QString &spec, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QStringList parts = spec.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = u"\"%1\": expected ROUTE:KIND[:WHEN], e.g. link:503:0.2"_s.arg(spec);
        return std::nullopt;
    }
    FaultRule rule;

    QStringView route = parts.at(0);
    const qsizetype at = route.indexOf(u'@');
    if (at >= 0) {
        rule.outletId = QUrl::fromPercentEncoding(route.mid(at + 1).toUtf8());
        route = route.left(at);
        if (rule.outletId.isEmpty()) {
            *error = u"\"%1\": empty outlet after '@'"_s.arg(spec);
            return std::nullopt;
        }
    }
    const std::optional<FaultRoute> named = KeyTable::valueOf(routeNames, route);
    if (!named) {
        *error = u"\"%1\": unknown route \"%2\" (expected token-info, link, unlink, oauth-token, "
                     u"broker-start, poll, broker-refresh or any)"_s.arg(
            spec, route.toString());
        return std::nullopt;
    }
    rule.route = *named;

    QString kindError;
    const std::optional<Fault> fault = parseKind(parts.at(1), &kindError);
    if (!fault) {
        *error = u"\"%1\": %2"_s.arg(spec, kindError);
        return std::nullopt;
    }
    rule.fault = *fault;

    const QStringView when = parts.size() == 3 ? QStringView(parts.at(2)) : QStringView();
    if (when.isEmpty() || when == u"always") {
        rule.probability = 1;
    } else if (when == u"next") {
        rule.remaining = 1;
    } else if (when.startsWith(u"next=")) {
        if (!parseInt(when.mid(5), 1, 1000000, &rule.remaining)) {
            *error = u"\"%1\": next=N needs a positive count"_s.arg(spec);
            return std::nullopt;
        }
    } else {
        const bool percent = when.endsWith(u'%');
        bool ok = false;
        double probability = (percent ? when.chopped(1) : when).toDouble(&ok);
        if (percent)
            probability /= 100;
        if (!ok || !(probability > 0) || probability > 1) {
            *error = u"\"%1\": \"%2\" is not a probability in (0, 1], a percentage, always, "
                     u"next or next=N"_s.arg(spec, when.toString());
            return std::nullopt;
        }
        rule.probability = probability;
    }
    return rule;
}

QString syntaxHelp()
{
    return u"Fault SPEC syntax: ROUTE[@OUTLET]:KIND[:WHEN]\n"
           u"  ROUTE  token-info | link | unlink | oauth-token | broker-start | poll\n"
           u"         | broker-refresh | any; @OUTLET limits it to one outlet id\n"
           u"         (percent-encode ':' '@' '%' in the id)\n"
           u"  KIND   408 | 429[=RETRY_AFTER_S] | 500 | 502 | 503[=RETRY_AFTER_S] | 504 | any "
           u"4xx/5xx\n"
           u"         html[=STATUS] (text/html page, default 502; html=200 is allowed)\n"
           u"         malformed | truncated (200 bodies that are not valid JSON; change applied)\n"
           u"         close-mid (headers, half the body, connection closed; change applied)\n"
           u"         disconnect (closed before answering) | hang (never answered)\n"
           u"         latency=MS[/JITTER_MS] (answered normally, later) | pass\n"
           u"  WHEN   always (default) | 0.2 or 20% (probability, seeded by --seed)\n"
           u"         | next | next=N (the next N matching requests)\n"
           u"  Examples: link:503:0.2  link:429=7:next=3  token-info:latency=1500/300\n"
           u"            unlink@G000000001:hang:next  any:close-mid:5%\n"
           u"            poll:503:next=2  broker-start:hang  oauth-token:html"_s;
}

} // namespace FaultSpec

FaultPlan::FaultPlan(quint32 seed)
    : m_rng(seed)
    , m_seed(seed)
{ }

void FaultPlan::setSeed(quint32 seed)
{
    m_seed = seed;
    m_rng.seed(seed);
}

void FaultPlan::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
}

bool FaultPlan::addSpec(const QString &spec, QString *error)
{
    const std::optional<FaultRule> rule = FaultSpec::parse(spec, error);
    if (rule)
        addRule(*rule);
    return rule.has_value();
}

void FaultPlan::failNext(FaultRoute route, const Fault &fault, int count, const QString &outlet)
{
    if (count > 0)
        addRule({route, outlet, fault, count, 1});
}

void FaultPlan::enqueue(FaultRoute route, const QList<Fault> &faults, const QString &outlet)
{
    for (const Fault &fault : faults)
        failNext(route, fault, 1, outlet);
}

void FaultPlan::failRandomly(
    FaultRoute route, const Fault &fault, double probability, const QString &outlet)
{
    addRule({route, outlet, fault, -1, probability});
}

void FaultPlan::setBaseLatency(int delayMs, int jitterMs)
{
    m_baseLatencyMs = std::max(0, delayMs);
    m_baseJitterMs = std::max(0, jitterMs);
}

void FaultPlan::clear()
{
    m_rules.clear();
}

int FaultPlan::jittered(int delayMs, int jitterMs)
{
    if (jitterMs <= 0)
        return std::max(0, delayMs);
    const int offset = int(m_rng.bounded(2 * jitterMs + 1)) - jitterMs;
    return std::max(0, delayMs + offset);
}

FaultPlan::Decision FaultPlan::decide(FaultRoute route, const QString &outletId)
{
    Decision decision;
    decision.delayMs = jittered(m_baseLatencyMs, m_baseJitterMs);

    std::optional<Fault> chosen;
    bool scripted = false;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.remaining < 0 || !rule.matches(route, outletId))
            continue;
        chosen = rule.fault;
        scripted = true;
        if (--rule.remaining == 0)
            m_rules.removeAt(i);
        break;
    }
    if (!scripted) {
        for (const FaultRule &rule : std::as_const(m_rules)) {
            if (rule.remaining >= 0 || !rule.matches(route, outletId))
                continue;
            if (rule.probability >= 1 || m_rng.generateDouble() < rule.probability) {
                chosen = rule.fault;
                break;
            }
        }
    }
    if (chosen && chosen->kind != FaultKind::Pass) {
        decision.delayMs += jittered(chosen->delayMs, chosen->jitterMs);
        decision.fault = chosen;
    }
    return decision;
}

} // namespace gobiz::sandbox
