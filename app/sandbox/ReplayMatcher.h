#pragma once

#include "sandbox/HarArchive.h"
#include "sandbox/HttpMessages.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gobiz::sandbox {

// Why a request got no recorded answer.
enum class ReplayMiss {
    None, // it got one
    NothingMatches, // no recorded request has its method, path and body
    AllUsed, // some do, but each of them has answered an earlier request already
};

struct ReplayDecision
{
    int index = -1; // into the matcher's exchanges; -1 when missed
    ReplayMiss miss = ReplayMiss::None;
    int matching = 0; // AllUsed: how many recordings match (all used)
};

struct UnmatchedRequest
{
    QByteArray method;
    QByteArray path; // percent-encoded, as received
    ReplayMiss miss = ReplayMiss::NothingMatches;
};

// Decides which recording answers a live request, and uses it up. Pure: no sockets, no timers.
//
// A recording matches when the method is the same; the path is the same segment by segment
// after percent-decoding each one (the query is ignored), either from the root or, for a
// recording made under a base-URL prefix, from its first integrations/oauth2/broker segment;
// and the body is the same by the recording's kind (JSON by value, a form as a set of pairs,
// anything else byte for byte). "[redacted]" in the recording — a whole path segment, a whole
// JSON string value, a form value, or the whole body — matches anything there. Headers,
// Authorization included, never take part.
//
// Each recording answers at most once; the first unused matching one in HAR order wins, so
// identical requests get their answers in the recorded order while different requests may come
// in any order.
class ReplayMatcher
{
public:
    explicit ReplayMatcher(QList<RecordedExchange> exchanges = {});

    // Uses up the recording that answers `request` (or records the miss).
    ReplayDecision take(const SandboxRequest &request);
    static bool matches(const RecordedRequest &recorded, const SandboxRequest &request);

    const RecordedExchange &exchange(int index) const { return m_exchanges.at(index); }
    int recordedCount() const { return int(m_exchanges.size()); }
    int servedCount() const { return m_served; }
    int unusedCount() const { return recordedCount() - m_served; }
    const QList<UnmatchedRequest> &unmatched() const { return m_unmatched; }

    // GET /_sandbox/replay: {"recorded":T,"served":N,"unused":M,
    //   "unmatched":[{"method","path","reason":"nothing-matches"|"all-used"}]}
    QJsonObject reportJson() const;
    // What gobiz-sandbox prints when it stops: the requests without an answer, one a line, and
    // how many recordings were never asked for.
    QStringList exitReport() const;
    // The 501 message for a miss, naming method and path.
    static QString missMessage(const SandboxRequest &request, const ReplayDecision &decision);

private:
    QList<RecordedExchange> m_exchanges;
    QList<bool> m_used;
    int m_served = 0;
    QList<UnmatchedRequest> m_unmatched;
};

} // namespace gobiz::sandbox
