#include "JournalEntry.h"

#include "LinkJournal.h" // tr(): the sentences are the journal's
#include "text/DateTimeText.h"

#include <QHash>
#include <QLocale>
#include <QPair>

namespace gobiz {

namespace {

// How an enum is stored: one key per value; the value without a key is stored as "".
template <typename Enum> struct StoredKey
{
    Enum value;
    QStringView key;
};

template <typename Enum, std::size_t N> QString keyOf(const StoredKey<Enum> (&keys)[N], Enum value)
{
    for (const StoredKey<Enum> &stored : keys) {
        if (stored.value == value)
            return stored.key.toString();
    }
    return {};
}

template <typename Enum, std::size_t N>
Enum valueOf(const StoredKey<Enum> (&keys)[N], QStringView key, Enum unstored)
{
    for (const StoredKey<Enum> &stored : keys) {
        if (stored.key == key)
            return stored.value;
    }
    return unstored;
}

constexpr StoredKey<JournalEntry::Result> resultKeys[] = {
    {JournalEntry::Result::Succeeded, u"succeeded"},
    {JournalEntry::Result::Failed, u"failed"},
    {JournalEntry::Result::Cancelled, u"cancelled"},
};

constexpr StoredKey<JournalEntry::Resolution> resolutionKeys[] = {
    {JournalEntry::Resolution::Resumed, u"resumed"},
    {JournalEntry::Resolution::Discarded, u"discarded"},
    {JournalEntry::Resolution::Superseded, u"superseded"},
};

} // namespace

// --- JournalEntry ---

QString JournalEntry::resultKey(Result result)
{
    return keyOf(resultKeys, result);
}

JournalEntry::Result JournalEntry::resultFromKey(QStringView key)
{
    if (key == u"ok") // schema v1
        return Result::Succeeded;
    return valueOf(resultKeys, key, Result::Unfinished);
}

QString JournalEntry::resolutionKey(Resolution resolution)
{
    return keyOf(resolutionKeys, resolution);
}

JournalEntry::Resolution JournalEntry::resolutionFromKey(QStringView key)
{
    return valueOf(resolutionKeys, key, Resolution::None);
}

// --- JournalState ---

bool JournalState::outcomeUncertain() const
{
    if (!later || !later->wasSent())
        return false;
    switch (later->result) {
    case JournalEntry::Result::Unfinished: // killed in flight, or discarded at the next start
        return true;
    case JournalEntry::Result::Cancelled:
        return later->abortedInFlight;
    case JournalEntry::Result::Failed: {
        // Given up after transport trouble or 5xx: GoBiz may have applied it.
        const auto kind = ApiError::kindFromKey(later->errorKind);
        if (!kind)
            return true;
        ApiError error(*kind);
        return error.isTransient() || *kind == ApiError::Kind::Cancelled;
    }
    case JournalEntry::Result::Succeeded:
        return false;
    }
    return false;
}

QString JournalState::note() const
{
    const auto when = [](const QDateTime &utc) { return DateTimeText::format(utc); };
    QString text = confirmed == ConfirmedState::Unknown
        ? LinkJournal::tr("never changed from this computer")
        : LinkJournal::tr("confirmed %1 on this computer").arg(when(confirmedAt));
    if (later && later->wasSent()) {
        const bool isLink = later->request.action == LinkAction::Link;
        if (outcomeUncertain()) {
            text += isLink
                ? LinkJournal::tr(
                    "; a later link was interrupted, GoBiz may or may not have applied it")
                : LinkJournal::tr(
                    "; a later unlink was interrupted, GoBiz may or may not have applied it");
        } else if (later->result == JournalEntry::Result::Failed) {
            text += (isLink ? LinkJournal::tr("; a later link was refused: %1")
                            : LinkJournal::tr("; a later unlink was refused: %1"))
                        .arg(later->errorMessage);
        }
    }
    return text;
}

QString JournalState::describe() const
{
    QString state;
    switch (confirmed) {
    case ConfirmedState::Linked:
        state = LinkJournal::tr("linked");
        break;
    case ConfirmedState::NotLinked:
        state = LinkJournal::tr("not linked");
        break;
    case ConfirmedState::Unknown:
        state = LinkJournal::tr("unknown");
        break;
    }
    return LinkJournal::tr("%1 (%2)").arg(state, note());
}

QList<JournalState> JournalState::fromEntries(const QList<JournalEntry> &entries)
{
    QHash<QPair<QString, int>, qsizetype> index;
    QList<JournalState> states;
    for (const JournalEntry &entry : entries) {
        if (!entry.wasSent())
            continue; // refused or cancelled before reaching GoBiz: changes nothing
        const auto key = qMakePair(entry.request.outletId, int(entry.request.product));
        auto it = index.find(key);
        if (it == index.end()) {
            JournalState state;
            state.outletId = entry.request.outletId;
            state.product = entry.request.product;
            it = index.insert(key, states.size());
            states.append(state);
        }
        JournalState &state = states[*it];
        if (entry.result == JournalEntry::Result::Succeeded) {
            const bool link = entry.request.action == LinkAction::Link;
            state.confirmed = link ? ConfirmedState::Linked : ConfirmedState::NotLinked;
            state.confirmedAt = entry.finishedAt;
            state.linkedAt = link ? entry.linkedAt : QDateTime();
            state.externalOutletId = link ? entry.request.externalOutletId : QString();
            state.requestId = entry.requestId;
            state.later.reset();
        } else if (entry.resolution != JournalEntry::Resolution::Resumed
            && entry.resolution != JournalEntry::Resolution::Superseded) {
            // Resumed rows are carried on by the row that resumed them.
            state.later = entry;
        }
    }
    return states;
}

} // namespace gobiz
