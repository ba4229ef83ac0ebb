#include "OutletTableProxy.h"

#include "InlineMessage.h"
#include "model/OutletModel.h"

#include <QIcon>
#include <QScopeGuard>

#include <algorithm>
#include <cstdlib>

namespace gobiz::ui {

namespace {

constexpr int searchedColumns[] = {OutletModel::NameColumn, OutletModel::OutletIdColumn,
                                   OutletModel::AddressColumn, OutletModel::ExternalIdColumn};

bool isTextColumn(int column)
{
    return std::find(std::begin(searchedColumns), std::end(searchedColumns), column)
        != std::end(searchedColumns);
}

// One icon object per state, made once: a QIcon made from an SVG file per data() call would
// render the file again for every painted cell.
QIcon stateIcon(int state)
{
    static const char *names[] = {"unknown", "not-linked", "pending", "linked", "pending",
                                  "failed"};
    static const QList<QIcon> icons = [] {
        QList<QIcon> made;
        for (const char *name : names)
            made.append(themeIcon(QString::fromLatin1(name)));
        return made;
    }();
    return state >= 0 && state < icons.size() ? icons.at(state) : QIcon();
}

// Each row's rank in collation order, from keys made once (not a collation per comparison);
// equal texts rank in GoBiz's order.
std::vector<int> ranksOf(const std::vector<QCollatorSortKey> &keys)
{
    std::vector<int> order(keys.size());
    for (size_t row = 0; row < order.size(); ++row)
        order[row] = int(row);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    std::vector<int> ranks(keys.size());
    for (size_t rank = 0; rank < order.size(); ++rank)
        ranks[size_t(order[rank])] = int(rank);
    return ranks;
}

} // namespace

OutletTableProxy::OutletTableProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OutletModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Cabang Dago 2" before "Cabang Dago 10"
    m_warmUp.setInterval(0);
    connect(&m_warmUp, &QTimer::timeout, this, &OutletTableProxy::warmUp);
}

void OutletTableProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetKeys();
    m_outlets = qobject_cast<OutletModel *>(model);
    if (model) {
        // Connected before the base class connects its own handlers, so the keys are right
        // by the time it filters and sorts again.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &OutletTableProxy::forgetKeys);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &OutletTableProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &OutletTableProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &OutletTableProxy::forgetKeys);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceRowsChanged(topLeft.row(), bottomRight.row(), topLeft.column(),
                                      bottomRight.column());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (m_outlets)
        m_warmUp.start();
}

void OutletTableProxy::forgetKeys()
{
    m_searchKeys.clear();
    m_intKeys.clear();
    m_externalIdKeys.clear();
    m_warmText.clear();
    m_warmColumn = -1;
    m_acceptedValid = false;
    m_lastKeysColumn = -1;
    m_lastKeys = nullptr;
    if (m_outlets)
        m_warmUp.start();
}

bool OutletTableProxy::isWarm() const
{
    if (!m_outlets)
        return true;
    const size_t rows = size_t(m_outlets->rowCount());
    if (m_searchKeys.size() != qsizetype(rows))
        return false;
    for (int column : {int(OutletModel::NameColumn), int(OutletModel::OutletIdColumn),
                       int(OutletModel::AddressColumn), int(OutletModel::GoFoodColumn),
                       int(OutletModel::PaymentColumn)}) {
        const auto keys = m_intKeys.constFind(column);
        if (keys == m_intKeys.cend() || keys->size() != rows)
            return false;
    }
    return true;
}

void OutletTableProxy::warmUp()
{
    constexpr int step = 2000; // rows per step: a few milliseconds
    if (!m_outlets || isWarm()) {
        m_warmUp.stop();
        m_warmText.clear();
        return;
    }
    const int rows = m_outlets->rowCount();
    if (m_searchKeys.size() < rows) {
        buildSearchKeys(int(qMin<qsizetype>(rows, m_searchKeys.size() + step)));
        return;
    }
    for (int column : {int(OutletModel::NameColumn), int(OutletModel::OutletIdColumn),
                       int(OutletModel::AddressColumn)}) {
        const auto ranks = m_intKeys.constFind(column);
        if (ranks != m_intKeys.cend() && ranks->size() == size_t(rows))
            continue;
        if (m_warmColumn != column) {
            m_warmText.clear();
            m_warmText.reserve(size_t(rows));
            m_warmColumn = column;
        }
        if (m_warmText.size() < size_t(rows)) {
            const int end = qMin(rows, int(m_warmText.size()) + step);
            for (int row = int(m_warmText.size()); row < end; ++row)
                m_warmText.push_back(m_collator.sortKey(
                    m_outlets->index(row, column).data(OutletModel::SortRole).toString()));
            return;
        }
        m_lastKeysColumn = -1; // an insert may move the hash's values
        m_intKeys.insert(column, ranksOf(m_warmText));
        m_warmText.clear();
        m_warmColumn = -1;
        return;
    }
    intKeys(OutletModel::GoFoodColumn);
    intKeys(OutletModel::PaymentColumn);
}

