#include "NetworkLog.h"

#include "text/DateTimeText.h"

#include <QLocale>

namespace gobiz {

NetworkLog::NetworkLog(QObject *parent) : QAbstractTableModel(parent), m_batch(new QTimer(this))
{
    m_batch->setSingleShot(true);
    m_batch->setInterval(batchIntervalMs);
    connect(m_batch, &QTimer::timeout, this, &NetworkLog::flush);
}

int NetworkLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

void NetworkLog::scheduleFlush()
{
    if (!m_batch->isActive())
        m_batch->start();
}

void NetworkLog::flush()
{
    m_batch->stop();
    const int excess = int(m_exchanges.size()) - m_capacity;
    if (excess > 0) {
        // The oldest leave, shown ones with a signal.
        const int shownLeaving = qMin(excess, m_shown);
        if (shownLeaving > 0)
            beginRemoveRows({}, 0, shownLeaving - 1);
        m_exchanges.erase(m_exchanges.begin(), m_exchanges.begin() + excess);
        m_shown -= shownLeaving;
        if (m_dirtyFirst >= 0) {
            m_dirtyFirst = qMax(0, m_dirtyFirst - excess);
            m_dirtyLast -= excess;
            if (m_dirtyLast < 0)
                m_dirtyFirst = m_dirtyLast = -1;
        }
        if (shownLeaving > 0)
            endRemoveRows();
    }
    if (m_dirtyFirst >= 0 && m_dirtyFirst <= m_dirtyLast && m_dirtyLast < m_shown)
        emit dataChanged(index(m_dirtyFirst, 0), index(m_dirtyLast, ColumnCount - 1));
    m_dirtyFirst = m_dirtyLast = -1;
    const int total = int(m_exchanges.size());
    if (total > m_shown) {
        beginInsertRows({}, m_shown, total - 1);
        m_shown = total;
        endInsertRows();
    }
}

int NetworkLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NetworkLog::displayPath(const NetworkExchange &exchange)
{
    // Every API path starts so (gobiz-api.md); what follows tells requests apart. The details
    // and the tooltip show the whole address.
    const QString path = exchange.url.path(QUrl::PrettyDecoded);
    static const QString api = QStringLiteral("/integrations/partner");
    const qsizetype at = path.indexOf(api);
    return at >= 0 ? QStringLiteral("…") + path.mid(at + api.size()) : path;
}

QString NetworkLog::displayStatus(const NetworkExchange &exchange)
{
    if (!exchange.finished)
        return tr("waiting…");
    if (exchange.status == 0)
        return tr("no answer");
    return exchange.statusText.isEmpty()
        ? QString::number(exchange.status)
        : QStringLiteral("%1 %2").arg(exchange.status).arg(QString::fromLatin1(exchange.statusText));
}

QVariant NetworkLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkExchange &exchange = m_exchanges[size_t(index.row())];
    switch (role) {
    case ExchangeIdRole:
        return QVariant::fromValue(exchange.id);
    case Qt::TextAlignmentRole:
        if (index.column() == Attempt || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Error && !exchange.errorSentence.isEmpty())
            return exchange.errorSentence;
        if (index.column() == Path)
            return exchange.url.toDisplayString(QUrl::RemoveQuery);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return DateTimeText::timeOfDay(exchange.startedAt);
    case Method:
        return QString::fromLatin1(exchange.method);
    case Path:
        return displayPath(exchange);
    case Outlet:
        return exchange.outletId;
    case Product:
        return exchange.product;
    case Attempt:
        return exchange.attempt > 0 ? QVariant(exchange.attempt) : QVariant();
    case Status:
        return displayStatus(exchange);
    case Duration:
        return exchange.finished ? tr("%1 ms").arg(QLocale().toString(exchange.totalMs)) : QString();
    case RequestId:
        return exchange.serverRequestId.isEmpty() ? exchange.requestId : exchange.serverRequestId;
    case Error:
        if (!exchange.errorSentence.isEmpty())
            return exchange.errorSentence;
        return exchange.networkError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NetworkLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Outlet: return tr("Outlet");
    case Product: return tr("Product");
    case Attempt: return tr("Attempt");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case RequestId: return tr("Request ID");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

void NetworkLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    flush();
}

void NetworkLog::add(const NetworkExchange &exchange)
{
    m_exchanges.push_back(exchange);
    // Never more than twice the capacity waits for a batch.
    if (int(m_exchanges.size()) >= 2 * m_capacity)
        flush();
    scheduleFlush();
}

int NetworkLog::rowOf(quint64 id) const
{
    if (m_exchanges.empty() || id < m_exchanges.front().id || id > m_exchanges.back().id)
        return -1;
    // Ids are consecutive within the log, so the row is an offset; the search is a fallback.
    const auto offset = qsizetype(id - m_exchanges.front().id);
    if (offset < qsizetype(m_exchanges.size()) && m_exchanges[size_t(offset)].id == id)
        return int(offset);
    const auto found = std::lower_bound(m_exchanges.begin(), m_exchanges.end(), id,
        [](const NetworkExchange &exchange, quint64 value) { return exchange.id < value; });
    return found != m_exchanges.end() && found->id == id ? int(found - m_exchanges.begin()) : -1;
}

const NetworkExchange *NetworkLog::exchangeById(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_exchanges[size_t(row)];
}

void NetworkLog::update(const NetworkExchange &exchange)
{
    const int row = rowOf(exchange.id);
    if (row < 0)
        return;
    NetworkExchange &kept = m_exchanges[size_t(row)];
    // An annotation may arrive before the network's finish is recorded; keep it.
    const QString kind = kept.errorKind, sentence = kept.errorSentence, serverId = kept.serverRequestId;
    kept = exchange;
    if (kept.errorKind.isEmpty())
        kept.errorKind = kind;
    if (kept.errorSentence.isEmpty())
        kept.errorSentence = sentence;
    if (kept.serverRequestId.isEmpty())
        kept.serverRequestId = serverId;
    changed(row);
}

void NetworkLog::annotate(const QString &requestId, const QString &errorKind, const QString &sentence,
    const QString &serverRequestId)
{
    if (requestId.isEmpty())
        return;
    // The newest first: the call just answered is near the end.
    for (auto it = m_exchanges.rbegin(); it != m_exchanges.rend(); ++it) {
        if (it->requestId != requestId)
            continue;
        it->errorKind = errorKind;
        it->errorSentence = sentence;
        if (!serverRequestId.isEmpty())
            it->serverRequestId = serverRequestId;
        changed(int(std::distance(it, m_exchanges.rend())) - 1);
        return;
    }
}

QList<NetworkExchange> NetworkLog::exchanges() const
{
    return QList<NetworkExchange>(m_exchanges.begin(), m_exchanges.end());
}

void NetworkLog::clear()
{
    m_batch->stop();
    beginResetModel();
    m_exchanges.clear();
    m_shown = 0;
    m_dirtyFirst = m_dirtyLast = -1;
    endResetModel();
}

void NetworkLog::changed(int row)
{
    if (row >= m_shown)
        return; // not shown yet: the batch that shows it shows it as it is then
    m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
    m_dirtyLast = qMax(m_dirtyLast, row);
    scheduleFlush();
}

} // namespace gobiz
