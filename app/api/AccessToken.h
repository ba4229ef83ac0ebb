#pragma once

#include <QCoreApplication>
#include <QString>

namespace gobiz {

// What a person pasted, turned into a token we can send, or a specific reason why not.
// Pure: no I/O, no logging (the input is a secret).
struct TokenCheck
{
    enum class Problem {
        None,
        Empty,
        EmbeddedWhitespace,
        ControlCharacter,
        NonAscii,
        TooLong,
    };

    QString token; // normalised, only meaningful when problem == None
    Problem problem = Problem::Empty;
    int position = -1; // offending character index in the normalised text, where one exists

    bool isValid() const { return problem == Problem::None; }
    QString message() const; // one sentence for a person, through tr()
};

class AccessToken
{
    Q_DECLARE_TR_FUNCTIONS(AccessToken)
public:
    static constexpr int maxLength = 8192;

    // Removes surrounding whitespace, a pasted "Bearer " prefix and wrapping quotes, then rejects
    // what cannot be a token: embedded whitespace, control characters, non-ASCII, absurd length.
    static TokenCheck normalize(const QString &pasted);

    // True when text given somewhere else (an address field, a command-line value) is most
    // likely a pasted token: a "Bearer "/"Authorization:" prefix, a JWT, or 20 or more token
    // characters that are not a host name or address. Such text is never echoed.
    static bool looksLikeToken(const QString &text);

    // For logs and reports: never the token, at most a hint that one was there.
    static QString redacted(const QString &token);
};

} // namespace gobiz
