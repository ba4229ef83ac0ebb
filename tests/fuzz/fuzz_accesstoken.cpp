// libFuzzer: AccessToken::normalize on pasted text (as UTF-8, and as UTF-16 when even-sized).
#include "FuzzSupport.h"

#include "api/AccessToken.h"

using namespace gobiz;

namespace {
void check(const QString &pasted)
{
    const TokenCheck result = AccessToken::normalize(pasted);
    FUZZ_CHECK(!result.message().isEmpty(), "every result has a sentence");
    if (!result.isValid()) {
        FUZZ_CHECK(result.token.isEmpty(), "no token when refused");
        return;
    }
    FUZZ_CHECK(!result.token.isEmpty() && result.token.size() <= AccessToken::maxLength,
        "token present and bounded");
    for (const QChar c : result.token)
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7F, "token is visible ASCII");
    const TokenCheck again = AccessToken::normalize(result.token);
    FUZZ_CHECK(again.isValid(), "a normalised token stays valid");
    FUZZ_CHECK(again.token == result.token, "normalise is idempotent");
    FUZZ_CHECK(pasted.contains(result.token), "the token is a piece of what was pasted");
    FUZZ_CHECK(AccessToken::redacted(result.token) == AccessToken::redacted(QStringLiteral("x")),
        "redacted() never depends on the token");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 20000)
        return 0;
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (size % 2 == 0)
        check(QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2)));
    return 0;
}
