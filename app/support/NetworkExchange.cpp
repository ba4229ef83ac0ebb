#include "NetworkExchange.h"

namespace gobiz {

namespace {
QByteArray headerValue(const QList<HttpHeader> &headers, QByteArrayView name)
{
    for (const HttpHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}
} // namespace

QByteArray NetworkExchange::requestHeader(QByteArrayView name) const
{
    return headerValue(requestHeaders, name);
}

QByteArray NetworkExchange::responseHeader(QByteArrayView name) const
{
    return headerValue(responseHeaders, name);
}

} // namespace gobiz
