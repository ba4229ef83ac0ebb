#pragma once

#include <QDateTime>
#include <QString>
#include <chrono>

namespace gobiz::PauseMessages {

// Why a LinkEngine run paused, as the sentence paused() carries (translated; LinkEngine's context).
QString consecutiveFailures(int failures); // "5 requests in a row failed. …"
// GoBiz asked for wait (as it said it, unscaled) before more requests: until is when (UTC).
QString retryAfter(std::chrono::milliseconds wait, const QDateTime &until);
QString tokenRejected();
QString byPerson(); // pause()

} // namespace gobiz::PauseMessages
