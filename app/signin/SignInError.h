#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace gobiz {

// How a sign-in, a renewal or a sign-out ended when it did not work, as one value; sentence()
// is the one place that phrases it for a person. detail is for the log only (already passed
// through the Redactor: it never holds a secret).
struct SignInError
{
    Q_DECLARE_TR_FUNCTIONS(SignInError)
public:
    enum Kind {
        Cancelled, // cancel() was called
        Denied, // the person chose Deny on the GoBiz page
        Expired, // the login (or the wait for the browser) ran out of time
        SessionEnded, // renewal refused (invalid_grant): the broker session / refresh token is over
        Unreachable, // no connection (DNS, refused, reset, proxy)
        Slow, // no complete answer within the transfer timeout
        Tls, // the secure connection failed (certificate, handshake)
        ServerError, // 5xx
        BadAnswer, // an answer we cannot understand (HTML, not JSON, fields missing)
        Refused, // another 4xx: client unknown, bad request, wrong address
        ListenerFailed, // the 127.0.0.1 listener could not be opened (port in use)
    };

    Kind kind = Cancelled;
    QString detail;
    QString server; // host name the problem is about, for the sentence (never a secret)
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString oauthError; // the "error" value of an RFC 6749/8628 answer, when there was one

    // Whether the same request may work if simply tried again later (transport trouble, 5xx,
    // a bad answer); false for Denied, Expired, SessionEnded, Refused and the like.
    bool isTransient() const;

    // One or two sentences: what went wrong and what to do. Never contains a secret.
    QString sentence() const;
    static QString sentence(const SignInError &error) { return error.sentence(); }

    static QString kindKey(Kind kind); // stable, untranslated: "denied", "expired", ...
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::SignInError)
