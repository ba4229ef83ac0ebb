#pragma once

#include "sandbox/Fixture.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace gobiz::sandbox {

// A HAR 1.2 file (what the wizard exports of a customer's session, or a browser's) read into the
// exchanges a replay answers from. Only the fields a replay needs are read; everything else a
// browser writes (timings, cookies, initiators, _private fields) is ignored.

// How a recorded request body is compared with a live one (ReplayMatcher).
enum class RecordedBodyKind {
    Empty, // no postData (HAR: nothing was posted) or an empty text: only an empty body matches
    Json, // compared by value: key order and whitespace do not matter
    Form, // application/x-www-form-urlencoded: compared as a set of name/value pairs
    Raw, // anything else: compared byte for byte
    Redacted, // the whole body was recorded as "[redacted]": any body matches
};

struct RecordedRequest
{
    QByteArray method; // in capitals
    QString url; // as recorded, for messages
    // The path's segments, each percent-decoded on its own, so "ab%2Fc" stays one segment
    // "ab/c"; the first one is the empty string before the leading '/'.
    QList<QByteArray> path;
    // Where the API's own path starts when the recording was made under a prefix
    // ("/partner-sandbox/integrations/..." -> the index of "integrations"); -1 when it starts at
    // the root or the path has none of the API's first segments.
    qsizetype apiRoot = -1;
    RecordedBodyKind bodyKind = RecordedBodyKind::Empty;
    QByteArray body; // the recorded text
    QJsonValue json; // bodyKind Json: the parsed object or array
    QList<QPair<QString, QString>> form; // bodyKind Form: decoded, in recorded order
};

struct RecordedResponse
{
    int status = 0; // 0: no HTTP answer was received (dropped, timed out, cancelled)
    // As recorded, minus the hop-by-hop and length headers: the replay frames the body itself.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // decoded when the HAR has it in base64
};

struct RecordedExchange
{
    int entry = 0; // position in log.entries counting from 1: what messages call "entry N"
    RecordedRequest request;
    RecordedResponse response;
    int timeMs = 0; // the entry's "time": how long the customer waited for this answer
};

namespace HarArchive {

// The marker the wizard's exporter writes in place of a secret; it matches any value.
inline constexpr char kRedacted[] = "[redacted]";

// Errors name the entry: "entry 12 (log.entries[11]): no request.method".
std::optional<QList<RecordedExchange>> parse(const QByteArray &json, QString *error);
// The same, errors prefixed with the file's path ("customer.har: entry 12 ...").
std::optional<QList<RecordedExchange>> loadFile(const QString &path, QString *error);
// A JSON object with a "log" member: a HAR, not a fixture or a token-info body.
bool looksLikeHar(const QByteArray &json);

// The customer's outlets, for a live sandbox: the body of the last 2xx
// GET .../integrations/partner/v1/token-info response, read as a saved token-info body.
std::optional<Fixture> fixtureFrom(const QList<RecordedExchange> &exchanges, QString *error);
// --fixture FILE: a HAR (fixtureFrom) or else what FixtureFormat::loadFile reads.
std::optional<Fixture> loadFixtureFile(const QString &path, QString *error, bool *isHar = nullptr);

// "/a/ab%2Fc" -> {"", "a", "ab/c"}: split on '/' first, then decode each segment.
QList<QByteArray> pathSegments(const QByteArray &encodedPath);
// "a=1&b=x+y" -> {{"a","1"},{"b","x y"}}, in order, repeats kept.
QList<QPair<QString, QString>> formPairs(const QByteArray &encoded);

} // namespace HarArchive

} // namespace gobiz::sandbox
