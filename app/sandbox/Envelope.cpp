#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox::Envelope {

SandboxResponse success(const QJsonObject &data, int status)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject {{u"success"_s, true}, {u"data"_s, data}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse error(int status, const QString &title, const QString &message)
{
    const QJsonObject entry {{u"message_title"_s, title}, {u"message"_s, message},
        {u"code"_s, u"HTTP_%1"_s.arg(status)}, {u"message_severity"_s, u"error"_s}};
    SandboxResponse response;
    response.status = status;
    response.body
        = QJsonDocument(QJsonObject {{u"success"_s, false}, {u"errors"_s, QJsonArray {entry}}})
              .toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse sessionExpired()
{
    return error(401, u"Session Expired"_s, u"Your session is expired. Please login again."_s);
}

SandboxResponse htmlErrorPage(int status)
{
    // What a load balancer or proxy in front of an API typically sends.
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(status)
        + " Bad Gateway</title></head>\n<body><center><h1>" + QByteArray::number(status)
        + " Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body></html>\n";
    return response;
}

QByteArray malformedJson()
{
    // Unquoted key and a trailing comma: starts like a success, parses as nothing.
    return R"({"success":true,"data":{outlet:{"id":"?",},})";
}

} // namespace gobiz::sandbox::Envelope
