#pragma once

#include "NetworkExchange.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <deque>

namespace gobiz {

// Every request of the session, live, as a table (model/view): the network log window's model,
// and what the HAR export and the diagnostics bundle are made from. Holds only sanitized
// exchanges (RecordingNetworkAccessManager scrubs them before they arrive). Keeps the newest
// `capacity` exchanges; older ones leave from the top.
//
// Views see changes in batches, at most every `batchInterval` (one rowsInserted and one
// dataChanged for everything that arrived meanwhile): a view told of every request one by one
// spent 3.4 ms of the GUI thread per request (gobiz-network-log-bench). exchanges() and
// exchangeById() see every exchange at once; rowCount() what views were told of.
class NetworkLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Path, Outlet, Product, Attempt, Status, Duration, RequestId, Error, ColumnCount };
    enum Role {
        ExchangeIdRole = Qt::UserRole + 1, // quint64
    };

    explicit NetworkLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    static constexpr int batchIntervalMs = 100;
    // Tells views now of what arrived since the last batch (tests; also before a reset).
    void flush();

    // The recorder's side.
    void add(const NetworkExchange &exchange);
    // Replaces the exchange with the same id (its answer arrived); unknown ids are ignored.
    void update(const NetworkExchange &exchange);
    // What the API layer made of a GoBizClient call's answer, matched by the X-Request-ID sent.
    void annotate(const QString &requestId, const QString &errorKind, const QString &sentence,
        const QString &serverRequestId);

    const NetworkExchange &exchange(int row) const { return m_exchanges[size_t(row)]; }
    // Every exchange, shown or not yet: for HAR, bundle, cURL.
    int size() const { return int(m_exchanges.size()); }
    // nullptr when it left the log (or never was in it).
    const NetworkExchange *exchangeById(quint64 id) const;
    int rowOf(quint64 id) const; // -1 when not in the log (shown or not yet)
    QList<NetworkExchange> exchanges() const;
    void clear();

    // "…/outlets/abc/v1/link/gofood": what the Path column shows (decoded for reading; the
    // API's common start left out).
    static QString displayPath(const NetworkExchange &exchange);
    // "503 Service Unavailable", "no answer", "…" while it runs.
    static QString displayStatus(const NetworkExchange &exchange);

private:
    void changed(int row);
    void scheduleFlush();

    std::deque<NetworkExchange> m_exchanges; // ids ascending, consecutive except for gaps at start
    int m_capacity = 50000;
    int m_shown = 0; // rows views were told of: the first m_shown of m_exchanges
    int m_dirtyFirst = -1; // shown rows changed since the last batch
    int m_dirtyLast = -1;
    QTimer *m_batch;
};

} // namespace gobiz
