#include "CurlCommand.h"

#include <QRegularExpression>

namespace gobiz::CurlCommand {

QString quote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString quoteForCmd(const QString &text)
{
    // Chrome's escapeStringWin: backslashes and quotes for the C runtime first, then a caret
    // before everything cmd might act on, then % before a name so it is not expanded.
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    static const QRegularExpression special(QStringLiteral("([^a-zA-Z0-9\\s_\\-:=+~'/.,?;()*`])"));
    escaped.replace(special, QStringLiteral("^\\1"));
    static const QRegularExpression percent(QStringLiteral("%(?=[a-zA-Z0-9_])"));
    escaped.replace(percent, QStringLiteral("%^"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(u'\n', QStringLiteral("^\n\n"));
    return QStringLiteral("^\"") + escaped + QStringLiteral("^\"");
}

namespace {

using Quote = QString (*)(const QString &);

QStringList curlParts(const NetworkExchange &exchange, Quote quoted, const QString &authorization)
{
    QString first = QStringLiteral("curl ");
    if (exchange.method != "GET")
        first += QStringLiteral("-X ") + QString::fromLatin1(exchange.method) + u' ';
    QStringList parts{first + quoted(QString::fromUtf8(exchange.url.toEncoded()))};
    for (const HttpHeader &header : exchange.requestHeaders) {
        const QByteArray name = header.name.toLower();
        if (name == "content-length" || name == "host" || name == "user-agent" || name == "x-request-id")
            continue;
        if (name == "authorization") {
            parts << QStringLiteral("-H ") + authorization;
            continue;
        }
        parts << QStringLiteral("-H ")
                + quoted(QString::fromLatin1(header.name) + QStringLiteral(": ") + QString::fromUtf8(header.value));
    }
    if (!exchange.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw ") + quoted(QString::fromUtf8(exchange.requestBody));
    return parts;
}

} // namespace

QString bash(const NetworkExchange &exchange)
{
    return curlParts(exchange, &quote, QStringLiteral("\"Authorization: Bearer $GOBIZ_TOKEN\""))
        .join(QStringLiteral(" \\\n  "));
}

QString cmd(const NetworkExchange &exchange)
{
    // %GOBIZ_TOKEN% stays unescaped: cmd expands it.
    return curlParts(exchange, &quoteForCmd, QStringLiteral("^\"Authorization: Bearer %GOBIZ_TOKEN%^\""))
        .join(QStringLiteral(" ^\n  "));
}

} // namespace gobiz::CurlCommand
