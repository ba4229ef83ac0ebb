#pragma once

#include "api/Product.h"
#include "model/LinkState.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

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
        NotSent, // stopped, or refused here, before anything was sent
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

    // True once the search and sort keys of every row are built. They are built in small steps
    // while the event loop is idle after the outlets arrive, so neither the first keystroke nor
    // the first click on a header pays for them (a step runs at most a few milliseconds).
    bool isWarm() const;

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void checkRequested(int sourceRow, gobiz::Product product, gobiz::LinkAction action);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter(bool narrowing, bool widening);
    void forgetKeys();
    void warmUp();
    void buildSearchKeys(int upTo) const;
    bool acceptsSearch(int sourceRow) const;
    bool acceptsState(int sourceRow) const;
    void sourceRowsChanged(int first, int last, int firstColumn, int lastColumn);
    const std::vector<int> *intKeys(int column) const;
    const std::vector<QCollatorSortKey> *collationKeys(int column) const;

    OutletModel *m_outlets = nullptr;
    QString m_search;      // as typed, trimmed
    QString m_foldedSearch;
    StateFilter m_stateFilter = StateFilter::All;
    // Caches of the source rows, dropped when the rows change, built on first use. Sorting
    // compares ints wherever it can: for the names, ids and addresses (which change only with
    // the rows) each row's rank in collation order; for the state columns their sort key, kept
    // up to date as cells change. External ids, which people edit, keep collation keys.
    mutable QStringList m_searchKeys;
    // Which rows pass both filters, worked out once per change (refilter) and read by
    // filterAcceptsRow; typing on re-tests only the rows that passed before.
    std::vector<char> m_accepted;
    bool m_acceptedValid = false;
    // The keys of the column sorted last, so a comparison does not look the column up.
    mutable int m_lastKeysColumn = -1;
    mutable const std::vector<int> *m_lastKeys = nullptr;
    mutable QHash<int, std::vector<int>> m_intKeys;
    mutable std::vector<QCollatorSortKey> m_externalIdKeys;
    QCollator m_collator;
    QTimer m_warmUp;
    int m_warmColumn = -1; // the text column whose collation keys m_warmText holds so far
    std::vector<QCollatorSortKey> m_warmText;
};

} // namespace gobiz::ui
