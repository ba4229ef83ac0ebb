#include "sandbox/RequestCopy.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QUrl>
#include <QUuid>

namespace gobiz::sandbox::RequestCopy {

namespace {

// HTTP's name for a method is Qt's key for it in capitals ("Get" -> "GET").
QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

} // namespace

QByteArray resolveRequestId(const QByteArray &sent)
{
    const QByteArray id = sent.trimmed();
    bool printable = !id.isEmpty() && id.size() <= 128;
    for (char c : id)
        printable = printable && c >= 0x21 && c <= 0x7e;
    return printable ? id : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

SandboxRequest fromServerRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.encodedPath = url.path(QUrl::FullyEncoded).toUtf8();
    copy.encodedQuery = url.query(QUrl::FullyEncoded).toUtf8();
    for (const auto &header : request.headers()) {
        const QByteArray name = header.first.toLower();
        const auto existing = copy.headers.constFind(name);
        copy.headers.insert(name,
            existing == copy.headers.cend() ? header.second : *existing + ", " + header.second);
    }
    copy.body = request.body();
    copy.requestId = resolveRequestId(copy.header("x-request-id"));
    return copy;
}

} // namespace gobiz::sandbox::RequestCopy
