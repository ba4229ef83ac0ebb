#include "PauseMessages.h"

#include "LinkEngine.h"
#include "text/DateTimeText.h"

#include <QLocale>

namespace gobiz::PauseMessages {

QString consecutiveFailures(int failures)
{
    return failures == 1
        ? LinkEngine::tr("A request failed. Check the internet connection, then continue; "
                         "nothing waiting was lost.")
        : LinkEngine::tr("%1 requests in a row failed. Check the internet connection, then "
                         "continue; nothing waiting was lost.")
              .arg(failures);
}

QString retryAfter(std::chrono::milliseconds wait, const QDateTime &until)
{
    const qint64 seconds = qMax<qint64>(1, (wait.count() + 999) / 1000);
    const QString duration = seconds >= 120
        ? LinkEngine::tr("about %1 minutes").arg((seconds + 30) / 60)
        : (seconds == 1 ? LinkEngine::tr("1 second") : LinkEngine::tr("%1 seconds").arg(seconds));
    const QString when = DateTimeText::format(until, DateTimeText::Precision::Seconds);
    return LinkEngine::tr("GoBiz asked us to wait %1 before sending more. Try again after %2; "
                          "nothing waiting was lost.")
        .arg(duration, when);
}

QString tokenRejected()
{
    return LinkEngine::tr("GoBiz no longer accepts the access token. Sign in again and give a new "
                          "token; nothing waiting was lost.");
}

QString byPerson()
{
    return LinkEngine::tr("Paused. Requests already sent finish; continue to send the rest.");
}

} // namespace gobiz::PauseMessages
