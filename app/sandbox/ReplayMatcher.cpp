#include "sandbox/ReplayMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

bool isRedacted(const QJsonValue &value)
{
    return value.isString() && value.toString() == QLatin1String(HarArchive::kRedacted);
}

// By value: objects as key sets, arrays in order, numbers as numbers (1 == 1.0).
bool sameJson(const QJsonValue &recorded, const QJsonValue &live)
{
    if (isRedacted(recorded))
        return true;
    if (recorded.type() != live.type())
        return false;
    if (recorded.isObject()) {
        const QJsonObject a = recorded.toObject();
        const QJsonObject b = live.toObject();
        if (a.size() != b.size())
            return false;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            const auto other = b.constFind(it.key());
            if (other == b.constEnd() || !sameJson(it.value(), other.value()))
                return false;
        }
        return true;
    }
    if (recorded.isArray()) {
        const QJsonArray a = recorded.toArray();
        const QJsonArray b = live.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameJson(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (recorded.isDouble())
        return recorded.toDouble() == live.toDouble();
    return recorded == live;
}

// As sets of pairs (a name may repeat). Exact pairs are paired off first; what is left of the
// recording must be redacted values, one for each pair left of the live body with that name.
bool sameForm(QList<QPair<QString, QString>> recorded, QList<QPair<QString, QString>> live)
{
    if (recorded.size() != live.size())
        return false;
    for (qsizetype i = recorded.size() - 1; i >= 0; --i) {
        const qsizetype exact = live.indexOf(recorded.at(i));
        if (exact >= 0) {
            live.removeAt(exact);
            recorded.removeAt(i);
        }
    }
    for (const auto &pair : std::as_const(recorded)) {
        if (pair.second != QLatin1String(HarArchive::kRedacted))
            return false;
        const auto named = std::find_if(live.cbegin(), live.cend(),
            [&pair](const auto &candidate) { return candidate.first == pair.first; });
        if (named == live.cend())
            return false;
        live.erase(named);
    }
    return true;
}

bool samePath(const QList<QByteArray> &recorded, const QList<QByteArray> &live)
{
    if (recorded.size() != live.size())
        return false;
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        if (recorded.at(i) != live.at(i) && recorded.at(i) != HarArchive::kRedacted)
            return false;
    }
    return true;
}

bool sameBody(const RecordedRequest &recorded, const QByteArray &live)
{
    switch (recorded.bodyKind) {
    case RecordedBodyKind::Empty:
        return live.isEmpty();
    case RecordedBodyKind::Redacted:
        return true;
    case RecordedBodyKind::Raw:
        return recorded.body == live;
    case RecordedBodyKind::Form:
        return sameForm(recorded.form, HarArchive::formPairs(live));
    case RecordedBodyKind::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(live, &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        return sameJson(recorded.json,
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    }
    }
    return false;
}

QString missReason(ReplayMiss miss)
{
    return miss == ReplayMiss::AllUsed ? u"all-used"_s : u"nothing-matches"_s;
}

} // namespace

ReplayMatcher::ReplayMatcher(QList<RecordedExchange> exchanges)
    : m_exchanges(std::move(exchanges))
    , m_used(m_exchanges.size(), false)
{ }

bool ReplayMatcher::matches(const RecordedRequest &recorded, const SandboxRequest &request)
{
    if (recorded.method != request.method.toUpper())
        return false;
    const QList<QByteArray> live = HarArchive::pathSegments(request.encodedPath);
    bool pathMatches = samePath(recorded.path, live);
    if (!pathMatches && recorded.apiRoot > 0) {
        // Recorded under a prefix: compare from the API's first segment on.
        pathMatches = samePath(
            QList<QByteArray> {QByteArray()} + recorded.path.mid(recorded.apiRoot), live);
    }
    return pathMatches && sameBody(recorded, request.body);
}

ReplayDecision ReplayMatcher::take(const SandboxRequest &request)
{
    ReplayDecision decision;
    for (qsizetype i = 0; i < m_exchanges.size(); ++i) {
        if (!matches(m_exchanges.at(i).request, request))
            continue;
        if (m_used.at(i)) {
            ++decision.matching;
            continue;
        }
        m_used[i] = true;
        ++m_served;
        decision.index = int(i);
        decision.matching = 0;
        return decision;
    }
    decision.miss = decision.matching ? ReplayMiss::AllUsed : ReplayMiss::NothingMatches;
    m_unmatched.append({request.method, request.encodedPath, decision.miss});
    return decision;
}

QJsonObject ReplayMatcher::reportJson() const
{
    QJsonArray unmatched;
    for (const UnmatchedRequest &request : m_unmatched) {
        unmatched.append(QJsonObject {{u"method"_s, QString::fromLatin1(request.method)},
            {u"path"_s, QString::fromUtf8(request.path)}, {u"reason"_s, missReason(request.miss)}});
    }
    return QJsonObject {{u"recorded"_s, recordedCount()}, {u"served"_s, servedCount()},
        {u"unused"_s, unusedCount()}, {u"unmatched"_s, unmatched}};
}

QStringList ReplayMatcher::exitReport() const
{
    QStringList lines;
    lines << u"Replay: %1 of %2 recorded answers served."_s.arg(servedCount()).arg(recordedCount());
    const qsizetype missed = m_unmatched.size();
    lines << (missed == 1
            ? u"1 request had no recorded answer:"_s
            : u"%1 requests had no recorded answer%2"_s.arg(missed).arg(missed ? u":"_s : u"."_s));
    for (const UnmatchedRequest &request : m_unmatched) {
        lines << u"  %1 %2 (%3)"_s.arg(QString::fromLatin1(request.method),
            QString::fromUtf8(request.path),
            request.miss == ReplayMiss::AllUsed ? u"every matching recording was already used"_s
                                                : u"nothing recorded matches"_s);
    }
    const int unused = unusedCount();
    lines << (unused == 1 ? u"1 recorded entry was never asked for."_s
                          : u"%1 recorded entries were never asked for."_s.arg(unused));
    return lines;
}

QString ReplayMatcher::missMessage(const SandboxRequest &request, const ReplayDecision &decision)
{
    const QString what
        = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.encodedPath);
    if (decision.miss == ReplayMiss::AllUsed) {
        return decision.matching == 1
            ? u"No recorded answer left for %1: the one recording that matches it answered an "
              u"earlier request."_s.arg(what)
            : u"No recorded answer left for %1: all %2 recordings that match it answered earlier "
              u"requests."_s.arg(
                  what, QString::number(decision.matching)); // "%2" may be in the path
    }
    return u"No recorded answer for %1: nothing in the recording has this method, path and "
           u"body."_s.arg(what);
}

} // namespace gobiz::sandbox
