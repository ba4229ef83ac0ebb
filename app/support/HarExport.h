#pragma once

#include "NetworkExchange.h"

#include <QJsonObject>
#include <QList>

namespace gobiz::HarExport {

struct Creator
{
    QString name;
    QString version;
};

// The session as HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): one entry per
// exchange, in the order the requests left, with honest timings (send, wait, receive; -1 where
// unknown) and what a support agent needs beside them as custom fields (_outletId, _product,
// _attempt, _requestId, _serverRequestId, _errorKind, _error, _networkError). An exchange with
// no answer has status 0, as browsers write it. The exchanges are sanitized already
// (SecretScrub); bytes() passes the whole text through the Redactor once more.
QJsonObject document(const QList<NetworkExchange> &exchanges, const Creator &creator);
QByteArray bytes(const QList<NetworkExchange> &exchanges, const Creator &creator);

} // namespace gobiz::HarExport
