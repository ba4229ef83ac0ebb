#pragma once

#include "NetworkExchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gobiz {

class NetworkLog;

// The network log as text for people: one exchange in full (the window's detail pane), and
// rows as a tab-separated table (its Copy). Made only from sanitized exchanges.
class NetworkLogText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkLogText)
public:
    static QString details(const NetworkExchange &exchange);
    static QString table(const NetworkLog &log, const QList<int> &rows);
    // A body for reading: JSON indented, anything else as it came.
    static QString readableBody(const QByteArray &body);
};

} // namespace gobiz
