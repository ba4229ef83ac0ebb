#pragma once

#include "sandbox/HttpMessages.h"

class QHttpServerResponder;

namespace gobiz::sandbox::ReplyWriter {

// Writes a complete reply: status line, Content-Type, Content-Length, X-Request-ID, the extra
// headers, the body. The caller checks the socket is still connected first.
void write(
    QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &requestId);

// Writes the headers announcing more than the full Content-Length, only the first half of the
// body, and closes the connection right behind them. (A close before any byte of the answer
// would not do: QNetworkAccessManager silently resends the request in that case.)
void writeCutOff(
    QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &requestId);

// Closes the connection without answering (the client sees "remote host closed").
void disconnect(QHttpServerResponder &responder);

} // namespace gobiz::sandbox::ReplyWriter
