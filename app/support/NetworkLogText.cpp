#include "NetworkLogText.h"

#include "NetworkLog.h"
#include "text/DateTimeText.h"

#include <QJsonDocument>

namespace gobiz {

namespace {

QString headerLines(const QList<HttpHeader> &headers)
{
    QStringList lines;
    for (const HttpHeader &header : headers)
        lines << QStringLiteral("  ") + QString::fromLatin1(header.name) + QStringLiteral(": ")
                + QString::fromUtf8(header.value);
    return lines.join(u'\n');
}

QString milliseconds(qint64 value)
{
    return value < 0 ? NetworkLogText::tr("unknown") : NetworkLogText::tr("%1 ms").arg(value);
}

} // namespace

QString NetworkLogText::readableBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString NetworkLogText::details(const NetworkExchange &exchange)
{
    QStringList out;
    out << QString::fromLatin1(exchange.method) + u' ' + exchange.url.toDisplayString(QUrl::FullyEncoded);
    out << tr("Sent: %1").arg(DateTimeText::format(exchange.startedAt, DateTimeText::Precision::Seconds)
                               + QStringLiteral(" (") + DateTimeText::timeOfDay(exchange.startedAt) + u')');
    if (!exchange.outletId.isEmpty())
        out << tr("Outlet: %1 · product: %2 · attempt %3").arg(exchange.outletId, exchange.product).arg(exchange.attempt);
    if (!exchange.requestId.isEmpty())
        out << tr("Request ID: %1").arg(exchange.requestId);
    if (!exchange.serverRequestId.isEmpty())
        out << tr("GoBiz's request ID: %1").arg(exchange.serverRequestId);
    out << tr("Status: %1").arg(NetworkLog::displayStatus(exchange));
    if (exchange.finished) {
        out << tr("Time: %1 in all (send %2, wait %3, receive %4)")
                   .arg(milliseconds(exchange.totalMs), milliseconds(exchange.sendMs),
                        milliseconds(exchange.waitMs), milliseconds(exchange.receiveMs));
    }
    if (!exchange.errorSentence.isEmpty())
        out << tr("What the wizard said: %1").arg(exchange.errorSentence);
    if (!exchange.networkError.isEmpty())
        out << tr("Network error: %1").arg(exchange.networkError);
    out << QString() << tr("Request headers") << headerLines(exchange.requestHeaders);
    if (!exchange.requestBody.isEmpty())
        out << QString() << tr("Request body") << readableBody(exchange.requestBody);
    if (exchange.finished && exchange.status > 0) {
        out << QString() << tr("Response headers") << headerLines(exchange.responseHeaders);
        out << QString() << tr("Response body") << readableBody(exchange.responseBody);
    }
    return out.join(u'\n');
}

QString NetworkLogText::table(const NetworkLog &log, const QList<int> &rows)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < NetworkLog::ColumnCount; ++column)
        header << log.headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        if (row < 0 || row >= log.rowCount())
            continue;
        QStringList cells;
        for (int column = 0; column < NetworkLog::ColumnCount; ++column)
            cells << log.data(log.index(row, column)).toString().replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace gobiz
