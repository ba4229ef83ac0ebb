#pragma once

#include <QString>

namespace gobiz {

// PKCE (RFC 7636) and the other one-time random values of a sign-in: the code verifier, the
// state and the nonce. Pure apart from the system random generator; the caller registers each
// value with the Redactor before it is used.
class Pkce
{
public:
    // byteCount random bytes from QRandomGenerator::system(), base64url without padding: only
    // [A-Za-z0-9_-], which are unreserved in URLs (RFC 3986 §2.3). 32 bytes give 43 characters.
    static QString randomUrlSafe(int byteCount = 32);

    // A fresh code verifier (43 characters, 256 random bits; RFC 7636 §4.1 allows 43..128).
    static QString newVerifier();
    // A fresh state for the authorize request: 43 characters, so at least the 32 we promise and
    // far above GoBiz's minimum of 8.
    static QString newState();
    static QString newNonce();

    // The S256 challenge: BASE64URL(SHA-256(ASCII(verifier))) without padding.
    static QString challenge(const QString &verifier);
    // 43..128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1).
    static bool isValidVerifier(const QString &verifier);
};

} // namespace gobiz
