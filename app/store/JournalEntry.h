#pragma once
// The link journal's value types: what is written (context, planned change), a row as read back
// (JournalEntry), what the rows say about one cell (JournalState), and how to filter rows.

#include "ops/LinkOperation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gobiz {

// Who and where an operation ran for; written with every operation. Never the token.
struct JournalContext
{
    QString environment; // LinkJournal::environmentLabel(): "production", "sandbox",
                         // "custom:https://host:port"
    QString merchant; // a label the person recognises, e.g. the primary outlet's name (optional)
    QString gobizUser; // a label for the GoBiz user, e.g. "manager" (optional)
    // One merchant's run (Account session): what its summary and report cover. Initialised, so
    // a context written as {environment, merchant, user} may leave it out.
    QString session {};
};

// A change a person asked for, to be recorded as planned before the engine sees it.
struct PlannedChange
{
    LinkRequest request; // request.planRow is ignored: the new row is returned
    QList<qint64> resumes; // unfinished rows of an earlier run this change carries on
};

// One row of the journal: an operation's intent and, once known, its outcome.
struct JournalEntry
{
    enum class Result { Unfinished, Succeeded, Failed, Cancelled };
    // How an unfinished row (a crash or kill) was dealt with at the next start.
    enum class Resolution { None, Resumed, Discarded, Superseded };

    qint64 id = 0;
    QString runId; // one per LinkJournal instance (one program run)
    QString sessionId; // one merchant's run within it (JournalContext::session)
    quint64 engineOperationId = 0; // LinkOperation::id within that run
    QString environment;
    QString merchant;
    QString gobizUser;
    LinkRequest request;
    QDateTime queuedAt;
    QDateTime startedAt; // written before the first request is sent; invalid: never sent
    QDateTime finishedAt;
    int attempts = 0;
    QString requestId; // of the latest attempt
    QStringList requestIds; // every attempt, first to last
    Result result = Result::Unfinished;
    bool abortedInFlight = false;
    QDateTime linkedAt; // GoBiz's linked_at of a successful link
    QString errorKind; // ApiError::kindKey, empty on success
    int httpStatus = 0;
    QString errorMessage; // ApiError::userMessage(), redacted
    QString errorDetail; // ApiError::detail, redacted
    Resolution resolution = Resolution::None;
    QDateTime resolvedAt;
    qint64 resolvedBy = 0; // the row that resumed it
    // Read only by unfinishedPlan(): a later row of the same cell was sent and has finished, so
    // this one was overtaken (settled by that row).
    bool overtaken = false;

    bool wasSent() const { return startedAt.isValid(); }
    // Neither finished nor resolved: queued (never sent: wasSent() false) or started (the
    // program died while it was in flight, or it still is).
    bool isUnfinished() const
    {
        return result == Result::Unfinished && resolution == Resolution::None;
    }

    static QString resultKey(Result result); // "succeeded", ...; "" for Unfinished
    static Result resultFromKey(QStringView key);
    static QString resolutionKey(Resolution resolution); // "resumed", ...; "" for None
    static Resolution resolutionFromKey(QStringView key);
};

// What the server last confirmed for one (outlet, product) in answer to this computer. Only
// confirmed states are stored; what a cell shows while an operation runs is the model's business.
enum class ConfirmedState {
    Unknown, // never confirmed from this computer
    Linked, // GoBiz answered a link with success
    NotLinked, // GoBiz answered an unlink with success
};

// What this computer last confirmed for one (outlet, product): GoBiz has no API to read it.
struct JournalState
{
    QString outletId;
    Product product = Product::GoFood;
    ConfirmedState confirmed = ConfirmedState::Unknown;
    QDateTime confirmedAt; // when the confirming answer arrived (UTC)
    QDateTime linkedAt; // GoBiz's linked_at for a link
    QString externalOutletId; // of the confirming link
    QString requestId; // of the confirming request
    // The latest operation after the confirmation, when it did not confirm anything:
    std::optional<JournalEntry> later;
    // The later operation was sent and nobody knows whether GoBiz applied it (killed in flight,
    // discarded, aborted, or given up after transient errors).
    bool outcomeUncertain() const;

    // "confirmed 12 Mar 2024 14:02 WIB on this computer" / "never changed from this computer"
    // (+ what happened later). Times as DateTimeText writes them.
    QString note() const;
    // "Linked (confirmed 12 Mar 2024 14:02 WIB on this computer)"
    QString describe() const;

    // Per (outlet, product), in order of first appearance, from rows in id order (which is time
    // order per cell: the engine runs at most one operation per cell, and runs follow each other).
    static QList<JournalState> fromEntries(const QList<JournalEntry> &entries);
};

struct JournalFilter
{
    QString environment; // empty: any
    QString merchant; // empty: any
    QString runId; // empty: any
    QString sessionId; // empty: any
    QString outletId; // empty: any
    int limit = -1; // newest rows first when limited
};

} // namespace gobiz
