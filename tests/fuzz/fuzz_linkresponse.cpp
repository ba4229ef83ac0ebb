// libFuzzer: ApiParsers::parseLinkResponse and parseUnlinkResponse on arbitrary bytes.
#include "FuzzSupport.h"

#include "api/ApiParsers.h"

using namespace gobiz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const auto link = ApiParsers::parseLinkResponse(body);
    if (link.ok()) {
        FUZZ_CHECK(isCleanDisplayText(link.value.externalOutletId), "external id clean");
        for (const QDateTime &when :
            {link.value.createdAt, link.value.updatedAt, link.value.linkedAt})
            FUZZ_CHECK(!when.isValid() || when.timeSpec() == Qt::UTC, "timestamps in UTC");
    } else {
        FUZZ_CHECK(
            link.error.kind == ApiError::Kind::Protocol, "a bad link body is a protocol error");
    }
    const ApiError unlink = ApiParsers::parseUnlinkResponse(body);
    FUZZ_CHECK(!unlink.isError() || unlink.kind == ApiError::Kind::Protocol,
        "a bad unlink body is a protocol error");
    if (body.trimmed().isEmpty())
        FUZZ_CHECK(!unlink.isError(), "an empty unlink answer means done");
    return 0;
}
