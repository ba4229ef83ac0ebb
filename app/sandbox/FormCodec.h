#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace gobiz::sandbox::FormCodec {

// application/x-www-form-urlencoded, as HTML forms and OAuth token requests send it ('+' is a
// space). The sandbox's own small codec, shared with nothing in app/api: RFC 6749 §3.1 says a
// parameter must not be sent twice, so a repeated name is refused (nullopt, *repeated = name)
// instead of silently taking one of them.
std::optional<QHash<QString, QString>> parse(const QByteArray &encoded, QString *repeated = nullptr);

using Pairs = QList<QPair<QString, QString>>;
QByteArray encode(const Pairs &pairs);

// url with the pairs appended to its query, each value percent-encoded (QUrlQuery would leave
// '+' and '&' inside a value alone).
QUrl withQuery(const QUrl &url, const Pairs &pairs);

// The value of one cookie in a Cookie header ("a=1; b=2"); empty when absent.
QString cookie(const QByteArray &cookieHeader, const QByteArray &name);

} // namespace gobiz::sandbox::FormCodec
