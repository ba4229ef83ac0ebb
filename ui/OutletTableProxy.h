#pragma once

#include "api/Product.h"

#include <QSortFilterProxyModel>

namespace gobiz::ui {

// Between the OutletModel and the table: filters on name, outlet id and address (the search
// field), sorts by the model's SortRole, adds state icons to product cells (the text still
// carries the state), and turns a click on a product check cell into checkRequested() so the
// page can ask its confirmations before anything reaches the engine.
class OutletTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OutletTableProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void checkRequested(int sourceRow, gobiz::Product product, gobiz::LinkAction action);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace gobiz::ui
