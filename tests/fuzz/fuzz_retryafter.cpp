// libFuzzer: ApiParsers::parseRetryAfter (delta-seconds or HTTP-date).
#include "FuzzSupport.h"

#include "api/ApiParsers.h"

using namespace gobiz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzzBytes(data, size);
    const QDateTime now(QDate(2025, 3, 12), QTime(7, 2), Qt::UTC);
    const auto wait = ApiParsers::parseRetryAfter(value, now);
    if (wait) {
        FUZZ_CHECK(wait->count() >= 0, "never negative");
        bool isNumber = false;
        value.trimmed().toLongLong(&isNumber);
        if (isNumber)
            FUZZ_CHECK(wait->count() <= 86400LL * 1000, "delta-seconds capped at a day");
    }
    if (value.trimmed().isEmpty())
        FUZZ_CHECK(!wait, "absent means none");
    return 0;
}