QString OutletTableProxy::searchKey(const QString &name, const QString &outletId,
                                    const QString &address, const QString &externalId)
{
    // A separator no query contains, so a match never spans two fields.
    const QChar separator(u'\x1f');
    return (name + separator + outletId + separator + address + separator + externalId)
        .toCaseFolded();
}

QString OutletTableProxy::foldedQuery(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

void OutletTableProxy::buildSearchKeys(int upTo) const
{
    // Goes on from where the idle steps stopped.
    const QList<Outlet> &outlets = m_outlets->outlets();
    m_searchKeys.reserve(outlets.size());
    for (qsizetype row = m_searchKeys.size(); row < upTo; ++row) {
        const Outlet &outlet = outlets.at(row);
        m_searchKeys.append(searchKey(outlet.name, outlet.id, outlet.address,
                                      m_outlets->externalOutletId(int(row))));
    }
}

void OutletTableProxy::sourceRowsChanged(int first, int last, int firstColumn, int lastColumn)
{
    if (!m_outlets)
        return;
    const qsizetype rows = m_outlets->rowCount();
    const QList<Outlet> &outlets = m_outlets->outlets();
    const auto refreshAccepted = qScopeGuard([&] {
        // After the keys: a changed cell or external id may let a row in or out.
        if (m_acceptedValid && m_accepted.size() == size_t(rows)) {
            for (int row = first; row <= last; ++row)
                m_accepted[size_t(row)] = acceptsState(row) && acceptsSearch(row);
        }
    });
    // In place, so a bulk fill of 5,000 external ids or a run's cell updates cost a key each.
    if (firstColumn <= OutletModel::ExternalIdColumn && lastColumn >= OutletModel::ExternalIdColumn) {
        if (m_searchKeys.size() == rows) {
            for (int row = first; row <= last; ++row)
                m_searchKeys[row] = searchKey(outlets.at(row).name, outlets.at(row).id,
                                              outlets.at(row).address,
                                              m_outlets->externalOutletId(row));
        }
        if (m_externalIdKeys.size() == size_t(rows)) {
            for (int row = first; row <= last; ++row)
                m_externalIdKeys[size_t(row)] =
                    m_collator.sortKey(m_outlets->externalOutletId(row));
        }
    }
    for (int column : {int(OutletModel::GoFoodColumn), int(OutletModel::PaymentColumn)}) {
        if (column < firstColumn || column > lastColumn)
            continue;
        const auto keys = m_intKeys.find(column);
        if (keys == m_intKeys.end() || keys->size() != size_t(rows))
            continue;
        for (int row = first; row <= last; ++row)
            (*keys)[size_t(row)] =
                m_outlets->index(row, column).data(OutletModel::SortRole).toInt();
    }
}

void OutletTableProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    const QString before = m_foldedSearch;
    m_search = trimmed;
    m_foldedSearch = foldedQuery(trimmed);
    // Typing on narrows the rows, deleting widens them: only rows leave, or only rows come.
    refilter(m_foldedSearch.contains(before), before.contains(m_foldedSearch));
}

void OutletTableProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    refilter(false, false);
}

void OutletTableProxy::refilter(bool narrowing, bool widening)
{
    if (!m_outlets) {
        invalidate();
        return;
    }
    // Which rows pass now: typing on can only drop rows that passed before.
    const int rows = m_outlets->rowCount();
    const bool onlyPassed = narrowing && m_acceptedValid && m_accepted.size() == size_t(rows);
    if (!onlyPassed)
        m_accepted.assign(size_t(rows), 1);
    int accepted = 0;
    for (int row = 0; row < rows; ++row) {
        char &passes = m_accepted[size_t(row)];
        if (passes)
            passes = acceptsState(row) && acceptsSearch(row);
        accepted += passes;
    }
    m_acceptedValid = true;
    // invalidateFilter() removes and inserts the rows that changed range by range, and the view
    // handles each range: a keystroke that hid thousands of scattered rows took seconds at
    // 100,000 rows. Mapping anew (invalidate()) is one layout change, but sorts again. So: few
    // rows changing (the later letters of a query), the ranges; many, mapping anew.
    constexpr int fewRows = 128;
    if ((narrowing || widening) && std::abs(accepted - rowCount()) <= fewRows)
        invalidateFilter();
    else
        invalidate();
}

