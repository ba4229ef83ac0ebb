// libFuzzer: ApiParsers::parseTokenInfo (and jsonNestingDepth) on arbitrary bytes.
#include "FuzzSupport.h"

#include "api/ApiParsers.h"

#include <QSet>

using namespace gobiz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const int depth = ApiParsers::jsonNestingDepth(body);
    FUZZ_CHECK(
        depth >= 0 && depth <= ApiParsers::maxJsonDepth + 1, "nesting depth bounded by its limit");
    const auto parsed = ApiParsers::parseTokenInfo(body);
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.error.kind == ApiError::Kind::Protocol, "a bad body is a protocol error");
        FUZZ_CHECK(!parsed.error.userMessage().isEmpty(), "an error has a sentence");
        return 0;
    }
    FUZZ_CHECK(depth <= ApiParsers::maxJsonDepth, "accepted JSON is within the depth limit");
    QSet<QString> ids;
    for (qsizetype i = 0; i < parsed.value.outlets.size(); ++i) {
        const Outlet &outlet = parsed.value.outlets.at(i);
        FUZZ_CHECK(
            !outlet.id.isEmpty() && outlet.id.size() <= 256, "outlet id present and bounded");
        FUZZ_CHECK(outlet.id.trimmed() == outlet.id, "outlet id trimmed");
        FUZZ_CHECK(!ids.contains(outlet.id), "outlet ids unique");
        ids.insert(outlet.id);
        FUZZ_CHECK(isCleanDisplayText(outlet.name) && isCleanDisplayText(outlet.address),
            "display text clean");
    }
    for (const QString &role : parsed.value.roles)
        FUZZ_CHECK(isCleanDisplayText(role), "roles clean");
    FUZZ_CHECK(parsed.value.skippedOutlets >= 0, "skipped counted");
    return 0;
}
