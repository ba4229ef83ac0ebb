#include "CurlCommand.h"

namespace gobiz::CurlCommand {

QString quote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString bash(const NetworkExchange &exchange)
{
    QString first = QStringLiteral("curl ");
    if (exchange.method != "GET")
        first += QStringLiteral("-X ") + QString::fromLatin1(exchange.method) + u' ';
    QStringList parts{first + quote(QString::fromUtf8(exchange.url.toEncoded()))};
    for (const HttpHeader &header : exchange.requestHeaders) {
        const QByteArray name = header.name.toLower();
        if (name == "content-length" || name == "host" || name == "user-agent" || name == "x-request-id")
            continue;
        if (name == "authorization") {
            parts << QStringLiteral("-H \"Authorization: Bearer $GOBIZ_TOKEN\"");
            continue;
        }
        parts << QStringLiteral("-H ")
                + quote(QString::fromLatin1(header.name) + QStringLiteral(": ") + QString::fromUtf8(header.value));
    }
    if (!exchange.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw ") + quote(QString::fromUtf8(exchange.requestBody));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace gobiz::CurlCommand
