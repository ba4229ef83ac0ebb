#include "SignInError.h"

#include "api/KeyTable.h"

namespace gobiz {

namespace {

struct KindRow
{
    SignInError::Kind value;
    const char16_t *key;
    bool transient;
    // %1 is the server's host name where the sentence has one.
    const char *sentence;
};

constexpr KindRow kindRows[] = {
    {SignInError::Cancelled, u"cancelled", false,
        QT_TRANSLATE_NOOP(
            "SignInError", "Signing in was cancelled. Choose Sign in with GoBiz to start again.")},
    {SignInError::Denied, u"denied", false,
        QT_TRANSLATE_NOOP("SignInError",
            "Deny was chosen on the GoBiz page, so the wizard got no access. Sign in again and "
            "choose Allow to continue.")},
    {SignInError::Expired, u"expired", false,
        QT_TRANSLATE_NOOP("SignInError",
            "The sign-in was not finished in time and has expired. Start signing in again and "
            "finish it in the browser without a long pause.")},
    {SignInError::SessionEnded, u"session_ended", false,
        QT_TRANSLATE_NOOP("SignInError",
            "GoBiz has ended this sign-in (this happens after a sign-out or after about nine "
            "months). Sign in again with the merchant's phone number.")},
    {SignInError::Unreachable, u"unreachable", true,
        QT_TRANSLATE_NOOP("SignInError",
            "The wizard could not connect to %1. Check the internet connection and the proxy "
            "settings on the first page, then try again.")},
    {SignInError::Slow, u"slow", true,
        QT_TRANSLATE_NOOP("SignInError",
            "%1 did not answer in time. The connection may be slow or the proxy may be blocking "
            "it; try again in a moment.")},
    {SignInError::Tls, u"tls", true,
        QT_TRANSLATE_NOOP("SignInError",
            "The secure connection to %1 failed. Check that this computer's date and time are "
            "right and that no proxy is replacing certificates, then try again.")},
    {SignInError::ServerError, u"server_error", true,
        QT_TRANSLATE_NOOP("SignInError",
            "%1 had a problem and could not sign you in. Try again in a few minutes; if it keeps "
            "happening, contact your partner.")},
    {SignInError::BadAnswer, u"bad_answer", true,
        QT_TRANSLATE_NOOP("SignInError",
            "%1 answered in a way the wizard does not understand. Check the address in the "
            "partner profile, or contact your partner.")},
    {SignInError::Refused, u"refused", false,
        QT_TRANSLATE_NOOP("SignInError",
            "%1 refused the sign-in request. The partner profile may be wrong or out of date; "
            "contact your partner.")},
    {SignInError::ListenerFailed, u"listener_failed", false,
        QT_TRANSLATE_NOOP("SignInError",
            "The wizard could not open the local port that receives the answer from the "
            "browser; another program may be using it. Close that program or restart the "
            "computer, then sign in again.")},
};

} // namespace

bool SignInError::isTransient() const
{
    const KindRow *row = KeyTable::rowOf(kindRows, kind);
    return row && row->transient;
}

QString SignInError::sentence() const
{
    const KindRow *row = KeyTable::rowOf(kindRows, kind);
    if (!row)
        return {};
    const QString text = tr(row->sentence);
    if (!text.contains(u"%1"))
        return text;
    // The flows always name the server; "GoBiz" is a name, not a translatable fragment.
    return text.arg(server.isEmpty() ? QStringLiteral("GoBiz") : server);
}

QString SignInError::kindKey(Kind kind)
{
    return KeyTable::keyOf(kindRows, kind);
}

} // namespace gobiz
