#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Product.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace gobiz {

// What a person asked for one (outlet, product).
struct LinkRequest
{
    QString outletId;
    Product product = Product::GoFood;
    LinkAction action = LinkAction::Link;
    QString externalOutletId; // required for Link
    // The journal row that recorded this intent before it was queued (0: not recorded, e.g. an
    // engine used on its own). The engine carries it and never reads it.
    qint64 planRow = 0;
};

// Why a submitted request will not be sent by an operation of its own (LinkEngine::requestSettled).
enum class RequestSettlement {
    Carried,          // an operation already pending carries the same intent
    Superseded,       // a later request for the same (outlet, product) replaced it, unsent
    AlreadyConfirmed, // the server confirmed exactly this a moment ago in this session
    NotRepeated,      // the same request was just refused finally; it is not repeated by itself
    Cancelled,        // cancelAll() dropped it before it was sent
};

// One operation in the engine: created on submit, updated per attempt, final once.
struct LinkOperation
{
    enum class Phase {
        Queued,    // waiting for a free slot
        InFlight,  // request sent
        Waiting,   // backing off before the next attempt
        Succeeded,
        Failed,
        Cancelled, // never sent, or aborted (then the server state is unknown)
    };

    quint64 id = 0;
    LinkRequest request;
    Phase phase = Phase::Queued;
    int attempts = 0;           // requests sent so far
    QString requestId;          // of the latest attempt
    ApiError lastError;         // of the latest attempt (Kind::None on success)
    LinkConfirmation confirmation; // from a successful link
    QDateTime queuedAt;
    QDateTime startedAt;        // first attempt sent
    QDateTime finishedAt;
    bool abortedInFlight = false; // cancelled after a request was sent: outcome unknown
    bool superseded = false; // cancelled unsent because a later request replaced it

    bool isFinal() const
    {
        return phase == Phase::Succeeded || phase == Phase::Failed || phase == Phase::Cancelled;
    }
};

QString phaseKey(LinkOperation::Phase phase); // "queued", "in_flight", ... (logs, journal)

struct EngineProgress
{
    int done = 0;      // succeeded in this run
    int failed = 0;    // failed or cancelled in this run
    int remaining = 0; // queued, in flight or waiting
    int total() const { return done + failed + remaining; }
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::LinkOperation)
Q_DECLARE_METATYPE(gobiz::EngineProgress)
