#pragma once

#include "sandbox/HttpMessages.h"

#include <QJsonObject>

namespace gobiz::sandbox::Envelope {

// {"success":true,"data":...}
SandboxResponse success(const QJsonObject &data, int status = 200);
// {"success":false,"errors":[{"message_title","message","code":"HTTP_<status>",
//   "message_severity":"error"}]}
SandboxResponse error(int status, const QString &title, const QString &message);

// The documented 401 (glossary "Unauthorized").
SandboxResponse sessionExpired();
// Bodies for injected faults.
SandboxResponse htmlErrorPage(int status);
QByteArray malformedJson();

} // namespace gobiz::sandbox::Envelope
