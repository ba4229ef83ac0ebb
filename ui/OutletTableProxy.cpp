#include "OutletTableProxy.h"

#include "InlineMessage.h"
#include "model/OutletModel.h"

#include <QIcon>

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

} // namespace

OutletTableProxy::OutletTableProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OutletModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Cabang Dago 2" before "Cabang Dago 10"
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
}

void OutletTableProxy::forgetKeys()
{
    m_searchKeys.clear();
    m_sortKeys.clear();
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

void OutletTableProxy::buildSearchKeys() const
{
    const int rows = m_outlets->rowCount();
    const QList<Outlet> &outlets = m_outlets->outlets();
    m_searchKeys.clear();
    m_searchKeys.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const Outlet &outlet = outlets.at(row);
        m_searchKeys.append(searchKey(outlet.name, outlet.id, outlet.address,
                                      m_outlets->externalOutletId(row)));
    }
}

void OutletTableProxy::sourceRowsChanged(int first, int last, int firstColumn, int lastColumn)
{
    // Only external ids change in place; product cells have no text key.
    if (!m_outlets || firstColumn > OutletModel::ExternalIdColumn
        || lastColumn < OutletModel::ExternalIdColumn)
        return;
    const QList<Outlet> &outlets = m_outlets->outlets();
    if (m_searchKeys.size() == outlets.size()) {
        for (int row = first; row <= last; ++row)
            m_searchKeys[row] = searchKey(outlets.at(row).name, outlets.at(row).id,
                                          outlets.at(row).address,
                                          m_outlets->externalOutletId(row));
    }
    const auto keys = m_sortKeys.find(OutletModel::ExternalIdColumn);
    if (keys != m_sortKeys.end() && keys->size() == size_t(outlets.size())) {
        for (int row = first; row <= last; ++row)
            (*keys)[size_t(row)] = m_collator.sortKey(m_outlets->externalOutletId(row));
    }
}

void OutletTableProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_foldedSearch = foldedQuery(trimmed);
    invalidateFilter();
}

void OutletTableProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateFilter();
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

bool OutletTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_outlets || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_stateFilter != StateFilter::All
        && !matches(m_stateFilter, m_outlets->cell(sourceRow, Product::GoFood).state,
                    m_outlets->cell(sourceRow, Product::Payment).state,
                    !m_outlets->externalOutletId(sourceRow).isEmpty()))
        return false;
    if (m_foldedSearch.isEmpty())
        return true;
    if (m_searchKeys.size() != m_outlets->rowCount())
        buildSearchKeys();
    return m_searchKeys.at(sourceRow).contains(m_foldedSearch);
}

const std::vector<QCollatorSortKey> *OutletTableProxy::sortKeys(int column) const
{
    if (!m_outlets || !isTextColumn(column))
        return nullptr;
    auto keys = m_sortKeys.find(column);
    if (keys == m_sortKeys.end() || keys->size() != size_t(m_outlets->rowCount())) {
        std::vector<QCollatorSortKey> made;
        const int rows = m_outlets->rowCount();
        made.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            made.push_back(m_collator.sortKey(
                m_outlets->index(row, column).data(OutletModel::SortRole).toString()));
        keys = m_sortKeys.insert(column, std::move(made));
    }
    return &*keys;
}

bool OutletTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const std::vector<QCollatorSortKey> *keys = sortKeys(left.column())) {
        const int order = keys->at(size_t(left.row())).compare(keys->at(size_t(right.row())));
        if (order != 0)
            return order < 0;
        return left.row() < right.row(); // equal names keep GoBiz's order
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
