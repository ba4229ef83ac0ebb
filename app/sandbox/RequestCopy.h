#pragma once

#include "sandbox/HttpMessages.h"

class QHttpServerRequest;

namespace gobiz::sandbox::RequestCopy {

// The parts of a QHttpServerRequest a server needs after its handler returned (QHttpServer 6.4
// reuses the request object for the next request on the same connection): method in capitals,
// path and query still percent-encoded, headers with lower-case names (repeats joined with
// ", "), body, and the request id to echo. The same steps as SandboxServer's copy, in a file of
// their own so the replay server does not grow a third one.
SandboxRequest fromServerRequest(const QHttpServerRequest &request);

// GoBiz accepts an X-Request-ID of up to 128 printable characters and generates one otherwise;
// only printable ASCII is echoed, so a client can never smuggle a header line through it.
QByteArray resolveRequestId(const QByteArray &sent);

} // namespace gobiz::sandbox::RequestCopy