bool OutletTableProxy::matches(StateFilter filter, LinkState goFood, LinkState payment,
                               bool hasExternalId)
{
    const auto either = [&](auto test) { return test(goFood) || test(payment); };
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Failed:
        return either([](LinkState s) { return s == LinkState::Failed; });
    case StateFilter::NotSent:
        return either([](LinkState s) { return s == LinkState::NotSent; });
    case StateFilter::InProgress:
        return either([](LinkState s) {
            return s == LinkState::Linking || s == LinkState::Unlinking;
        });
    case StateFilter::Linked:
        return either([](LinkState s) { return s == LinkState::Linked; });
    case StateFilter::NotLinked:
        return either([](LinkState s) { return s == LinkState::NotLinked; });
    case StateFilter::Unknown:
        return either([](LinkState s) { return s == LinkState::Unknown; });
    case StateFilter::NoExternalId:
        return !hasExternalId;
    }
    return true;
}

bool OutletTableProxy::acceptsState(int sourceRow) const
{
    return m_stateFilter == StateFilter::All
        || matches(m_stateFilter, m_outlets->cell(sourceRow, Product::GoFood).state,
                   m_outlets->cell(sourceRow, Product::Payment).state,
                   !m_outlets->externalOutletId(sourceRow).isEmpty());
}

bool OutletTableProxy::acceptsSearch(int sourceRow) const
{
    if (m_foldedSearch.isEmpty())
        return true;
    if (m_searchKeys.size() != m_outlets->rowCount())
        buildSearchKeys(m_outlets->rowCount());
    return m_searchKeys.at(sourceRow).contains(m_foldedSearch);
}

bool OutletTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_outlets || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_acceptedValid && size_t(sourceRow) < m_accepted.size())
        return m_accepted[size_t(sourceRow)];
    return acceptsState(sourceRow) && acceptsSearch(sourceRow);
}

const std::vector<int> *OutletTableProxy::intKeys(int column) const
{
    if (!m_outlets || column == OutletModel::ExternalIdColumn || column < 0
        || column >= OutletModel::ColumnCount)
        return nullptr;
    const int rows = m_outlets->rowCount();
    auto keys = m_intKeys.find(column);
    if (keys != m_intKeys.end() && keys->size() == size_t(rows))
        return &*keys;
    std::vector<int> made(static_cast<size_t>(rows));
    if (isTextColumn(column)) {
        std::vector<QCollatorSortKey> text;
        text.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            text.push_back(m_collator.sortKey(
                m_outlets->index(row, column).data(OutletModel::SortRole).toString()));
        made = ranksOf(text);
    } else {
        for (int row = 0; row < rows; ++row)
            made[size_t(row)] = m_outlets->index(row, column).data(OutletModel::SortRole).toInt();
    }
    m_lastKeysColumn = -1; // an insert may move the hash's values
    return &*m_intKeys.insert(column, std::move(made));
}

const std::vector<QCollatorSortKey> *OutletTableProxy::collationKeys(int column) const
{
    if (!m_outlets || column != OutletModel::ExternalIdColumn)
        return nullptr;
    const int rows = m_outlets->rowCount();
    if (m_externalIdKeys.size() != size_t(rows)) {
        m_externalIdKeys.clear();
        m_externalIdKeys.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_externalIdKeys.push_back(m_collator.sortKey(m_outlets->externalOutletId(row)));
    }
    return &m_externalIdKeys;
}

bool OutletTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != m_lastKeysColumn) {
        m_lastKeys = intKeys(left.column());
        m_lastKeysColumn = left.column();
    }
    if (const std::vector<int> *keys = m_lastKeys) {
        const int a = (*keys)[size_t(left.row())];
        const int b = (*keys)[size_t(right.row())];
        return a != b ? a < b : left.row() < right.row(); // ties keep GoBiz's order
    }
    if (const std::vector<QCollatorSortKey> *keys = collationKeys(left.column())) {
        const int order = (*keys)[size_t(left.row())].compare((*keys)[size_t(right.row())]);
        return order != 0 ? order < 0 : left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QVariant OutletTableProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QModelIndex source = mapToSource(index);
        if (OutletModel::productOf(source.column()))
            return stateIcon(source.data(OutletModel::LinkStateRole).toInt());
        if (source.column() == OutletModel::PrimaryColumn
            && source.data(OutletModel::IsPrimaryRole).toBool()) {
            static const QIcon primary = themeIcon(QStringLiteral("primary"));
            return primary;
        }
    }
    if (role == Qt::AccessibleTextRole) {
        // Screen readers read the state, not the check box alone.
        const QModelIndex source = mapToSource(index);
        if (OutletModel::productOf(source.column()))
            return source.data(OutletModel::LinkStateTextRole);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool OutletTableProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QModelIndex source = mapToSource(index);
    const auto product = OutletModel::productOf(source.column());
    if (product && role == Qt::CheckStateRole) {
        const auto state = Qt::CheckState(value.toInt());
        if (state == Qt::PartiallyChecked)
            return false;
        emit checkRequested(source.row(), *product,
                            state == Qt::Checked ? LinkAction::Link : LinkAction::Unlink);
        return false; // the cell follows the engine, not the click
    }
    return QSortFilterProxyModel::setData(index, value, role);
}

} // namespace gobiz::ui
