#pragma once

#include "NetworkExchange.h"

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <QUrl>

namespace gobiz {

// Sanitizes what the network log keeps, deeper than browsers' "sanitized" HAR: besides every
// secret registered with the Redactor, it replaces by name what is a secret wherever it stands
// (Authorization and cookie headers; access and refresh tokens, codes, verifiers, broker
// sessions and poll tokens in URLs, JSON and form bodies), so a secret the application never
// saw (one a server sent back unasked, say) is covered too. Pure functions.
namespace SecretScrub {

// The fixed marker that stands for a removed value: the Redactor's, so one rule ("[redacted]"
// matches anything) serves every reader, gobiz-sandbox --replay included.
QByteArray marker();

// Field names (form and query parameters; JSON keys but "code" and "state") whose values
// are always secrets.
bool isSecretField(QStringView name);
// Headers whose values are always secrets: Authorization, Proxy-Authorization, Cookie, Set-Cookie.
bool isSecretHeader(QByteArrayView name);

QUrl url(const QUrl &url);
QList<HttpHeader> headers(const QList<HttpHeader> &headers);
// contentType picks the reading (JSON, form); anything else is redacted as text.
QByteArray body(const QByteArray &body, QByteArrayView contentType);

} // namespace SecretScrub
} // namespace gobiz
