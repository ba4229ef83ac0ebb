#pragma once

#include "api/Product.h"
#include "model/LinkState.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace gobiz {
class OutletModel;
}

namespace gobiz::ui {

// Between the OutletModel and the table: filters on name, outlet id, address and external id
// (the search field) and on what the product cells show (the Show filter), sorts by the model's
// SortRole, adds state icons to product cells (the text still carries the state), and turns a
// click on a product check cell into checkRequested() so the page can ask its confirmations
// before anything reaches the engine.
//
// A keystroke re-filters every row, so the search reads a folded key per row built once (and
// kept up to date when an external id changes) instead of four QVariant strings and a
// case-insensitive search per row; text columns sort on collation keys built once per column.
class OutletTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // What the Show filter keeps: an outlet is shown when one of its product cells (or, for
    // NoExternalId, the outlet) matches.
    enum class StateFilter {
        All,
        Failed,
        InProgress, // Linking… or Unlinking…
        Linked,
        NotLinked,
        Unknown,
        NoExternalId,
    };
    Q_ENUM(StateFilter)

    explicit OutletTableProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }

    // The filters' rule, without a model: does an outlet with these cells pass?
    static bool matches(StateFilter filter, LinkState goFood, LinkState payment,
                        bool hasExternalId);
    // The folded text a search matches against, and what a typed query is folded to.
    static QString searchKey(const QString &name, const QString &outletId, const QString &address,
                             const QString &externalId);
    static QString foldedQuery(const QString &text);

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void checkRequested(int sourceRow, gobiz::Product product, gobiz::LinkAction action);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forgetKeys();
    void buildSearchKeys() const;
    void sourceRowsChanged(int first, int last, int firstColumn, int lastColumn);
    const std::vector<QCollatorSortKey> *sortKeys(int column) const;

    OutletModel *m_outlets = nullptr;
    QString m_search;      // as typed, trimmed
    QString m_foldedSearch;
    StateFilter m_stateFilter = StateFilter::All;
    // Caches of the source rows, dropped when the rows change; built on first use.
    mutable QStringList m_searchKeys;
    mutable QHash<int, std::vector<QCollatorSortKey>> m_sortKeys; // text columns only
    QCollator m_collator;
};

} // namespace gobiz::ui
