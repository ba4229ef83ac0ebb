#include "NetworkLogFilter.h"

#include "NetworkLog.h"

namespace gobiz {

NetworkLogFilter::NetworkLogFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void NetworkLogFilter::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidate(); // one layoutChanged: invalidateFilter() signals every block of rows it adds or removes
}

void NetworkLogFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidate(); // one layoutChanged: invalidateFilter() signals every block of rows it adds or removes
}

bool NetworkLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const NetworkLog *>(sourceModel());
    if (!log || sourceParent.isValid())
        return false;
    const NetworkExchange &exchange = log->exchange(sourceRow);
    const int status = exchange.status;
    bool shown = true;
    switch (m_show) {
    case Show::All: break;
    case Show::Problems: shown = exchange.isProblem(); break;
    case Show::NoAnswer: shown = exchange.finished && status == 0; break;
    case Show::ClientErrors: shown = status >= 400 && status < 500; break;
    case Show::ServerErrors: shown = status >= 500; break;
    }
    if (!shown || m_text.isEmpty())
        return shown;
    return exchange.outletId.contains(m_text, Qt::CaseInsensitive)
        || exchange.url.path(QUrl::PrettyDecoded).contains(m_text, Qt::CaseInsensitive);
}

} // namespace gobiz
