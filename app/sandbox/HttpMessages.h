#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace gobiz::sandbox {

// A request copied out of QHttpServerRequest. QHttpServer 6.4 reuses its request object for the
// next request on the same connection, so anything answered later (delays, hangs) must keep its
// own copy.
struct SandboxRequest
{
    QByteArray method; // "GET", "PUT", ...
    QByteArray encodedPath; // as sent, still percent-encoded
    QByteArray encodedQuery;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QByteArray requestId; // the client's X-Request-ID, or one generated for it

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra: Retry-After, Allow, ...
    bool applied = false; // a link/unlink was performed while producing it

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

} // namespace gobiz::sandbox
