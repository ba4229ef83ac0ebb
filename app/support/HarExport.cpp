#include "HarExport.h"

#include "diagnostics/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace gobiz::HarExport {

namespace {

QJsonArray headersJson(const QList<HttpHeader> &headers)
{
    QJsonArray array;
    for (const HttpHeader &header : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.name)},
                                 {QStringLiteral("value"), QString::fromUtf8(header.value)}});
    return array;
}

QJsonArray queryJson(const QUrl &url)
{
    QJsonArray array;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return array;
}

QString mimeOf(QByteArray contentType)
{
    return contentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                 : QString::fromLatin1(contentType);
}

QJsonObject requestJson(const NetworkExchange &exchange)
{
    QJsonObject request{
        {QStringLiteral("method"), QString::fromLatin1(exchange.method)},
        {QStringLiteral("url"), QString::fromUtf8(exchange.url.toEncoded())},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(exchange.requestHeaders)},
        {QStringLiteral("queryString"), queryJson(exchange.url)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), exchange.requestBody.size()},
    };
    if (!exchange.requestBody.isEmpty()) {
        request.insert(QStringLiteral("postData"),
            QJsonObject{{QStringLiteral("mimeType"), mimeOf(exchange.requestHeader("Content-Type"))},
                        {QStringLiteral("params"), QJsonArray()},
                        {QStringLiteral("text"), QString::fromUtf8(exchange.requestBody)}});
    }
    return request;
}

QJsonObject responseJson(const NetworkExchange &exchange)
{
    const bool answered = exchange.finished && exchange.status > 0;
    QJsonObject content{
        {QStringLiteral("size"), answered ? exchange.responseBodySize : 0},
        {QStringLiteral("mimeType"), answered ? mimeOf(exchange.responseHeader("Content-Type")) : QStringLiteral("x-unknown")},
    };
    if (answered && !exchange.responseBody.isEmpty())
        content.insert(QStringLiteral("text"), QString::fromUtf8(exchange.responseBody));
    return {
        {QStringLiteral("status"), answered ? exchange.status : 0},
        {QStringLiteral("statusText"), QString::fromLatin1(exchange.statusText)},
        {QStringLiteral("httpVersion"), answered ? QStringLiteral("HTTP/1.1") : QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(exchange.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString::fromUtf8(exchange.responseHeader("Location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), answered ? exchange.responseBodySize : -1},
    };
}

QJsonObject entryJson(const NetworkExchange &exchange)
{
    // ISO 8601 with milliseconds and the local offset, as browsers write it.
    const QDateTime local = exchange.startedAt.toLocalTime();
    QJsonObject entry{
        {QStringLiteral("startedDateTime"),
         local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), qMax<qint64>(0, exchange.totalMs)},
        {QStringLiteral("request"), requestJson(exchange)},
        {QStringLiteral("response"), responseJson(exchange)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), -1},
                                                {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), -1},
                                                {QStringLiteral("send"), exchange.sendMs},
                                                {QStringLiteral("wait"), exchange.waitMs},
                                                {QStringLiteral("receive"), exchange.receiveMs},
                                                {QStringLiteral("ssl"), -1}}},
    };
    const auto addText = [&entry](const char *key, const QString &value) {
        if (!value.isEmpty())
            entry.insert(QLatin1String(key), value);
    };
    addText("_outletId", exchange.outletId);
    addText("_product", exchange.product);
    if (exchange.attempt > 0)
        entry.insert(QStringLiteral("_attempt"), exchange.attempt);
    addText("_requestId", exchange.requestId);
    addText("_serverRequestId", exchange.serverRequestId);
    addText("_errorKind", exchange.errorKind);
    addText("_error", exchange.errorSentence);
    addText("_networkError", exchange.networkError);
    if (!exchange.finished)
        entry.insert(QStringLiteral("_unfinished"), true);
    return entry;
}

} // namespace

QJsonObject document(const QList<NetworkExchange> &exchanges, const Creator &creator)
{
    QJsonArray entries;
    for (const NetworkExchange &exchange : exchanges)
        entries.append(entryJson(exchange));
    return {{QStringLiteral("log"),
             QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                         {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), creator.name},
                                                                 {QStringLiteral("version"), creator.version}}},
                         {QStringLiteral("entries"), entries}}}};
}

QByteArray bytes(const QList<NetworkExchange> &exchanges, const Creator &creator)
{
    return Redactor::redact(QJsonDocument(document(exchanges, creator)).toJson(QJsonDocument::Indented));
}

} // namespace gobiz::HarExport
